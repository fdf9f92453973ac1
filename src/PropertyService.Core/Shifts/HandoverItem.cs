using PropertyService.Utility;

namespace PropertyService.Shifts;

/// <summary>
/// One outstanding item the outgoing person hands over (CS-17): what it is, the record it refers to, and the written
/// note that repairs, complaints and other major matters must carry.
/// </summary>
/// <remarks>Immutable; safe to share between threads.</remarks>
public sealed class HandoverItem : IEquatable<HandoverItem>
{
    /// <summary>Describes an item.</summary>
    /// <param name="kind">What it is.</param>
    /// <param name="reference">The record it refers to (a ticket, request or night-log entry id), or null for a point of attention.</param>
    /// <param name="description">What it is about.</param>
    /// <param name="note">The written handover note, or null; required for repairs, complaints and major matters (CS-17).</param>
    /// <param name="isMajor">Whether it is a major matter, which must be handed over in writing (CS-17).</param>
    /// <exception cref="ArgumentNullException"><paramref name="description"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="description"/> is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is undefined.</exception>
    public HandoverItem(HandoverItemKind kind, string? reference, string description, string? note = null, bool isMajor = false)
    {
        Kind = Preconditions.CheckDefined(kind);
        Reference = string.IsNullOrWhiteSpace(reference) ? null : reference.Trim();
        Description = Preconditions.CheckNotBlank(description).Trim();
        Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        IsMajor = isMajor;
    }

    /// <summary>What it is.</summary>
    public HandoverItemKind Kind { get; }

    /// <summary>The record it refers to, or null.</summary>
    public string? Reference { get; }

    /// <summary>What it is about.</summary>
    public string Description { get; }

    /// <summary>The written handover note, or null.</summary>
    public string? Note { get; }

    /// <summary>Whether it is a major matter.</summary>
    public bool IsMajor { get; }

    /// <summary>Whether CS-17 requires a written note: repairs, complaints and other major matters.</summary>
    public bool NeedsWrittenNote => Kind is HandoverItemKind.RepairTicket or HandoverItemKind.Complaint || IsMajor;

    /// <summary>The same item with a written handover note (CS-17).</summary>
    /// <param name="note">The note.</param>
    /// <returns>A new item.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="note"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="note"/> is blank.</exception>
    public HandoverItem WithNote(string note) => new(Kind, Reference, Description, Preconditions.CheckNotBlank(note), IsMajor);

    /// <inheritdoc/>
    public bool Equals(HandoverItem? other) =>
        other is not null && Kind == other.Kind && Reference == other.Reference && Description == other.Description && Note == other.Note && IsMajor == other.IsMajor;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as HandoverItem);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Kind, Reference, Description, Note, IsMajor);

    /// <summary>The item as text, such as <c>RepairTicket RT-7: leaking tap (note: parts ordered)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        $"{Kind}{(Reference is null ? string.Empty : " " + Reference)}: {Description}{(Note is null ? string.Empty : $" (note: {Note})")}";

    /// <summary>The item as <see cref="ToString"/> writes it, for a refusal: the kind and the word "note" in the reader's language.</summary>
    internal LocalizedText Text() => new(
        "Handover.Item",
        LocalizedText.Of("HandoverItemKind", Kind),
        Reference is null ? string.Empty : " " + Reference,
        Description,
        Note is null ? string.Empty : new LocalizedText("Handover.Item.Note", Note));
}
