namespace PropertyService.Samples.Web.Security;

/// <summary>The body of <c>POST …/repairs/{id}/resident-links</c>.</summary>
/// <param name="Action">The one action the link allows: accept-quote, decline-quote, sign-off or reject-work.</param>
public sealed record ResidentLinkBody(ResidentLinkAction? Action);
