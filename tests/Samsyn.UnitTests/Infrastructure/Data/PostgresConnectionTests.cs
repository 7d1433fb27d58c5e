using Npgsql;
using Samsyn.Web.Infrastructure.Data;

namespace Samsyn.UnitTests.Infrastructure.Data;

public sealed class PostgresConnectionTests
{
    private static NpgsqlConnectionStringBuilder Parsed(string connectionString) => new(PostgresConnection.Tuned(connectionString));

    [Fact]
    public void Statements_are_prepared_automatically_by_default()
    {
        var tuned = Parsed("Host=db.example;Database=samsyn;Username=samsyn;Password=hemligt");
        tuned.MaxAutoPrepare.ShouldBe(PostgresConnection.AutoPrepared);
        (tuned.Host, tuned.Database, tuned.Username, tuned.Password).ShouldBe(("db.example", "samsyn", "samsyn", "hemligt"));
    }

    [Theory]
    [InlineData("Host=db;Max Auto Prepare=0", 0)]
    [InlineData("Host=db;MaxAutoPrepare=20", 20)]
    [InlineData("Host=db;max auto prepare=5", 5)]
    public void The_operators_own_setting_is_kept(string connectionString, int expected) =>
        Parsed(connectionString).MaxAutoPrepare.ShouldBe(expected);
}
