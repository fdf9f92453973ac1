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
public readonly record struct SlaSubject(string AggregateId, SiteId Site, string? Category = null, bool IsEmergency = false)
{
    /// <summary>
    /// Derives the subject from an aggregate's events by convention: the first event's aggregate; its <c>Site</c>
    /// property (else its actor's site); its <c>Category</c> (or <c>Request.Category</c>, or <c>Kind</c>) as text; and
    /// emergency when it has <c>IsEmergency</c> or <c>IsMajor</c> set, or its kind is <c>MedicalEmergency</c>.
    /// </summary>
    /// <param name="events">The aggregate's events.</param>
    /// <returns>The subject.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="events"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="events"/> is empty.</exception>
    public static SlaSubject FromEvents(IEnumerable<DomainEvent> events)
    {
        var first = Utility.Preconditions.CheckNotNull(events).Where(e => e is not null).MinBy(e => e.Version)
            ?? throw new ArgumentException("events must hold at least one event to derive the SLA subject from.", nameof(events));
        var site = EventProperties.Read(first, "Site") is SiteId declared && !declared.IsEmpty ? declared : first.Actor.Site;
        var category = (EventProperties.Read(first, "Category")
                        ?? EventProperties.Read(EventProperties.Read(first, "Request"), "Category")
                        ?? EventProperties.Read(first, "Kind"))?.ToString();
        var emergency = EventProperties.Read(first, "IsEmergency") is true
                        || EventProperties.Read(first, "IsMajor") is true
                        || category == "MedicalEmergency";
        return new SlaSubject(first.AggregateId, site, category, emergency);
    }
}
