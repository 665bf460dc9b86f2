namespace Hub.Identity.Tests;

public sealed class IdentityNormalizerTests
{
    [Theory]
    [InlineData("  Ann.Lee@Example.COM ", "ann.lee@example.com")]
    [InlineData("zhang.wei@qq.com", "zhang.wei@qq.com")]
    [InlineData("no address", null)]
    [InlineData("@example.com", null)]
    [InlineData("ann@", null)]
    [InlineData("noemail@shop.cn", null)]
    [InlineData("   ", null)]
    [InlineData(null, null)]
    public void Emails_are_trimmed_and_lower_cased_and_placeholders_dropped(string? written, string? expected) =>
        Assert.Equal(expected, IdentityNormalizer.NormalizeEmail(written));

    [Theory]
    [InlineData("+86 138 0013 8000", null, "+8613800138000")]
    [InlineData("0086 138 0013 8000", null, "+8613800138000")]
    [InlineData("138-0013-8000", "CN", "+8613800138000")]
    [InlineData("13800138000", "China", "+8613800138000")]
    [InlineData("13800138000", "中国", "+8613800138000")]
    [InlineData("(415) 555-0100", null, "+14155550100")]
    [InlineData("415.555.0100", "United States", "+14155550100")]
    [InlineData("+1 415 555 0100", "CN", "+14155550100")]
    [InlineData("020 7946 0018", "UK", "+442079460018")]
    public void Phones_become_e164_using_the_country_or_the_default_region(string written, string? country, string expected) =>
        Assert.Equal(expected, IdentityNormalizer.NormalizePhone(written, country, "US"));

    [Theory]
    [InlineData("12345")]
    [InlineData("000000000")]
    [InlineData("n/a")]
    [InlineData("call me")]
    [InlineData("")]
    public void Placeholders_and_unparseable_phones_normalise_to_nothing(string written) =>
        Assert.Null(IdentityNormalizer.NormalizePhone(written, null, "US"));

    [Fact]
    public void The_default_region_may_be_written_in_lower_case() =>
        Assert.Equal("+8613800138000", IdentityNormalizer.NormalizePhone("138 0013 8000", null, "cn"));
}
