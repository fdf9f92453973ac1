using NodaTime;

namespace PropertyService.Workflows;

/// <summary>The kernel on a small workflow of its own: a door that is opened by its keeper and locked by a guard.</summary>
public class WorkflowTests
{
    internal enum DoorState { Closed, Open, Locked }

    internal enum DoorTrigger { Open, Close, Lock, LockFromOpen }

    internal enum DoorAction { Open, Close, Lock }

    internal sealed class Door
    {
        public Actor? Keeper { get; init; }

        public bool Sturdy { get; init; } = true;
    }

    internal sealed class DoorStep(Door door, Actor actor)
    {
        public Door Door { get; } = door;

        public Actor Actor { get; } = actor;

        public bool Loud { get; init; }
    }

    private static readonly SiteId Site = new("S1");
    private static readonly Actor Keeper = new("K", "Keeper", Site, Role.Officer);
    private static readonly Actor Other = new("O", "Other", Site, Role.Officer);
    private static readonly Actor Manager = new("M", "Manager", Site, Role.ServiceManager);
    private static readonly Actor Technician = new("T", "Tech", Site, Role.Technician);

    private static readonly WorkflowGuard<DoorStep> IsKeeper = new(1, "door.not-keeper", "CS-11", "Actor", "the actor keeps the door", null, s => s.Actor.Equals(s.Door.Keeper));
    private static readonly WorkflowGuard<DoorStep> IsSturdy = new(0, "door.flimsy", "CS-18", null, "the door is sturdy", null, s => s.Door.Sturdy);
    private static readonly WorkflowGuard<DoorStep> IsQuiet = new(2, "door.loud", null, "Loud", "the door is closed quietly", null, s => !s.Loud, onReplay: false);

    private static readonly Workflow<DoorState, DoorTrigger, DoorAction, DoorStep> Flow = new(
        new WorkflowCodes("door", "door.other-site", "door.too-early", "door.role", "door.not-now"),
        DoorState.Closed,
        [
            new(DoorState.Closed, DoorTrigger.Open, DoorState.Open, IsKeeper),
            new(DoorState.Open, DoorTrigger.Close, DoorState.Closed, IsQuiet),
            new(DoorState.Closed, DoorTrigger.Lock, DoorState.Locked, IsKeeper, IsSturdy),
            new(DoorState.Open, DoorTrigger.LockFromOpen, DoorState.Open, IsKeeper),
        ],
        t => t switch
        {
            DoorTrigger.Open => DoorAction.Open,
            DoorTrigger.Close => DoorAction.Close,
            _ => DoorAction.Lock,
        },
        new Dictionary<DoorAction, ActionRule>
        {
            [DoorAction.Open] = new([Role.Officer], "CS-11"),
            [DoorAction.Close] = new([], null),
            [DoorAction.Lock] = new([Role.Officer, Role.ServiceSupervisor], "CS-18"),
        },
        new Dictionary<DoorState, PendingStep>
        {
            [DoorState.Closed] = new("CS-11", "the keeper must open it first"),
            [DoorState.Open] = new("CS-19", "it must be closed first", "door.close-first"),
            [DoorState.Locked] = new(null, "the door is locked"),
        });

    private static DoorStep Step(Actor actor, Door? door = null, bool loud = false) => new(door ?? new Door { Keeper = Keeper }, actor) { Loud = loud };

    [Fact]
    public void Checks_site_then_time_then_role()
    {
        var at = Instant.FromUtc(2026, 1, 1, 0, 0);
        var foreign = new Actor("F", "Foreigner", new SiteId("S2"), Role.Technician);
        var r = Flow.CheckActor(Site, at, foreign, at - Duration.FromSeconds(1), DoorAction.Open)!;
        Assert.Equal(("door.other-site", "Actor", "Foreigner belongs to site S2, but the door is at site S1."), (r.Code, r.Field, r.Message));

        r = Flow.CheckActor(Site, at, Technician, at - Duration.FromSeconds(1), DoorAction.Open)!;
        Assert.Equal(("door.too-early", "At"), (r.Code, r.Field));
        Assert.Equal($"The time {at - Duration.FromSeconds(1)} is before the door's last recorded event at {at}; the record is kept in time order.", r.Message);

        r = Flow.CheckActor(Site, at, Technician, at, DoorAction.Open)!;
        Assert.Equal(("door.role", "CS-11", "Actor", "Open is for Officer; Tech holds Technician."), (r.Code, r.RuleId, r.Field, r.Message));
        Assert.Null(Flow.CheckActor(Site, at, Keeper, at, DoorAction.Open));
        Assert.Null(Flow.CheckActor(Site, at, Technician, at, DoorAction.Close));
    }

    [Fact]
    public void A_service_manager_may_do_what_a_service_supervisor_may()
    {
        Assert.Null(Flow.CheckRole(Manager, DoorAction.Lock));
        Assert.Equal("Lock is for Officer or ServiceSupervisor or ServiceManager; Tech holds Technician.", Flow.CheckRole(Technician, DoorAction.Lock)!.Message);
        Assert.NotNull(Flow.CheckRole(Manager, DoorAction.Open));
    }

    [Fact]
    public void Guards_report_the_failing_guard_of_highest_priority()
    {
        Assert.Null(Flow.Judge(DoorState.Closed, DoorTrigger.Open, Step(Keeper)));
        var r = Flow.Judge(DoorState.Closed, DoorTrigger.Lock, Step(Other, new Door { Keeper = Keeper, Sturdy = false }))!;
        Assert.Equal(("door.flimsy", "CS-18", null, "The door is sturdy."), (r.Code, r.RuleId, r.Field, r.Message));
        r = Flow.Judge(DoorState.Closed, DoorTrigger.Lock, Step(Other))!;
        Assert.Equal(("door.not-keeper", "The actor keeps the door."), (r.Code, r.Message));
        Assert.Same(r, Flow.Judge(DoorState.Closed, DoorTrigger.Lock, Step(Other)));
    }

    [Fact]
    public void A_refusal_because_of_the_state_cites_the_pending_step()
    {
        var r = Flow.Judge(DoorState.Open, DoorTrigger.Open, Step(Keeper))!;
        Assert.Equal(("door.close-first", "CS-19", "Open is not possible while the door is Open: it must be closed first."), (r.Code, r.RuleId, r.Message));
        r = Flow.Judge(DoorState.Locked, DoorTrigger.Close, Step(Keeper))!;
        Assert.Equal(("door.not-now", null, "Close is not possible while the door is Locked: the door is locked."), (r.Code, r.RuleId, r.Message));
        Assert.Same(Flow.NotNow(DoorState.Closed, DoorAction.Close), Flow.Judge(DoorState.Closed, DoorTrigger.Close, Step(Keeper)));
    }

    [Fact]
    public void An_action_is_permitted_when_any_of_its_triggers_is_and_otherwise_says_the_guard()
    {
        Assert.Null(Flow.JudgeAction(DoorState.Open, DoorAction.Lock, Step(Keeper)));
        Assert.Equal("door.not-keeper", Flow.JudgeAction(DoorState.Open, DoorAction.Lock, Step(Other))!.Code);
        Assert.Equal("door.not-now", Flow.JudgeAction(DoorState.Locked, DoorAction.Lock, Step(Keeper))!.Code);
        Assert.Equal("door.flimsy", Flow.JudgeAction(DoorState.Closed, DoorAction.Lock, Step(Keeper, new Door { Keeper = Keeper, Sturdy = false }))!.Code);
    }

    [Fact]
    public void Firing_returns_the_destination_and_passes_input_to_the_guards()
    {
        Assert.Equal(DoorState.Open, Flow.Fire(DoorState.Closed, DoorTrigger.Open, Step(Keeper)));
        Assert.Equal(DoorState.Closed, Flow.Fire(DoorState.Open, DoorTrigger.Close, Step(Other)));
        Assert.Equal(DoorState.Open, Flow.Fire(DoorState.Open, DoorTrigger.LockFromOpen, Step(Keeper)));
        Assert.Equal("door.loud", Flow.Judge(DoorState.Open, DoorTrigger.Close, Step(Other, loud: true))!.Code);
        Assert.Throws<InvalidOperationException>(() => Flow.Fire(DoorState.Open, DoorTrigger.Close, Step(Other, loud: true)));
        Assert.Throws<InvalidOperationException>(() => Flow.Fire(DoorState.Locked, DoorTrigger.Open, Step(Keeper)));
    }

    [Fact]
    public void Replay_finds_where_a_recorded_trigger_leads_skipping_input_guards()
    {
        Assert.Null(Flow.CheckReplay(DoorState.Closed, DoorTrigger.Open, Step(Keeper), out var to));
        Assert.Equal(DoorState.Open, to);
        Assert.Null(Flow.CheckReplay(DoorState.Open, DoorTrigger.Close, Step(Other, loud: true), out to));
        Assert.Equal(DoorState.Closed, to);
        Assert.Equal("Open from Closed requires that the actor keeps the door.", Flow.CheckReplay(DoorState.Closed, DoorTrigger.Open, Step(Other), out _));
        Assert.Equal("Open is not possible while the door is Locked: the door is locked.", Flow.CheckReplay(DoorState.Locked, DoorTrigger.Open, Step(Keeper), out to));
        Assert.Equal(DoorState.Locked, to);
    }

    [Fact]
    public void Diagrams_show_every_state_and_the_guards()
    {
        var mermaid = Flow.ToMermaid();
        Assert.Contains("Closed --> Locked : Lock [the actor keeps the door] [the door is sturdy]", mermaid);
        Assert.Contains("[*] --> Closed", mermaid);
        Flow.Fire(DoorState.Closed, DoorTrigger.Open, Step(Keeper));
        Assert.Equal(mermaid, Flow.ToMermaid());
        Assert.Contains("digraph", Flow.ToDot());
    }

    [Fact]
    public void A_table_without_a_role_or_pending_row_is_refused()
    {
        Assert.Throws<ArgumentException>(() => new Workflow<DoorState, DoorTrigger, DoorAction, DoorStep>(
            Flow.Codes, DoorState.Closed, [], t => DoorAction.Open, new Dictionary<DoorAction, ActionRule>(), new Dictionary<DoorState, PendingStep>()));
    }
}
