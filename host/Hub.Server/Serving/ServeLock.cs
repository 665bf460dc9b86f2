using Hub.Core;

namespace Hub.Server.Serving;

/// <summary>
/// One serving hub per data dir. The embedded scheduler's store is not clustered, so a second server would fire every
/// schedule a second time: <c>hub serve</c> holds <c>serve.lock</c> exclusively for as long as it runs.
/// It is an OS lock: a killed hub leaves the file, but not the lock.
/// </summary>
public sealed class ServeLock : IDisposable
{
    private readonly FileStream stream;

    private ServeLock(FileStream stream) => this.stream = stream;

    /// <summary>Takes the lock, or says which hub holds it.</summary>
    /// <exception cref="UserFacingException">Another hub serves the data dir.</exception>
    public static ServeLock Acquire(string dataDirectory)
    {
        try
        {
            // FileShare.None is an exclusive flock on Unix and a sharing lock on Windows: either way a second open fails.
            return new ServeLock(new FileStream(ServeFiles.LockPath(dataDirectory), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
        }
        catch (IOException)
        {
            var other = ServeInfo.Read(dataDirectory);
            var who = other is null ? "another hub" : $"another hub (pid {other.Pid}, {other.Url})";
            throw new UserFacingException(
                $"{who} is already serving the data dir {dataDirectory}; stop it first, or serve another data dir with --data-dir. " +
                "Commands such as 'hub jobs' work beside the running hub.");
        }
    }

    /// <summary>Whether a hub serves the data dir now.</summary>
    public static bool IsHeld(string dataDirectory)
    {
        var path = ServeFiles.LockPath(dataDirectory);
        if (!File.Exists(path)) return false;
        try
        {
            using var probe = new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.None);
            return false;
        }
        catch (FileNotFoundException)
        {
            return false;
        }
        catch (IOException)
        {
            return true;
        }
    }

    /// <inheritdoc />
    public void Dispose() => stream.Dispose();
}
