namespace PropertyService.Sla;

/// <summary>
/// What a set of timers is about: an aggregate (a repair ticket, a help request), with the facts that choose
/// its policy (site, category, emergency).
/// </summary>
/// <param name="AggregateId">The aggregate's identifier.</param>
/// <param name="Site">The site it belongs to.</param>
/// <param name="Category">Its category, such as a repair category name (<c>"Water"</c>), or null.</param>
/// <param name="IsEmergency">Whether it is an emergency.</param>
/// <remarks>Immutable value; safe to share between threads.</remarks>
public readonly record struct SlaSubject(string AggregateId, SiteId Site, string? Category = null, bool IsEmergency = false);
