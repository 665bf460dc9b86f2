namespace Hub.SampleData;

/// <summary>
/// Generates customers of the hub's four channels with known truth. Everything follows from the options:
/// the same options give the same people and byte-identical files. Customers are produced one at a time, so a
/// million of them stream through in constant memory.
/// </summary>
public sealed class SampleDataGenerator
{
    /// <summary>The customer file name of each source, e.g. <c>shop-customers.csv</c>.</summary>
    public static string CustomerFileName(string source) => source + "-customers.csv";

    /// <summary>The shop's order file.</summary>
    public const string OrdersFileName = "shop-orders.csv";

    /// <summary>The ground truth file: <c>source,source_id,person</c>.</summary>
    public const string TruthFileName = "truth.csv";

    private readonly Lazy<(LocalePool English, LocalePool German)> pools;

    /// <summary>Creates a generator; throws <see cref="ArgumentOutOfRangeException"/> for options it cannot honour.</summary>
    public SampleDataGenerator(SampleDataOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        Options = options;
        pools = new(() => (LocalePool.Build("en_US", options.Seed), LocalePool.Build("de", options.Seed)));
    }

    /// <summary>What is generated.</summary>
    public SampleDataOptions Options { get; }

    /// <summary>Every customer with their channel rows and orders, in index order. Each enumeration starts afresh.</summary>
    public IEnumerable<SamplePerson> People()
    {
        var builder = new PersonBuilder(Options, pools.Value.English, pools.Value.German);
        long nextOrderNumber = 1;
        for (var index = 0; index < Options.Customers; index++)
        {
            var person = builder.Build(index, nextOrderNumber);
            nextOrderNumber += person.Orders.Count;
            yield return person;
        }
    }

    /// <summary>
    /// Writes one customer file per source, the shop's orders and the truth into <paramref name="folder"/>
    /// (created if missing; existing files of the same names are replaced).
    /// </summary>
    public SampleFiles WriteCsv(string folder)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        var root = Path.GetFullPath(folder);
        Directory.CreateDirectory(root);

        var customers = new Dictionary<string, CsvOutput>(StringComparer.Ordinal);
        CsvOutput? orders = null, truth = null;
        var dirty = new List<SampleDirtyRow>();
        try
        {
            foreach (var source in SampleSources.All)
                customers[source] = new CsvOutput(Path.Combine(root, CustomerFileName(source)), CsvOutput.CustomerColumns);
            orders = new CsvOutput(Path.Combine(root, OrdersFileName), CsvOutput.OrderColumns);
            truth = new CsvOutput(Path.Combine(root, TruthFileName), CsvOutput.TruthColumns);

            foreach (var person in People())
            {
                foreach (var row in person.Records)
                {
                    customers[row.Source].Customer(row);
                    truth.Truth(row);
                    // A broken optional field leaves the record usable: the hub warns instead of quarantining.
                    if (row.Problem is not null)
                        dirty.Add(new(row.Source, SampleSources.CustomersStream, row.SourceId, row.Problem, Quarantined: false));
                }
                foreach (var order in person.Orders)
                {
                    orders.Order(order);
                    if (order.Problem is not null)
                        dirty.Add(new(SampleSources.Shop, SampleSources.OrdersStream, order.OrderId, order.Problem, Quarantined: true));
                }
            }

            var files = SampleSources.All
                .Select(source => new SampleFile(source, SampleSources.CustomersStream, customers[source].Path, customers[source].Rows))
                .Append(new SampleFile(SampleSources.Shop, SampleSources.OrdersStream, orders.Path, orders.Rows))
                .ToList();
            return new SampleFiles(root, files, truth.Path, Options.Customers, dirty);
        }
        finally
        {
            foreach (var output in customers.Values) output.Dispose();
            orders?.Dispose();
            truth?.Dispose();
        }
    }
}
