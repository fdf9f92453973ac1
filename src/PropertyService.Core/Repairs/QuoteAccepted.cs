using NodaTime;
using PropertyService.Utility;
using PropertyService.Fees;

namespace PropertyService.Repairs;

/// <summary>The owner accepted the assessed quote and agreed to the work (RP-14).</summary>
/// <param name="AggregateId">The ticket's identifier.</param>
/// <param name="Version">The ticket's version after this event.</param>
/// <param name="OccurredAt">When it happened.</param>
/// <param name="Actor">Who did it.</param>
/// <param name="Purpose">What the quote is for.</param>
/// <param name="Quote">The accepted quote.</param>
/// <param name="Owner">Who answered.</param>
/// <param name="AnsweredBy">How the answer was given.</param>
[EventType("repair.quote-accepted")]
public sealed record QuoteAccepted(string AggregateId, int Version, Instant OccurredAt, Actor Actor, AssessmentPurpose Purpose, Quote Quote, Resident Owner, QuoteAnswerChannel AnsweredBy)
    : DomainEvent(AggregateId, Version, OccurredAt, Actor)
{
    /// <summary>What the quote is for.</summary>
    public AssessmentPurpose Purpose { get; } = Preconditions.CheckDefined(Purpose);

    /// <summary>The accepted quote.</summary>
    public Quote Quote { get; } = Preconditions.CheckNotNull(Quote);

    /// <summary>Who answered.</summary>
    public Resident Owner { get; } = Preconditions.CheckNotNull(Owner);

    /// <summary>How the answer was given.</summary>
    public QuoteAnswerChannel AnsweredBy { get; } = Preconditions.CheckDefined(AnsweredBy);
}
