using NodaTime;

namespace PropertyService.Shifts;

/// <summary>A site's settings for its shift handovers.</summary>
/// <remarks>Read once when a handover is scheduled: changing the options later does not change scheduled handovers.</remarks>
public sealed class ShiftHandoverOptions
{
    /// <summary>The default of <see cref="ArriveBefore"/>: 15 minutes (CS-16).</summary>
    public static readonly Duration DefaultArriveBefore = Duration.FromMinutes(15);

    /// <summary>How long before the shift starts the incoming person must arrive to be on time (CS-16).</summary>
    /// <value>The default value is <see cref="DefaultArriveBefore"/> (15 minutes). From zero to 12 hours.</value>
    public Duration ArriveBefore { get; set; } = DefaultArriveBefore;

    /// <summary>Checks every option.</summary>
    /// <exception cref="ArgumentException">An option is invalid; the message lists every invalid option.</exception>
    internal void Validate()
    {
        if (ArriveBefore < Duration.Zero || ArriveBefore > Duration.FromHours(12))
        {
            throw new ArgumentException($"The shift handover options are invalid: {nameof(ArriveBefore)} must be from 0 to 12 hours, but was {ArriveBefore}.", "options");
        }
    }
}
