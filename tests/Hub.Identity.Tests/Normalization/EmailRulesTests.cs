using Hub.Identity.Normalization;

namespace Hub.Identity.Tests.Normalization;

public sealed class EmailRulesTests
{
    [Theory]
    [InlineData("John.Smith@Gmail.com", "johnsmith@gmail.com")]
    [InlineData("j.o.h.n.smith+crm@gmail.com", "johnsmith@gmail.com")]
    [InlineData("john.smith@googlemail.com", "johnsmith@gmail.com")]
    [InlineData("johnsmith@gmail.com", "johnsmith@gmail.com")]
    [InlineData("+promo@gmail.com", "+promo@gmail.com")]
    public void Gmail_ignores_dots_and_plus_tags_and_googlemail_is_gmail(string written, string expected) =>
        Assert.Equal(expected, EmailRules.Canonical(written));

    [Theory]
    [InlineData("ann.lee+shop@outlook.com", "ann.lee@outlook.com")]
    [InlineData("ann+x@hotmail.com", "ann@hotmail.com")]
    [InlineData("ann+x@live.com", "ann@live.com")]
    [InlineData("ann+x@icloud.com", "ann@icloud.com")]
    [InlineData("ann+x@me.com", "ann@me.com")]
    [InlineData("ann+x@protonmail.com", "ann@protonmail.com")]
    [InlineData("ann+x@fastmail.com", "ann@fastmail.com")]
    public void Providers_with_plus_addressing_drop_the_tag_but_keep_dots(string written, string expected) =>
        Assert.Equal(expected, EmailRules.Canonical(written));

    [Theory]
    [InlineData("ann+x@example.com")]
    [InlineData("ann.lee@company.cn")]
    [InlineData("ann.lee-shopping@yahoo.com")]
    [InlineData("ann+x@yahoo.com")]
    [InlineData("ann.lee@outlook.com")]
    public void Other_providers_keep_the_address_as_written(string written) =>
        Assert.Equal(written, EmailRules.Canonical(written));

    [Theory]
    [InlineData(null)]
    [InlineData("  ")]
    [InlineData("noemail@gmail.com")]
    [InlineData("no address")]
    [InlineData("a@b@gmail.com")]
    public void Placeholders_and_non_addresses_have_no_canonical_form(string? written) =>
        Assert.Null(EmailRules.Canonical(written));

    [Theory]
    [InlineData("  Ann.Lee@Example.COM ", "ann.lee@example.com")]
    [InlineData("ann.lee+x@gmail.com", "ann.lee+x@gmail.com")]
    [InlineData("n/a@shop.cn", null)]
    public void Normalize_applies_the_shape_rules_only(string written, string? expected) =>
        Assert.Equal(expected, EmailRules.Normalize(written));

    [Fact]
    public void The_identity_normalizer_keeps_provider_spellings() =>
        Assert.Equal("john.smith+crm@googlemail.com", IdentityNormalizer.NormalizeEmail(" John.Smith+crm@googlemail.com"));

    [Theory]
    [InlineData("johnsmith@gmail.com", "johnsmith")]
    [InlineData("ann.lee@outlook.com", "ann.lee")]
    public void The_local_part_is_what_comes_before_the_at_sign(string canonical, string expected) =>
        Assert.Equal(expected, EmailRules.LocalPart(canonical));

    [Fact]
    public void A_local_part_needs_an_address() =>
        Assert.Throws<ArgumentException>(() => EmailRules.LocalPart("not an address"));
}
