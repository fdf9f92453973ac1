using NodaTime;
using PropertyService.Utility;
using PropertyService.Workflows;
using static PropertyService.Shifts.ShiftHandoverRejectionCodes;

namespace PropertyService.Shifts;

/// <summary>
/// The handover (交接班) between the outgoing person of one shift and the incoming person of the next: arrival 15
/// minutes early (CS-16), outstanding items in writing (CS-17), the tool count (CS-10, CS-18), the inspection of the
/// post (CS-19) and completion, before which the outgoing person stays on duty (CS-20); at the morning handover the
/// night log's entries are resolved (CS-15). Every command takes the acting <see cref="Actor"/> and the
/// <see cref="Instant"/> it happens at, and returns the events it recorded or a <see cref="Rejection"/> that changed nothing.
/// </summary>
/// <remarks>
/// <para>Every command checks, in this order and before anything changes: the actor's site, the time (never before
/// <see cref="LastEventAt"/>), the state and the workflow's guards (who the actor is in the handover), then the command's
/// own arguments. A step refused because of the state cites the rule whose step is pending.</para>
/// <para><see cref="FromEvents"/> replays a history through the same workflow, so a history the commands could not have
/// recorded is refused with an <see cref="InvalidHistoryException"/>. The handover never reads a clock.</para>
/// <para>Single-threaded by design: command and query a handover from one thread at a time. A second thread that calls
/// in meanwhile gets an <see cref="InvalidOperationException"/> instead of corrupting it silently.</para>
/// </remarks>
public sealed partial class ShiftHandover : IEventSourced
{
    private static readonly HandoverAction[] AllActions = Enum.GetValues<HandoverAction>();

    private readonly EventLog _log;
    private readonly List<HandoverItem> _items = [];
    private readonly List<string> _nightEntries = [];
    private readonly Dictionary<string, NightEntryResolved> _resolutions = new(StringComparer.Ordinal);

    private ShiftHandover(string id)
    {
        _log = new EventLog(id, "handover");
        Outgoing = null!;
        Incoming = null!;
        OutgoingShift = null!;
        IncomingShift = null!;
        Items = _items.AsReadOnly();
    }

    private static Workflow<HandoverState, HandoverTrigger, HandoverAction, HandoverStep> Flow => ShiftHandoverWorkflow.Table;

    /// <summary>The handover's identifier.</summary>
    public string Id => _log.Id;

    /// <summary>The site.</summary>
    public SiteId Site => _log.Site;

    /// <summary>Where the handover is.</summary>
    public HandoverState State { get; private set; }

    /// <summary>The number of events; the version of the last.</summary>
    public int Version => _log.Version;

    /// <summary>When the latest event happened; a command dated earlier is rejected.</summary>
    public Instant LastEventAt => _log.LastEventAt;

    /// <summary>The handover's events in version order; a read-only view.</summary>
    public IReadOnlyList<DomainEvent> Events => _log.Events;

    /// <summary>The store's name for a shift handover stream (<see cref="Storage.StreamStatus.AggregateType"/>), for queries.</summary>
    public const string AggregateType = "shift-handover";

    /// <inheritdoc/>
    /// <remarks>The owner is the incoming person.</remarks>
    Storage.StreamStatus IEventSourced.Status => new(AggregateType, State.ToString(), Incoming.Id);

    /// <summary>The outgoing person, on duty until the handover completes (CS-20).</summary>
    public Actor Outgoing { get; private set; }

    /// <summary>The incoming person.</summary>
    public Actor Incoming { get; private set; }

    /// <summary>The outgoing shift's name.</summary>
    public string OutgoingShift { get; private set; }

    /// <summary>The incoming shift's name.</summary>
    public string IncomingShift { get; private set; }

    /// <summary>The date the incoming shift starts on.</summary>
    public LocalDate IncomingDate { get; private set; }

    /// <summary>When the incoming shift starts and the outgoing one ends.</summary>
    public Instant ShiftStartsAt { get; private set; }

    /// <summary>When the incoming person must be there to be on time (CS-16).</summary>
    public Instant ArriveBy { get; private set; }

    /// <summary>When the incoming person arrived, or null.</summary>
    public Instant? ArrivedAt { get; private set; }

    /// <summary>Whether the incoming person arrived after <see cref="ArriveBy"/> (CS-16); false before they arrive.</summary>
    public bool ArrivedLate { get; private set; }

    /// <summary>Whether the incoming person's absence at the shift start was reported (CS-20).</summary>
    public bool AbsenceReported { get; private set; }

    /// <summary>The items handed over (CS-17); empty before.</summary>
    public IReadOnlyList<HandoverItem> Items { get; }

    /// <summary>The night-log entries handed over that are neither converted nor carried over yet (CS-15).</summary>
    public IReadOnlyList<string> UnresolvedNightEntries => [.. _nightEntries.Where(e => !_resolutions.ContainsKey(e))];

    /// <summary>What became of each night-log entry resolved so far (CS-15), in the order resolved.</summary>
    public IReadOnlyList<NightEntryResolved> NightEntryResolutions => [.. _resolutions.Values];

    /// <summary>The tool count (CS-18), or null before the tools are counted.</summary>
    public ToolsCounted? ToolCount { get; private set; }

    /// <summary>The tools missing at the count and who answers for each (CS-10, CS-18); empty before the count.</summary>
    public IReadOnlyList<ToolLoss> ToolLosses => ToolCount?.Losses ?? [];

    /// <summary>How many times the incoming person rejected the post (CS-19).</summary>
    public int PostRejections { get; private set; }

    /// <summary>When the handover completed, or null.</summary>
    public Instant? CompletedAt { get; private set; }

    /// <summary>
    /// How long the outgoing person has stayed past the end of their shift (CS-20): up to completion, or up to
    /// <paramref name="asOf"/> while the handover is open; zero before the shift ends.
    /// </summary>
    /// <param name="asOf">The instant to measure to while the handover is open; ignored once it is complete.</param>
    /// <returns>The overtime, exact to the nanosecond.</returns>
    public Duration Overtime(Instant asOf)
    {
        var until = CompletedAt ?? asOf;
        return until > ShiftStartsAt ? until - ShiftStartsAt : Duration.Zero;
    }

    /// <summary>
    /// Schedules the handover between <paramref name="outgoing"/> on <paramref name="outgoingShift"/> and
    /// <paramref name="incoming"/> on <paramref name="incomingShift"/>, the shift that starts when the outgoing one ends.
    /// The CS-16 target starts: the incoming person is due <see cref="ShiftHandoverOptions.ArriveBefore"/> before the shift.
    /// </summary>
    /// <param name="id">The handover's identifier.</param>
    /// <param name="outgoingShift">The ending shift, from the site's <see cref="DutyRoster"/>.</param>
    /// <param name="outgoing">The person handing over; on <paramref name="outgoingShift"/>.</param>
    /// <param name="incomingShift">The starting shift; it must start when <paramref name="outgoingShift"/> ends.</param>
    /// <param name="incoming">The person taking over; on <paramref name="incomingShift"/>, not <paramref name="outgoing"/>.</param>
    /// <param name="actor">Who schedules it: the outgoing or incoming person, or a service-center supervisor or manager of the site.</param>
    /// <param name="at">When it is scheduled.</param>
    /// <param name="options">The site's handover options, or null for the defaults.</param>
    /// <returns>The handover and its <see cref="HandoverScheduled"/>, or a rejection.</returns>
    /// <exception cref="ArgumentNullException">An argument other than <paramref name="options"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/> is blank, or <paramref name="options"/> are invalid.</exception>
    public static Result<Created<ShiftHandover>> Schedule(
        string id, Shift outgoingShift, Actor outgoing, Shift incomingShift, Actor incoming, Actor actor, Instant at, ShiftHandoverOptions? options = null)
    {
        Preconditions.CheckNotBlank(id);
        Preconditions.CheckNotNull(outgoingShift);
        Preconditions.CheckNotNull(outgoing);
        Preconditions.CheckNotNull(incomingShift);
        Preconditions.CheckNotNull(incoming);
        Preconditions.CheckNotNull(actor);
        options ??= new ShiftHandoverOptions();
        options.Validate();
        if (CheckParties(actor, outgoing, incoming) is { } rejection)
        {
            return rejection;
        }

        // CS-16: the handover is at the change from one shift to the next, between the people on them.
        if (incomingShift.Start != outgoingShift.End || incomingShift.Interval.Duration == Duration.Zero)
        {
            return Rejection.Localized(
                NotConsecutive, "CS-16", "IncomingShift", "Handover.NotConsecutive", incomingShift.Name, incomingShift.Date, outgoingShift.Name, outgoingShift.Date, outgoingShift.End);
        }

        if (!outgoingShift.IsOnDuty(outgoing))
        {
            return Rejection.Localized(NotOnShift, "CS-16", "Outgoing", "Handover.NotOnShift", outgoing.DisplayName, outgoingShift.Name, outgoingShift.Date);
        }

        if (!incomingShift.IsOnDuty(incoming))
        {
            return Rejection.Localized(NotOnShift, "CS-16", "Incoming", "Handover.NotOnShift", incoming.DisplayName, incomingShift.Name, incomingShift.Date);
        }

        var scheduled = new HandoverScheduled(
            id, 1, at, actor, actor.Site, outgoingShift.Name, outgoingShift.Date, outgoing, incomingShift.Name, incomingShift.Date, incoming,
            incomingShift.Start, incomingShift.Start - options.ArriveBefore);
        var handover = new ShiftHandover(id);
        handover.Apply(scheduled);
        return new Created<ShiftHandover>(handover, new DomainEvent[] { scheduled });
    }

    /// <summary>
    /// Rebuilds a handover from its events, replaying each through the workflow: one <see cref="HandoverScheduled"/>
    /// first, then each event a step the workflow permits from the state before it, by the event's actor, with the
    /// arguments its command would have accepted; versions 1, 2, 3, ...; times never going backwards.
    /// </summary>
    /// <param name="events">The handover's events, in version order.</param>
    /// <returns>The handover as of its last event.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="events"/> is null.</exception>
    /// <exception cref="InvalidHistoryException">The events are not a history the commands could have recorded.</exception>
    public static ShiftHandover FromEvents(IEnumerable<DomainEvent> events)
    {
        Preconditions.CheckNotNull(events);
        ShiftHandover? handover = null;
        foreach (var e in events)
        {
            if (handover is null)
            {
                handover = Start(e);
            }
            else
            {
                handover.Replay(e);
            }
        }

        return handover ?? throw new InvalidHistoryException(null, 0, "a shift handover has at least one event.");
    }

    /// <summary>The handover workflow as a Mermaid state diagram, guard descriptions on the transitions.</summary>
    /// <returns>The diagram's Mermaid text.</returns>
    public static string MermaidGraph() => Flow.ToMermaid();

    /// <summary>The handover workflow as a Graphviz DOT (UML) diagram, guard descriptions on the transitions.</summary>
    /// <returns>The diagram's DOT text.</returns>
    public static string DotGraph() => Flow.ToDot();

    /// <summary>The handover as text: who hands over to whom, and where it is.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        $"Handover {Id}: {Outgoing.DisplayName} ({OutgoingShift}) to {Incoming.DisplayName} ({IncomingShift} of {IncomingDate:yyyy-MM-dd}), {State}";

    // Scheduling is done by a party to the handover or the supervisor who runs the roster; all of one site.
    private static Rejection? CheckParties(Actor actor, Actor outgoing, Actor incoming)
    {
        if (outgoing.Site != actor.Site || incoming.Site != actor.Site)
        {
            var stranger = outgoing.Site != actor.Site ? outgoing : incoming;
            return Rejection.Localized(
                WrongSite, null, stranger == outgoing ? "Outgoing" : "Incoming", "Workflow.OtherSite", stranger.DisplayName, stranger.Site, LocalizedText.Noun("handover"), actor.Site);
        }

        if (outgoing.Equals(incoming))
        {
            return Rejection.Localized(NotOnShift, "CS-16", "Incoming", "Handover.SamePerson", outgoing.DisplayName);
        }

        return actor.Equals(outgoing) || actor.Equals(incoming) || actor.HasAnyRole(Role.ServiceSupervisor, Role.ServiceManager)
            ? null
            : Rejection.Localized(NotAParty, "CS-16", "Actor", "Handover.NotAPartyToSchedule", actor.DisplayName);
    }
}
