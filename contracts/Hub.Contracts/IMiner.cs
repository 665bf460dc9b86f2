namespace Hub.Contracts;

/// <summary>A data-mining model (grading, key accounts, churn...) run over the unified customers by <c>hub mine</c>.</summary>
public interface IMiner
{
    /// <summary>A short stable name, e.g. <c>rfm</c>; results are stored under it.</summary>
    string Name { get; }

    /// <summary>Reads customers and their activity from the context and writes scores back to it.</summary>
    Task MineAsync(IMiningContext context, CancellationToken cancellationToken);
}
