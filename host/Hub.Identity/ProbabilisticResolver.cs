using System.Diagnostics;
using Hub.Core.Model;
using Hub.Core.Storage;
using Hub.Identity.Golden;
using Hub.Identity.Matching;

namespace Hub.Identity;

/// <summary>
/// The identity engine: normalise every record, clear identifiers that several people share, propose candidate pairs by
/// blocking, compare them field by field, weigh the evidence with a Fellegi–Sunter model estimated from the data, accept
/// pairs by rule or by match probability, and join them into customers strongest link first under the guardrails. Then
/// number customers stably and build their golden records. No I/O: everything it needs is in the request.
/// </summary>
public sealed class ProbabilisticResolver : IIdentityResolver
{
    private readonly IdentityOptions _options;
    private readonly string _defaultRegion;
    private readonly TimeProvider _time;

    /// <summary>Creates the engine.</summary>
    /// <exception cref="ArgumentException">when an option cannot work; the message names it.</exception>
    public ProbabilisticResolver(IdentityOptions options, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var region = (options.DefaultRegion ?? "").Trim().ToUpperInvariant();
        if (!CountryRegions.IsSupported(region))
        {
            throw new ArgumentException(
                $"identity default region '{options.DefaultRegion}' is not an ISO 3166 alpha-2 code with phone numbering, e.g. US or CN", nameof(options));
        }

        _options = options;
        _defaultRegion = region;
        _time = time ?? TimeProvider.System;
    }

    /// <inheritdoc />
    public ResolutionOutcome Resolve(ResolutionRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var records = request.Records;
        var report = new List<string>();
        var watch = Stopwatch.StartNew();

        var stages = new StageTimer();
        var prepared = PreparedRecords.Build(records, _defaultRegion);
        stages.Done("normalise");
        var shared = SharedIdentifiers.Clear(prepared, _options.MaxPeoplePerIdentifier);
        var comparer = new PairComparer(prepared);
        var blocking = new BlockingReport();
        var pairs = CandidatePairs.Generate(prepared, BlockingRule.Defaults, _options.MaxBlockSize, blocking);
        stages.Done("block");
        var vectors = new ComparisonVector[pairs.Length];
        Parallel.For(0, pairs.Length, p => vectors[p] = comparer.Compare(First(pairs[p]), Second(pairs[p])));
        stages.Done("compare");
        report.Add($"normalised {records.Count:N0} records and compared {pairs.Length:N0} candidate pairs " +
            $"({pairs.Length / Math.Max(stages.Seconds("compare"), 1e-3):N0} pairs/s) in {watch.Elapsed.TotalSeconds:F1} s");
        report.AddRange(blocking.Rules.Select(r =>
            $"  blocking on {r.Rule}: {r.Pairs:N0} pairs" + (r.SkippedKeys > 0 ? $", {r.SkippedKeys:N0} keys held by more than {_options.MaxBlockSize} records skipped" : "")));
        report.AddRange(SharedReport(shared));

        var (model, trained) = Model(request, prepared, comparer, vectors, report);
        stages.Done(trained ? "train" : "load model");
        var scorer = new PairScorer(model, prepared);
        var links = AcceptedLinks(prepared, pairs, vectors, scorer);
        stages.Done("score");
        var decisions = DecisionConstraints.From(request.Decisions, records);
        var clustering = new ConstrainedClustering(prepared, decisions.CannotLink);
        var kept = new List<ScoredLink>(links.Count);
        // Operators' merges first: they hold against every guardrail except an operator's own split.
        foreach (var (a, b) in decisions.MustLink)
        {
            if (clustering.TryJoin(a, b, PersonalEvidence.None, force: true))
                kept.Add(new ScoredLink(a, b, double.PositiveInfinity, comparer.Compare(a, b), "decision:merge"));
        }

        var refused = 0;
        var ambiguous = 0;
        var namesakes = new NamesakeGuard(prepared);
        foreach (var link in links)
        {
            if (link.Rule == NameOnlyRule && namesakes.Ambiguous(link.A, link.B)) ambiguous++;
            else if (clustering.TryJoin(link.A, link.B, Evidence(link.Vector))) kept.Add(link);
            else refused++;
        }

        if (refused > 0) report.Add($"{refused:N0} accepted links refused by the guardrails (birth dates or given names that cannot be one person's)");
        if (ambiguous > 0) report.Add($"{ambiguous:N0} links on a name alone left out: other records carry that name too");
        var clusters = Clusters(records, clustering);
        var numbers = CustomerNumbering.Assign(records, clusters, request.MaxCustomerNumber);
        stages.Done("cluster");
        var outcome = Outcome(records, prepared, clusters, numbers, kept, model, request.Decisions);
        stages.Done("golden records");
        report.Add("stages: " + stages);
        report.Add($"{outcome.Customers.Count:N0} customers from {records.Count:N0} records in {watch.Elapsed.TotalSeconds:F1} s");
        return outcome with
        {
            Model = ModelJson.ToSnapshot(model),
            ModelTrained = trained,
            Report = report,
            PairsCompared = pairs.Length,
        };
    }

    private static PersonalEvidence Evidence(ComparisonVector vector) =>
        vector.Level(MatchField.Email) == 1 || vector.Level(MatchField.ExternalId) is 1 or 2 ? PersonalEvidence.Identifier
        : vector.Level(MatchField.BirthDate) is 1 or 2 ? PersonalEvidence.BirthDate
        : PersonalEvidence.None;

    /// <summary>A model trained on fewer records than this is re-estimated automatically once the records grow by a quarter.</summary>
    public const int ProvisionalModelRecords = 10_000;

    private static int First(ulong pair) => (int)(pair >> 32);

    private static int Second(ulong pair) => (int)(uint)pair;

    private (MatchModel Model, bool Trained) Model(
        ResolutionRequest request, PreparedRecords prepared, PairComparer comparer, ComparisonVector[] vectors, List<string> report)
    {
        var stored = request.Model is { } snapshot ? ModelJson.FromSnapshot(snapshot) : null;
        var provisional = stored is not null && stored.Records < ProvisionalModelRecords && prepared.Count >= stored.Records * 1.25;
        if (stored is not null && !request.Retrain && !provisional)
        {
            report.Add($"scored with model v{stored.Version} trained {stored.TrainedAt:u} on {stored.Records:N0} records (retrain with 'hub resolve --full --retrain')");
            if (prepared.Count >= stored.Records * 2L)
                report.Add($"the records have more than doubled since model v{stored.Version} was trained; 'hub resolve --full --retrain' would fit them better");
            return (stored, false);
        }

        if (provisional)
        {
            // A model estimated from the first connector's few records (the call center's, say) knows nothing of the fields
            // the next ones bring; until it has seen enough records it is re-estimated as they grow, and then kept.
            report.Add($"model v{stored!.Version} was trained on only {stored.Records:N0} records; re-estimating it on {prepared.Count:N0}");
        }

        var patterns = new Dictionary<ulong, long>();
        foreach (var vector in vectors)
        {
            ref var count = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(patterns, vector.Levels, out _);
            count++;
        }

        var version = (request.Model?.Version ?? 0) + 1;
        var model = ModelTrainer.Train(prepared, comparer, patterns, vectors.Length, version, _time.GetUtcNow());
        report.Add($"trained model v{version} on {prepared.Count:N0} records and {vectors.Length:N0} candidate pairs; " +
            $"P(two random records match) = {model.RandomMatchProbability:G3}");
        if (stored is not null) report.AddRange(ModelChanges.Describe(stored, model));
        return (model, true);
    }

    private List<ScoredLink> AcceptedLinks(PreparedRecords prepared, ulong[] pairs, ComparisonVector[] vectors, PairScorer scorer)
    {
        var p = _options.MatchThreshold;
        var threshold = Math.Log2(p / (1 - p));
        var byEmail = _options.DeterministicFields.Contains("email");
        var byPhone = _options.DeterministicFields.Contains("phone");
        var byExternalId = _options.DeterministicFields.Contains("external_id");
        var weights = new double[pairs.Length];
        var rules = new string?[pairs.Length];
        Parallel.For(0, pairs.Length, i =>
        {
            var v = vectors[i];
            rules[i] = byExternalId && v.Level(MatchField.ExternalId) == 1 ? "rule:external_id"
                : byEmail && v.Level(MatchField.Email) == 1 ? "rule:email"
                : byPhone && v.Level(MatchField.Phone) == 1 ? "rule:phone"
                : null;
            weights[i] = scorer.Score(First(pairs[i]), Second(pairs[i]), v);
        });

        var links = new List<ScoredLink>();
        for (var i = 0; i < pairs.Length; i++)
        {
            if (rules[i] is { } rule) links.Add(new ScoredLink(First(pairs[i]), Second(pairs[i]), weights[i], vectors[i], rule));
            // The model never makes a company and a person one customer, whatever address or mailbox they share; only an
            // identifier rule can (a sole trader's shop account and their own).
            else if (weights[i] >= threshold && prepared.IsOrganization[First(pairs[i])] == prepared.IsOrganization[Second(pairs[i])])
                links.Add(new ScoredLink(First(pairs[i]), Second(pairs[i]), weights[i], vectors[i], NameOnly(vectors[i]) ? NameOnlyRule : "model"));
        }

        // Rules first, then the model's links, then those resting on a name alone; within each the strongest evidence
        // first, ties by record order, so every run joins in the same order.
        links.Sort((x, y) =>
        {
            var byRule = Stage(x.Rule).CompareTo(Stage(y.Rule));
            if (byRule != 0) return byRule;
            var byWeight = y.Weight.CompareTo(x.Weight);
            if (byWeight != 0) return byWeight;
            var byA = x.A.CompareTo(y.A);
            return byA != 0 ? byA : x.B.CompareTo(y.B);
        });
        return links;
    }

    /// <summary>A link resting on the model's weighing of names (and a place) alone, with no identifier, birth date or street agreeing.</summary>
    private const string NameOnlyRule = "model:name";

    private static int Stage(string rule) => rule switch { "model" => 1, NameOnlyRule => 2, _ => 0 };

    private static bool NameOnly(ComparisonVector v) =>
        !(v.Level(MatchField.Email) is 1 or 2 || v.Level(MatchField.Phone) == 1 || v.Level(MatchField.ExternalId) is 1 or 2
          || v.Level(MatchField.BirthDate) is 1 or 2 || v.Level(MatchField.Street) is 1 or 2);

    /// <returns>Record indexes per customer, each in row id order, customers in order of their smallest row id.</returns>
    private static List<int[]> Clusters(IReadOnlyList<StoredCustomerRecord> records, ConstrainedClustering clustering)
    {
        var members = new Dictionary<int, List<int>>();
        for (var i = 0; i < records.Count; i++)
        {
            var root = clustering.Find(i);
            if (!members.TryGetValue(root, out var list)) members[root] = list = [];
            list.Add(i);
        }

        return members.Values
            .Select(list => list.OrderBy(i => records[i].RowId).ToArray())
            .OrderBy(list => records[list[0]].RowId)
            .ToList();
    }

    private ResolutionOutcome Outcome(
        IReadOnlyList<StoredCustomerRecord> records, PreparedRecords prepared, List<int[]> clusters, long[] numbers, List<ScoredLink> links, MatchModel model,
        IReadOnlyList<IdentityDecision> decisions)
    {
        var customerOfRecord = new Dictionary<long, long>(records.Count);
        var customers = new GoldenCustomer[clusters.Count];
        var policy = SurvivorshipPolicy.From(_options.Survivorship);
        // Overrides are placed on the final clusters, so one follows its records through merges, splits and renumbering.
        var overrides = GoldenOverrides.Standing(decisions, records, clusters, numbers);
        Parallel.For(0, clusters.Count, c =>
        {
            var members = clusters[c];
            var newestFirst = members.Length == 1
                ? members
                : members.OrderByDescending(i => records[i].LastChanged).ThenByDescending(i => records[i].RowId).ToArray();
            var stored = new StoredCustomerRecord[newestFirst.Length];
            var keys = new RecordKeys[newestFirst.Length];
            for (var k = 0; k < newestFirst.Length; k++)
            {
                var i = newestFirst[k];
                stored[k] = records[i];
                keys[k] = new RecordKeys(prepared.EmailShown[i], null, prepared.PhoneShown[i], null);
            }

            customers[c] = GoldenRecords.Build(numbers[c], stored, keys, policy, overrides.GetValueOrDefault(c));
        });

        for (var c = 0; c < clusters.Count; c++)
        {
            foreach (var index in clusters[c]) customerOfRecord[records[index].RowId] = numbers[c];
        }

        Array.Sort(customers, (a, b) => a.Number.CompareTo(b.Number));
        var evidence = links
            .Select(l => new LinkEvidence(records[l.A].RowId, records[l.B].RowId, l.Rule.StartsWith("model", StringComparison.Ordinal) ? l.Weight : double.PositiveInfinity,
                (long)l.Vector.Packed, l.Rule, model.Version))
            .ToList();
        return new ResolutionOutcome(customerOfRecord, customers) { Links = evidence };
    }

    private static IEnumerable<string> SharedReport(List<SharedIdentifier> shared)
    {
        if (shared.Count == 0) yield break;
        yield return $"{shared.Count:N0} identifiers shared by different people no longer link anyone, e.g.:";
        foreach (var s in shared.OrderByDescending(s => s.Records).Take(5))
            yield return $"  {s.Field} {s.Value}: {s.Records:N0} records, at least {s.People} different given names";
    }
}
