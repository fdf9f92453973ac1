using PropertyService.Escalation;

namespace PropertyService.Samples.Web.Dashboard;

/// <summary>
/// One escalated cause in the <see cref="EscalationInbox"/>: the cause as last notified (a climb replaces the lower
/// level) and, once someone took it on, the acknowledgement of that level.
/// </summary>
/// <param name="Case">The cause at the level last notified, as the escalation board had it then.</param>
/// <param name="Acknowledgement">Who took the notified level on, or null while it waits.</param>
public sealed record InboxEntry(EscalationCase Case, EscalationAcknowledgement? Acknowledgement)
{
    /// <summary>Whether the notified level still waits for someone to take it on.</summary>
    public bool IsWaiting => Acknowledgement is null;
}
