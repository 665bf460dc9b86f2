using System.Globalization;

namespace Hub.SampleData.Fakes;

/// <summary>
/// Fills a shop from the sample generator's shop accounts and orders, deterministically: times come from the
/// orders, never from the clock. Values are served as the sample wrote them, broken ones included, so the hub's
/// quarantine sees the same dirty orders through the shop as through the CSV files.
/// </summary>
internal static class FakeShopSample
{
    // Shops close (archive) fulfilled orders; older sample orders are closed, so only status=any lists them all.
    private static readonly TimeSpan CloseAfter = TimeSpan.FromDays(14);

    private static readonly (string Sku, string Title)[] Catalog =
    [
        ("HUB-TEA-001", "Jasmine green tea, 250 g"),
        ("HUB-TEA-002", "Porcelain tea set"),
        ("HUB-SLK-001", "Silk scarf"),
        ("HUB-DSK-001", "Bamboo desk organiser"),
        ("HUB-CER-001", "Ceramic teapot"),
        ("HUB-ART-001", "Calligraphy brush set"),
        ("HUB-LAC-001", "Lacquer tray"),
        ("HUB-GFT-001", "Gift card"),
    ];

    public static FakeShopData Load(SampleDataGenerator generator)
    {
        ArgumentNullException.ThrowIfNull(generator);
        var data = new FakeShopData();
        var firstDay = new DateTimeOffset(generator.Options.Start.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        foreach (var person in generator.People())
        {
            var shopRows = person.Records.Where(r => r.Source == SampleSources.Shop).ToList();
            for (var i = 0; i < shopRows.Count; i++)
            {
                var row = shopRows[i];
                var times = person.Orders.Where(o => o.CustomerSourceId == row.SourceId).Select(o => Time(o.OrderedAt)).OfType<DateTimeOffset>().ToList();
                var created = times.Count > 0 ? times.Min().AddDays(-1) : firstDay.AddMinutes(person.Index);
                data.AddCustomer(new FakeShopCustomer
                {
                    Id = long.Parse(row.SourceId, CultureInfo.InvariantCulture),
                    Email = row.Email,
                    FirstName = row.GivenName,
                    LastName = row.FamilyName,
                    Phone = row.Phone,
                    // The generator writes a person's guest-checkout account after their own; Shopify keeps such accounts disabled.
                    State = i == 0 ? "enabled" : "disabled",
                    VerifiedEmail = i == 0,
                    Tags = row.Kind == "person" ? "" : row.Kind,
                    MultipassIdentifier = row.ExternalId,
                    Currency = person.Currency,
                    DefaultAddress = new FakeShopAddress
                    {
                        FirstName = row.GivenName,
                        LastName = row.FamilyName,
                        Name = row.FullName,
                        Company = row.Company,
                        Address1 = row.Street,
                        City = row.City,
                        Zip = row.Postcode,
                        CountryCode = row.Country,
                        Phone = row.Phone,
                    },
                    CreatedAt = created,
                    UpdatedAt = times.Count > 0 ? times.Max() : created,
                });
            }

            var emails = shopRows.ToDictionary(r => r.SourceId, r => r.Email);
            foreach (var order in person.Orders) data.AddOrder(Order(order, emails.GetValueOrDefault(order.CustomerSourceId), firstDay, generator.Options.End));
        }

        return data;
    }

    private static FakeShopOrder Order(SampleOrderRow row, string? email, DateTimeOffset firstDay, DateOnly lastDay)
    {
        // The sample's ids are a prefix and a number (SO100042); Shopify's are numbers.
        var number = long.Parse(row.OrderId.AsSpan(row.OrderId.AsSpan().IndexOfAnyInRange('0', '9')), CultureInfo.InvariantCulture);
        // A broken order date still needs a real created_at; the broken text is served as processed_at.
        var placed = Time(row.OrderedAt) ?? firstDay;
        var end = new DateTimeOffset(lastDay.ToDateTime(TimeOnly.MaxValue), TimeSpan.Zero);
        DateTimeOffset? closed = placed + CloseAfter < end ? placed + CloseAfter : null;
        var (sku, title) = Catalog[number % Catalog.Length];
        return new FakeShopOrder
        {
            Id = number,
            CustomerId = long.Parse(row.CustomerSourceId, CultureInfo.InvariantCulture),
            Email = email,
            Name = row.OrderId,
            Currency = row.Currency,
            TotalPrice = row.Amount,
            ProcessedAt = row.OrderedAt,
            FulfillmentStatus = closed is null ? null : "fulfilled",
            ClosedAt = closed,
            LineItems = [new FakeShopLineItem { Sku = sku, Title = title, Quantity = 1, Price = row.Amount }],
            CreatedAt = placed,
            UpdatedAt = closed ?? placed,
        };
    }

    private static DateTimeOffset? Time(string text) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at) ? at : null;
}
