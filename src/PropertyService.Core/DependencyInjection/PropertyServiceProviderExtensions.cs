using Microsoft.Extensions.DependencyInjection;
using PropertyService.Pipeline;
using PropertyService.Utility;

namespace PropertyService.DependencyInjection;

/// <summary>Start-up checks for hosts that do not run a generic host.</summary>
public static class PropertyServiceProviderExtensions
{
    /// <summary>Composes the library now, so that a misconfiguration fails at start-up with every error listed.</summary>
    /// <param name="services">The built service provider.</param>
    /// <returns>The service center.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is null.</exception>
    /// <exception cref="PropertyServiceConfigurationException">The library is misconfigured (every error is listed).</exception>
    /// <exception cref="InvalidOperationException"><c>AddPropertyService</c> was not called.</exception>
    public static ServiceCenter ValidatePropertyService(this IServiceProvider services) =>
        Preconditions.CheckNotNull(services).GetRequiredService<ServiceCenter>();
}
