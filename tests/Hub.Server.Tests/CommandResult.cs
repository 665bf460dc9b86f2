namespace Hub.Server.Tests;

/// <summary>What a finished hub command printed and returned.</summary>
internal sealed record CommandResult(int ExitCode, string Stdout, string Stderr)
{
    /// <summary>The last non-empty line of stdout (e.g. the key printed by <c>hub apikey create</c>).</summary>
    public string LastLine => Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)[^1];

    /// <summary>Fails with everything the command printed unless it exited 0.</summary>
    public CommandResult AssertSuccess()
    {
        Assert.True(ExitCode == 0, $"exit {ExitCode}\nstdout:\n{Stdout}\nstderr:\n{Stderr}");
        return this;
    }

    /// <summary>Fails unless the command exited non-zero with one clear error and no stack trace.</summary>
    public CommandResult AssertUserError(string expectedInMessage)
    {
        Assert.True(ExitCode != 0, $"expected a failure, got exit 0\nstdout:\n{Stdout}");
        Assert.Contains(expectedInMessage, Stderr, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("   at ", Stderr, StringComparison.Ordinal);
        return this;
    }
}
