namespace Hub.SampleData.Tests;

public sealed class TruthTests(SampleDataFixture data) : IClassFixture<SampleDataFixture>
{
    [Fact]
    public void Every_customer_shows_up_in_the_files_and_the_counts_match_the_options()
    {
        Assert.Equal(SampleDataFixture.Customers, data.Files.People);
        Assert.Equal(SampleDataFixture.Customers, data.People.Count);
        Assert.Equal(Enumerable.Range(0, SampleDataFixture.Customers), data.Truth.Select(t => int.Parse(t["person"])).Distinct().Order());
        Assert.Equal(data.Files.CustomerRows, data.Truth.Count);
        Assert.Equal(data.Files.CustomerRows, data.CustomerRows.Count);
        Assert.Equal(data.Files.Orders.Rows, data.Orders.Count);
        foreach (var source in SampleSources.All)
            Assert.Equal(data.Files.Customers(source).Rows, data.CustomerRows.Count(r => r.Source == source));
    }

    [Fact]
    public void The_truth_names_the_person_of_every_row_and_nothing_else()
    {
        var personOf = data.PersonOf();
        var fromPeople = data.People.SelectMany(p => p.Records).ToDictionary(r => (r.Source, r.SourceId), r => r.Person);

        Assert.Equal(data.CustomerRows.Count, personOf.Count);
        Assert.All(data.CustomerRows, r => Assert.Equal(fromPeople[(r.Source, r.Row["source_id"])], personOf[(r.Source, r.Row["source_id"])]));
    }

    [Fact]
    public void Typed_emails_and_phones_normalise_back_to_the_persons_own()
    {
        var personOf = data.PersonOf();
        foreach (var (source, row) in data.CustomerRows)
        {
            var person = data.People[personOf[(source, row["source_id"])]];
            if (Normalise.Email(row["email"]) is { } email) Assert.Equal(person.Email, email);
            if (Normalise.Phone(row["phone"], row["country"]) is { } phone) Assert.Equal(person.Phone, phone);
            if (row["external_id"].Length > 0) Assert.Equal(person.ExternalId, row["external_id"]);
        }
    }

    [Fact]
    public void No_two_people_share_an_email_a_phone_or_an_external_id()
    {
        AssertUnique(data.People.Select(p => p.Email));
        AssertUnique(data.People.Select(p => p.Phone));
        AssertUnique(data.People.Select(p => p.ExternalId).OfType<string>());

        var owners = new Dictionary<string, int>(StringComparer.Ordinal);
        var personOf = data.PersonOf();
        foreach (var (source, row) in data.CustomerRows)
        {
            var person = personOf[(source, row["source_id"])];
            foreach (var key in Keys(row))
                Assert.Equal(person, owners.TryAdd(key, person) ? person : owners[key]);
        }
    }

    [Fact]
    public void The_records_of_each_person_are_chained_by_shared_identifiers()
    {
        var personOf = data.PersonOf();
        var multiChannel = 0;
        foreach (var records in data.CustomerRows.GroupBy(r => personOf[(r.Source, r.Row["source_id"])]))
        {
            var keys = records.Select(r => Keys(r.Row).ToHashSet()).ToList();
            if (keys.Count < 2) continue;
            multiChannel++;
            var reached = new HashSet<int> { 0 };
            for (var grew = true; grew;)
            {
                grew = false;
                for (var j = 0; j < keys.Count; j++)
                    if (!reached.Contains(j) && reached.Any(i => keys[i].Overlaps(keys[j]))) grew = reached.Add(j);
            }
            Assert.True(reached.Count == keys.Count, $"person {records.Key}: records {string.Join(", ", records.Select(r => r.Source + "/" + r.Row["source_id"]))} are not linked");
        }
        Assert.True(multiChannel > SampleDataFixture.Customers / 5, $"only {multiChannel} people have several records");
    }

    [Fact]
    public void Every_phone_is_a_valid_number_of_its_country()
    {
        var phones = data.CustomerRows.Where(r => r.Row["phone"].Length > 0).ToList();

        Assert.NotEmpty(phones);
        Assert.All(phones, r => Assert.True(Normalise.IsValidPhone(r.Row["phone"], r.Row["country"]), $"{r.Row["phone"]} ({r.Row["country"]})"));
        Assert.All(data.People, p => Assert.True(Normalise.IsValidPhone(p.Phone, null), p.Phone));
    }

    [Fact]
    public void Identifiers_come_in_the_varied_formats_people_type()
    {
        var emails = data.CustomerRows.Select(r => r.Row["email"]).Where(e => e.Length > 0).ToList();
        var phones = data.CustomerRows.Select(r => r.Row["phone"]).Where(p => p.Length > 0).ToList();

        Assert.Contains(emails, e => e != e.Trim());
        Assert.Contains(emails, e => e.Trim() != e.Trim().ToLowerInvariant());
        Assert.Contains(phones, p => p.StartsWith("+86 ", StringComparison.Ordinal));
        Assert.Contains(phones, p => p.StartsWith("0086", StringComparison.Ordinal));
        Assert.Contains(phones, p => p.StartsWith("1", StringComparison.Ordinal) && p.Contains('-'));
        Assert.Contains(phones, p => p.StartsWith("(", StringComparison.Ordinal));
        Assert.Contains(phones, p => p.StartsWith("0", StringComparison.Ordinal) && !p.StartsWith("00", StringComparison.Ordinal));
    }

    private static IEnumerable<string> Keys(Dictionary<string, string> row)
    {
        if (Normalise.Email(row["email"]) is { } email) yield return "email:" + email;
        if (Normalise.Phone(row["phone"], row["country"]) is { } phone) yield return "phone:" + phone;
        if (row["external_id"].Length > 0) yield return "external:" + row["external_id"];
    }

    private static void AssertUnique(IEnumerable<string> values)
    {
        var duplicates = values.GroupBy(v => v).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        Assert.Empty(duplicates);
    }
}
