using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Api.Tests;

/// <summary>
/// The schema is the API's contract with BI tools and scripts: any change to it shows up as a change to
/// <c>schema.approved.graphql</c> in review. To accept a change, copy <c>schema.received.graphql</c> over the approved file.
/// </summary>
public sealed class SchemaApprovalTests
{
    private const string Approved = "schema.approved.graphql";
    private const string Received = "schema.received.graphql";

    [Fact]
    public void The_printed_schema_matches_the_approved_schema()
    {
        using var services = new ServiceCollection().AddLogging().AddHubApi().BuildServiceProvider();
        var printed = Normalize(services.GetRequiredService<ISchema>().Print());

        var directory = ProjectDirectory();
        var approvedPath = Path.Combine(directory, Approved);
        var receivedPath = Path.Combine(directory, Received);
        var approved = File.Exists(approvedPath) ? Normalize(File.ReadAllText(approvedPath)) : "";
        if (printed == approved)
        {
            File.Delete(receivedPath);
            return;
        }

        File.WriteAllText(receivedPath, printed);
        Assert.Fail($"The GraphQL schema differs from {Approved}. The new schema is in {Received} beside it (tests/Hub.Api.Tests); "
            + $"diff the two, and if the change is intended copy {Received} over {Approved}.");
    }

    private static string Normalize(string sdl) => sdl.ReplaceLineEndings("\n").TrimEnd() + "\n";

    /// <summary>The test project's source folder, found from the build output, so the files land where a reviewer sees them.</summary>
    private static string ProjectDirectory()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Hub.Api.Tests.csproj"))) return directory.FullName;
        }
        throw new InvalidOperationException("Cannot find the Hub.Api.Tests project folder above the test binaries.");
    }
}
