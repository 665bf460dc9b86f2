namespace Hub.SampleData;

/// <summary>Street and company vocabulary for Chinese addresses and firms (the pinyin feeds e-mail domains).</summary>
internal static class ChineseWords
{
    public static readonly string[] Roads =
    [
        "中山路", "人民路", "解放路", "建设路", "南京西路", "淮海中路", "延安东路", "长安街", "东风路", "和平路",
        "新华路", "学院路", "科技路", "世纪大道", "滨江大道", "文化路", "青年路", "胜利路", "光明路", "幸福路",
        "天府大道", "深南大道", "文三路", "珞喻路", "北京路", "四川北路", "复兴路", "中关村大街", "张江路", "漕溪北路",
    ];

    public static readonly (string Hanzi, string Pinyin)[] Brands =
    [
        ("华信", "huaxin"), ("鼎盛", "dingsheng"), ("恒通", "hengtong"), ("宏达", "hongda"), ("金桥", "jinqiao"),
        ("东方", "dongfang"), ("天成", "tiancheng"), ("瑞丰", "ruifeng"), ("博远", "boyuan"), ("新锐", "xinrui"),
        ("永安", "yongan"), ("诚信", "chengxin"), ("海纳", "haina"), ("启明", "qiming"), ("中科", "zhongke"),
        ("同创", "tongchuang"), ("联合", "lianhe"), ("盛世", "shengshi"), ("汇通", "huitong"), ("嘉禾", "jiahe"),
        ("长城", "changcheng"), ("星辰", "xingchen"), ("蓝海", "lanhai"), ("万达", "wanda"), ("国泰", "guotai"),
    ];

    public static readonly string[] Industries =
    [
        "科技", "贸易", "电子", "信息技术", "实业", "网络科技", "物流", "餐饮管理", "文化传媒", "医疗器械", "建材", "服饰",
    ];

    public static readonly string[] PartnerTrades = ["商贸", "贸易", "供应链管理", "电器销售", "分销"];
}
