using System.Runtime.InteropServices;

namespace Hub.Identity.Matching;

/// <summary>
/// Joins linked records into customers, strongest links first, refusing any join that would put clearly different people
/// in one customer: two records an operator split apart, birth dates that cannot be the same person's, or given names
/// that are clearly different people's (a household's records chained through a shared landline and address). Chains of
/// weak links (A~B~C where A and C disagree) thereby stop at the weakest point instead of gluing everyone together. Evidence
/// about the person rather than the household overrides them: the same e-mail or external id outweighs both checks (typos
/// and nicknames trip them more often than identifiers lie), the same birth date outweighs the given-name check. An
/// operator's split is never overridden.
/// </summary>
internal sealed class ConstrainedClustering
{
    private int[] _parent = [];
    private int[] _size = [];
    private List<int>?[] _birthDates = [];
    private List<int>?[] _forbidden = [];
    private List<string>?[] _names = [];
    private List<string>?[] _familyNames = [];
    private readonly PreparedRecords _records;

    public ConstrainedClustering(PreparedRecords records, IEnumerable<(int A, int B)> cannotLink)
    {
        _records = records;
        Reset(Enumerable.Range(0, records.Count), cannotLink);
    }

    /// <summary>
    /// Makes each of these records a customer of its own again, as before any join, under the given splits; records not
    /// named keep their customers. The records named must be whole customers (every record joined with one of them is named too).
    /// </summary>
    public void Reset(IEnumerable<int> records, IEnumerable<(int A, int B)> cannotLink)
    {
        Grow(_records.Count);
        var forbidden = new Dictionary<int, List<int>>();
        foreach (var (a, b) in cannotLink)
        {
            (CollectionsMarshal.GetValueRefOrAddDefault(forbidden, a, out _) ??= []).Add(b);
            (CollectionsMarshal.GetValueRefOrAddDefault(forbidden, b, out _) ??= []).Add(a);
        }

        foreach (var i in records)
        {
            _parent[i] = i;
            _size[i] = 1;
            var date = _records.BirthDate.Ids[i];
            _birthDates[i] = date != 0 ? [date] : null;
            _names[i] = _records.GivenRoman.Value(i) is { } given ? [given] : null;
            _familyNames[i] = _records.FamilyRoman.Value(i) is { } family ? [family] : null;
            _forbidden[i] = forbidden.TryGetValue(i, out var apart) ? [.. apart] : null;
        }
    }

    private void Grow(int count)
    {
        if (count <= _parent.Length) return;
        var old = _parent.Length;
        Array.Resize(ref _parent, count);
        Array.Resize(ref _size, count);
        Array.Resize(ref _birthDates, count);
        Array.Resize(ref _forbidden, count);
        Array.Resize(ref _names, count);
        Array.Resize(ref _familyNames, count);
        for (var i = old; i < count; i++)
        {
            _parent[i] = i;
            _size[i] = 1;
        }
    }

    public int Find(int item)
    {
        var root = item;
        while (_parent[root] != root) root = _parent[root];
        while (_parent[item] != root) (item, _parent[item]) = (_parent[item], root);
        return root;
    }

    /// <summary>Joins the customers of a and b unless a constraint forbids it; true when they are (now) one customer.</summary>
    /// <param name="a">One record.</param>
    /// <param name="b">The other.</param>
    /// <param name="evidence">What personal evidence the link itself carries.</param>
    /// <param name="force">An operator's merge: only an operator's split stops it.</param>
    public bool TryJoin(int a, int b, PersonalEvidence evidence, bool force = false)
    {
        var x = Find(a);
        var y = Find(b);
        if (x == y) return true;
        if (Forbidden(x, y)) return false;
        if (!force && evidence != PersonalEvidence.Identifier)
        {
            if (BirthDatesConflict(x, y)) return false;
            if (evidence != PersonalEvidence.BirthDate && NamesConflict(x, y)) return false;
        }

        if (_size[x] < _size[y]) (x, y) = (y, x);
        _parent[y] = x;
        _size[x] += _size[y];
        _birthDates[x] = Merge(_birthDates[x], _birthDates[y]);
        _forbidden[x] = Merge(_forbidden[x], _forbidden[y]);
        _names[x] = Merge(_names[x], _names[y]);
        _names[y] = null;
        _familyNames[x] = Merge(_familyNames[x], _familyNames[y]);
        _familyNames[y] = null;
        _birthDates[y] = null;
        _forbidden[y] = null;
        return true;
    }

    private bool Forbidden(int x, int y)
    {
        if (_forbidden[x] is { } fx && fx.Any(r => Find(r) == y)) return true;
        return _forbidden[y] is { } fy && fy.Any(r => Find(r) == x);
    }

    // Two customers may join when some birth date of one is the same as, or one typo from, some birth date of the other.
    private bool BirthDatesConflict(int x, int y)
    {
        if (_birthDates[x] is not { } dx || _birthDates[y] is not { } dy) return false;
        foreach (var a in dx)
        {
            foreach (var b in dy)
            {
                if (a == b || BirthDates.Close(_records.BirthDate.ValueOf(a)!, _records.BirthDate.ValueOf(b)!)) return false;
            }
        }

        return true;
    }

    // Two customers may join when some given name of one could be the same person's as some given name of the other, or
    // as some family name of the other, since names arrive swapped ("QUITZON BRIANNE").
    private bool NamesConflict(int x, int y)
    {
        if (_names[x] is not { } nx || _names[y] is not { } ny) return false;
        return !AnySame(nx, ny) && !AnySame(nx, _familyNames[y]) && !AnySame(_familyNames[x], ny);
    }

    private static bool AnySame(List<string>? left, List<string>? right)
    {
        if (left is null || right is null) return false;
        foreach (var a in left)
        {
            foreach (var b in right)
            {
                if (PersonNames.CouldBeSame(a, b)) return true;
            }
        }

        return false;
    }

    private static List<T>? Merge<T>(List<T>? a, List<T>? b)
    {
        if (b is null) return a;
        if (a is null) return b;
        foreach (var item in b)
        {
            if (!a.Contains(item)) a.Add(item);
        }

        return a;
    }
}

/// <summary>The strongest evidence about the person (not the household) a link carries.</summary>
internal enum PersonalEvidence
{
    /// <summary>None: names, address, a shared phone.</summary>
    None,

    /// <summary>The same birth date, or one typo from it.</summary>
    BirthDate,

    /// <summary>The same e-mail, or the same external id (or one typo from it).</summary>
    Identifier,
}
