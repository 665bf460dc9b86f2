using System.Globalization;

namespace Hub.Linkage.Tests;

/// <summary>
/// A city the hard-case people live in: its phone area codes, postcodes and streets. US numbers are all in the
/// 555-0100 to 555-0199 range reserved for fiction, which is why each US city has two area codes.
/// </summary>
internal sealed record HardCaseCity(string Country, string Name, string LatinName, string[] AreaCodes, string PostcodePrefix, string[] Streets)
{
    public bool Chinese => Country == "CN";

    public static readonly HardCaseCity[] China =
    [
        new("CN", "北京", "Beijing", ["10"], "1000", ["朝阳区建国路", "海淀区中关村大街", "东城区东四北大街", "西城区西直门外大街"]),
        new("CN", "上海", "Shanghai", ["21"], "2000", ["浦东新区世纪大道", "徐汇区漕溪北路", "静安区南京西路", "长宁区延安西路"]),
        new("CN", "广州", "Guangzhou", ["20"], "5100", ["天河区天河路", "越秀区中山五路", "海珠区江南大道中"]),
        new("CN", "深圳", "Shenzhen", ["755"], "5180", ["福田区深南大道", "南山区科技园南路", "罗湖区人民南路"]),
        new("CN", "杭州", "Hangzhou", ["571"], "3100", ["西湖区文三路", "上城区解放路", "拱墅区湖墅南路"]),
        new("CN", "成都", "Chengdu", ["28"], "6100", ["锦江区春熙路", "武侯区人民南路四段", "青羊区蜀都大道"]),
    ];

    public static readonly HardCaseCity[] UnitedStates =
    [
        new("US", "San Francisco", "San Francisco", ["415", "628"], "941", ["Valencia", "Mission", "Guerrero", "Noe", "Castro"]),
        new("US", "Seattle", "Seattle", ["206", "425"], "981", ["Pine", "Madison", "Aurora", "Fremont", "Alder"]),
        new("US", "Chicago", "Chicago", ["312", "773"], "606", ["Halsted", "Clark", "Wells", "Racine", "Damen"]),
        new("US", "Austin", "Austin", ["512", "737"], "787", ["Guadalupe", "Lamar", "Barton", "Speedway", "Oltorf"]),
        new("US", "Boston", "Boston", ["617", "857"], "021", ["Beacon", "Tremont", "Boylston", "Hanover", "Charles"]),
        new("US", "Denver", "Denver", ["303", "720"], "802", ["Colfax", "Larimer", "Grant", "Logan", "Downing"]),
        new("US", "New York", "New York", ["212", "646"], "100", ["Bleecker", "Mulberry", "Hudson", "Bedford", "Orchard"]),
    ];

    /// <summary>A street address and its postcode in this city.</summary>
    public (string Street, string Postcode) NewAddress(Random rng)
    {
        // Both countries' prefixes here leave two digits: 1000xx in Beijing, 941xx in San Francisco.
        var postcode = PostcodePrefix + rng.Next(1, 100).ToString("D2", CultureInfo.InvariantCulture);
        var road = Streets[rng.Next(Streets.Length)];
        if (Chinese)
            return (string.Create(CultureInfo.InvariantCulture,
                $"{road}{rng.Next(1, 400)}号{rng.Next(1, 30)}栋{rng.Next(1, 30)}{rng.Next(1, 5):D2}室"), postcode);
        string[] kinds = ["Street", "Avenue", "Road", "Drive"];
        var apartment = rng.Next(3) == 0 ? string.Create(CultureInfo.InvariantCulture, $" Apt {rng.Next(1, 40)}") : "";
        return (string.Create(CultureInfo.InvariantCulture, $"{rng.Next(10, 4000)} {road} {kinds[rng.Next(kinds.Length)]}{apartment}"), postcode);
    }

    /// <summary>The same street as another clerk writes it: US street kinds abbreviated (Street → St); Chinese unchanged.</summary>
    public static string Variant(string street, Random rng)
    {
        if (rng.Next(2) == 0) return street;
        return street.Replace(" Street", " St", StringComparison.Ordinal).Replace(" Avenue", " Ave", StringComparison.Ordinal)
            .Replace(" Road", " Rd", StringComparison.Ordinal).Replace(" Drive", " Dr", StringComparison.Ordinal);
    }

    /// <summary>The country as a record of this city writes it; national-format phones need it, so it is never blank.</summary>
    public string CountryText(Random rng) => Chinese ? Pick(rng, "CN", "CN", "China", "中国") : Pick(rng, "US", "US", "USA", "United States");

    private static string Pick(Random rng, params string[] values) => values[rng.Next(values.Length)];
}
