namespace PropertyService.Samples.Web.Shifts;

/// <summary>
/// The body of <c>POST /api/sites/{site}/handovers</c>: the handover's identifier and the incoming shift, by its name and
/// the date it starts on (<c>yyyy-MM-dd</c>); the outgoing shift is the roster's shift that ends as it starts (CS-16).
/// <see cref="Outgoing"/> and <see cref="Incoming"/> are employee ids on those shifts, the first person of each when omitted.
/// </summary>
public sealed record ScheduleHandoverBody(string? Id, string? IncomingShift, string? Date, string? Outgoing = null, string? Incoming = null);
