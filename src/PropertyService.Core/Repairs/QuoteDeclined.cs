using NodaTime;
using PropertyService.Utility;
using PropertyService.Fees;

namespace PropertyService.Repairs;

/// <summary>The owner declined the assessed quote (RP-14).</summary>
/// <param name="AggregateId">The ticket's identifier.</param>
/// <param name="Version">The ticket's version after this event.</param>
/// <param name="OccurredAt">When it happened.</param>
/// <param name="Actor">Who did it.</param>
/// <param name="Purpose">What the quote was for.</param>
/// <param name="Quote">The declined quote.</param>
/// <param name="Owner">Who answered.</param>
/// <param name="AnsweredBy">How the answer was given.</param>
/// <param name="Reason">The owner's reason, if given.</param>
[EventType("repair.quote-declined")]
public sealed record QuoteDeclined(string AggregateId, int Version, Instant OccurredAt, Actor Actor, AssessmentPurpose Purpose, Quote Quote, Resident Owner, QuoteAnswerChannel AnsweredBy, string? Reason)
    : DomainEvent(AggregateId, Version, OccurredAt, Actor)
{
    /// <summary>What the quote was for.</summary>
    public AssessmentPurpose Purpose { get; } = Preconditions.CheckDefined(Purpose);

    /// <summary>The declined quote.</summary>
    public Quote Quote { get; } = Preconditions.CheckNotNull(Quote);

    /// <summary>Who answered.</summary>
    public Resident Owner { get; } = Preconditions.CheckNotNull(Owner);

    /// <summary>How the answer was given.</summary>
    public QuoteAnswerChannel AnsweredBy { get; } = Preconditions.CheckDefined(AnsweredBy);

    /// <summary>The owner's reason, if given.</summary>
    public string? Reason { get; } = EventText.Optional(Reason);
}
