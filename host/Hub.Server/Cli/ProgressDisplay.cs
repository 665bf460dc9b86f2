using System.Diagnostics;
using System.Globalization;
using Hub.Core.Model;
using Spectre.Console;

namespace Hub.Server.Cli;

/// <summary>
/// A live progress line on stderr (so stdout stays clean for scripts): for syncs and imports the records read and written,
/// warnings, quarantine and the rate; for other long work the status line it reports. Shown only on an interactive terminal.
/// </summary>
public static class ProgressDisplay
{
    /// <summary>Runs <paramref name="work"/>, showing its progress while it runs.</summary>
    public static Task<T> RunAsync<T>(string title, Func<IProgress<RunCounts>?, Task<T>> work) =>
        ShowAsync<T, RunCounts>(title, (counts, elapsed) => Describe(title, counts, elapsed), work);

    /// <summary>Runs <paramref name="work"/>, showing the last status line it reported (e.g. "orders: 120,000 of 1,000,000 rows").</summary>
    public static Task<T> RunWithStatusAsync<T>(string title, Func<IProgress<string>?, Task<T>> work) =>
        ShowAsync<T, string>(title, (status, _) => $"{title}: {status}", work);

    private static async Task<T> ShowAsync<T, TProgress>(string title, Func<TProgress, TimeSpan, string> describe, Func<IProgress<TProgress>?, Task<T>> work)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        if (!console.Profile.Capabilities.Interactive || Console.IsErrorRedirected) return await work(null);

        var watch = Stopwatch.StartNew();
        return await console.Progress()
            .AutoClear(true)
            .Columns(new SpinnerColumn(), new TaskDescriptionColumn { Alignment = Justify.Left }, new ElapsedTimeColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask(Markup.Escape(title)).IsIndeterminate();
                var progress = new Progress<TProgress>(value => task.Description = Markup.Escape(describe(value, watch.Elapsed)));
                var result = await work(progress);
                task.StopTask();
                return result;
            });
    }

    private static string Describe(string title, RunCounts counts, TimeSpan elapsed)
    {
        var rate = elapsed.TotalSeconds > 0 ? counts.Read / elapsed.TotalSeconds : 0;
        return string.Create(CultureInfo.InvariantCulture,
            $"{title}: {counts.Read:N0} read, {counts.Inserted + counts.Updated:N0} written, {counts.Unchanged:N0} unchanged, {counts.Warned:N0} warned, {counts.Quarantined:N0} quarantined ({rate:N0}/s)");
    }
}
