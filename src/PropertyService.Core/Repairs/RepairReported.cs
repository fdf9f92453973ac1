using NodaTime;
using PropertyService.Utility;

namespace PropertyService.Repairs;

/// <summary>A repair was reported and entered in the repair log (RP-08), in the contact register or the night duty log (CS-13, CS-14). Its time is the report time RP-09 counts from (for a deferred night repair, see <see cref="RepairTakenOverInMorning"/>).</summary>
/// <param name="AggregateId">The ticket's identifier.</param>
/// <param name="Version">The ticket's version after this event.</param>
/// <param name="OccurredAt">When it happened.</param>
/// <param name="Actor">Who did it.</param>
/// <param name="Request">What was reported.</param>
/// <param name="Site">The site the ticket belongs to.</param>
/// <param name="LogBook">Which book it was written in.</param>
[EventType("repair.reported")]
public sealed record RepairReported(string AggregateId, int Version, Instant OccurredAt, Actor Actor, RepairRequest Request, SiteId Site, LogBook LogBook)
    : DomainEvent(AggregateId, Version, OccurredAt, Actor)
{
    /// <summary>What was reported.</summary>
    public RepairRequest Request { get; } = Preconditions.CheckNotNull(Request);

    /// <summary>Which book it was written in.</summary>
    public LogBook LogBook { get; } = Preconditions.CheckDefined(LogBook);

    /// <summary>How the request arrived (CS-13).</summary>
    public RepairChannel Channel => Request.Channel;

    /// <summary>The agreed appointment (RP-13), or null.</summary>
    public Instant? Appointment => Request.Appointment;
}
