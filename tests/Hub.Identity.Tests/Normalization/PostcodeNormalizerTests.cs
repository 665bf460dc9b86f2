using Hub.Identity.Normalization;

namespace Hub.Identity.Tests.Normalization;

public sealed class PostcodeNormalizerTests
{
    [Theory]
    [InlineData("sw1a 1aa", "SW1A1AA")]
    [InlineData(" SW1A1AA ", "SW1A1AA")]
    [InlineData("94105-1234", "941051234")]
    [InlineData("100-0001", "1000001")]
    [InlineData("１００–０００１", "1000001")]
    [InlineData("100020", "100020")]
    public void Postcodes_are_upper_case_without_spaces_or_dashes(string written, string expected) =>
        Assert.Equal(expected, PostcodeNormalizer.Normalize(written));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData(" - ")]
    public void Blank_postcodes_are_null(string? written) =>
        Assert.Null(PostcodeNormalizer.Normalize(written));
}
