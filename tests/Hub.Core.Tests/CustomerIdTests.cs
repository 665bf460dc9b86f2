using Hub.Core.Model;

namespace Hub.Core.Tests;

public sealed class CustomerIdTests
{
    [Fact]
    public void A_formatted_id_parses_back_to_its_number()
    {
        Assert.Equal("cus_42", CustomerId.Format(42));
        Assert.True(CustomerId.TryParse("cus_42", out var number));
        Assert.Equal(42, number);
    }

    [Theory]
    [InlineData("42")]
    [InlineData("cus_")]
    [InlineData("cus_-1")]
    [InlineData("cus_0")]
    [InlineData("ord_42")]
    [InlineData(null)]
    public void Anything_but_a_customer_id_is_refused(string? text) => Assert.False(CustomerId.TryParse(text, out _));
}
