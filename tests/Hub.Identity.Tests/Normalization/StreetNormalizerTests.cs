using Hub.Identity.Normalization;

namespace Hub.Identity.Tests.Normalization;

public sealed class StreetNormalizerTests
{
    [Theory]
    [InlineData("12 North Main Street", "12 n main st")]
    [InlineData("12 N. Main St.", "12 n main st")]
    [InlineData("5 Park Avenue, Apt 4", "5 park ave unit 4")]
    [InlineData("5 Park Av., Apartment 4", "5 park ave unit 4")]
    [InlineData("5 Park Ave Unit 4", "5 park ave unit 4")]
    [InlineData("1 Sunset Boulevard", "1 sunset blvd")]
    [InlineData("9 Elm Drive", "9 elm dr")]
    [InlineData("3 Rose Lane", "3 rose ln")]
    [InlineData("7 King's Court", "7 kings ct")]
    [InlineData("8 Market Place", "8 market pl")]
    [InlineData("2 Royal Crescent", "2 royal cres")]
    [InlineData("4 Ocean Terrace", "4 ocean tce")]
    [InlineData("100 Pacific Highway", "100 pacific hwy")]
    [InlineData("6 Garden State Parkway", "6 garden state pkwy")]
    [InlineData("1 Union Square West", "1 union sq w")]
    [InlineData("20 South East Road", "20 s e rd")]
    [InlineData("No. 5 Hauptstr.", "5 hauptstr")]
    [InlineData("Hauptstr 5", "hauptstr 5")]
    [InlineData("Main Street #12", "main st 12")]
    [InlineData("No 5, Nº 7 Main St", "5 7 main st")]
    [InlineData("Nowhere Road", "nowhere rd")]
    public void Street_words_become_their_usual_abbreviations(string written, string expected) =>
        Assert.Equal(expected, StreetNormalizer.Normalize(written));

    [Theory]
    [InlineData("北京市朝阳区建国路88号", "北京市朝阳区建国路88号")]
    [InlineData("上海市 南京西路 No. 1", "上海市 南京西路 no 1")]
    public void Chinese_streets_are_folded_only(string written, string expected) =>
        Assert.Equal(expected, StreetNormalizer.Normalize(written));

    [Theory]
    [InlineData(null)]
    [InlineData(" ")]
    [InlineData("#")]
    public void Blank_streets_are_null(string? written) =>
        Assert.Null(StreetNormalizer.Normalize(written));
}
