using NodaTime;

namespace PropertyService.Fees;

/// <summary>
/// The warranty facts of a unit or building: when the building passed completion acceptance
/// (竣工验收合格) and when the unit was handed over to its buyer (交付). The warranty rule measures
/// warranty periods from them.
/// </summary>
/// <remarks>Immutable value with value equality; safe to share between threads.</remarks>
public sealed record WarrantyFacts
{
    /// <summary>Creates the warranty facts.</summary>
    /// <param name="completionAcceptedOn">The date the building passed completion acceptance.</param>
    /// <param name="handedOverOn">The date the unit was handed over to its buyer; not before <paramref name="completionAcceptedOn"/>.</param>
    /// <exception cref="ArgumentException"><paramref name="handedOverOn"/> is before <paramref name="completionAcceptedOn"/>.</exception>
    public WarrantyFacts(LocalDate completionAcceptedOn, LocalDate handedOverOn)
    {
        if (handedOverOn < completionAcceptedOn)
        {
            throw new ArgumentException(
                $"The handover date {handedOverOn:uuuu-MM-dd} cannot be before the completion-acceptance date {completionAcceptedOn:uuuu-MM-dd}.",
                nameof(handedOverOn));
        }

        CompletionAcceptedOn = completionAcceptedOn;
        HandedOverOn = handedOverOn;
    }

    /// <summary>The date the building passed completion acceptance (竣工验收合格之日).</summary>
    public LocalDate CompletionAcceptedOn { get; }

    /// <summary>The date the unit was handed over to its buyer (交付使用之日).</summary>
    public LocalDate HandedOverOn { get; }
}
