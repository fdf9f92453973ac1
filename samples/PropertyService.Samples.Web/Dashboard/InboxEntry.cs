using PropertyService.Escalation;

namespace PropertyService.Samples.Web.Dashboard;

/// <summary>
/// One escalated cause in the <see cref="EscalationInbox"/>: the latest notice about it (a climb replaces the lower
/// level's notice) and, once someone took it on, the acknowledgement of that level.
/// </summary>
/// <param name="Notice">The latest notice of the cause.</param>
/// <param name="Acknowledgement">Who took the notified level on, or null while it waits.</param>
public sealed record InboxEntry(EscalationNotice Notice, EscalationAcknowledgement? Acknowledgement)
{
    /// <summary>Whether the notified level still waits for someone to take it on.</summary>
    public bool IsWaiting => Acknowledgement is null;
}
