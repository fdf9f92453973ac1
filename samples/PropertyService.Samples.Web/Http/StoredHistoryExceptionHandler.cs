using Microsoft.AspNetCore.Diagnostics;
using PropertyService.Storage;

namespace PropertyService.Samples.Web.Http;

/// <summary>
/// Answers a request whose record's stored history fails verification (<see cref="StoredEventException"/>: an altered
/// event, a broken hash chain) with a 500 problem naming the record, the version and the kind of damage, and logs it
/// as critical: the store refused to hand out a history it cannot vouch for, so nothing was decided or stored on it.
/// </summary>
public sealed partial class StoredHistoryExceptionHandler : IExceptionHandler
{
    private readonly IProblemDetailsService _problems;
    private readonly ILogger<StoredHistoryExceptionHandler> _logger;

    /// <summary>Creates the handler.</summary>
    /// <param name="problems">Writes problem details.</param>
    /// <param name="logger">Where the damage is reported.</param>
    public StoredHistoryExceptionHandler(IProblemDetailsService problems, ILogger<StoredHistoryExceptionHandler> logger)
    {
        _problems = problems ?? throw new ArgumentNullException(nameof(problems));
        _logger = logger ?? throw new ArgumentNullException(nameof(logger));
    }

    /// <inheritdoc/>
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        if (exception is not StoredEventException damaged)
        {
            return false;
        }

        LogDamaged(damaged.Site.Value, damaged.StreamId, damaged.Version, damaged.Kind, damaged.Message);
        httpContext.Response.StatusCode = StatusCodes.Status500InternalServerError;
        return await _problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails =
            {
                Status = StatusCodes.Status500InternalServerError,
                Title = "The stored history of this record fails verification.",
                Detail = $"Record '{damaged.StreamId}' of site {damaged.Site}, version {damaged.Version}: {damaged.Kind}. Nothing was changed; the store needs an administrator.",
                Extensions = { ["tamperKind"] = damaged.Kind.ToString(), ["streamId"] = damaged.StreamId, ["version"] = damaged.Version },
            },
        });
    }

    [LoggerMessage(Level = LogLevel.Critical, Message = "Stored history of {Stream} at site {Site} fails verification at version {Version} ({Kind}): {Detail}")]
    private partial void LogDamaged(string site, string stream, int version, TamperKind kind, string detail);
}
