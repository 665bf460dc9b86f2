using System.Diagnostics;
using Hub.Core.Model;
using Hub.Core.Storage;
using Hub.Identity.Golden;
using Hub.Identity.Matching;

namespace Hub.Identity.Engine;

/// <summary>
/// The identity engine and, between resolutions, its state: every record normalised into slots, the identifiers found
/// shared, the accepted links, the clustering and the customer numbers. A full resolution builds it from all records; a
/// resolution of changes (<see cref="ResolveChanges"/>) updates it, comparing only the records that changed and
/// re-clustering only the customers they reach, with the same model, so that both arrive at the same customers.
/// No I/O: everything it needs is handed in.
/// </summary>
internal sealed partial class IdentityEngine
{
    private readonly IdentityOptions _options;
    private readonly string _region;
    private readonly SurvivorshipPolicy _policy;
    private readonly List<StoredCustomerRecord?> _records;
    private readonly Dictionary<long, int> _slotOfRow;
    private readonly Dictionary<(string Source, string SourceId), int> _slotOfKey;
    private readonly PreparedRecords _prepared;
    private readonly SharedIdentifierState _shared;
    private readonly PairComparer _comparer;
    private readonly MatchModel _model;
    private readonly LinkAcceptance _acceptance;
    private readonly ConstrainedClustering _clustering;
    private LinkStore _links = null!;
    private IReadOnlyList<IdentityDecision> _decisions;
    private DecisionConstraints _constraints;
    private long _maxNumber;
    // Whether the state is kept for later changes; a one-off resolution skips what only they need.
    private readonly bool _keep;

    private IdentityEngine(
        IdentityOptions options, string region, List<StoredCustomerRecord?> records, PreparedRecords prepared, SharedIdentifierState shared,
        MatchModel model, IReadOnlyList<IdentityDecision> decisions, long maxNumber, bool keep)
    {
        _keep = keep;
        _options = options;
        _region = region;
        _policy = SurvivorshipPolicy.From(options.Survivorship);
        _records = records;
        // Finding records by row or by source key is for later changes and for decisions; a one-off run without
        // decisions skips two dictionaries of a million entries.
        var lookups = keep || decisions.Count > 0;
        _slotOfRow = new Dictionary<long, int>(lookups ? records.Count : 0);
        _slotOfKey = new Dictionary<(string, string), int>(lookups ? records.Count : 0);
        for (var i = 0; lookups && i < records.Count; i++)
        {
            _slotOfRow[records[i]!.RowId] = i;
            _slotOfKey[(records[i]!.Source, records[i]!.SourceId)] = i;
        }

        _live = records.Count;
        _prepared = prepared;
        _shared = shared;
        _comparer = new PairComparer(prepared);
        _model = model;
        _acceptance = new LinkAcceptance(options, prepared, new PairScorer(model, prepared));
        _decisions = [.. decisions];
        _constraints = DecisionConstraints.From(decisions, SlotOf);
        _clustering = new ConstrainedClustering(prepared, _constraints.CannotLink);
        _maxNumber = maxNumber;
    }

    /// <summary>The model every pair is scored with.</summary>
    public MatchModel Model => _model;

    /// <summary>How many records the engine holds.</summary>
    public int Records => _live;

    private int _live;

    /// <summary>
    /// Resolves every record of the request. The engine returned holds the state for <see cref="ResolveChanges"/> when
    /// <paramref name="keep"/> is set; without it, what only later changes need is not built.
    /// </summary>
    public static (ResolutionOutcome Outcome, IdentityEngine Engine) Resolve(
        ResolutionRequest request, IdentityOptions options, string region, TimeProvider time, bool keep)
    {
        // Row order is the engine's order everywhere (ties, numbering), whatever order the records arrive in.
        var records = InRowOrder(request.Records);
        var report = new List<string>();
        var watch = Stopwatch.StartNew();
        var stages = new StageTimer();
        var prepared = PreparedRecords.Build(records, region);
        stages.Done("normalise");
        var shared = SharedIdentifierState.Apply(prepared, options.MaxPeoplePerIdentifier, keep);
        var comparer = new PairComparer(prepared);
        var blocking = new BlockingReport();
        var pairs = CandidatePairs.Generate(prepared, BlockingRule.Defaults, options.MaxBlockSize, blocking);
        stages.Done("block");
        var vectors = new ComparisonVector[pairs.Length];
        Parallel.For(0, pairs.Length, p => vectors[p] = comparer.Compare(First(pairs[p]), Second(pairs[p])));
        stages.Done("compare");
        report.Add($"normalised {records.Count:N0} records and compared {pairs.Length:N0} candidate pairs " +
            $"({pairs.Length / Math.Max(stages.Seconds("compare"), 1e-3):N0} pairs/s) in {watch.Elapsed.TotalSeconds:F1} s");
        report.AddRange(blocking.Rules.Select(r =>
            $"  blocking on {r.Rule}: {r.Pairs:N0} pairs" + (r.SkippedKeys > 0 ? $", {r.SkippedKeys:N0} keys held by more than {options.MaxBlockSize} records skipped" : "")));
        report.AddRange(SharedReport(shared.Found));

        var (model, trained) = ModelChoice.Choose(request, prepared, comparer, vectors, time, report);
        stages.Done(trained ? "train" : "load model");
        var engine = new IdentityEngine(options, region, [.. records], prepared, shared, model, request.Decisions, request.MaxCustomerNumber, keep);
        var links = engine.AcceptAll(pairs, vectors);
        stages.Done("score");
        var all = Enumerable.Range(0, records.Count).ToArray();
        var run = engine.Cluster(all, links, engine._constraints.MustLink, report);
        if (keep) engine._links = new LinkStore(links, records.Count);
        stages.Done("cluster");
        var outcome = engine.Outcome(run, all);
        stages.Done("golden records");
        report.Add("stages: " + stages);
        report.Add($"{outcome.Customers.Count:N0} customers from {records.Count:N0} records in {watch.Elapsed.TotalSeconds:F1} s");
        return (outcome with
        {
            Model = ModelJson.ToSnapshot(model),
            ModelTrained = trained,
            Report = report,
            PairsCompared = pairs.Length,
            Revisions = records.ToDictionary(r => r.RowId, r => r.Revision),
        }, engine);
    }

    /// <summary>
    /// The accepted links among the compared pairs, in no particular order (clustering sorts them). Gathered per worker
    /// rather than in an array as long as the pairs: a million records make millions of pairs and few links.
    /// </summary>
    private List<ScoredLink> AcceptAll(ulong[] pairs, ComparisonVector[] vectors)
    {
        var links = new List<ScoredLink>();
        Parallel.For(0, pairs.Length, () => new List<ScoredLink>(), (i, _, local) =>
        {
            if (_acceptance.Accept(First(pairs[i]), Second(pairs[i]), vectors[i]) is { } link) local.Add(link);
            return local;
        }, local =>
        {
            lock (links) links.AddRange(local);
        });
        return links;
    }

    private static IReadOnlyList<StoredCustomerRecord> InRowOrder(IReadOnlyList<StoredCustomerRecord> records)
    {
        for (var i = 1; i < records.Count; i++)
        {
            if (records[i].RowId <= records[i - 1].RowId) return records.OrderBy(r => r.RowId).ToList();
        }

        return records;
    }

    private static int First(ulong pair) => (int)(pair >> 32);

    private static int Second(ulong pair) => (int)(uint)pair;

    private int SlotOf(string source, string sourceId) => _slotOfKey.TryGetValue((source, sourceId), out var slot) && _records[slot] is not null ? slot : -1;

    private long RowOf(int slot) => _records[slot]!.RowId;

    /// <summary>The customers these records form, with the links kept among them.</summary>
    private sealed record ClusterRun(List<int[]> Clusters, long[] Numbers, List<ScoredLink> Kept);

    /// <summary>
    /// Joins the records (whole components of the link graph, in row order) into customers: operators' merges first, then
    /// the links strongest first under the guardrails; then numbers the customers, keeping the numbers their records had.
    /// </summary>
    private ClusterRun Cluster(int[] slots, List<ScoredLink> links, IEnumerable<(int A, int B)> mustLink, List<string> report)
    {
        links.Sort(LinkAcceptance.Order(RowOf));
        var kept = new List<ScoredLink>(links.Count);
        // Operators' merges first: they hold against every guardrail except an operator's own split.
        foreach (var (a, b) in mustLink.Select(Oriented).OrderBy(p => RowOf(p.A)).ThenBy(p => RowOf(p.B)))
        {
            if (_clustering.TryJoin(a, b, PersonalEvidence.None, force: true))
                kept.Add(new ScoredLink(a, b, double.PositiveInfinity, _comparer.Compare(a, b), "decision:merge"));
        }

        var refused = 0;
        var ambiguous = 0;
        var namesakes = new NamesakeGuard(_prepared);
        foreach (var link in links)
        {
            if (link.Rule == LinkAcceptance.NameOnlyRule && namesakes.Ambiguous(link.A, link.B)) ambiguous++;
            else if (_clustering.TryJoin(link.A, link.B, LinkAcceptance.Evidence(link.Vector))) kept.Add(link);
            else refused++;
        }

        if (refused > 0) report.Add($"{refused:N0} accepted links refused by the guardrails (birth dates or given names that cannot be one person's)");
        if (ambiguous > 0) report.Add($"{ambiguous:N0} links on a name alone left out: other records carry that name too");

        var members = new Dictionary<int, List<int>>();
        foreach (var slot in slots)
        {
            var root = _clustering.Find(slot);
            if (!members.TryGetValue(root, out var list)) members[root] = list = [];
            list.Add(slot);
        }

        // Slots come in row order, so each customer's records do too; customers go in order of their first record.
        var clusters = members.Values.Select(list => list.ToArray()).OrderBy(list => RowOf(list[0])).ToList();
        var numbers = CustomerNumbering.Assign(_records!, clusters, _maxNumber);
        return new ClusterRun(clusters, numbers, kept);
    }

    /// <summary>The pair with the record stored first as A, as comparisons and ties expect.</summary>
    private (int A, int B) Oriented((int A, int B) pair) => RowOf(pair.A) <= RowOf(pair.B) ? pair : (pair.B, pair.A);

    /// <summary>Golden records, record assignments and link evidence of the customers formed; the records now carry their numbers.</summary>
    private ResolutionOutcome Outcome(ClusterRun run, IReadOnlyCollection<int> slots)
    {
        var (clusters, numbers, kept) = run;
        var customers = new GoldenCustomer[clusters.Count];
        // Overrides are placed on the final clusters, so one follows its records through merges, splits and renumbering.
        var overrides = GoldenOverrides.Standing(_decisions, _records!, clusters, numbers);
        Parallel.For(0, clusters.Count, c =>
        {
            var members = clusters[c];
            var newestFirst = members.Length == 1
                ? members
                : members.OrderByDescending(i => _records[i]!.LastChanged).ThenByDescending(i => _records[i]!.RowId).ToArray();
            var stored = new StoredCustomerRecord[newestFirst.Length];
            var keys = new RecordKeys[newestFirst.Length];
            for (var k = 0; k < newestFirst.Length; k++)
            {
                var i = newestFirst[k];
                stored[k] = _records[i]!;
                keys[k] = new RecordKeys(_prepared.EmailShown[i], null, _prepared.PhoneShown[i], null);
            }

            customers[c] = GoldenRecords.Build(numbers[c], stored, keys, _policy, overrides.GetValueOrDefault(c));
        });

        var customerOfRecord = new Dictionary<long, long>(slots.Count);
        for (var c = 0; c < clusters.Count; c++)
        {
            foreach (var slot in clusters[c])
            {
                var record = _records[slot]!;
                customerOfRecord[record.RowId] = numbers[c];
                if (_keep && record.CustomerNumber != numbers[c]) _records[slot] = record with { CustomerNumber = numbers[c] };
            }

            _maxNumber = Math.Max(_maxNumber, numbers[c]);
        }

        Array.Sort(customers, (a, b) => a.Number.CompareTo(b.Number));
        var evidence = kept
            .Select(l => new LinkEvidence(RowOf(l.A), RowOf(l.B), l.Rule.StartsWith("model", StringComparison.Ordinal) ? l.Weight : double.PositiveInfinity,
                (long)l.Vector.Packed, l.Rule, _model.Version))
            .ToList();
        return new ResolutionOutcome(customerOfRecord, customers) { Links = evidence };
    }

    private static IEnumerable<string> SharedReport(IReadOnlyList<SharedIdentifier> shared)
    {
        if (shared.Count == 0) yield break;
        yield return $"{shared.Count:N0} identifiers shared by different people no longer link anyone, e.g.:";
        foreach (var s in shared.OrderByDescending(s => s.Records).Take(5))
            yield return $"  {s.Field} {s.Value}: {s.Records:N0} records, at least {s.People} different given names";
    }
}
