using NodaTime;

namespace PropertyService.Samples.Web.Security;

/// <summary>What a resident link grants: one action on one ticket of one site, until it expires.</summary>
/// <param name="Site">The ticket's site.</param>
/// <param name="TicketId">The ticket.</param>
/// <param name="Action">The one action the link allows.</param>
/// <param name="ExpiresAt">When the link stops working.</param>
public sealed record ResidentLink(SiteId Site, string TicketId, ResidentLinkAction Action, Instant ExpiresAt);
