namespace PropertyService.Samples.Web.Shifts;

/// <summary>
/// An entry of the contact register or the night duty log: the book the roster put it in, the call or visit, the shift on
/// duty then, who wrote it, how it was handled, and <see cref="Version"/>, the version of its day's log to send in
/// <c>If-Match</c> when marking it handled.
/// </summary>
public sealed record ContactEntryView(
    string Id,
    string Book,
    string Kind,
    string Category,
    string From,
    string Summary,
    string At,
    string? Shift,
    string? ShiftDate,
    PersonView RecordedBy,
    bool Handled,
    string? Handling,
    PersonView? HandledBy,
    string? HandledAt,
    int Version);
