using Microsoft.Extensions.Options;

namespace PropertyService.Samples.Web.Shifts;

/// <summary>Registers the rosters and tool inventories of the served sites.</summary>
public static class ShiftsServiceCollectionExtensions
{
    /// <summary>Binds <see cref="ShiftsOptions"/> from the <c>Roster</c> and <c>Tools</c> sections, checked at start-up, and adds <see cref="SiteRosters"/>.</summary>
    /// <param name="services">The services.</param>
    /// <param name="configuration">The configuration.</param>
    /// <returns>The services.</returns>
    public static IServiceCollection AddShifts(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<ShiftsOptions>()
            .Configure(o =>
            {
                configuration.GetSection(ShiftsOptions.RosterSection).Bind(o.Roster);
                configuration.GetSection(ShiftsOptions.ToolsSection).Bind(o.Tools);
            })
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<ShiftsOptions>, ShiftsOptionsValidator>();
        services.AddSingleton<SiteRosters>();
        return services;
    }
}
