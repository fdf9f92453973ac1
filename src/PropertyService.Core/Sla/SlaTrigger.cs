using System.Collections.Concurrent;
using System.Reflection;
using NodaTime;
using PropertyService.Utility;

namespace PropertyService.Sla;

/// <summary>
/// Which domain events start, stop, pause, resume or cancel a timing target. Events are matched by their CLR
/// type (<see cref="On{TEvent}"/>), so the workflows that raise them need not know that SLAs exist; an event
/// can also carry the instant a target aims at (an appointment, a shift start).
/// </summary>
/// <remarks>
/// For a workflow that is not written yet, <see cref="OnEventNamed"/> matches by the event type's name and
/// reads a carried instant by property name; switch to <see cref="On{TEvent}"/> once the type exists.
/// Immutable; safe to share between threads as long as the predicates and selectors given are.
/// </remarks>
public sealed class SlaTrigger
{
    private static readonly ConcurrentDictionary<(Type, string), Func<object, Instant?>> PropertyReaders = new();

    private readonly Func<DomainEvent, bool> _matches;
    private readonly Func<DomainEvent, Instant?>? _instant;
    private readonly Func<Type, bool> _canMatch;

    private SlaTrigger(string description, Func<DomainEvent, bool> matches, Func<DomainEvent, Instant?>? instant, Func<Type, bool> canMatch)
    {
        Description = description;
        _matches = matches;
        _instant = instant;
        _canMatch = canMatch;
    }

    /// <summary>What the trigger matches, for logs and documentation, for example <c>WorkOrderIssued</c>.</summary>
    public string Description { get; }

    /// <summary>Whether the trigger can read an instant from the events it matches.</summary>
    public bool CarriesInstant => _instant is not null;

    /// <summary>Matches events of type <typeparamref name="TEvent"/> (or derived from it).</summary>
    /// <typeparam name="TEvent">The event type.</typeparam>
    /// <param name="when">An optional condition on the event, for example <c>e =&gt; e.RequiresAssessment</c>.</param>
    /// <param name="instant">An optional selector of the instant the event carries, for example <c>e =&gt; e.Appointment</c>.</param>
    /// <param name="description">How to describe the trigger; default the type's name (with "(conditional)" when <paramref name="when"/> is given).</param>
    /// <returns>The trigger.</returns>
    public static SlaTrigger On<TEvent>(Func<TEvent, bool>? when = null, Func<TEvent, Instant?>? instant = null, string? description = null)
        where TEvent : DomainEvent =>
        new(
            description ?? (when is null ? typeof(TEvent).Name : $"{typeof(TEvent).Name} (conditional)"),
            when is null ? static e => e is TEvent : e => e is TEvent typed && when(typed),
            instant is null ? null : e => e is TEvent typed ? instant(typed) : null,
            static type => typeof(TEvent).IsAssignableFrom(type));

    /// <summary>
    /// Matches events whose type's name (or full name) is <paramref name="eventTypeName"/>: for workflows whose
    /// event types do not exist yet when the policy is written.
    /// </summary>
    /// <param name="eventTypeName">The event type's name, such as <c>"HandoverScheduled"</c>.</param>
    /// <param name="instantProperty">The name of a public <see cref="Instant"/> or <c>Instant?</c> property that carries the instant the target aims at, or null.</param>
    /// <param name="when">An optional condition on the event.</param>
    /// <returns>The trigger.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="eventTypeName"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="eventTypeName"/> or <paramref name="instantProperty"/> is blank.</exception>
    public static SlaTrigger OnEventNamed(string eventTypeName, string? instantProperty = null, Func<DomainEvent, bool>? when = null)
    {
        Preconditions.CheckNotBlank(eventTypeName);
        if (instantProperty is not null)
        {
            Preconditions.CheckNotBlank(instantProperty);
        }

        bool TypeMatches(Type type) => type.Name == eventTypeName || type.FullName == eventTypeName;
        bool NameMatches(DomainEvent e) => TypeMatches(e.GetType());
        return new SlaTrigger(
            $"{eventTypeName} (by name)",
            when is null ? NameMatches : e => NameMatches(e) && when(e),
            instantProperty is null ? null : e => NameMatches(e) ? ReadInstant(e, instantProperty) : null,
            TypeMatches);
    }

    /// <summary>Matches an event that any of the given triggers matches; the instant comes from the first that matches.</summary>
    /// <param name="triggers">The alternatives.</param>
    /// <returns>The trigger.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="triggers"/> or one of them is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="triggers"/> is empty.</exception>
    public static SlaTrigger AnyOf(params SlaTrigger[] triggers)
    {
        Preconditions.CheckNotNull(triggers);
        if (triggers.Length == 0)
        {
            throw new ArgumentException("triggers must name at least one trigger.", nameof(triggers));
        }

        foreach (var trigger in triggers)
        {
            Preconditions.CheckNotNull(trigger, nameof(triggers));
        }

        // The matchers capture the copy only, so matching an event allocates nothing (a replay matches millions).
        var copy = triggers.ToArray();
        return new SlaTrigger(
            string.Join(" or ", copy.Select(t => t.Description)),
            e => FirstMatch(copy, e) is not null,
            copy.Any(t => t.CarriesInstant) ? e => FirstMatch(copy, e)?.InstantCarriedBy(e) : null,
            type => Array.Exists(copy, t => t.CanMatch(type)));
    }

    /// <summary>Whether the event matches.</summary>
    /// <param name="domainEvent">The event.</param>
    /// <returns>Whether it matches.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="domainEvent"/> is null.</exception>
    public bool Matches(DomainEvent domainEvent) => _matches(Preconditions.CheckNotNull(domainEvent));

    /// <summary>The instant a matching event carries, or null when it carries none.</summary>
    /// <param name="domainEvent">The event.</param>
    /// <returns>The instant, or null.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="domainEvent"/> is null.</exception>
    public Instant? InstantCarriedBy(DomainEvent domainEvent) =>
        _instant?.Invoke(Preconditions.CheckNotNull(domainEvent));

    /// <summary>
    /// Whether the trigger can match some event of a type: false means it matches no event of that type, whatever the
    /// event holds (a trigger's condition is about its event type's events only).
    /// </summary>
    internal bool CanMatch(Type eventType) => _canMatch(eventType);

    /// <summary>Returns <see cref="Description"/>.</summary>
    public override string ToString() => Description;

    private static SlaTrigger? FirstMatch(SlaTrigger[] triggers, DomainEvent e)
    {
        foreach (var trigger in triggers)
        {
            if (trigger._matches(e))
            {
                return trigger;
            }
        }

        return null;
    }

    private static Instant? ReadInstant(DomainEvent e, string property) =>
        PropertyReaders.GetOrAdd((e.GetType(), property), static key =>
        {
            var info = key.Item1.GetProperty(key.Item2, BindingFlags.Public | BindingFlags.Instance);
            if (info is null || (info.PropertyType != typeof(Instant) && info.PropertyType != typeof(Instant?)))
            {
                throw new InvalidOperationException($"Event type {key.Item1.Name} has no public Instant property '{key.Item2}' for an SLA trigger to read.");
            }

            return o => info.GetValue(o) switch
            {
                Instant instant => instant,
                _ => null,
            };
        })(e);
}
