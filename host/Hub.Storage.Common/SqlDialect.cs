using System.Data.Common;
using System.Globalization;
using System.Text;

namespace Hub.Storage.Common;

/// <summary>
/// The few spellings the shared customer SQL (<see cref="CustomerQuerySql"/>, <see cref="CustomerStatsSql"/>,
/// <see cref="CustomerHistorySql"/>) needs said differently per engine; everything else in it is the same text on both.
/// </summary>
internal abstract class SqlDialect
{
    public static readonly SqlDialect Sqlite = new SqliteDialect();
    public static readonly SqlDialect Postgres = new PostgresDialect();

    /// <summary>The operator of a pattern match that ignores ASCII case, as SQLite's LIKE does.</summary>
    public abstract string Like { get; }

    /// <summary>The ISO week ("2025-W05") of a yyyy-MM-dd text.</summary>
    public abstract string IsoWeek(string day);

    /// <summary>An amount as a whole number of 1/<paramref name="scale"/>ths, rounded; summing these is exact.</summary>
    public abstract string Scaled(string amount, long scale);

    /// <summary>The sum of <see cref="Scaled"/> values, as a 64-bit integer.</summary>
    public abstract string SumOfScaled(string scaled);

    /// <summary>"IN (...)" or its like for a list of numbers, bound as parameters of the command.</summary>
    public abstract string InNumbers(DbCommand command, IReadOnlyList<long> numbers);

    private static void Add(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }

    private sealed class SqliteDialect : SqlDialect
    {
        public override string Like => "LIKE";

        public override string IsoWeek(string day) => $"strftime('%G-W%V', {day})";

        public override string Scaled(string amount, long scale) =>
            $"CAST(round(CAST({amount} AS REAL) * {scale.ToString(CultureInfo.InvariantCulture)}) AS INTEGER)";

        public override string SumOfScaled(string scaled) => $"sum({scaled})";

        // SQLite has no arrays: one parameter per number, well under its limit of host parameters per statement.
        public override string InNumbers(DbCommand command, IReadOnlyList<long> numbers)
        {
            var list = new StringBuilder("IN (");
            for (var i = 0; i < numbers.Count; i++)
            {
                var name = "@n" + i.ToString(CultureInfo.InvariantCulture);
                list.Append(i == 0 ? name : ", " + name);
                Add(command, name, numbers[i]);
            }

            return list.Append(')').ToString();
        }
    }

    private sealed class PostgresDialect : SqlDialect
    {
        // Over COLLATE "C" text, ILIKE folds ASCII letters only, which is what SQLite's LIKE ignores.
        public override string Like => "ILIKE";

        public override string IsoWeek(string day) => $"to_char(CAST({day} AS date), 'IYYY-\"W\"IW')";

        // Amounts are NUMERIC already: exact, no detour through a double.
        public override string Scaled(string amount, long scale) =>
            $"CAST(round({amount} * {scale.ToString(CultureInfo.InvariantCulture)}) AS bigint)";

        // sum(bigint) is NUMERIC on PostgreSQL.
        public override string SumOfScaled(string scaled) => $"CAST(sum({scaled}) AS bigint)";

        // One array parameter, whatever the number of customers.
        public override string InNumbers(DbCommand command, IReadOnlyList<long> numbers)
        {
            Add(command, "@numbers", numbers.ToArray());
            return "= ANY(@numbers)";
        }
    }
}
