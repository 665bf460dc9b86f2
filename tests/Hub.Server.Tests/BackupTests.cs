namespace Hub.Server.Tests;

/// <summary><c>hub backup</c> and <c>hub restore</c> through the real executable: a copy taken while <c>hub serve</c> runs is a working hub database, and restoring it brings that state back.</summary>
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

    [Fact]
    public async Task Restoring_a_backup_brings_its_customers_back_and_keeps_the_database_it_replaced()
    {
        var hub = new HubProcess(Path.Combine(_folder.Path, "data"));
        (await hub.RunAsync("import", "customers", _folder.Write("customers.csv", SampleCsv.Customers), "--source", "shop")).AssertSuccess();
        (await hub.RunAsync("resolve")).AssertSuccess();
        var before = await ClustersAsync(hub, "before.csv");
        var backup = Path.Combine(_folder.Path, "hub-copy.db");
        (await hub.RunAsync("backup", backup)).AssertSuccess();
        (await hub.RunAsync("import", "customers", _folder.Write("more.csv", "source_id,full_name,email\nz9,Zed Zulu,zed@example.com\n"), "--source", "crm")).AssertSuccess();
        (await hub.RunAsync("resolve")).AssertSuccess();
        Assert.NotEqual(before, await ClustersAsync(hub, "changed.csv"));

        var restored = (await hub.RunAsync("restore", backup)).AssertSuccess();

        Assert.Equal(before, await ClustersAsync(hub, "after.csv"));
        var kept = Assert.Single(Directory.GetFiles(hub.DataDirectory, "hub.db.before-restore-*"),
            f => !f.EndsWith("-wal", StringComparison.Ordinal) && !f.EndsWith("-shm", StringComparison.Ordinal));
        Assert.Contains(Path.GetFileName(kept), restored.Stdout, StringComparison.Ordinal);
        // The replaced database is whole, the crm import included.
        var old = new HubProcess(Path.Combine(_folder.Path, "old"));
        Directory.CreateDirectory(old.DataDirectory);
        File.Copy(kept, Path.Combine(old.DataDirectory, "hub.db"));
        Assert.Contains(await ClustersAsync(old, "old.csv"), line => line.StartsWith("crm,z9,", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_restore_is_refused_beside_a_running_hub_and_for_files_that_are_not_hub_backups()
    {
        var hub = new HubProcess(Path.Combine(_folder.Path, "data"));
        (await hub.RunAsync("import", "customers", _folder.Write("customers.csv", SampleCsv.Customers), "--source", "shop")).AssertSuccess();
        var backup = Path.Combine(_folder.Path, "hub-copy.db");
        (await hub.RunAsync("backup", backup)).AssertSuccess();

        await using (await hub.ServeAsync())
        {
            (await hub.RunAsync("restore", backup)).AssertUserError("stop 'hub serve' first");
        }

        (await hub.RunAsync("restore", _folder.Write("notes.txt", "not a database at all, just some text"))).AssertUserError("not a hub backup");
        (await hub.RunAsync("restore", Path.Combine(_folder.Path, "missing.db"))).AssertUserError("no backup");
        Assert.Empty(Directory.GetFiles(hub.DataDirectory, "hub.db.before-restore-*"));
    }

    private async Task<string[]> ClustersAsync(HubProcess hub, string name)
    {
        var path = Path.Combine(_folder.Path, name);
        (await hub.RunAsync("export", "clusters", path)).AssertSuccess();
        return await File.ReadAllLinesAsync(path, TestContext.Current.CancellationToken);
    }

    public void Dispose() => _folder.Dispose();
}
