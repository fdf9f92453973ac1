using Npgsql;
using PropertyService.Storage.PostgreSql;

namespace PropertyService.Benchmarks;

/// <summary>
/// A PostgreSQL store in a schema of its own on the server named by <c>PROPERTYSERVICE_TEST_POSTGRES</c> (start a
/// throwaway one with <c>eval "$(.ci/postgres start)"</c>); the schema is dropped at the end.
/// </summary>
internal sealed class PostgreSqlFixture : IDisposable
{
    internal const string Variable = "PROPERTYSERVICE_TEST_POSTGRES";
    private readonly List<PostgreSqlEventStore> _stores = [];

    internal PostgreSqlFixture()
    {
        ConnectionString = Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException($"The PostgreSQL benchmarks need a server: run eval \"$(.ci/postgres start)\" first, or set {Variable}.");
        Schema = $"bench_{Guid.NewGuid():N}"[..22];
        Store = NewHost();
    }

    internal string ConnectionString { get; }

    internal string Schema { get; }

    /// <summary>The first host's store.</summary>
    internal PostgreSqlEventStore Store { get; }

    /// <summary>Another host's store on the same schema (its own connections).</summary>
    internal PostgreSqlEventStore NewHost(int cachedEvents = 10_000)
    {
        var store = PostgreSqlEventStore.OpenAsync(new PostgreSqlEventStoreOptions { ConnectionString = ConnectionString, Schema = Schema, CachedEvents = cachedEvents })
            .GetAwaiter().GetResult();
        _stores.Add(store);
        return store;
    }

    internal void Execute(string sql)
    {
        using var connection = new NpgsqlConnection(ConnectionString);
        connection.Open();
        using var command = new NpgsqlCommand(sql.Replace("{s}", Schema, StringComparison.Ordinal), connection);
        command.ExecuteNonQuery();
    }

    public void Dispose()
    {
        foreach (var store in _stores)
        {
            store.Dispose();
        }

        Execute("DROP SCHEMA IF EXISTS {s} CASCADE");
    }
}
