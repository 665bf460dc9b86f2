using Hub.Identity.Normalization;

namespace Hub.Identity.Tests.Normalization;

public sealed class PhoneticTests
{
    [Theory]
    [InlineData("robert", "R163")]
    [InlineData("rupert", "R163")]
    [InlineData("rubin", "R150")]
    [InlineData("ashcraft", "A261")]
    [InlineData("ashcroft", "A261")]
    [InlineData("tymczak", "T522")]
    [InlineData("pfister", "P236")]
    [InlineData("honeyman", "H555")]
    [InlineData("lee", "L000")]
    [InlineData("smith john", "S530")]
    [InlineData("José", "J200")]
    public void Latin_words_get_their_american_soundex(string folded, string expected) =>
        Assert.Equal(expected, Phonetic.Soundex(folded));

    [Theory]
    [InlineData("王", "wang")]
    [InlineData("王伟", "wang")]
    [InlineData("欧阳娜娜", "ouyang")]
    [InlineData("单", "shan")]
    public void Chinese_names_get_the_code_of_their_surname_in_pinyin(string folded, string pinyin)
    {
        Assert.Equal(Phonetic.Soundex(pinyin), Phonetic.Soundex(folded));
        Assert.NotNull(Phonetic.Soundex(folded));
    }

    [Fact]
    public void Wang_meets_wong() =>
        Assert.Equal(Phonetic.Soundex("王"), Phonetic.Soundex("wong"));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("иван")]
    [InlineData("123")]
    public void Empty_or_non_latin_words_have_no_code(string? folded) =>
        Assert.Null(Phonetic.Soundex(folded));
}
