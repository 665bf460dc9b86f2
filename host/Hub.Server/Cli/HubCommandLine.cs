using System.CommandLine;

namespace Hub.Server.Cli;

/// <summary>The <c>hub</c> command line: one small class per command.</summary>
public static class HubCommandLine
{
    /// <summary>The root command with every subcommand and the global options.</summary>
    public static RootCommand Build()
    {
        var root = new RootCommand("Hub: unify customers from every channel into one profile each, and serve them over GraphQL")
        {
            GlobalOptions.DataDir,
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
            JobsCommand.Create(),
            CheckpointCommand.Create(),
            PluginsCommand.Create(),
            QuarantineCommand.Create(),
            ApiKeyCommand.Create(),
            SchemaCommand.Create(),
            BackupCommand.Create(),
            RestoreCommand.Create(),
        };
        return root;
    }
}
