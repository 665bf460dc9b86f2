using Hub.Identity.Matching;

namespace Hub.Identity.Engine;

/// <summary>
/// Every link the engine accepted, kept between resolutions with the links of each record at hand, so that a change to a
/// few records replaces only their links and finds the customers they reach without looking at the rest.
/// </summary>
internal sealed class LinkStore
{
    private readonly List<ScoredLink> _links;
    private readonly List<bool> _alive;
    private readonly Stack<int> _free = new();
    private List<int>?[] _bySlot;

    /// <param name="links">The accepted links; the store takes the list over.</param>
    /// <param name="slots">How many record slots there are.</param>
    public LinkStore(List<ScoredLink> links, int slots)
    {
        _links = links;
        _alive = new List<bool>(links.Count);
        _bySlot = new List<int>?[slots];
        for (var id = 0; id < links.Count; id++)
        {
            _alive.Add(true);
            Attach(id);
        }
    }

    public void Grow(int slots)
    {
        if (slots > _bySlot.Length) Array.Resize(ref _bySlot, Math.Max(slots, _bySlot.Length + _bySlot.Length / 4 + 1024));
    }

    public void Add(ScoredLink link)
    {
        int id;
        if (_free.TryPop(out id))
        {
            _links[id] = link;
            _alive[id] = true;
        }
        else
        {
            id = _links.Count;
            _links.Add(link);
            _alive.Add(true);
        }

        Attach(id);
    }

    /// <summary>Drops every link of the record, adding the records at their other ends to <paramref name="ends"/>.</summary>
    public void RemoveAll(int slot, ISet<int> ends)
    {
        if (_bySlot[slot] is not { } ids) return;
        _bySlot[slot] = null;
        foreach (var id in ids)
        {
            var link = _links[id];
            var other = link.A == slot ? link.B : link.A;
            ends.Add(other);
            _bySlot[other]?.Remove(id);
            _alive[id] = false;
            _free.Push(id);
        }
    }

    /// <summary>The records linked to this one.</summary>
    public IEnumerable<int> Neighbours(int slot)
    {
        if (_bySlot[slot] is not { } ids) yield break;
        foreach (var id in ids)
        {
            var link = _links[id];
            yield return link.A == slot ? link.B : link.A;
        }
    }

    /// <summary>The links among these records (each link of theirs leads to another of them: they are whole components).</summary>
    public List<ScoredLink> Among(IEnumerable<int> slots)
    {
        var links = new List<ScoredLink>();
        foreach (var slot in slots)
        {
            if (_bySlot[slot] is not { } ids) continue;
            foreach (var id in ids)
            {
                // Each link once: from the end it was attached to first.
                if (_links[id].A == slot) links.Add(_links[id]);
            }
        }

        return links;
    }

    private void Attach(int id)
    {
        var link = _links[id];
        (_bySlot[link.A] ??= []).Add(id);
        (_bySlot[link.B] ??= []).Add(id);
    }
}
