using Hub.Contracts;
using Hub.Core.Mining;
using Hub.Plugins.Mining.Clv;

namespace Hub.Api.Graph.Mining;

/// <summary>
/// The fitted models of the current <c>clv</c> run, read once per request, for the CLV fields that take a horizon: the
/// miner stores each customer's inputs and the run's parameters, and any horizon is evaluated from them with the same
/// formulas the miner uses (linked from the mining plugin's source, which the host cannot reference).
/// </summary>
internal sealed class ClvModelLoader(CurrentRunsLoader runs)
{
    private Task<ClvModel?>? _model;

    /// <summary>The current models, or null when no clv run has succeeded or its run lacks a parameter.</summary>
    public Task<ClvModel?> LoadAsync(CancellationToken cancellationToken) => _model ??= ReadAsync(cancellationToken);

    private async Task<ClvModel?> ReadAsync(CancellationToken cancellationToken)
    {
        if (await runs.ParametersAsync(MiningScores.Clv.Miner, cancellationToken).ConfigureAwait(false) is not { } p) return null;
        double? Get(string name) => p.TryGetValue(name, out var value) ? value : null;
        return (Get("bgnbd.r"), Get("bgnbd.alpha"), Get("bgnbd.a"), Get("bgnbd.b"), Get("gammagamma.p"), Get("gammagamma.q"), Get("gammagamma.v")) is
            ({ } r, { } alpha, { } a, { } b, { } gp, { } gq, { } gv)
            ? new ClvModel(new ClvFormulas.BgNbdParameters(r, alpha, a, b), new ClvFormulas.GammaGammaParameters(gp, gq, gv), Get("clv.monthly_discount_rate") ?? 0.01)
            : null;
    }
}

/// <summary>The current clv run's fitted models and discount rate.</summary>
internal sealed record ClvModel(ClvFormulas.BgNbdParameters Purchases, ClvFormulas.GammaGammaParameters Spend, double MonthlyDiscountRate);
