using Microsoft.Extensions.Options;
using NodaTime;
using PropertyService.Pipeline;

namespace PropertyService.Samples.Web.Hosting;

/// <summary>
/// Restores each served site's SLA timers and escalations from the store at start-up (before the server takes requests),
/// then polls the service center on a timer so that warnings, breaches and escalations fall due without a request.
/// </summary>
public sealed partial class ServiceCenterPoller : BackgroundService
{
    private readonly ServiceCenter _center;
    private readonly IClock _clock;
    private readonly ServedSites _sites;
    private readonly TimeSpan _interval;
    private readonly ILogger<ServiceCenterPoller> _logger;

    /// <summary>Creates the poller.</summary>
    public ServiceCenterPoller(ServiceCenter center, IClock clock, ServedSites sites, IOptions<ServiceCenterHostOptions> options, ILogger<ServiceCenterPoller> logger)
    {
        _center = center ?? throw new ArgumentNullException(nameof(center));
        _clock = clock ?? throw new ArgumentNullException(nameof(clock));
        _sites = sites ?? throw new ArgumentNullException(nameof(sites));
        _interval = (options ?? throw new ArgumentNullException(nameof(options))).Value.PollInterval;
        _logger = logger ?? throw new ArgumentNullException(nameof(logger));
    }

    /// <inheritdoc/>
    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        foreach (var site in _sites.All)
        {
            var replayed = await _center.RestoreAsync(site, cancellationToken);
            LogRestored(site.Value, replayed);
        }

        await base.StartAsync(cancellationToken);
    }

    /// <inheritdoc/>
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(_interval);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                try
                {
                    await _center.PollAsync(_clock.GetCurrentInstant(), stoppingToken);
                }
                catch (Exception e) when (e is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
                {
                    LogPollFailed(e);
                }

                foreach (var failure in _center.TakeFailures())
                {
                    LogPipelineFailure(failure.Component, failure.Name, failure.AggregateId, failure.Exception);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping.
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Site {Site} restored: {Replayed} events replayed.")]
    private partial void LogRestored(string site, long replayed);

    [LoggerMessage(Level = LogLevel.Error, Message = "Polling the service center failed.")]
    private partial void LogPollFailed(Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "{Component} {Name} failed for {AggregateId}.")]
    private partial void LogPipelineFailure(string component, string name, string aggregateId, Exception exception);
}
