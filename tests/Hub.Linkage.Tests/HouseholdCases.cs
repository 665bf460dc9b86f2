namespace Hub.Linkage.Tests;

/// <summary>
/// Households: 2-4 people of one family name at one address with one landline, each with their own given name,
/// birth date, mobile and e-mail, each in 2-3 sources. Their records are tied together through the landline and
/// the address, so an engine that links on shared contact data alone merges the family.
/// </summary>
internal static class HouseholdCases
{
    public static void Add(HardCaseBuilder b, int households)
    {
        for (var h = 1; h <= households; h++)
        {
            var chinese = h % 2 == 1;
            var city = b.Pick(chinese ? HardCaseCity.China : HardCaseCity.UnitedStates);
            var group = $"hh{h:000}";
            var landline = b.NewLandline(city);
            var (street, postcode) = city.NewAddress(b.Rng);
            var family = chinese ? b.Pick(HardCaseNames.ChineseFamilies).Han : b.Pick(HardCaseNames.WesternFamilies);
            var size = b.Rng.Next(2, 5);
            var members = new List<HardCaseProfile>();
            for (var m = 0; m < size; m++)
            {
                var person = b.NewPerson($"{group}.{m + 1}", HardCase.Household, group);
                var female = m == 1 || (m > 1 && b.Chance(0.5));
                var name = b.NewName(chinese, female, family, n => members.All(o => ClearlyDifferent(o.Name, n)));
                var birth = BirthDate(b, m, members);
                var mobile = b.NewMobile(city);
                members.Add(new HardCaseProfile(person, name, birth, city, street, postcode, mobile,
                    b.NewEmail(name, HardCaseRecords.ExampleDomain(b))));
                AddRecords(b, members[^1], landline, m);
            }
        }
    }

    // Siblings named 建国 and 建华, or John and Joan, at one landline would leave even a person unsure who called;
    // the case is about people a careful reader can tell apart, so given names share no character or first letter.
    private static bool ClearlyDifferent(HardCaseName a, HardCaseName b) => a.Chinese
        ? !a.Given.Any(b.Given.Contains)
        : char.ToUpperInvariant(a.Given[0]) != char.ToUpperInvariant(b.Given[0]);

    // Two parents within a few years of each other, then children born to them; no two members share a birth date.
    private static DateOnly BirthDate(HardCaseBuilder b, int member, List<HardCaseProfile> members)
    {
        while (true)
        {
            var date = member switch
            {
                0 => b.NewBirthDate(1950, 1972),
                1 => members[0].BirthDate.AddDays(b.Rng.Next(-2500, 2500)),
                _ => b.NewBirthDate(members[0].BirthDate.Year + 22, Math.Min(members[0].BirthDate.Year + 38, 2006)),
            };
            if (members.All(o => o.BirthDate != date)) return date;
        }
    }

    /// <summary>
    /// The member's records. Every two of them share the landline, the mobile or the e-mail, so the right answer can
    /// be found; the first two members always give the landline to the shop (and the first also calls from it),
    /// so every household carries one number across people.
    /// </summary>
    private static void AddRecords(HardCaseBuilder b, HardCaseProfile p, HardCasePhone landline, int member)
    {
        var (callCenter, shop, mobile) = member switch
        {
            0 => (true, true, b.Chance(0.5)),
            1 => b.Rng.Next(3) switch { 0 => (true, true, false), 1 => (false, true, true), _ => (true, true, true) },
            _ => b.Rng.Next(4) switch { 0 => (true, true, false), 1 => (true, false, true), 2 => (false, true, true), _ => (true, true, true) },
        };

        var adult = member < 2;
        var shopPhone = member < 2 || b.Chance(adult ? 0.6 : 0.35) ? landline : p.Mobile;
        var email = p.Email;
        if (shop)
            b.Add(HardCaseRecords.Shop(b, p, shopPhone, email, b.Chance(0.5) ? p.Name.Full : null));
        if (mobile)
            b.Add(HardCaseRecords.Mobile(b, p, p.Mobile, email, b.Chance(0.8) ? p.Name.Full : null));
        if (callCenter)
        {
            // The caller's number must be one another record of theirs carries.
            List<HardCasePhone> known = [];
            if (shop) known.Add(shopPhone);
            if (mobile) known.Add(p.Mobile);
            var phone = member == 0 ? landline : b.Pick(known);
            b.Add(HardCaseRecords.CallCenter(b, p, phone));
        }
    }
}
