using AnyAscii;
using Hub.Identity.Normalization;

namespace Hub.Identity.Tests.Normalization;

public sealed class RomanizedNameTests
{
    [Theory]
    [InlineData("王伟", "WangWei")]
    [InlineData("欧阳娜娜", "OuYangNaNa")]
    public void AnyAscii_spells_chinese_characters_in_capitalised_pinyin_syllables(string han, string expected) =>
        Assert.Equal(expected, han.Transliterate());

    [Theory]
    [InlineData("王伟", "wei", "wang")]
    [InlineData("欧阳娜娜", "nana", "ouyang")]
    [InlineData("张小明", "xiaoming", "zhang")]
    [InlineData("单雄信", "xiongxin", "shan")]
    [InlineData("曾国藩", "guofan", "zeng")]
    [InlineData("尉迟恭", "gong", "yuchi")]
    [InlineData("王先生", null, "wang")]
    public void Chinese_names_become_lower_case_pinyin_with_surname_readings(string full, string? given, string family) =>
        Assert.Equal(new PersonName(given, family, false), NameParser.Romanized(NameParser.Parse(full, null, null)));

    [Fact]
    public void A_chinese_record_meets_its_latin_spelling()
    {
        var chinese = NameParser.Romanized(NameParser.Parse("王伟", null, null));
        var latin = NameParser.Romanized(NameParser.Parse(null, "Wei", "WANG"));

        Assert.Equal(latin, chinese);
    }

    [Fact]
    public void Latin_names_are_returned_unchanged()
    {
        var name = NameParser.Parse("José Smith", null, null);

        Assert.Equal(name, NameParser.Romanized(name));
    }

    [Fact]
    public void A_mixed_name_romanizes_only_its_chinese_part() =>
        Assert.Equal(new PersonName("david", "wang", false), NameParser.Romanized(NameParser.Parse(null, "David", "王")));
}
