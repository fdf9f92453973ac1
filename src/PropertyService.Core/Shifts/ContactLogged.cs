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
/// <param name="ShiftDate">The date that shift started on; given exactly when <paramref name="ShiftName"/> is.</param>
/// <param name="Kind">Call or visit.</param>
/// <param name="Category">What it is about.</param>
/// <param name="From">Who called or visited, such as a resident's name and unit.</param>
/// <param name="Summary">What they said.</param>
/// <exception cref="ArgumentNullException">A required text is null.</exception>
/// <exception cref="ArgumentException">A required text or the shift's name is blank, or only one of
/// <paramref name="ShiftName"/> and <paramref name="ShiftDate"/> is given.</exception>
/// <exception cref="ArgumentOutOfRangeException">An enum value is undefined.</exception>
/// <remarks>Stored at schema version 2, whose shape differs from the record's: <c>"logBook"</c> for the book and
/// <c>"shift": {"name", "date"}</c> for the shift (version 1 wrote <c>"book"</c>, <c>"shiftName"</c> and
/// <c>"shiftDate"</c>); see <see cref="Storage.Serialization.EventSerializer"/>.</remarks>
[EventType("shift.contact-logged", 2)]
public sealed record ContactLogged(
    string AggregateId, int Version, Instant OccurredAt, Actor Actor, string EntryId, LogBook Book, string? ShiftName, LocalDate? ShiftDate,
    ContactKind Kind, ContactCategory Category, string From, string Summary)
    : DomainEvent(AggregateId, Version, OccurredAt, Actor)
{
    /// <summary>The entry's identifier.</summary>
    public string EntryId { get; } = Preconditions.CheckNotBlank(EntryId);

    /// <summary>The book it is written in.</summary>
    public LogBook Book { get; } = Preconditions.CheckDefined(Book);

    /// <summary>The shift on duty at the time per the roster, or null when no shift covered it.</summary>
    public string? ShiftName { get; } = (ShiftName is null) == (ShiftDate is null)
        ? ShiftName is null ? null : Preconditions.CheckNotBlank(ShiftName)
        : throw new ArgumentException("A shift is named together with the date it started on: give both or neither.", nameof(ShiftDate));

    /// <summary>The date that shift started on, or null when no shift covered the contact.</summary>
    public LocalDate? ShiftDate { get; } = ShiftDate;

    /// <summary>Call or visit.</summary>
    public ContactKind Kind { get; } = Preconditions.CheckDefined(Kind);

    /// <summary>What it is about.</summary>
    public ContactCategory Category { get; } = Preconditions.CheckDefined(Category);

    /// <summary>Who called or visited.</summary>
    public string From { get; } = Preconditions.CheckNotBlank(From);

    /// <summary>What they said.</summary>
    public string Summary { get; } = Preconditions.CheckNotBlank(Summary);
}
