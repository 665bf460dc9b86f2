using System.Diagnostics;
using Hub.Core.Model;
using Hub.Core.Storage;
using Hub.Identity.Matching;

namespace Hub.Identity.Engine;

internal sealed partial class IdentityEngine
{
    /// <summary>
    /// Resolves the records that changed since the state was built or last updated: normalises them, counts again the
    /// identifiers they touch, compares them with the records they share a blocking key with, and re-clusters every
    /// customer the changes reach (and only those), with the model the state was built with. Null when the model is
    /// provisional and has been outgrown: a full resolution has to estimate it again.
    /// </summary>
    /// <param name="pending">The changed, new and deleted records.</param>
    /// <param name="decisions">The whole decision log as it stands now.</param>
    public ResolutionOutcome? ResolveChanges(PendingRecords pending, IReadOnlyList<IdentityDecision> decisions)
    {
        var watch = Stopwatch.StartNew();
        var stages = new StageTimer();
        var report = new List<string>();
        var growth = pending.Changed.Count(r => !_slotOfRow.ContainsKey(r.RowId) || _records[_slotOfRow[r.RowId]] is null);
        if (ModelChoice.Outgrown(_model, _live + growth)) return null;

        // Where each record goes: a changed one keeps its slot, a new one (or one deleted before and back now) gets a new slot.
        var puts = new List<(int Slot, StoredCustomerRecord Record)>();
        var removed = new List<int>();
        var revisions = new Dictionary<long, long>();
        var oldNumbers = new HashSet<long>();
        foreach (var record in pending.Changed)
        {
            revisions[record.RowId] = record.Revision;
            if (!_slotOfRow.TryGetValue(record.RowId, out var slot))
            {
                slot = _records.Count;
                _records.Add(null);
                _slotOfRow[record.RowId] = slot;
            }

            // The engine's own numbering is what the store holds; a record new (or back from deletion) has none yet.
            var number = _records[slot]?.CustomerNumber;
            if (_records[slot] is null) _live++;
            puts.Add((slot, record with { CustomerNumber = number }));
        }

        foreach (var (row, revision) in pending.Deleted)
        {
            revisions[row] = revision;
            if (_slotOfRow.TryGetValue(row, out var slot) && _records[slot] is { } gone)
            {
                removed.Add(slot);
                if (gone.CustomerNumber is { } number) oldNumbers.Add(number);
            }
        }

        var moved = puts.Select(p => p.Slot).Concat(removed).ToList();
        Grow(_records.Count);
        var oldKeys = BlockKeys(moved);
        var oldNames = moved.Select(slot => _prepared.NameKey.Ids[slot]).ToArray();
        var before = _shared.Before(moved);

        _prepared.Put(puts, _region);
        foreach (var (slot, record) in puts)
        {
            _records[slot] = record;
            _slotOfKey[(record.Source, record.SourceId)] = slot;
        }

        foreach (var slot in removed)
        {
            _prepared.Remove(slot);
            _records[slot] = null;
            _live--;
        }

        stages.Done("normalise");
        var dirty = new HashSet<int>(puts.Select(p => p.Slot));
        _shared.Update(_prepared, moved, before, RowOf, dirty);
        MarkBlocksCrossingTheCap(moved, oldKeys, dirty);

        // Every link of a record that changed goes; the records at their other ends are re-clustered.
        var touched = new HashSet<int>(dirty);
        foreach (var slot in dirty.Concat(removed)) _links.RemoveAll(slot, touched);
        foreach (var slot in removed) touched.Remove(slot);
        var compared = CompareDirty(dirty);
        stages.Done("compare");

        TouchNamesakes(moved, oldNames, touched);
        TouchDecisions(decisions, touched);
        var affected = Reach(touched);
        _clustering.Reset(affected.Concat(removed), _constraints.CannotLink);
        var slots = affected.OrderBy(RowOf).ToArray();
        foreach (var slot in slots)
        {
            if (_records[slot]!.CustomerNumber is { } number) oldNumbers.Add(number);
        }

        var run = Cluster(slots, _links.Among(slots), _constraints.MustLink.Where(p => affected.Contains(p.A)), report);
        stages.Done("cluster");
        var outcome = Outcome(run, slots);
        stages.Done("golden records");
        oldNumbers.ExceptWith(run.Numbers);
        report.Add($"resolved {pending.Changed.Count:N0} changed and {pending.Deleted.Count:N0} deleted records against {Records:N0}: " +
            $"compared {compared:N0} pairs, re-clustered {slots.Length:N0} records into {run.Clusters.Count:N0} customers, " +
            $"{oldNumbers.Count:N0} customers gone, in {watch.Elapsed.TotalSeconds:F2} s");
        report.Add("stages: " + stages);
        return outcome with
        {
            Scope = ResolutionScope.Changes,
            RemovedCustomers = oldNumbers.Order().ToList(),
            Revisions = revisions,
            Generation = pending.Generation,
            Model = ModelJson.ToSnapshot(_model),
            Report = report,
            PairsCompared = compared,
        };
    }

    private void Grow(int slots)
    {
        _prepared.Grow(slots);
        _links.Grow(slots);
    }

    /// <summary>Each moved record's key under each blocking rule, as the record stands now (0 for none).</summary>
    private ulong[][] BlockKeys(IReadOnlyList<int> slots) =>
        BlockingRule.Defaults.Select(rule =>
        {
            var first = rule.First(_prepared);
            var second = rule.Second?.Invoke(_prepared);
            return slots.Select(slot => BlockingRule.Key(first, second, slot)).ToArray();
        }).ToArray();

    /// <summary>
    /// A block that grows past the size cap stops producing pairs, and one that shrinks under it starts: either way every
    /// record in it compares differently now, as a full resolution would compare it.
    /// </summary>
    private void MarkBlocksCrossingTheCap(IReadOnlyList<int> moved, ulong[][] oldKeys, ISet<int> dirty)
    {
        var newKeys = BlockKeys(moved);
        var movedSet = moved.ToHashSet();
        var cap = _options.MaxBlockSize;
        for (var r = 0; r < BlockingRule.Defaults.Count; r++)
        {
            var keys = oldKeys[r].Concat(newKeys[r]).Where(k => k != 0).ToHashSet();
            foreach (var (key, members) in Blocks(BlockingRule.Defaults[r], keys))
            {
                var before = members.Count(m => !movedSet.Contains(m)) + oldKeys[r].Count(k => k == key);
                if ((before <= cap) != (members.Count <= cap)) dirty.UnionWith(members);
            }
        }
    }

    /// <summary>Every record holding one of these keys under the rule, by key: one pass over the slots.</summary>
    private Dictionary<ulong, List<int>> Blocks(BlockingRule rule, HashSet<ulong> keys)
    {
        var blocks = keys.ToDictionary(k => k, _ => new List<int>());
        if (keys.Count == 0) return blocks;
        var first = rule.First(_prepared);
        var second = rule.Second?.Invoke(_prepared);
        for (var slot = 0; slot < _prepared.Count; slot++)
        {
            var key = BlockingRule.Key(first, second, slot);
            if (key != 0 && blocks.TryGetValue(key, out var members)) members.Add(slot);
        }

        return blocks;
    }

    /// <summary>Compares every dirty record with the records it shares a block with and keeps the links accepted.</summary>
    private int CompareDirty(IReadOnlyCollection<int> dirty)
    {
        var pairs = new HashSet<(int A, int B)>();
        foreach (var rule in BlockingRule.Defaults)
        {
            var first = rule.First(_prepared);
            var second = rule.Second?.Invoke(_prepared);
            var keys = dirty.Select(slot => BlockingRule.Key(first, second, slot)).Where(k => k != 0).ToHashSet();
            var blocks = Blocks(rule, keys);
            foreach (var slot in dirty)
            {
                var key = BlockingRule.Key(first, second, slot);
                if (key == 0 || blocks[key] is not { } members || members.Count > _options.MaxBlockSize) continue;
                foreach (var other in members)
                {
                    if (other != slot) pairs.Add(Oriented((slot, other)));
                }
            }
        }

        var list = pairs.ToArray();
        var links = new ScoredLink?[list.Length];
        Parallel.For(0, list.Length, i => links[i] = _acceptance.Accept(list[i].A, list[i].B, _comparer.Compare(list[i].A, list[i].B)));
        foreach (var link in links)
        {
            if (link is { } l) _links.Add(l);
        }

        return list.Length;
    }

    /// <summary>
    /// A link on a name alone holds only while no third record carries the name: when the holders of a name change, every
    /// customer holding it is reconsidered.
    /// </summary>
    private void TouchNamesakes(IReadOnlyList<int> moved, int[] oldNames, ISet<int> touched)
    {
        var names = oldNames.Concat(moved.Select(slot => _prepared.NameKey.Ids[slot])).Where(id => id != 0).ToHashSet();
        if (names.Count == 0) return;
        var ids = _prepared.NameKey.Ids;
        for (var slot = 0; slot < _prepared.Count; slot++)
        {
            if (ids[slot] != 0 && names.Contains(ids[slot])) touched.Add(slot);
        }
    }

    /// <summary>Records whose operator decisions changed: merges and splits added or lifted, golden-field overrides set or cleared.</summary>
    private void TouchDecisions(IReadOnlyList<IdentityDecision> decisions, ISet<int> touched)
    {
        var seen = _decisions.Count == 0 ? 0 : _decisions.Max(d => d.Id);
        // A copy: the caller's list may grow after this returns.
        _decisions = [.. decisions];
        var constraints = DecisionConstraints.From(decisions, SlotOf);
        foreach (var (a, b) in constraints.All.Except(_constraints.All).Concat(_constraints.All.Except(constraints.All)))
        {
            touched.Add(a);
            touched.Add(b);
        }

        _constraints = constraints;
        foreach (var decision in decisions.Where(d => d.Id > seen))
        {
            foreach (var reference in decision.Records.Concat(decision.Apart))
            {
                if (SlotOf(reference.Source, reference.SourceId) is var slot and >= 0) touched.Add(slot);
            }

            if (decision.CustomerNumber is { } number) TouchCustomers(new HashSet<long> { number }, touched);
        }
    }

    /// <summary>
    /// Every record that may end up in another customer: the touched ones, everything linked to them (link by link, merges
    /// included), and every record that shared a customer with any of those, until nothing more is reached.
    /// </summary>
    private HashSet<int> Reach(HashSet<int> touched)
    {
        var reached = new HashSet<int>();
        var mustLink = new Dictionary<int, List<int>>();
        foreach (var (a, b) in _constraints.MustLink)
        {
            (System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(mustLink, a, out _) ??= []).Add(b);
            (System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(mustLink, b, out _) ??= []).Add(a);
        }

        var queue = new Queue<int>(touched.Where(slot => _records[slot] is not null));
        while (queue.Count > 0)
        {
            while (queue.Count > 0)
            {
                var slot = queue.Dequeue();
                if (!reached.Add(slot)) continue;
                foreach (var next in _links.Neighbours(slot)) queue.Enqueue(next);
                if (mustLink.TryGetValue(slot, out var merged)) merged.ForEach(queue.Enqueue);
            }

            var numbers = reached.Select(slot => _records[slot]!.CustomerNumber).OfType<long>().ToHashSet();
            var mates = new HashSet<int>();
            TouchCustomers(numbers, mates);
            foreach (var mate in mates.Where(m => !reached.Contains(m))) queue.Enqueue(mate);
        }

        return reached;
    }

    private void TouchCustomers(IReadOnlySet<long> numbers, ISet<int> touched)
    {
        if (numbers.Count == 0) return;
        for (var slot = 0; slot < _records.Count; slot++)
        {
            if (_records[slot]?.CustomerNumber is { } number && numbers.Contains(number)) touched.Add(slot);
        }
    }
}
