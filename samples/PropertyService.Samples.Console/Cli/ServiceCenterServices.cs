using Microsoft.Extensions.DependencyInjection;
using PropertyService.DependencyInjection;
using PropertyService.Escalation;
using PropertyService.Storage.Sqlite;

namespace PropertyService.Samples.Console.Cli;

/// <summary>Composes the service center for a command, through <c>AddPropertyService</c> only, on the store <c>--store</c> chose.</summary>
public static class ServiceCenterServices
{
    /// <summary>Builds a service provider holding the service center.</summary>
    /// <param name="settings">The resolved global options: <see cref="CliSettings.Store"/> and <see cref="CliSettings.DatabasePath"/> pick the store.</param>
    /// <param name="configure">Anything more to register (fee schedules, calendars, SLA policies, notifiers), or null; it
    /// runs last, so it may replace what is registered here. Escalations always reach an <see cref="InMemoryEscalationNotifier"/>.</param>
    /// <returns>The provider; the caller disposes it.</returns>
    public static ServiceProvider Build(CliSettings settings, Action<IPropertyServiceBuilder>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var services = new ServiceCollection();
        var builder = services.AddPropertyService().UseEscalationNotifier<InMemoryEscalationNotifier>();
        switch (settings.Store)
        {
            case StoreKind.Sqlite:
                builder.UseSqliteStore(settings.DatabasePath!); // the one line that makes the store durable
                break;
            default:
                builder.UseInMemoryStore();
                break;
        }

        configure?.Invoke(builder);
        return services.BuildServiceProvider();
    }
}
