using Hub.Contracts;
using Hub.Pipeline.Ingest;

namespace Hub.Pipeline.Tests;

public sealed class RecordValidatorTests
{
    private readonly RecordValidator _validator = new(maxFieldLength: 50);

    [Fact]
    public void A_customer_without_its_id_is_rejected_naming_the_field() =>
        Assert.Equal("source_id is missing", _validator.Validate(new CustomerRecord { SourceId = " " }).Reason);

    [Fact]
    public void An_order_without_its_customer_is_rejected() =>
        Assert.Equal("customer_source_id is missing", _validator.Validate(Order() with { CustomerSourceId = "" }).Reason);

    [Fact]
    public void An_over_long_field_is_rejected_with_its_length_and_the_limit()
    {
        var reason = _validator.Validate(new CustomerRecord { SourceId = "c1", FullName = new string('x', 51) }).Reason;
        Assert.Equal("full_name is 51 characters long; the limit is 50", reason);
    }

    [Theory]
    [InlineData("Jos\uFFFD")]
    [InlineData("bad \uD800 surrogate")]
    public void Text_that_was_not_valid_UTF8_is_rejected(string name) =>
        Assert.Contains("not valid UTF-8", _validator.Validate(new CustomerRecord { SourceId = "c1", FullName = name }).Reason, StringComparison.Ordinal);

    [Fact]
    public void Chinese_and_emoji_text_is_fine() =>
        Assert.NotNull(_validator.Validate(new CustomerRecord { SourceId = "c1", FullName = "王伟 🙂" }).Record);

    [Fact]
    public void An_unusable_optional_field_is_emptied_with_a_warning_and_the_record_kept()
    {
        var record = (CustomerRecord)_validator.Validate(new CustomerRecord
        {
            SourceId = "c1", Email = "not-an-email", BirthDate = new DateOnly(2999, 1, 1), Warnings = ["earlier warning"],
        }).Record!;

        Assert.Null(record.Email);
        Assert.Null(record.BirthDate);
        Assert.Equal(3, record.Warnings.Count);
        Assert.Contains(record.Warnings, w => w.Contains("not-an-email", StringComparison.Ordinal));
    }

    [Fact]
    public void A_currency_that_is_not_an_ISO_code_is_rejected() =>
        Assert.Contains("ISO 4217", _validator.Validate(Order() with { Currency = "dollars" }).Reason, StringComparison.Ordinal);

    [Fact]
    public void Attributes_are_checked_like_fields() =>
        Assert.Contains("notes is", _validator.Validate(new CustomerRecord
        {
            SourceId = "c1", Attributes = new Dictionary<string, string> { ["notes"] = new string('n', 80) },
        }).Reason, StringComparison.Ordinal);

    private static OrderRecord Order() => new()
    {
        OrderId = "o1", CustomerSourceId = "c1", OrderedAt = DateTimeOffset.UnixEpoch, Amount = 10m, Currency = "EUR",
    };
}
