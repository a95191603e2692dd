using Milbal.Data.Store;
using static Milbal.Data.Tests.Store.StoreFixtures;

namespace Milbal.Data.Tests.Store;

public class ReadOnlySqlTests : IDisposable
{
    private readonly TempStore _temp = new();

    public ReadOnlySqlTests()
    {
        using var store = MilbalStore.Open(_temp.Path);
        store.Write(Result(Dataset(), "a", Milex("RUS", 2024, 148_967), Milex("DEU", 2024, 88_485)));
    }

    public void Dispose() => _temp.Dispose();

    private ResultTableAssert Run(string sql)
    {
        using var store = MilbalStore.Open(_temp.Path, readOnly: true);
        return new ResultTableAssert(ReadOnlySql.Run(store, sql));
    }

    public sealed record ResultTableAssert(Milbal.Core.Tables.ResultTable Table);

    [Fact]
    public void Runs_a_read_query()
    {
        var result = Run("SELECT entity, value FROM observations WHERE year = 2024 ORDER BY value DESC").Table;
        Assert.Equal(["entity", "value"], result.Columns.Select(c => c.Name));
        Assert.Equal("RUS", result.Rows[0][0]);
        Assert.Equal(148_967.0, result.Rows[0][1]);
    }

    [Theory]
    [InlineData("DELETE FROM observations")]
    [InlineData("INSERT INTO observations SELECT * FROM observations")]
    [InlineData("DROP TABLE observations")]
    [InlineData("ATTACH '/tmp/other.duckdb' AS other")]
    [InlineData("COPY observations TO '/tmp/milbal-leak.csv'")]
    [InlineData("SET enable_external_access = true")]
    [InlineData("SELECT 1; DROP TABLE observations")]
    [InlineData("INSTALL excel")]
    [InlineData("")]
    public void Refuses_anything_but_one_read_query(string sql)
    {
        Assert.Throws<StoreException>(() => Run(sql));
        using var store = MilbalStore.Open(_temp.Path, readOnly: true);
        Assert.Equal(2, store.Series(new SeriesQuery(["RUS", "DEU"])).Count);
    }

    [Theory]
    [InlineData("SELECT * FROM read_csv('/etc/passwd')")]
    [InlineData("SELECT * FROM read_text('/etc/hostname')")]
    [InlineData("WITH x AS (SELECT 1) SELECT * FROM read_parquet('/tmp/x.parquet')")]
    [InlineData("SELECT * FROM glob('/*')")]
    public void Refuses_to_read_files(string sql) => Assert.Throws<StoreException>(() => Run(sql));

    [Fact]
    public void Semicolons_inside_strings_are_not_statement_ends()
    {
        var result = Run("SELECT 'a;b' AS text;").Table;
        Assert.Equal("a;b", result.Rows[0][0]);
    }
}
