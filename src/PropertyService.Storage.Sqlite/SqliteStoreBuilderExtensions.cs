using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PropertyService.DependencyInjection;

namespace PropertyService.Storage.Sqlite;

/// <summary>Registers the SQLite event store with <c>AddPropertyService(...)</c>.</summary>
public static class SqliteStoreBuilderExtensions
{
    /// <summary>
    /// Keeps the event streams in a SQLite file (<see cref="SqliteEventStore"/>): the durable default that needs no
    /// server. Registers <see cref="IEventStore"/> as a singleton, replacing any store registered before (such as
    /// <c>UseInMemoryStore()</c>), so switching stores is this one line. The file is opened, and its schema created or
    /// checked, when the store is first resolved; the container disposes it.
    /// </summary>
    /// <param name="builder">The builder.</param>
    /// <param name="path">The database file; created with its folder when missing.</param>
    /// <param name="configure">Changes the other settings (synchronous mode, busy timeout, verified reads).</param>
    /// <returns>The builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="builder"/> or <paramref name="path"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="path"/> is blank.</exception>
    /// <example><code>
    /// services.AddPropertyService().UseSqliteStore("data/service-center.db");
    /// </code></example>
    public static IPropertyServiceBuilder UseSqliteStore(this IPropertyServiceBuilder builder, string path, Action<SqliteEventStoreOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var options = new SqliteEventStoreOptions { Path = path };
        configure?.Invoke(options);
        builder.Services.Replace(ServiceDescriptor.Singleton<IEventStore>(_ => new SqliteEventStore(options)));
        return builder;
    }
}
