using System.Globalization;
using Microsoft.Extensions.Logging;
using PropertyService.Diagnostics;

namespace PropertyService.Escalation;

/// <summary>Writes each notice to a log, as a warning, in the language of the culture given (English by default).</summary>
/// <remarks>For hosts whose operators watch logs, and as a second notifier beside a real one. Thread-safe.</remarks>
public sealed class LoggingEscalationNotifier : IEscalationNotifier
{
    private readonly ILogger _logger;
    private readonly CultureInfo _culture;

    /// <summary>Creates the notifier.</summary>
    /// <param name="logger">Where to write.</param>
    /// <param name="culture">The language of the notices; the invariant culture (English) when null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="logger"/> is null.</exception>
    public LoggingEscalationNotifier(ILogger<LoggingEscalationNotifier> logger, CultureInfo? culture = null)
    {
        _logger = Utility.Preconditions.CheckNotNull(logger);
        _culture = culture ?? CultureInfo.InvariantCulture;
    }

    /// <inheritdoc/>
    public ValueTask NotifyAsync(EscalationNotice notice, CancellationToken cancellationToken)
    {
        Utility.Preconditions.CheckNotNull(notice);
        Log.Notice(_logger, notice.Site.Value, notice.Describe(_culture));
        return ValueTask.CompletedTask;
    }
}
