using NodaTime;
using PropertyService.Utility;

namespace PropertyService.Shifts;

/// <summary>
/// A call or visit was written in the contact register or, while the night-duty technician is on duty per the roster,
/// in the night duty log (CS-13, CS-14).
/// </summary>
/// <param name="AggregateId">The duty log's identifier.</param>
/// <param name="Version">The log's version after this event.</param>
/// <param name="OccurredAt">When the resident called or visited.</param>
/// <param name="Actor">Who wrote it.</param>
/// <param name="EntryId">The entry's identifier, unique in the log.</param>
/// <param name="Book">The book it is written in.</param>
/// <param name="ShiftName">The shift on duty at the time per the roster, or null when no shift covered it.</param>
/// <param name="ShiftDate">The date that shift started on, or null.</param>
/// <param name="Kind">Call or visit.</param>
/// <param name="Category">What it is about.</param>
/// <param name="From">Who called or visited, such as a resident's name and unit.</param>
/// <param name="Summary">What they said.</param>
/// <exception cref="ArgumentNullException">A required text is null.</exception>
/// <exception cref="ArgumentException">A required text is blank.</exception>
/// <exception cref="ArgumentOutOfRangeException">An enum value is undefined.</exception>
[EventType("shift.contact-logged")]
public sealed record ContactLogged(
    string AggregateId, int Version, Instant OccurredAt, Actor Actor, string EntryId, LogBook Book, string? ShiftName, LocalDate? ShiftDate,
    ContactKind Kind, ContactCategory Category, string From, string Summary)
    : DomainEvent(AggregateId, Version, OccurredAt, Actor)
{
    /// <summary>The entry's identifier.</summary>
    public string EntryId { get; } = Preconditions.CheckNotBlank(EntryId);

    /// <summary>The book it is written in.</summary>
    public LogBook Book { get; } = Preconditions.CheckDefined(Book);

    /// <summary>Call or visit.</summary>
    public ContactKind Kind { get; } = Preconditions.CheckDefined(Kind);

    /// <summary>What it is about.</summary>
    public ContactCategory Category { get; } = Preconditions.CheckDefined(Category);

    /// <summary>Who called or visited.</summary>
    public string From { get; } = Preconditions.CheckNotBlank(From);

    /// <summary>What they said.</summary>
    public string Summary { get; } = Preconditions.CheckNotBlank(Summary);
}
