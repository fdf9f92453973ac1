namespace PropertyService.Samples.Web.Security;

/// <summary>A resident link made for a ticket.</summary>
/// <param name="Url">The link (a path on this host) to give the resident.</param>
/// <param name="Action">The action it allows.</param>
/// <param name="ExpiresAt">When it stops working (ISO instant).</param>
public sealed record ResidentLinkView(string Url, string Action, string ExpiresAt);
