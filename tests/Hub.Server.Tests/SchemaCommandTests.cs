namespace Hub.Server.Tests;

/// <summary><c>hub schema</c> prints the approved schema, so codegen and BI tools can take it without a running hub.</summary>
public sealed class SchemaCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public async Task Hub_schema_prints_the_approved_sdl_without_touching_a_data_folder()
    {
        var data = Path.Combine(_folder.Path, "data");
        var hub = new HubProcess(data);

        var printed = (await hub.RunAsync("schema")).AssertSuccess().Stdout;

        Assert.Equal(File.ReadAllText(Approved()).ReplaceLineEndings("\n"), printed.ReplaceLineEndings("\n"));
        Assert.False(Directory.Exists(data), "printing the schema created the data folder");
    }

    private static string Approved()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var path = Path.Combine(directory.FullName, "tests", "Hub.Api.Tests", "schema.approved.graphql");
            if (File.Exists(path)) return path;
        }

        throw new FileNotFoundException("tests/Hub.Api.Tests/schema.approved.graphql not found above the test's output folder");
    }

    public void Dispose() => _folder.Dispose();
}
