namespace Hub.Contracts.Testing.Tests;

/// <summary>Runs a check that should skip itself, and returns why it did, so that a test can assert the reason.</summary>
internal static class Skips
{
    // xUnit v3 reports a test as skipped when it ends with an exception whose message starts with this.
    private const string DynamicSkip = "$XunitDynamicSkip$";

    public static async Task<string> ReasonAsync(Func<Task> check)
    {
        try
        {
            await check();
        }
        catch (Exception ex) when (ex.Message.StartsWith(DynamicSkip, StringComparison.Ordinal))
        {
            return ex.Message[DynamicSkip.Length..];
        }

        Assert.Fail("the check ran to its end instead of skipping itself");
        return "";
    }

    public static string Reason(Action check) => ReasonAsync(() => Task.Run(check)).GetAwaiter().GetResult();
}
