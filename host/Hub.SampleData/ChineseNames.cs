namespace Hub.SampleData;

/// <summary>
/// Chinese names with their pinyin. Bogus's zh_CN locale has names but no pinyin, and people's e-mail
/// addresses and GitHub logins are written in pinyin, so the two must come from one table.
/// </summary>
internal static class ChineseNames
{
    /// <summary>Most common first, so a skewed pick gives 王, 李, 张 their real share.</summary>
    public static readonly (string Hanzi, string Pinyin)[] Surnames =
    [
        ("王", "wang"), ("李", "li"), ("张", "zhang"), ("刘", "liu"), ("陈", "chen"), ("杨", "yang"), ("黄", "huang"),
        ("赵", "zhao"), ("吴", "wu"), ("周", "zhou"), ("徐", "xu"), ("孙", "sun"), ("马", "ma"), ("朱", "zhu"),
        ("胡", "hu"), ("郭", "guo"), ("何", "he"), ("林", "lin"), ("高", "gao"), ("罗", "luo"), ("郑", "zheng"),
        ("梁", "liang"), ("谢", "xie"), ("宋", "song"), ("唐", "tang"), ("许", "xu"), ("韩", "han"), ("冯", "feng"),
        ("邓", "deng"), ("曹", "cao"), ("彭", "peng"), ("曾", "zeng"), ("肖", "xiao"), ("田", "tian"), ("董", "dong"),
        ("潘", "pan"), ("袁", "yuan"), ("蔡", "cai"), ("蒋", "jiang"), ("余", "yu"), ("于", "yu"), ("杜", "du"),
        ("叶", "ye"), ("程", "cheng"), ("魏", "wei"), ("苏", "su"), ("吕", "lv"), ("丁", "ding"), ("任", "ren"),
        ("卢", "lu"), ("姚", "yao"), ("沈", "shen"), ("钟", "zhong"), ("姜", "jiang"), ("崔", "cui"), ("谭", "tan"),
        ("陆", "lu"), ("范", "fan"), ("汪", "wang"), ("廖", "liao"), ("石", "shi"), ("金", "jin"), ("贾", "jia"),
        ("夏", "xia"), ("方", "fang"), ("邹", "zou"), ("熊", "xiong"), ("白", "bai"), ("孟", "meng"), ("秦", "qin"),
        ("邱", "qiu"), ("侯", "hou"), ("江", "jiang"), ("薛", "xue"), ("雷", "lei"), ("龙", "long"), ("史", "shi"),
        ("陶", "tao"), ("贺", "he"), ("毛", "mao"), ("顾", "gu"), ("钱", "qian"), ("戴", "dai"), ("严", "yan"),
        ("欧阳", "ouyang"), ("司马", "sima"), ("上官", "shangguan"),
    ];

    public static readonly (string Hanzi, string Pinyin)[] MaleGiven =
    [
        ("伟", "wei"), ("强", "qiang"), ("磊", "lei"), ("军", "jun"), ("勇", "yong"), ("杰", "jie"), ("涛", "tao"),
        ("明", "ming"), ("超", "chao"), ("浩", "hao"), ("鹏", "peng"), ("宇", "yu"), ("俊", "jun"), ("峰", "feng"),
        ("建", "jian"), ("国", "guo"), ("志", "zhi"), ("文", "wen"), ("斌", "bin"), ("辉", "hui"), ("刚", "gang"),
        ("飞", "fei"), ("鑫", "xin"), ("博", "bo"), ("晨", "chen"), ("子", "zi"), ("轩", "xuan"), ("睿", "rui"),
        ("泽", "ze"), ("天", "tian"), ("海", "hai"), ("东", "dong"), ("平", "ping"), ("立", "li"), ("华", "hua"),
        ("嘉", "jia"), ("一", "yi"), ("思", "si"), ("成", "cheng"), ("毅", "yi"), ("龙", "long"), ("振", "zhen"),
    ];

    public static readonly (string Hanzi, string Pinyin)[] FemaleGiven =
    [
        ("芳", "fang"), ("娜", "na"), ("敏", "min"), ("静", "jing"), ("丽", "li"), ("艳", "yan"), ("娟", "juan"),
        ("霞", "xia"), ("秀", "xiu"), ("玲", "ling"), ("婷", "ting"), ("雪", "xue"), ("慧", "hui"), ("颖", "ying"),
        ("琳", "lin"), ("欣", "xin"), ("怡", "yi"), ("萱", "xuan"), ("梦", "meng"), ("涵", "han"), ("悦", "yue"),
        ("雨", "yu"), ("佳", "jia"), ("晓", "xiao"), ("诗", "shi"), ("蕾", "lei"), ("倩", "qian"), ("洁", "jie"),
        ("燕", "yan"), ("红", "hong"), ("梅", "mei"), ("莉", "li"), ("璐", "lu"), ("瑶", "yao"), ("彤", "tong"),
        ("琪", "qi"), ("若", "ruo"), ("可", "ke"), ("馨", "xin"), ("薇", "wei"), ("月", "yue"), ("兰", "lan"),
    ];

    /// <summary>Characters an agent or a hurried typist swaps for one that sounds the same.</summary>
    public static readonly IReadOnlyDictionary<char, char> Homophones = new Dictionary<char, char>
    {
        ['伟'] = '玮', ['明'] = '铭', ['丽'] = '莉', ['杰'] = '洁', ['敏'] = '民', ['婷'] = '亭', ['晨'] = '辰',
        ['峰'] = '锋', ['涛'] = '滔', ['芳'] = '方', ['娜'] = '纳', ['静'] = '晶', ['张'] = '章', ['王'] = '汪',
        ['林'] = '琳', ['刘'] = '柳', ['陈'] = '程', ['杨'] = '阳', ['黄'] = '王', ['徐'] = '许', ['华'] = '桦',
        ['军'] = '君', ['勇'] = '永', ['宇'] = '雨', ['欣'] = '馨', ['雪'] = '学', ['玲'] = '琳', ['红'] = '虹',
    };
}
