using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PropertyService.DependencyInjection;

namespace PropertyService.Storage.PostgreSql;

/// <summary>Registers the PostgreSQL event store with <c>AddPropertyService(...)</c>.</summary>
public static class PostgreSqlStoreBuilderExtensions
{
    /// <summary>
    /// Keeps the event streams on a PostgreSQL server (<see cref="PostgreSqlEventStore"/>), shared by every host of a site
    /// group. Registers <see cref="IEventStore"/> (and <see cref="PostgreSqlEventStore"/>) as a singleton, replacing any
    /// store registered before (such as <c>UseSqliteStore(...)</c>), so switching stores is this one line. The schema is
    /// created or checked on the store's first call; the container disposes the store.
    /// </summary>
    /// <param name="builder">The builder.</param>
    /// <param name="connectionString">The Npgsql connection string.</param>
    /// <param name="configure">Changes the other settings (schema, verified reads, watch interval).</param>
    /// <returns>The builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="builder"/> or <paramref name="connectionString"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="connectionString"/> is blank, or the settings are invalid.</exception>
    /// <example><code>
    /// services.AddPropertyService().UsePostgreSqlStore("Host=db;Database=service;Username=app;Password=...");
    /// </code></example>
    public static IPropertyServiceBuilder UsePostgreSqlStore(this IPropertyServiceBuilder builder, string connectionString, Action<PostgreSqlEventStoreOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        var options = new PostgreSqlEventStoreOptions { ConnectionString = connectionString };
        configure?.Invoke(options);
        var errors = options.Validate();
        if (errors.Count > 0)
        {
            throw new ArgumentException(string.Join(Environment.NewLine, errors), nameof(configure));
        }

        builder.Services.Replace(ServiceDescriptor.Singleton(_ => new PostgreSqlEventStore(options)));
        builder.Services.Replace(ServiceDescriptor.Singleton<IEventStore>(services => services.GetRequiredService<PostgreSqlEventStore>()));
        return builder;
    }
}
