using Hub.Storage.Common;

namespace Hub.Storage.Tests;

/// <summary>
/// The checksum <c>hub copy</c> compares the source and target by: equal for the same data however each engine spells it,
/// different for any change of a value, its place, or its absence.
/// </summary>
public sealed class CopyChecksumTests
{
    private static string Checksum(CopyValueKind[] kinds, params CopyValue[][] rows)
    {
        using var checksum = new CopyChecksum(kinds.Select((k, i) => new CopyColumn($"c{i}", k)).ToList());
        foreach (var row in rows) checksum.Add(row);
        return checksum.Finish();
    }

    private static string Json(string json) => Checksum([CopyValueKind.Json], [CopyValue.Of(json)]);

    [Fact]
    public void Json_checksums_alike_however_jsonb_respells_it_and_differs_when_a_value_changes()
    {
        // As the SQLite engine writes it, and as jsonb hands it back: spaces, key order, a number respelled, an escape decoded.
        var written = Json("""{"b":1,"a":[1.50,"caf\u00e9"],"n":null}""");

        Assert.Equal(written, Json("""{"a": [15e-1, "café"], "b": 1.0, "n": null}"""));
        // jsonb keeps the last of duplicate keys.
        Assert.Equal(written, Json("""{"b":7,"a":[1.5,"café"],"n":null,"b":1}"""));
        Assert.NotEqual(written, Json("""{"b":1,"a":[1.51,"café"],"n":null}"""));
        Assert.NotEqual(written, Json("""{"b":1,"a":["café",1.5],"n":null}"""));
        Assert.NotEqual(written, Json("""{"b":"1","a":[1.5,"café"],"n":null}"""));
    }

    [Theory]
    [InlineData("100", "1e2")]
    [InlineData("1.50", "15e-1")]
    [InlineData("0.000000000038182676093107984", "3.8182676093107984E-11")]
    [InlineData("-1200", "-1.2E+3")]
    [InlineData("0", "-0.00e5")]
    public void A_json_number_is_known_by_its_value_not_its_spelling(string one, string other) =>
        Assert.Equal(CanonicalJson.Number(one), CanonicalJson.Number(other));

    [Fact]
    public void Every_value_counts_where_it_stands()
    {
        CopyValueKind[] texts = [CopyValueKind.Text, CopyValueKind.Text];
        Assert.NotEqual(Checksum(texts, [CopyValue.Of("ab"), CopyValue.Of("c")]), Checksum(texts, [CopyValue.Of("a"), CopyValue.Of("bc")]));
        Assert.NotEqual(Checksum(texts, [CopyValue.Null, CopyValue.Of("")]), Checksum(texts, [CopyValue.Of(""), CopyValue.Null]));
        Assert.NotEqual(
            Checksum(texts, [CopyValue.Of("a"), CopyValue.Of("b")], [CopyValue.Of("c"), CopyValue.Of("d")]),
            Checksum(texts, [CopyValue.Of("c"), CopyValue.Of("d")], [CopyValue.Of("a"), CopyValue.Of("b")]));
        Assert.NotEqual(Checksum([CopyValueKind.Boolean], [CopyValue.Of(true)]), Checksum([CopyValueKind.Boolean], [CopyValue.Of(false)]));
        Assert.NotEqual(Checksum([CopyValueKind.Real], [CopyValue.Of(0.1 + 0.2)]), Checksum([CopyValueKind.Real], [CopyValue.Of(0.3)]));
        Assert.NotEqual(Checksum([CopyValueKind.Integer], [CopyValue.Of(1L)]), Checksum([CopyValueKind.Integer], [CopyValue.Of(2L)]));
        // Money keeps its scale: 10.50 shown as 10.5 would be a change.
        Assert.NotEqual(Checksum([CopyValueKind.Decimal], [CopyValue.Of(10.50m)]), Checksum([CopyValueKind.Decimal], [CopyValue.Of(10.5m)]));
        Assert.Equal(Checksum([CopyValueKind.Decimal], [CopyValue.Of(10.50m)]), Checksum([CopyValueKind.Decimal], [CopyValue.Of(decimal.Parse("10.50", System.Globalization.CultureInfo.InvariantCulture))]));
    }
}
