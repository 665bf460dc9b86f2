using Hub.Identity.Normalization;

namespace Hub.Identity.Tests.Normalization;

public sealed class NameParserTests
{
    [Theory]
    [InlineData("John Smith", "john", "smith")]
    [InlineData("John Ronald Reuel Tolkien", "john", "tolkien")]
    [InlineData("Ｊｏｈｎ Ｓｍｉｔｈ", "john", "smith")]
    [InlineData("SMITH, John", "john", "smith")]
    [InlineData("Smith, John Paul", "john", "smith")]
    [InlineData("Dr. Jane Doe", "jane", "doe")]
    [InlineData("Mrs Jane Doe", "jane", "doe")]
    [InlineData("Prof. Dr. Hans Müller", "hans", "muller")]
    [InlineData("Martin Luther King Jr.", "martin", "king")]
    [InlineData("John Smith, Jr.", "john", "smith")]
    [InlineData("Henry Ford III", "henry", "ford")]
    [InlineData("Seán O'Brien", "sean", "obrien")]
    [InlineData("Ludwig van Beethoven", "ludwig", "van beethoven")]
    [InlineData("Maria de la Cruz", "maria", "de la cruz")]
    [InlineData("Van Morrison", "van", "morrison")]
    [InlineData("Wang Wei", "wang", "wei")]
    [InlineData("Wei Wang", "wei", "wang")]
    public void Latin_full_names_are_given_then_family_in_written_order(string full, string given, string family)
    {
        var name = NameParser.Parse(full, null, null);

        Assert.Equal(new PersonName(given, family, false), name);
    }

    [Theory]
    [InlineData("Smith")]
    [InlineData("Mr. Smith")]
    public void A_single_word_is_the_family_name(string full) =>
        Assert.Equal(new PersonName(null, "smith", false), NameParser.Parse(full, null, null));

    [Theory]
    [InlineData("王伟", "伟", "王")]
    [InlineData("张小明", "小明", "张")]
    [InlineData("欧阳娜娜", "娜娜", "欧阳")]
    [InlineData("司马相如", "相如", "司马")]
    [InlineData("諸葛亮", "亮", "諸葛")]
    [InlineData("王 伟", "伟", "王")]
    [InlineData("王伟先生", "伟", "王")]
    [InlineData("Dr. 王伟", "伟", "王")]
    [InlineData("王，伟", "伟", "王")]
    public void Chinese_full_names_are_family_first(string full, string given, string family) =>
        Assert.Equal(new PersonName(given, family, true), NameParser.Parse(full, null, null));

    [Theory]
    [InlineData("王先生", "王")]
    [InlineData("李女士", "李")]
    [InlineData("陈小姐", "陈")]
    [InlineData("张老师", "张")]
    [InlineData("刘经理", "刘")]
    [InlineData("欧阳先生", "欧阳")]
    [InlineData("王 先生", "王")]
    public void A_surname_with_a_chinese_title_is_a_family_name_alone(string full, string family) =>
        Assert.Equal(new PersonName(null, family, true), NameParser.Parse(full, null, null));

    [Fact]
    public void Given_and_family_fields_win_over_the_full_name() =>
        Assert.Equal(new PersonName("jon", "smyth", false), NameParser.Parse("John Smith", " Jon ", "SMYTH"));

    [Fact]
    public void Titles_and_suffixes_are_removed_from_the_fields_too() =>
        Assert.Equal(new PersonName("jane", "doe", false), NameParser.Parse(null, "Dr. Jane", "Doe Jr."));

    [Fact]
    public void A_chinese_title_is_removed_from_a_family_field() =>
        Assert.Equal(new PersonName(null, "王", true), NameParser.Parse(null, null, "王先生"));

    [Theory]
    [InlineData("John Smith", "John", null, "john", "smith")]
    [InlineData("John Smith", null, "Smith", "john", "smith")]
    [InlineData("Wang Wei", "Wei", null, "wei", "wang")]
    [InlineData("Wang Wei", null, "Wang", "wei", "wang")]
    [InlineData("John", "John", null, "john", null)]
    [InlineData("王伟", null, "王", "伟", "王")]
    [InlineData("欧阳娜娜", "娜娜", null, "娜娜", "欧阳")]
    public void A_missing_part_is_taken_from_the_full_name(string full, string? given, string? family, string? expectedGiven, string? expectedFamily)
    {
        var name = NameParser.Parse(full, given, family);

        Assert.Equal(expectedGiven, name.Given);
        Assert.Equal(expectedFamily, name.Family);
    }

    [Theory]
    [InlineData(null, null, null)]
    [InlineData("  ", "", " ")]
    [InlineData("Mr.", null, null)]
    [InlineData("---", null, null)]
    public void Names_with_nothing_in_them_are_empty(string? full, string? given, string? family)
    {
        var name = NameParser.Parse(full, given, family);

        Assert.True(name.IsEmpty);
        Assert.False(name.IsCjk);
    }
}
