using System.CommandLine;
using GraphQL.Types;
using GraphQL;
using Hub.Api;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Server.Cli;

/// <summary><c>hub schema</c>: the GraphQL schema as SDL on stdout, for codegen and BI tools (<c>hub schema &gt; schema.graphql</c>).</summary>
public static class SchemaCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var command = new Command("schema", "Print the GraphQL schema (SDL), e.g. hub schema > schema.graphql; needs no data folder");
        command.SetAction(_ =>
        {
            // The API's types alone: printing the schema reads no data and opens no database.
            using var services = new ServiceCollection().AddLogging().AddHubApi().BuildServiceProvider();
            Console.Out.Write(services.GetRequiredService<ISchema>().Print().ReplaceLineEndings("\n").TrimEnd() + "\n");
            return 0;
        });
        return command;
    }
}
