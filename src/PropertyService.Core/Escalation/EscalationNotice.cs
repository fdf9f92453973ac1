using System.Globalization;
using NodaTime;
using PropertyService.Utility;

namespace PropertyService.Escalation;

/// <summary>
/// One notification an <see cref="IEscalationNotifier"/> delivers: this cause, at this level, to the holder of this
/// role at this site, this urgently, for this reason.
/// </summary>
/// <remarks>The host knows its staff: it maps <see cref="Site"/> and <see cref="Role"/> to people and channels.
/// Immutable; safe to share between threads.</remarks>
public sealed class EscalationNotice
{
    internal EscalationNotice(EscalationCase escalation, Instant dueAt, bool climbed)
    {
        Case = escalation;
        DueAt = dueAt;
        Climbed = climbed;
    }

    /// <summary>The escalation as it stood when this notice was raised.</summary>
    public EscalationCase Case { get; }

    /// <summary>The site.</summary>
    public SiteId Site => Case.Site;

    /// <summary>What is escalated (unique within the site); acknowledge with it.</summary>
    public string Cause => Case.Cause;

    /// <summary>The ticket, request or handover concerned.</summary>
    public string AggregateId => Case.AggregateId;

    /// <summary>Whose chain it climbs.</summary>
    public EscalationDepartment Department => Case.Department;

    /// <summary>The level notified.</summary>
    public EscalationLevel Level => Case.Level;

    /// <summary>The role notified at that level.</summary>
    public Role Role => Case.Role;

    /// <summary>How urgently.</summary>
    public EscalationUrgency Urgency => Case.Urgency;

    /// <summary>The rule the escalation serves.</summary>
    public string RuleId => Case.RuleId;

    /// <summary>Why.</summary>
    public EscalationReason Reason => Case.Reason;

    /// <summary>When the notice became due: the event's time, the alert's due time, or the end of the time to acknowledge.
    /// It does not depend on when the host polled.</summary>
    public Instant DueAt { get; }

    /// <summary>Whether the notice climbed because nobody acknowledged the level below in time.</summary>
    public bool Climbed { get; }

    /// <summary>The notice for a person, in the language of <paramref name="culture"/> (Chinese for any Chinese
    /// culture, English otherwise), for example <c>[HR-08] Immediate, to the service-center supervisor: ...</c>.</summary>
    /// <param name="culture">The culture, or null for the current UI culture.</param>
    /// <returns>The text.</returns>
    public string Describe(CultureInfo? culture = null) =>
        Messages.Format(
            Climbed ? "Escalation.Notice.Climbed" : "Escalation.Notice",
            culture,
            RuleId,
            Messages.Get("Escalation.Urgency." + Urgency, culture),
            Messages.Get("Escalation.Role." + Role, culture),
            Reason.Describe(culture));

    /// <summary>The notice in the current UI culture.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Describe();
}
