namespace Hub.Linkage.Tests;

/// <summary>
/// Name pools for the hard cases. Chinese characters carry their pinyin here, so the generator knows how each name
/// is romanised without asking the engine; given-name characters with two common readings (长, 乐, 重) are left out,
/// as are syllables starting with a vowel, whose romanisation needs an apostrophe.
/// </summary>
internal static class HardCaseNames
{
    public static readonly (string Han, string Pinyin)[] ChineseFamilies =
    [
        ("王", "Wang"), ("李", "Li"), ("张", "Zhang"), ("刘", "Liu"), ("陈", "Chen"), ("杨", "Yang"), ("黄", "Huang"),
        ("赵", "Zhao"), ("吴", "Wu"), ("周", "Zhou"), ("徐", "Xu"), ("孙", "Sun"), ("马", "Ma"), ("朱", "Zhu"),
        ("胡", "Hu"), ("郭", "Guo"), ("何", "He"), ("林", "Lin"), ("高", "Gao"), ("罗", "Luo"), ("郑", "Zheng"),
        ("梁", "Liang"), ("谢", "Xie"), ("宋", "Song"), ("唐", "Tang"), ("韩", "Han"), ("冯", "Feng"), ("邓", "Deng"),
        ("曹", "Cao"), ("彭", "Peng"), ("曾", "Zeng"), ("田", "Tian"), ("董", "Dong"), ("潘", "Pan"), ("袁", "Yuan"),
        ("蔡", "Cai"), ("蒋", "Jiang"), ("杜", "Du"), ("叶", "Ye"), ("程", "Cheng"), ("魏", "Wei"), ("苏", "Su"),
        ("丁", "Ding"), ("任", "Ren"), ("沈", "Shen"), ("姚", "Yao"), ("崔", "Cui"), ("钟", "Zhong"), ("谭", "Tan"),
        ("范", "Fan"), ("金", "Jin"), ("廖", "Liao"), ("贾", "Jia"), ("夏", "Xia"), ("方", "Fang"), ("白", "Bai"),
        ("邹", "Zou"), ("孟", "Meng"), ("熊", "Xiong"), ("秦", "Qin"), ("邱", "Qiu"), ("薛", "Xue"), ("雷", "Lei"),
        ("侯", "Hou"), ("龙", "Long"), ("陶", "Tao"), ("顾", "Gu"), ("毛", "Mao"), ("郝", "Hao"), ("钱", "Qian"),
        ("欧阳", "Ouyang"),
    ];

    public static readonly (string Han, string Pinyin)[] ChineseGivenCharacters =
    [
        ("伟", "wei"), ("芳", "fang"), ("娜", "na"), ("敏", "min"), ("静", "jing"), ("丽", "li"), ("强", "qiang"),
        ("磊", "lei"), ("军", "jun"), ("洋", "yang"), ("勇", "yong"), ("艳", "yan"), ("杰", "jie"), ("涛", "tao"),
        ("明", "ming"), ("超", "chao"), ("秀", "xiu"), ("霞", "xia"), ("平", "ping"), ("刚", "gang"), ("桂", "gui"),
        ("英", "ying"), ("华", "hua"), ("建", "jian"), ("国", "guo"), ("文", "wen"), ("志", "zhi"), ("晓", "xiao"),
        ("红", "hong"), ("玉", "yu"), ("梅", "mei"), ("海", "hai"), ("浩", "hao"), ("婷", "ting"), ("雪", "xue"),
        ("鹏", "peng"), ("飞", "fei"), ("思", "si"), ("佳", "jia"), ("欣", "xin"), ("子", "zi"), ("轩", "xuan"),
        ("博", "bo"), ("琳", "lin"), ("辉", "hui"), ("峰", "feng"), ("斌", "bin"), ("宁", "ning"), ("凯", "kai"),
        ("俊", "jun"), ("帆", "fan"), ("颖", "ying"), ("琴", "qin"), ("兰", "lan"), ("萍", "ping"), ("燕", "yan"),
        ("慧", "hui"), ("波", "bo"), ("亮", "liang"), ("成", "cheng"), ("东", "dong"), ("春", "chun"), ("雨", "yu"),
        ("晨", "chen"), ("瑶", "yao"), ("涵", "han"), ("怡", "yi"), ("睿", "rui"), ("哲", "zhe"), ("翔", "xiang"),
    ];

    /// <summary>
    /// Characters typed by mistake for one another through a pinyin input method: same sound, different character.
    /// This is the one-character slip of a Chinese name; the romanised name does not change.
    /// </summary>
    public static readonly Dictionary<string, string> Homophones = new(StringComparer.Ordinal)
    {
        ["建"] = "健", ["明"] = "铭", ["伟"] = "玮", ["静"] = "婧", ["丽"] = "莉", ["军"] = "君", ["杰"] = "洁",
        ["涛"] = "韬", ["红"] = "虹", ["玉"] = "钰", ["婷"] = "庭", ["鹏"] = "朋", ["飞"] = "菲", ["佳"] = "嘉",
        ["欣"] = "馨", ["琳"] = "霖", ["辉"] = "晖", ["峰"] = "锋", ["斌"] = "彬", ["颖"] = "莹", ["萍"] = "苹",
        ["燕"] = "雁", ["慧"] = "惠", ["春"] = "纯", ["晨"] = "辰", ["瑶"] = "遥", ["涵"] = "晗", ["怡"] = "仪",
        ["睿"] = "锐", ["翔"] = "祥", ["志"] = "智", ["文"] = "雯", ["芳"] = "方",
    };

    public static readonly string[] WesternMale =
    [
        "James", "Robert", "Michael", "William", "Richard", "Joseph", "Thomas", "Charles", "Christopher", "Daniel",
        "Matthew", "Anthony", "Mark", "Donald", "Steven", "Paul", "Andrew", "Joshua", "Kenneth", "Kevin", "Brian",
        "George", "Timothy", "Ronald", "Edward", "Jason", "Jeffrey", "Ryan", "Jacob", "Gary", "Nicholas", "Eric",
        "Jonathan", "Stephen", "Larry", "Justin", "Scott", "Brandon", "Benjamin", "Samuel", "Gregory", "Alexander",
        "Patrick", "Frank", "Raymond", "Dennis", "Tyler", "Aaron", "Henry", "Douglas", "Peter", "Adam", "Nathan",
        "Zachary", "Walter", "Kyle", "Harold", "Carl", "Arthur", "Gerald", "Roger", "Keith", "Jeremy", "Lawrence",
        "Sean", "Christian", "Ethan", "Austin", "Noah", "Liam", "Owen", "Lucas", "Oliver", "Victor", "Marcus",
    ];

    public static readonly string[] WesternFemale =
    [
        "Patricia", "Jennifer", "Linda", "Elizabeth", "Barbara", "Susan", "Jessica", "Sarah", "Karen", "Lisa", "Nancy",
        "Betty", "Sandra", "Margaret", "Ashley", "Kimberly", "Emily", "Donna", "Michelle", "Carol", "Amanda", "Melissa",
        "Deborah", "Stephanie", "Rebecca", "Laura", "Helen", "Sharon", "Cynthia", "Kathleen", "Amy", "Angela",
        "Shirley", "Anna", "Brenda", "Pamela", "Emma", "Nicole", "Samantha", "Katherine", "Christine", "Rachel",
        "Catherine", "Heather", "Olivia", "Sophia", "Grace", "Chloe", "Hannah", "Natalie", "Victoria", "Julia",
        "Megan", "Diana", "Frances", "Gloria", "Teresa", "Ruth", "Evelyn", "Irene", "Wendy", "Yvonne",
    ];

    public static readonly string[] WesternFamilies =
    [
        "Anderson", "Thompson", "Martin", "Jackson", "White", "Harris", "Clark", "Lewis", "Robinson", "Walker", "Young",
        "Allen", "King", "Wright", "Torres", "Hill", "Flores", "Green", "Adams", "Nelson", "Baker", "Hall", "Rivera",
        "Campbell", "Mitchell", "Carter", "Roberts", "Gomez", "Phillips", "Evans", "Turner", "Parker", "Edwards",
        "Collins", "Reyes", "Stewart", "Morris", "Morales", "Murphy", "Cook", "Rogers", "Ortiz", "Morgan", "Cooper",
        "Peterson", "Bailey", "Reed", "Kelly", "Howard", "Ramos", "Cox", "Ward", "Richardson", "Watson", "Brooks",
        "Wood", "Bennett", "Gray", "Mendoza", "Hughes", "Price", "Castillo", "Sanders", "Myers", "Ross", "Foster",
        "Kowalski", "Novak", "Schultz", "Fischer", "Becker", "Hoffmann", "Olsen", "Lindqvist", "Donovan", "Fletcher",
        "Gallagher", "Hartley", "Jennings", "Lambert", "Mercer", "Pearson", "Sullivan", "Whitaker", "Vaughn",
    ];

    /// <summary>Full names so common that two people in one city share them; only the namesake case uses them.</summary>
    public static readonly (string Given, string Family, string GivenLatin, string FamilyLatin)[] ChineseNamesakes =
    [
        ("伟", "王", "Wei", "Wang"), ("伟", "张", "Wei", "Zhang"), ("娜", "李", "Na", "Li"), ("芳", "王", "Fang", "Wang"),
        ("伟", "刘", "Wei", "Liu"), ("静", "王", "Jing", "Wang"), ("静", "李", "Jing", "Li"), ("敏", "张", "Min", "Zhang"),
        ("秀英", "王", "Xiuying", "Wang"), ("强", "李", "Qiang", "Li"), ("丽", "张", "Li", "Zhang"), ("洋", "刘", "Yang", "Liu"),
        ("磊", "王", "Lei", "Wang"), ("军", "李", "Jun", "Li"), ("勇", "张", "Yong", "Zhang"), ("杰", "陈", "Jie", "Chen"),
    ];

    public static readonly (string Given, string Family)[] WesternNamesakes =
    [
        ("John", "Smith"), ("Maria", "Garcia"), ("James", "Johnson"), ("Michael", "Brown"), ("David", "Miller"),
        ("Jennifer", "Davis"), ("Robert", "Jones"), ("Linda", "Martinez"), ("Mary", "Williams"), ("Jose", "Rodriguez"),
        ("Daniel", "Lee"), ("Sarah", "Wilson"),
    ];
}
