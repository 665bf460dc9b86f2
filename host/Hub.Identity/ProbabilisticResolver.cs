using Hub.Core.Model;
using Hub.Core.Storage;
using Hub.Identity.Engine;

namespace Hub.Identity;

/// <summary>
/// The identity engine: normalise every record, clear identifiers that several people share, propose candidate pairs by
/// blocking, compare them field by field, weigh the evidence with a Fellegi–Sunter model estimated from the data, accept
/// pairs by rule or by match probability, and join them into customers strongest link first under the guardrails. Then
/// number customers stably and build their golden records. No I/O: everything it needs is in the request.
/// </summary>
public sealed class ProbabilisticResolver : IIncrementalIdentityResolver
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

    // The state of the last full resolution run to be kept, updated by every resolution of changes since.
    private IdentityEngine? _engine;
    private readonly Lock _lock = new();

    /// <inheritdoc />
    public ResolutionOutcome Resolve(ResolutionRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return IdentityEngine.Resolve(request, _options, _defaultRegion, _time, keep: false).Outcome;
    }

    /// <inheritdoc />
    public bool HasState
    {
        get
        {
            lock (_lock) return _engine is not null;
        }
    }

    /// <inheritdoc />
    public ResolutionOutcome ResolveAndKeep(ResolutionRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        lock (_lock)
        {
            _engine = null;
            var (outcome, engine) = IdentityEngine.Resolve(request, _options, _defaultRegion, _time, keep: true);
            _engine = engine;
            return outcome;
        }
    }

    /// <inheritdoc />
    public ResolutionOutcome? ResolveChanges(PendingRecords pending, IReadOnlyList<IdentityDecision> decisions)
    {
        ArgumentNullException.ThrowIfNull(pending);
        ArgumentNullException.ThrowIfNull(decisions);
        lock (_lock)
        {
            if (_engine is null) return null;
            try
            {
                var outcome = _engine.ResolveChanges(pending, decisions);
                if (outcome is null) _engine = null;
                return outcome;
            }
            catch
            {
                // Half-applied changes leave the state unlike the store: start again from a full resolution.
                _engine = null;
                throw;
            }
        }
    }

    /// <inheritdoc />
    public void Forget()
    {
        lock (_lock) _engine = null;
    }
}
