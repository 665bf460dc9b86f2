namespace Hub.Identity.Matching;

/// <summary>Compares two prepared records field by field into a <see cref="ComparisonVector"/>. Allocation-free and thread-safe.</summary>
internal sealed class PairComparer(PreparedRecords records)
{
    public ComparisonVector Compare(int a, int b)
    {
        var r = records;
        ulong packed = 0;
        packed = Names(packed, a, b);
        packed = ComparisonVector.With(packed, MatchField.BirthDate, BirthDate(r.BirthDate, a, b));
        packed = ComparisonVector.With(packed, MatchField.Email, Email(a, b));
        packed = ComparisonVector.With(packed, MatchField.Phone, Exact(r.Phone, a, b));
        packed = ComparisonVector.With(packed, MatchField.Street, Place(r.Street, a, b));
        packed = ComparisonVector.With(packed, MatchField.City, Place(r.City, a, b));
        packed = ComparisonVector.With(packed, MatchField.Postcode, Edits(r.Postcode, a, b, limit: 1, minLength: 3));
        packed = ComparisonVector.With(packed, MatchField.ExternalId, Edits(r.ExternalId, a, b, limit: 2, minLength: 5));
        return new ComparisonVector(packed);
    }

    private ulong Names(ulong packed, int a, int b)
    {
        var r = records;
        if (r.IsOrganization[a] || r.IsOrganization[b])
        {
            // Company names share their city, trade and legal form ("广州...科技有限公司", "... Group"): only the whole name agrees.
            var x = r.FamilyName.Ids[a];
            var y = r.FamilyName.Ids[b];
            var level = x == 0 || y == 0 ? 0 : x == y ? 1 : ComparisonLevels.Different(MatchField.FamilyName);
            return ComparisonVector.With(packed, MatchField.FamilyName, level);
        }

        var given = Name(r.GivenName, r.GivenRoman, a, r.GivenName, r.GivenRoman, b);
        var family = Name(r.FamilyName, r.FamilyRoman, a, r.FamilyName, r.FamilyRoman, b);
        if (given != 1 || family != 1)
        {
            // Romanised Chinese names, and forms that ask for "name" and "surname" loosely, come in either order.
            var givenSwapped = Name(r.GivenName, r.GivenRoman, a, r.FamilyName, r.FamilyRoman, b);
            var familySwapped = Name(r.FamilyName, r.FamilyRoman, a, r.GivenName, r.GivenRoman, b);
            if (Rank(givenSwapped) + Rank(familySwapped) < Rank(given) + Rank(family))
            {
                packed = ComparisonVector.WithSwapped(packed);
                (given, family) = (givenSwapped, familySwapped);
            }
        }

        packed = ComparisonVector.With(packed, MatchField.GivenName, given);
        return ComparisonVector.With(packed, MatchField.FamilyName, family);
    }

    // Lower is better agreement; a missing value sits between a variant and a disagreement.
    private static int Rank(int level) => level switch { 1 => 0, 2 => 1, 3 => 2, 0 => 3, _ => 5 };

    private static int Name(FieldColumn nativeA, FieldColumn romanA, int a, FieldColumn nativeB, FieldColumn romanB, int b)
    {
        var x = nativeA.Value(a);
        var y = nativeB.Value(b);
        if (x is null || y is null) return 0;
        if (x == y) return 1;
        var romanX = romanA.Value(a) ?? x;
        var romanY = romanB.Value(b) ?? y;
        // Two ways of writing one sound (王伟 / Wang Wei, 陈 / 程 misheard) agree as closely as a one-letter slip.
        if (romanX == romanY) return 2;
        if (IsInitialOf(romanX, romanY) || IsInitialOf(romanY, romanX)) return 3;
        var similarity = StringDistance.JaroWinkler(romanX, romanY);
        return similarity >= ComparisonLevels.NameClose ? 2 : similarity >= ComparisonLevels.NameSimilar ? 3 : 4;
    }

    private static bool IsInitialOf(string initial, string name) => initial.Length == 1 && name.Length > 1 && name[0] == initial[0];

    private static int BirthDate(FieldColumn column, int a, int b)
    {
        var x = column.Ids[a];
        var y = column.Ids[b];
        if (x == 0 || y == 0) return 0;
        if (x == y) return 1;
        var s = column.ValueOf(x)!;
        var t = column.ValueOf(y)!;
        var edits = StringDistance.BoundedLevenshtein(s, t, 2);
        if (edits <= 1 || BirthDates.DayAndMonthSwapped(s, t)) return 2;
        return edits == 2 ? 3 : 4;
    }

    private int Email(int a, int b)
    {
        var r = records;
        var x = r.Email.Ids[a];
        var y = r.Email.Ids[b];
        if (x == 0 || y == 0) return 0;
        if (x == y) return 1;
        return r.EmailLocal.Ids[a] == r.EmailLocal.Ids[b] ? 2 : 3;
    }

    private static int Exact(FieldColumn column, int a, int b)
    {
        var x = column.Ids[a];
        var y = column.Ids[b];
        if (x == 0 || y == 0) return 0;
        return x == y ? 1 : 2;
    }

    private static int Place(FieldColumn column, int a, int b)
    {
        var x = column.Ids[a];
        var y = column.Ids[b];
        if (x == 0 || y == 0) return 0;
        if (x == y) return 1;
        return StringDistance.JaroWinkler(column.ValueOf(x)!, column.ValueOf(y)!) >= ComparisonLevels.PlaceClose ? 2 : 3;
    }

    private static int Edits(FieldColumn column, int a, int b, int limit, int minLength)
    {
        var x = column.Ids[a];
        var y = column.Ids[b];
        if (x == 0 || y == 0) return 0;
        if (x == y) return 1;
        var s = column.ValueOf(x)!;
        var t = column.ValueOf(y)!;
        return Math.Min(s.Length, t.Length) >= minLength && StringDistance.BoundedLevenshtein(s, t, limit) <= limit ? 2 : 3;
    }
}
