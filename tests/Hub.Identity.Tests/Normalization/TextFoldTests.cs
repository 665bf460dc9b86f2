using Hub.Identity.Normalization;

namespace Hub.Identity.Tests.Normalization;

public sealed class TextFoldTests
{
    [Theory]
    [InlineData("  John   SMITH ", "john smith")]
    [InlineData("Ｊｏｈｎ", "john")]
    [InlineData("José Müller", "jose muller")]
    [InlineData("Straße", "strasse")]
    [InlineData("Ærøskøbing", "aeroskobing")]
    [InlineData("Łódź", "lodz")]
    [InlineData("Nguyễn Thị Minh", "nguyen thi minh")]
    [InlineData("o'neil", "oneil")]
    [InlineData("O’Neil", "oneil")]
    [InlineData("Jean-Luc Picard", "jean luc picard")]
    [InlineData("Smith, John (Dr.)", "smith john dr")]
    [InlineData("İstanbul", "istanbul")]
    [InlineData("Mu\u0308ller", "muller")]
    [InlineData("Mül\u00ADler", "muller")]
    [InlineData("a\tb\r\nc", "a b c")]
    public void Latin_text_is_lower_cased_without_diacritics_or_punctuation(string written, string expected) =>
        Assert.Equal(expected, TextFold.Fold(written));

    [Theory]
    [InlineData("王伟", "王伟")]
    [InlineData("欧阳　娜娜", "欧阳 娜娜")]
    [InlineData("北京市，朝阳区", "北京市 朝阳区")]
    [InlineData("𠀀𠀁", "𠀀𠀁")]
    [InlineData("Иван Петров", "иван петров")]
    [InlineData("１２３号", "123号")]
    public void Chinese_and_other_scripts_keep_their_letters(string written, string expected) =>
        Assert.Equal(expected, TextFold.Fold(written));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("--- ... '")]
    public void Text_with_nothing_left_folds_to_null(string? written) =>
        Assert.Null(TextFold.Fold(written));

    [Fact]
    public void Folding_twice_changes_nothing_and_returns_the_same_instance()
    {
        var once = TextFold.Fold("Dr. José O'Neil-Smith, Jr.")!;

        Assert.Equal("dr jose oneil smith jr", once);
        Assert.Same(once, TextFold.Fold(once));
    }

    [Fact]
    public void Long_text_is_folded_whole()
    {
        var written = string.Concat(Enumerable.Repeat("Ärger ", 200));

        var folded = TextFold.Fold(written);

        Assert.Equal(string.Join(' ', Enumerable.Repeat("arger", 200)), folded);
    }
}
