using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PropertyService.DependencyInjection;
using PropertyService.Pipeline;

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

    /// <summary>
    /// Registers <see cref="PostgreSqlDueQueue"/>, the SLA due-queue this host shares with every other host of the
    /// database: the host then polls it (<see cref="PostgreSqlDueQueue.PollAsync"/>) instead of the service center, and
    /// each alert and notice is raised once across all hosts. Needs <see cref="UsePostgreSqlStore"/>.
    /// </summary>
    /// <param name="builder">The builder.</param>
    /// <param name="configure">Changes the settings (host name, lease, batch size).</param>
    /// <returns>The builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="builder"/> is null.</exception>
    /// <exception cref="ArgumentException">The settings are invalid (every error is listed).</exception>
    /// <example><code>
    /// services.AddPropertyService().UsePostgreSqlStore(connectionString).UsePostgreSqlDueQueue();
    /// // each host, on a timer: await provider.GetRequiredService&lt;PostgreSqlDueQueue&gt;().PollAsync(clock.GetCurrentInstant());
    /// </code></example>
    public static IPropertyServiceBuilder UsePostgreSqlDueQueue(this IPropertyServiceBuilder builder, Action<PostgreSqlDueQueueOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var options = new PostgreSqlDueQueueOptions();
        configure?.Invoke(options);
        var errors = options.Validate();
        if (errors.Count > 0)
        {
            throw new ArgumentException(string.Join(Environment.NewLine, errors), nameof(configure));
        }

        builder.Services.Replace(ServiceDescriptor.Singleton(services => new PostgreSqlDueQueue(
            services.GetService<PostgreSqlEventStore>() ?? throw new InvalidOperationException("UsePostgreSqlDueQueue() needs the PostgreSQL store: call UsePostgreSqlStore(connectionString) too."),
            services.GetRequiredService<ServiceCenter>(),
            options)));
        return builder;
    }
}
