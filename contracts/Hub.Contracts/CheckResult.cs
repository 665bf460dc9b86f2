namespace Hub.Contracts;

/// <summary>The outcome of <see cref="IConnector.CheckAsync"/>.</summary>
/// <param name="Ok">Whether the source can be read.</param>
/// <param name="Message">What was found, or what is wrong and what to do about it.</param>
public sealed record CheckResult(bool Ok, string Message)
{
    /// <summary>The source can be read.</summary>
    public static CheckResult Success(string message) => new(true, message);

    /// <summary>The source cannot be read; say what to fix.</summary>
    public static CheckResult Failure(string message) => new(false, message);
}
