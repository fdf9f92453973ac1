using NodaTime;

namespace PropertyService.Escalation;

/// <summary>How escalations climb.</summary>
/// <remarks>Options as in Polly: named defaults (<see cref="DefaultAcknowledgeWithinMinutes"/>), one validation pass
/// listing every error (<see cref="Validate"/>, run at start-up).</remarks>
public sealed class EscalationOptions
{
    /// <summary>The default of <see cref="AcknowledgeWithin"/>, in minutes.</summary>
    public const int DefaultAcknowledgeWithinMinutes = 10;

    /// <summary>The longest <see cref="AcknowledgeWithin"/> accepted, in hours.</summary>
    public const int MaxAcknowledgeWithinHours = 72;

    /// <summary>How long the person notified has to acknowledge before the escalation climbs one level.</summary>
    /// <value>The default value is 10 minutes (<see cref="DefaultAcknowledgeWithinMinutes"/>); from 1 minute to 72 hours.</value>
    public Duration AcknowledgeWithin { get; set; } = Duration.FromMinutes(DefaultAcknowledgeWithinMinutes);

    /// <summary>Every error in the options, each naming its setting.</summary>
    /// <returns>The errors; empty when the options are valid.</returns>
    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        if (AcknowledgeWithin < Duration.FromMinutes(1) || AcknowledgeWithin > Duration.FromHours(MaxAcknowledgeWithinHours))
        {
            errors.Add($"Escalation.AcknowledgeWithin: {AcknowledgeWithin} is outside 1 minute to {MaxAcknowledgeWithinHours} hours.");
        }

        return errors;
    }
}
