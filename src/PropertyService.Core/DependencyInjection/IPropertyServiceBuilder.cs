using Microsoft.Extensions.DependencyInjection;

namespace PropertyService.DependencyInjection;

/// <summary>
/// What <see cref="PropertyServiceServiceCollectionExtensions.AddPropertyService"/> returns: the service collection,
/// for the configuration methods of <see cref="PropertyServiceBuilderExtensions"/> (fee and escalation rules, per-site
/// calendars, fee schedules, SLA policies and ladders, notifiers, the clock) and for vendors' own extension methods.
/// </summary>
public interface IPropertyServiceBuilder
{
    /// <summary>The service collection the library is registered in.</summary>
    IServiceCollection Services { get; }
}
