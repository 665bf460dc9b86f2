namespace Hub.Identity;

/// <summary>Disjoint sets over record indexes: linking is transitive, so A~B and B~C make one customer.</summary>
internal sealed class UnionFind
{
    private readonly int[] _parent;
    private readonly int[] _size;

    public UnionFind(int count)
    {
        _parent = new int[count];
        _size = new int[count];
        for (var i = 0; i < count; i++)
        {
            _parent[i] = i;
            _size[i] = 1;
        }
    }

    public int Find(int item)
    {
        var root = item;
        while (_parent[root] != root) root = _parent[root];
        while (_parent[item] != root) (item, _parent[item]) = (_parent[item], root);
        return root;
    }

    public void Union(int a, int b)
    {
        a = Find(a);
        b = Find(b);
        if (a == b) return;
        if (_size[a] < _size[b]) (a, b) = (b, a);
        _parent[b] = a;
        _size[a] += _size[b];
    }
}
