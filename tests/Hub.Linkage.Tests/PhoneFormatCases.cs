namespace Hub.Linkage.Tests;

/// <summary>
/// One person whose sources write one phone number differently: +86 138 0013 8000, 0086 13800138000 and
/// 138-0013-8000 with country CN; (415) 555-0100 and +1 415 555 0100 in the US. The records share the number and the
/// name but no e-mail, so only reading the number right links them.
/// </summary>
internal static class PhoneFormatCases
{
    public static void Add(HardCaseBuilder b, int chinesePeople, int usPeople)
    {
        // The examples everyone writes first, so they are certainly among the cases.
        var beijing = HardCaseCity.China[0];
        var sanFrancisco = HardCaseCity.UnitedStates[0];
        Queue<(HardCaseCity, HardCasePhone)> examples = new();
        var brief = new HardCasePhone("86", "", "13800138000");
        if (b.TryClaim(brief)) examples.Enqueue((beijing, brief));
        var fiction = new HardCasePhone("1", "415", "5550100");
        if (b.TryClaim(fiction)) examples.Enqueue((sanFrancisco, fiction));

        for (var i = 1; i <= chinesePeople + usPeople; i++)
        {
            var chinese = i <= chinesePeople;
            var person = b.NewPerson($"phone{i:000}", HardCase.PhoneFormat);
            HardCaseCity city;
            HardCasePhone phone;
            if (examples.Count > 0 && examples.Peek().Item1.Chinese == chinese) (city, phone) = examples.Dequeue();
            else
            {
                city = b.Pick(chinese ? HardCaseCity.China : HardCaseCity.UnitedStates);
                // A few Chinese people give their home landline (010-6523 1234) rather than a mobile.
                phone = chinese && b.Chance(0.2) ? b.NewLandline(city) : b.NewMobile(city);
            }

            var profile = b.NewProfile(person, city, HardCaseRecords.ExampleDomain(b)) with { Mobile = phone };
            AddRecords(b, profile);
        }
    }

    /// <summary>2-3 records, each writing the number its own way; shop and app e-mails differ, if the app has one.</summary>
    private static void AddRecords(HardCaseBuilder b, HardCaseProfile p)
    {
        var (callCenter, shop, mobile) = b.Rng.Next(4) switch
        {
            0 => (true, true, false),
            1 => (true, false, true),
            2 => (false, true, true),
            _ => (true, true, true),
        };
        var rows = new List<HardCaseRow>();
        if (callCenter) rows.Add(HardCaseRecords.CallCenter(b, p, p.Mobile));
        if (shop) rows.Add(HardCaseRecords.Shop(b, p, p.Mobile, p.Email));
        if (mobile)
        {
            var appEmail = b.Chance(0.5) ? b.NewEmail(p.Name, HardCaseRecords.ExampleDomain(b)) : null;
            rows.Add(HardCaseRecords.Mobile(b, p, p.Mobile, appEmail, p.Name.Full));
        }

        // Rewrite a record until its spelling of the number is one no other record of the person used.
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            var written = row;
            for (var attempt = 0; attempt < 50 && !seen.Add(written.Phone!); attempt++)
            {
                var (text, national) = p.Mobile.Write(b.Rng);
                written = written with { Phone = text, Country = national ? p.City.CountryText(b.Rng) : written.Country };
            }

            b.Add(written);
        }
    }
}
