using Hub.Contracts;

namespace Hub.SampleData;

/// <summary>Builds one <see cref="SamplePerson"/> from its index alone (plus where order numbers start).</summary>
internal sealed class PersonBuilder
{
    private readonly SampleDataOptions options;
    private readonly ulong seed;
    private readonly PersonFactory persons;
    private readonly RecordFactory records;
    private readonly OrderFactory orders;
    private readonly SampleRandom rng = new(0);

    public PersonBuilder(SampleDataOptions options, LocalePool english, LocalePool german)
    {
        this.options = options;
        seed = SampleRandom.Mix((ulong)(uint)options.Seed, 0x5EED);
        // Tokens in e-mails and logins stay short for the demo and still never collide at a million customers.
        var tokenRange = Math.Max(1_000L, 3L * options.Customers);
        persons = new PersonFactory(seed, tokenRange, options.End, english, german);
        records = new RecordFactory(seed, tokenRange);
        orders = new OrderFactory(options.Start, options.End);
    }

    public SamplePerson Build(int index, long firstOrderNumber)
    {
        rng.Reset(SampleRandom.Mix(seed, (ulong)index));
        var dirty = DirtyRoleOf(index);
        var kindRoll = rng.NextDouble();
        var kind = dirty != DirtyRole.None ? CustomerKind.Person
            : kindRoll < 0.02 ? CustomerKind.ChannelPartner
            : kindRoll < 0.10 ? CustomerKind.Organization
            : CustomerKind.Person;
        var profile = persons.Create(index, kind, rng);

        var plan = ChannelPlanner.Plan(profile, mustShop: dirty != DirtyRole.None, rng);
        var rows = new List<SampleCustomerRow>(plan.Count);
        var shopIds = new List<string>(2);
        foreach (var planned in plan)
        {
            var row = records.Render(profile, planned, rng);
            if (row.Source == SampleSources.Shop) shopIds.Add(row.SourceId);
            rows.Add(row);
        }

        var keyAccount = OrderFactory.IsKeyAccount(kind, rng) && shopIds.Count > 0;
        var orderRows = orders.Create(profile, keyAccount, shopIds, firstOrderNumber, rng);
        if (dirty != DirtyRole.None) Spoil(dirty, profile, rows, orderRows, firstOrderNumber);

        return new SamplePerson
        {
            Index = index,
            Kind = kind,
            Country = profile.Country,
            FullName = profile.FullName,
            GivenName = profile.GivenName,
            FamilyName = profile.FamilyName,
            Company = profile.Company,
            Email = profile.Email,
            Phone = profile.Phone.E164,
            ExternalId = profile.ExternalId,
            Street = profile.Street,
            City = profile.City.Name,
            Postcode = profile.Postcode,
            BirthDate = profile.BirthDate,
            Currency = profile.Currency,
            IsKeyAccount = keyAccount,
            Records = rows,
            Orders = orderRows,
        };
    }

    // Fixed, early indices so the demo's few hundred customers always show the warning and quarantine paths.
    private DirtyRole DirtyRoleOf(int index)
    {
        if (!options.IncludeDirtyRows || options.Customers == 0) return DirtyRole.None;
        var role = DirtyRole.None;
        if (index == 1 % options.Customers) role |= DirtyRole.BirthDate;
        if (index == 2 % options.Customers) role |= DirtyRole.Amount;
        if (index == 3 % options.Customers) role |= DirtyRole.OrderDate;
        return role;
    }

    // Broken rows are added (orders) or edited in place (the birth date), never removed: the truth stays complete.
    private void Spoil(DirtyRole role, PersonProfile person, List<SampleCustomerRow> rows, List<SampleOrderRow> orderRows, long firstOrderNumber)
    {
        var shop = rows.FindIndex(r => r.Source == SampleSources.Shop);
        var shopId = rows[shop].SourceId;
        if (role.HasFlag(DirtyRole.BirthDate))
        {
            var year = person.BirthDate?.Year ?? 1971;
            var text = $"{year:D4}0231";
            rows[shop] = rows[shop] with { BirthDate = text, Problem = $"birth_date '{text}' is not a real date (February has no 31st)" };
        }
        var next = firstOrderNumber + orderRows.Count;
        if (role.HasFlag(DirtyRole.Amount))
        {
            orderRows.Add(new SampleOrderRow
            {
                CustomerSourceId = shopId,
                OrderId = OrderFactory.OrderId(next++),
                OrderedAt = orders.Timestamp(12 * 3600),
                Amount = "n/a",
                Currency = person.Currency,
                Person = person.Index,
                Problem = "amount 'n/a' is not a number",
            });
        }
        if (role.HasFlag(DirtyRole.OrderDate))
        {
            var text = $"{options.End.Year:D4}-02-30T10:15:00Z";
            orderRows.Add(new SampleOrderRow
            {
                CustomerSourceId = shopId,
                OrderId = OrderFactory.OrderId(next),
                OrderedAt = text,
                Amount = "99.00",
                Currency = person.Currency,
                Person = person.Index,
                Problem = $"ordered_at '{text}' is not a real date (February has no 30th)",
            });
        }
    }
}
