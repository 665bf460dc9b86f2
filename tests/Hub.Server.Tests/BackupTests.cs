namespace Hub.Server.Tests;

/// <summary><c>hub backup</c> through the real executable: a copy taken while <c>hub serve</c> runs is a working hub database.</summary>
public sealed class BackupTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public async Task A_backup_taken_while_the_hub_serves_opens_as_a_hub_with_the_same_customers()
    {
        var hub = new HubProcess(Path.Combine(_folder.Path, "data"));
        (await hub.RunAsync("import", "customers", _folder.Write("customers.csv", SampleCsv.Customers), "--source", "shop")).AssertSuccess();
        (await hub.RunAsync("resolve")).AssertSuccess();
        var backup = Path.Combine(_folder.Path, "backups", "hub-copy.db");
        Directory.CreateDirectory(Path.GetDirectoryName(backup)!);

        await using (await hub.ServeAsync())
        {
            var result = (await hub.RunAsync("backup", backup)).AssertSuccess();
            Assert.Contains("checked", result.Stdout, StringComparison.Ordinal);
        }

        // The copy, as the database of another data folder, holds the same customers and their records.
        var restored = new HubProcess(Path.Combine(_folder.Path, "restored"));
        Directory.CreateDirectory(restored.DataDirectory);
        File.Copy(backup, Path.Combine(restored.DataDirectory, "hub.db"));
        Assert.Equal(await ClustersAsync(hub, "original.csv"), await ClustersAsync(restored, "copy.csv"));
        Assert.Empty(Directory.GetFiles(Path.GetDirectoryName(backup)!, "*.partial"));
    }

    [Fact]
    public async Task A_backup_never_overwrites_a_file_and_needs_a_database_to_copy()
    {
        var empty = new HubProcess(Path.Combine(_folder.Path, "nothing-here"));
        (await empty.RunAsync("backup", Path.Combine(_folder.Path, "a.db"))).AssertUserError("no hub database");
        Assert.False(File.Exists(Path.Combine(empty.DataDirectory, "hub.db")));

        var hub = new HubProcess(Path.Combine(_folder.Path, "data"));
        (await hub.RunAsync("import", "customers", _folder.Write("customers.csv", SampleCsv.Customers), "--source", "shop")).AssertSuccess();
        var existing = _folder.Write("existing.db", "keep me");
        (await hub.RunAsync("backup", existing)).AssertUserError("already exists");
        Assert.Equal("keep me", await File.ReadAllTextAsync(existing, TestContext.Current.CancellationToken));
        (await hub.RunAsync("backup", Path.Combine(_folder.Path, "no-such-folder", "a.db"))).AssertUserError("does not exist");
    }

    private async Task<string[]> ClustersAsync(HubProcess hub, string name)
    {
        var path = Path.Combine(_folder.Path, name);
        (await hub.RunAsync("export", "clusters", path)).AssertSuccess();
        return await File.ReadAllLinesAsync(path, TestContext.Current.CancellationToken);
    }

    public void Dispose() => _folder.Dispose();
}
