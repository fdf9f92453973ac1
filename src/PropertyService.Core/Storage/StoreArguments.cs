using PropertyService.Utility;

namespace PropertyService.Storage;

/// <summary>The checks every store makes of an append before it touches anything (programmer errors throw).</summary>
internal static class StoreArguments
{
    internal static void CheckAppend(SiteId site, string streamId, int expectedVersion, IReadOnlyList<DomainEvent> events)
    {
        if (site.IsEmpty)
        {
            throw new ArgumentException("The site is empty; every stream belongs to a site.", nameof(site));
        }

        Preconditions.CheckNotBlank(streamId);
        Preconditions.CheckNonNegative(expectedVersion);
        Preconditions.CheckNotNull(events);
        if (events.Count == 0)
        {
            throw new ArgumentException("There are no events to append.", nameof(events));
        }

        for (var i = 0; i < events.Count; i++)
        {
            var e = events[i] ?? throw new ArgumentNullException(nameof(events), $"events[{i}] is null.");
            if (!EventTypeRegistry.IsRegistered(e.GetType()))
            {
                throw new ArgumentException($"events[{i}] ({e.GetType().FullName}) is not a registered event type: a store keeps only events it can read back (mark the type with [EventType(\"name\")]).", nameof(events));
            }

            if (e.AggregateId != streamId)
            {
                throw new ArgumentException($"events[{i}] ({e.GetType().Name}) belongs to {e.AggregateId}, not to stream {streamId}.", nameof(events));
            }

            if (e.Version != expectedVersion + i + 1)
            {
                throw new ArgumentException($"events[{i}] ({e.GetType().Name}) has version {e.Version}; after version {expectedVersion} the next is {expectedVersion + i + 1}.", nameof(events));
            }

            if (e.Actor.Site != site)
            {
                throw new ArgumentException($"events[{i}] ({e.GetType().Name}) was recorded by {e.Actor.Id} of site {e.Actor.Site}, not of site {site}.", nameof(events));
            }
        }
    }

    internal static void CheckPage(long afterPosition, int maxCount)
    {
        if (afterPosition < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(afterPosition), afterPosition, "Positions start at 1; pass 0 to read from the start.");
        }

        if (maxCount < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(maxCount), maxCount, "Read at least one event.");
        }
    }

    internal static void CheckQuery(StreamQuery query)
    {
        Preconditions.CheckNotNull(query);
        if (query.Limit < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(query), query.Limit, "A query's Limit is at least 1.");
        }
    }

    internal static void CheckCheckpoint(SiteId site, string name)
    {
        Preconditions.CheckNotBlank(name);
        if (site.IsEmpty)
        {
            throw new ArgumentException("The site is empty; every checkpoint belongs to a site.", nameof(site));
        }
    }
}
