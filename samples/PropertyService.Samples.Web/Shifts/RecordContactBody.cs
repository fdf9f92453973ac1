using PropertyService.Shifts;

namespace PropertyService.Samples.Web.Shifts;

/// <summary>The body of <c>POST /api/sites/{site}/duty-log</c>: a call or visit, what it is about, who called or came,
/// what they said, and when (an ISO instant, not in the future; now when omitted).</summary>
public sealed record RecordContactBody(ContactKind? Kind, ContactCategory? Category, string? From, string? Summary, string? At = null);
