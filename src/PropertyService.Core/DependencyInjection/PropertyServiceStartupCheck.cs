using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using PropertyService.Pipeline;

namespace PropertyService.DependencyInjection;

/// <summary>Makes a generic host fail to start when the library is misconfigured, instead of at the first request.</summary>
internal sealed class PropertyServiceStartupCheck(IServiceProvider services) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        _ = services.GetRequiredService<ServiceCenter>();
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
