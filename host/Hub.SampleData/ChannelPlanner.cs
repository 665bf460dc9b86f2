using Hub.Contracts;

namespace Hub.SampleData;

/// <summary>
/// Decides where a customer shows up and which identifiers each channel captures, then makes sure the records
/// of one customer are linked by a chain of shared identifiers, as the hub's first identity pass needs.
/// </summary>
internal static class ChannelPlanner
{
    public static List<PlannedRecord> Plan(PersonProfile person, bool mustShop, SampleRandom rng)
    {
        var (callCenter, shop, mobile, github) = person.Kind switch
        {
            CustomerKind.ChannelPartner => (0.75, 1.0, 0.0, 0.0),
            CustomerKind.Organization => (0.6, 0.85, 0.0, 0.08),
            _ => (0.3, 0.62, 0.4, person.Country is "CN" or "US" ? 0.1 : 0.06),
        };
        var inCallCenter = rng.Chance(callCenter);
        var inShop = mustShop || rng.Chance(shop);
        var inMobile = rng.Chance(mobile);
        var inGitHub = rng.Chance(github);
        if (!(inCallCenter || inShop || inMobile || inGitHub)) inShop = true;
        var multiChannel = (inCallCenter ? 1 : 0) + (inShop ? 1 : 0) + (inMobile ? 1 : 0) + (inGitHub ? 1 : 0) > 1;

        var member = person.ExternalId is not null;
        var firm = person.Kind != CustomerKind.Person;
        var records = new List<PlannedRecord>(5);
        if (inCallCenter)
        {
            records.Add(new(SampleSources.CallCenter, Identifiers.Phone
                | When(rng.Chance(0.1), Identifiers.Email)
                | When(member && rng.Chance(firm ? 0.5 : 0.15), Identifiers.ExternalId)));
        }
        if (inShop)
        {
            records.Add(new(SampleSources.Shop, Identifiers.Email
                | When(rng.Chance(firm ? 0.8 : 0.5), Identifiers.Phone)
                | When(member && rng.Chance(firm ? 0.9 : 0.85), Identifiers.ExternalId)));
            // Some customers also check out as guests: a second account, found again by the same e-mail.
            if (!firm && rng.Chance(0.04))
                records.Add(new(SampleSources.Shop, Identifiers.Email | When(rng.Chance(0.3), Identifiers.Phone), guestAccount: true));
        }
        if (inMobile)
        {
            var u = rng.NextDouble();
            var contact = u < 0.5 ? Identifiers.Email | Identifiers.Phone : u < 0.75 ? Identifiers.Email : Identifiers.Phone;
            records.Add(new(SampleSources.Mobile, contact | When(member && rng.Chance(0.6), Identifiers.ExternalId)));
        }
        if (inGitHub)
        {
            // Most developers hide their e-mail; those the hub can link to other channels made it public.
            records.Add(new(SampleSources.GitHub, When(multiChannel || rng.Chance(0.6), Identifiers.Email)));
        }

        Connect(records);
        return records;
    }

    /// <summary>
    /// Adds the e-mail (every channel can hold one) to records that share nothing with the first record's group,
    /// so every multi-channel customer is one connected chain.
    /// </summary>
    public static void Connect(List<PlannedRecord> records)
    {
        if (records.Count < 2) return;
        var linked = new bool[records.Count];
        linked[0] = true;
        for (var grew = true; grew;)
        {
            grew = false;
            for (var j = 0; j < records.Count; j++)
            {
                if (linked[j]) continue;
                for (var i = 0; i < records.Count; i++)
                {
                    if (!linked[i] || (records[i].Shown & records[j].Shown) == Identifiers.None) continue;
                    linked[j] = grew = true;
                    break;
                }
            }
        }
        if (Array.TrueForAll(linked, l => l)) return;
        records[0].Shown |= Identifiers.Email;
        for (var j = 1; j < records.Count; j++)
            if (!linked[j]) records[j].Shown |= Identifiers.Email;
    }

    private static Identifiers When(bool condition, Identifiers identifiers) => condition ? identifiers : Identifiers.None;
}
