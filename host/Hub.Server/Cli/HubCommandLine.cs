using System.CommandLine;

namespace Hub.Server.Cli;

/// <summary>The <c>hub</c> command line: one small class per command.</summary>
public static class HubCommandLine
{
    // A command is given this long to end after Ctrl+C or SIGTERM before the process exits regardless.
    private static readonly TimeSpan CommandTerminationTimeout = TimeSpan.FromSeconds(5);

    // A serving hub drains its running syncs on the way out; the host's shutdown timeout (Hub:Scheduling:ShutdownGrace
    // plus a margin) bounds that, so this only stops System.CommandLine from cutting the drain short.
    private static readonly TimeSpan ServingTerminationTimeout = TimeSpan.FromHours(1);

    /// <summary>Parses <paramref name="args"/> and runs the command they name; returns its exit code.</summary>
    public static Task<int> InvokeAsync(string[] args)
    {
        var parse = Build().Parse(args);
        var serving = parse.CommandResult.Command.Name is "serve" or "demo";
        return parse.InvokeAsync(new InvocationConfiguration
        {
            ProcessTerminationTimeout = serving ? ServingTerminationTimeout : CommandTerminationTimeout,
        });
    }

    /// <summary>The root command with every subcommand and the global options.</summary>
    public static RootCommand Build()
    {
        var root = new RootCommand("Hub: unify customers from every channel into one profile each, and serve them over GraphQL")
        {
            GlobalOptions.DataDir,
            GlobalOptions.Storage,
            GlobalOptions.Connection,
            DemoCommand.Create(),
            ServeCommand.Create(),
            ImportCommand.Create(),
            ResolveCommand.Create(),
            ExplainCommand.Create(),
            MergeCommand.Create(),
            SplitCommand.Create(),
            DecisionsCommand.Create(),
            ForgetCommand.Create(),
            ErasuresCommand.Create(),
            CustomerCommand.Create(),
            ExportCommand.Create(),
            ConnectorsCommand.Create(),
            SyncCommand.Create(),
            RunsCommand.Create(),
            MineCommand.Create(),
            JobsCommand.Create(),
            CheckpointCommand.Create(),
            PluginsCommand.Create(),
            QuarantineCommand.Create(),
            ApiKeyCommand.Create(),
            SchemaCommand.Create(),
            MigrateCommand.Create(),
            BackupCommand.Create(),
            RestoreCommand.Create(),
            CopyCommand.Create(),
        };
        return root;
    }
}
