namespace Hub.SampleData;

/// <summary>Cities per country, most populous first (picked with a skew, so big cities dominate).</summary>
internal static class Cities
{
    public static readonly City[] China =
    [
        new("CN", "上海", "Shanghai", ["2000", "2001", "2002"], "21", "310000"),
        new("CN", "北京", "Beijing", ["1000", "1001", "1008"], "10", "110000"),
        new("CN", "深圳", "Shenzhen", ["5180", "5181"], "755", "440300"),
        new("CN", "广州", "Guangzhou", ["5100", "5106"], "20", "440100"),
        new("CN", "杭州", "Hangzhou", ["3100", "3101"], "571", "330100"),
        new("CN", "成都", "Chengdu", ["6100", "6101"], "28", "510100"),
        new("CN", "重庆", "Chongqing", ["4000", "4001"], "23", "500000"),
        new("CN", "南京", "Nanjing", ["2100", "2100"], "25", "320100"),
        new("CN", "武汉", "Wuhan", ["4300", "4300"], "27", "420100"),
        new("CN", "苏州", "Suzhou", ["2150", "2150"], "512", "320500"),
        new("CN", "西安", "Xi'an", ["7100", "7100"], "29", "610100"),
        new("CN", "天津", "Tianjin", ["3000", "3001"], "22", "120000"),
    ];

    public static readonly City[] UnitedStates =
    [
        new("US", "New York", "New York, NY", ["100", "101", "112"], "212"),
        new("US", "Los Angeles", "Los Angeles, CA", ["900"], "213"),
        new("US", "San Francisco", "San Francisco, CA", ["941"], "415"),
        new("US", "Chicago", "Chicago, IL", ["606"], "312"),
        new("US", "Seattle", "Seattle, WA", ["981"], "206"),
        new("US", "Austin", "Austin, TX", ["787"], "512"),
        new("US", "Boston", "Boston, MA", ["021"], "617"),
        new("US", "Houston", "Houston, TX", ["770"], "713"),
        new("US", "Denver", "Denver, CO", ["802"], "303"),
        new("US", "Atlanta", "Atlanta, GA", ["303"], "404"),
        new("US", "Miami", "Miami, FL", ["331"], "305"),
        new("US", "Portland", "Portland, OR", ["972"], "503"),
    ];

    public static readonly City[] UnitedKingdom =
    [
        new("GB", "London", "London, UK", ["SW1A", "EC1A", "N1", "E1", "W1D", "SE1", "NW3"], "20"),
        new("GB", "Manchester", "Manchester", ["M1", "M4", "M20"], "161"),
        new("GB", "Birmingham", "Birmingham, UK", ["B1", "B15"], "121"),
        new("GB", "Leeds", "Leeds", ["LS1", "LS6"], "113"),
        new("GB", "Glasgow", "Glasgow, Scotland", ["G1", "G12"], "141"),
        new("GB", "Edinburgh", "Edinburgh", ["EH1", "EH8"], "131"),
        new("GB", "Bristol", "Bristol, UK", ["BS1", "BS8"], "117"),
        new("GB", "Liverpool", "Liverpool", ["L1", "L17"], "151"),
    ];

    public static readonly City[] Germany =
    [
        new("DE", "Berlin", "Berlin, Germany", ["101", "104", "107", "120"], "30"),
        new("DE", "Hamburg", "Hamburg", ["200", "220"], "40"),
        new("DE", "München", "Munich, Germany", ["803", "806", "809"], "89"),
        new("DE", "Köln", "Cologne", ["506", "509"], "221"),
        new("DE", "Frankfurt am Main", "Frankfurt, Germany", ["603", "605"], "69"),
        new("DE", "Stuttgart", "Stuttgart", ["701", "705"], "711"),
        new("DE", "Düsseldorf", "Düsseldorf", ["402", "404"], "211"),
        new("DE", "Leipzig", "Leipzig", ["041"], "341"),
    ];

    public static City[] Of(string country) => country switch
    {
        "CN" => China,
        "US" => UnitedStates,
        "GB" => UnitedKingdom,
        "DE" => Germany,
        _ => throw new ArgumentOutOfRangeException(nameof(country), country, "no cities for this country"),
    };
}
