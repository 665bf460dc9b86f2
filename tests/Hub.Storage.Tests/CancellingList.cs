using System.Collections;

namespace Hub.Storage.Tests;

/// <summary>A batch's record list that cancels the commit while it is being written, after <paramref name="cancelAt"/> records.</summary>
internal sealed class CancellingList<T>(IReadOnlyList<T> items, int cancelAt, CancellationTokenSource cancellation) : IReadOnlyList<T>
{
    public int Count => items.Count;

    public T this[int index]
    {
        get
        {
            if (index == cancelAt) cancellation.Cancel();
            return items[index];
        }
    }

    public IEnumerator<T> GetEnumerator()
    {
        for (var i = 0; i < Count; i++) yield return this[i];
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
