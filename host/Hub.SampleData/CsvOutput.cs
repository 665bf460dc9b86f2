using System.Globalization;
using CsvHelper;

namespace Hub.SampleData;

/// <summary>One CSV file in the hub's canonical columns: invariant culture, UTF-8 without BOM (CsvHelper's default), LF line ends.</summary>
internal sealed class CsvOutput : IDisposable
{
    public static readonly string[] CustomerColumns =
    [
        "source_id", "full_name", "given_name", "family_name", "email", "phone", "street", "city", "postcode", "country",
        "birth_date", "company", "external_id", "kind",
    ];

    public static readonly string[] OrderColumns = ["customer_source_id", "order_id", "ordered_at", "amount", "currency"];

    public static readonly string[] TruthColumns = ["source", "source_id", "person"];

    // Stray spaces around e-mails are part of the sample; quoting them keeps them through readers that trim.
    private static readonly CsvWriterOptions Options = CsvWriterOptions.Default with
    {
        NewLine = "\n",
        Quoting = CsvQuoting.WhenNeededOrWhitespace,
        FormatProvider = CultureInfo.InvariantCulture,
    };

    private readonly CsvWriter csv;

    public CsvOutput(string path, string[] columns)
    {
        Path = path;
        csv = CsvWriter.ToFile(path, Options, FileOptions.None);
        csv.WriteHeader(columns);
    }

    public string Path { get; }

    public int Rows { get; private set; }

    public void Customer(SampleCustomerRow row)
    {
        csv.WriteField(row.SourceId);
        csv.WriteField(row.FullName);
        csv.WriteField(row.GivenName);
        csv.WriteField(row.FamilyName);
        csv.WriteField(row.Email);
        csv.WriteField(row.Phone);
        csv.WriteField(row.Street);
        csv.WriteField(row.City);
        csv.WriteField(row.Postcode);
        csv.WriteField(row.Country);
        csv.WriteField(row.BirthDate);
        csv.WriteField(row.Company);
        csv.WriteField(row.ExternalId);
        csv.WriteField(row.Kind);
        End();
    }

    public void Order(SampleOrderRow row)
    {
        csv.WriteField(row.CustomerSourceId);
        csv.WriteField(row.OrderId);
        csv.WriteField(row.OrderedAt);
        csv.WriteField(row.Amount);
        csv.WriteField(row.Currency);
        End();
    }

    public void Truth(SampleCustomerRow row)
    {
        csv.WriteField(row.Source);
        csv.WriteField(row.SourceId);
        csv.WriteField(row.Person.ToString(CultureInfo.InvariantCulture));
        End();
    }

    public void Dispose() => csv.Dispose();

    private void End()
    {
        csv.EndRecord();
        Rows++;
    }
}
