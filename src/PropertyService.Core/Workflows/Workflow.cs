using NodaTime;
using PropertyService.Utility;

namespace PropertyService.Workflows;

/// <summary>
/// The kernel every aggregate runs on: one transition table (from, trigger, to, guards), one role table, what
/// each state waits for, and one check order for every command: site → time → role → state and guards →
/// (the command's own arguments and outcome, checked by the aggregate) → commit. The same table judges
/// commands, replays histories (<c>CheckReplay</c>) and configures the Stateless machine that fires
/// transitions and draws diagrams.
/// </summary>
/// <typeparam name="TState">The workflow's states.</typeparam>
/// <typeparam name="TTrigger">The machine's triggers; an action with several outcomes has one trigger per outcome.</typeparam>
/// <typeparam name="TAction">The actions people take, as <c>PermittedActions</c> lists them.</typeparam>
/// <typeparam name="TContext">What guards read: the aggregate, the actor and the command's input; the trigger parameter.</typeparam>
/// <remarks>Immutable once built and shared by all threads; each thread fires its own configured machine.</remarks>
internal sealed class Workflow<TState, TTrigger, TAction, TContext>
    where TState : struct, Enum
    where TTrigger : struct, Enum
    where TAction : struct, Enum
    where TContext : class
{
    private readonly WorkflowTransition<TState, TTrigger, TContext>[] _transitions;
    private readonly WorkflowTransition<TState, TTrigger, TContext>[][] _byStateAndTrigger;
    private readonly TTrigger[][] _triggersOfAction;
    private readonly TAction[] _actionOfTrigger;
    private readonly ActionRule[] _roles;
    private readonly PendingStep[] _pending;
    private readonly Rejection[][] _notNow;
    private readonly LocalizedText _noun;
    private readonly int _triggerCount;
    private readonly TState _initial;
    private readonly ThreadLocal<WorkflowMachine<TState, TTrigger, TContext>> _machines;

    /// <param name="codes">Rejection codes and the aggregate's noun.</param>
    /// <param name="initial">The state diagrams start in.</param>
    /// <param name="transitions">The transition table.</param>
    /// <param name="actionOf">Which action each trigger belongs to.</param>
    /// <param name="roles">The role table, one row per action.</param>
    /// <param name="pending">What each state waits for.</param>
    internal Workflow(
        WorkflowCodes codes,
        TState initial,
        IEnumerable<WorkflowTransition<TState, TTrigger, TContext>> transitions,
        Func<TTrigger, TAction> actionOf,
        IReadOnlyDictionary<TAction, ActionRule> roles,
        IReadOnlyDictionary<TState, PendingStep> pending)
    {
        Codes = codes;
        _initial = initial;
        _transitions = [.. transitions];
        var states = Enum.GetValues<TState>();
        var triggers = Enum.GetValues<TTrigger>();
        var actions = Enum.GetValues<TAction>();
        _triggerCount = triggers.Length;

        _actionOfTrigger = Array.ConvertAll(triggers, t => actionOf(t));
        _triggersOfAction = Array.ConvertAll(actions, a => triggers.Where(t => EqualityComparer<TAction>.Default.Equals(actionOf(t), a)).ToArray());
        _roles = Array.ConvertAll(actions, a => roles.TryGetValue(a, out var rule) ? rule : throw new ArgumentException($"The role table has no row for {a}.", nameof(roles)));
        _pending = Array.ConvertAll(states, s => pending.TryGetValue(s, out var step) ? step : throw new ArgumentException($"No pending step for {s}.", nameof(pending)));

        _byStateAndTrigger = new WorkflowTransition<TState, TTrigger, TContext>[states.Length * triggers.Length][];
        foreach (var state in states)
        {
            foreach (var trigger in triggers)
            {
                _byStateAndTrigger[Cell(state, trigger)] = _transitions
                    .Where(t => EqualityComparer<TState>.Default.Equals(t.From, state) && EqualityComparer<TTrigger>.Default.Equals(t.Trigger, trigger))
                    .ToArray();
            }
        }

        // Refusals because of the state are built once: [state][action]. Building them reads every word's text, so a
        // missing one fails here, when the workflow is built.
        _noun = codes.Words is null ? LocalizedText.AsWritten(codes.Noun) : LocalizedText.Noun(codes.Noun);
        _notNow = Array.ConvertAll(states, s => Array.ConvertAll(actions, a => Rejection.Localized(
            _pending[Index(s)].Code ?? codes.NotAllowedNow,
            _pending[Index(s)].RuleId,
            null,
            "Workflow.NotNow",
            Word("Action", a),
            _noun,
            Word("State", s),
            Word("Pending", s, _pending[Index(s)].WhatFirst))));

        _machines = new ThreadLocal<WorkflowMachine<TState, TTrigger, TContext>>(() => new WorkflowMachine<TState, TTrigger, TContext>(_transitions, _initial));
    }

    internal WorkflowCodes Codes { get; }

    /// <summary>The transition table, in the order it was written.</summary>
    internal IReadOnlyList<WorkflowTransition<TState, TTrigger, TContext>> Transitions => _transitions;

    /// <summary>The action a trigger belongs to.</summary>
    internal TAction ActionOf(TTrigger trigger) => _actionOfTrigger[WorkflowMachine<TState, TTrigger, TContext>.Index(trigger)];

    /// <summary>The role-table row of an action.</summary>
    internal ActionRule RoleOf(TAction action) => _roles[Index(action)];

    /// <summary>What <paramref name="state"/> waits for.</summary>
    internal PendingStep PendingIn(TState state) => _pending[Index(state)];

    /// <summary>The first three checks of every command: site, then time, then role.</summary>
    internal Rejection? CheckActor(SiteId site, Instant lastEventAt, Actor actor, Instant at, TAction action) =>
        CheckSite(site, actor) ?? CheckTime(lastEventAt, at) ?? CheckRole(actor, action);

    /// <summary>The actor belongs to the aggregate's site.</summary>
    internal Rejection? CheckSite(SiteId site, Actor actor) => EventLog.CheckSite(Codes.OtherSite, _noun, site, actor);

    /// <summary>The record is kept in time order: nothing is dated before the aggregate's last event.</summary>
    internal Rejection? CheckTime(Instant lastEventAt, Instant at) => EventLog.CheckTime(Codes.TimeBeforeLastEvent, _noun, lastEventAt, at);

    /// <summary>The actor holds one of the action's roles.</summary>
    internal Rejection? CheckRole(Actor actor, TAction action)
    {
        var rule = _roles[Index(action)];
        return rule.Permits(actor)
            ? null
            : Rejection.Localized(
                Codes.RoleNotAllowed,
                rule.RuleId,
                "Actor",
                "Workflow.RoleNotAllowed",
                Word("Action", action),
                rule.Describe(),
                actor.DisplayName,
                LocalizedText.Join("Text.List", actor.Roles.Select(r => (object?)LocalizedText.Of(r))));
    }

    /// <summary>
    /// State and guards for one trigger: null when a transition from <paramref name="state"/> has all its guards
    /// holding; the refusal of the pending step when none leaves the state on it; otherwise the failing guard of
    /// highest priority.
    /// </summary>
    internal Rejection? Judge(TState state, TTrigger trigger, TContext context)
    {
        var transitions = _byStateAndTrigger[Cell(state, trigger)];
        if (transitions.Length == 0)
        {
            return NotNow(state, ActionOf(trigger));
        }

        WorkflowGuard<TContext>? failing = null;
        foreach (var transition in transitions)
        {
            var guard = transition.FirstFailing(context);
            if (guard is null)
            {
                return null;
            }

            if (failing is null || guard.Priority < failing.Priority)
            {
                failing = guard;
            }
        }

        return failing!.Rejection;
    }

    /// <summary>State and guards for an action: permitted when any of its triggers is.</summary>
    internal Rejection? JudgeAction(TState state, TAction action, TContext context)
    {
        Rejection? guardRejection = null;
        foreach (var trigger in _triggersOfAction[Index(action)])
        {
            if (_byStateAndTrigger[Cell(state, trigger)].Length == 0)
            {
                continue;
            }

            // A guard's reason says more than "not now": report the first one met.
            var rejection = Judge(state, trigger, context);
            if (rejection is null)
            {
                return null;
            }

            guardRejection ??= rejection;
        }

        return guardRejection ?? NotNow(state, action);
    }

    /// <summary>The refusal of <paramref name="action"/> because of <paramref name="state"/>: it cites the pending step's rule.</summary>
    internal Rejection NotNow(TState state, TAction action) => _notNow[Index(state)][Index(action)];

    /// <summary>Fires <paramref name="trigger"/> on this thread's machine; returns the destination state.</summary>
    /// <exception cref="InvalidOperationException">The trigger was not judged permitted first (a defect).</exception>
    internal TState Fire(TState from, TTrigger trigger, TContext context) => _machines.Value!.Fire(from, trigger, context);

    /// <summary>
    /// Whether a recorded event that fired <paramref name="trigger"/> could have led from <paramref name="before"/> to
    /// <paramref name="after"/>: a transition of the table does so and its replayable guards hold for the event's actor.
    /// </summary>
    /// <returns>Null when it could; otherwise why not, in words.</returns>
    internal string? CheckReplay(TState before, TTrigger trigger, TState after, TContext context)
    {
        var transitions = _byStateAndTrigger[Cell(before, trigger)];
        if (transitions.Length == 0)
        {
            return $"{trigger} is not possible while the {Codes.Noun} is {before}";
        }

        string? why = null;
        foreach (var transition in transitions)
        {
            if (!EqualityComparer<TState>.Default.Equals(transition.To, after))
            {
                why ??= $"{trigger} from {before} does not lead to {after}";
                continue;
            }

            var failing = transition.FirstFailing(context, replaying: true);
            if (failing is null)
            {
                return null;
            }

            why = $"{trigger} from {before} requires that {failing.Description}";
        }

        return why;
    }

    /// <summary>
    /// Where a recorded event that fired <paramref name="trigger"/> from <paramref name="before"/> leads: the first
    /// transition of the table for them whose replayable guards hold for the event's actor.
    /// </summary>
    /// <param name="before">The state before the event.</param>
    /// <param name="trigger">The trigger the event fired.</param>
    /// <param name="context">The aggregate as it was before the event, and the event's actor.</param>
    /// <param name="to">Where the transition leads.</param>
    /// <returns>Null when a transition is permitted; otherwise why not, in words.</returns>
    internal string? CheckReplay(TState before, TTrigger trigger, TContext context, out TState to)
    {
        to = before;
        var transitions = _byStateAndTrigger[Cell(before, trigger)];
        if (transitions.Length == 0)
        {
            return $"{ActionOf(trigger)} is not possible while the {Codes.Noun} is {before}: {_pending[Index(before)].WhatFirst}.";
        }

        string? why = null;
        foreach (var transition in transitions)
        {
            var failing = transition.FirstFailing(context, replaying: true);
            if (failing is null)
            {
                to = transition.To;
                return null;
            }

            why ??= $"{ActionOf(trigger)} from {before} requires that {failing.Description}.";
        }

        return why;
    }

    /// <summary>The workflow as a Mermaid state diagram.</summary>
    internal string ToMermaid() => _machines.Value!.ToMermaid();

    /// <summary>The workflow as a Graphviz DOT diagram.</summary>
    internal string ToDot() => _machines.Value!.ToDot();

    /// <summary>
    /// A word of a refusal: the resource <c>{Words}.{kind}.{value}</c> (<c>Repair.State.Reported</c>), or, for a workflow
    /// without translated words, <paramref name="asWritten"/> (the value's name when not given).
    /// </summary>
    private LocalizedText Word<TEnum>(string kind, TEnum value, string? asWritten = null)
        where TEnum : struct, Enum =>
        Codes.Words is null ? LocalizedText.AsWritten(asWritten ?? value.ToString()) : new LocalizedText($"{Codes.Words}.{kind}.{value}");

    private int Cell(TState state, TTrigger trigger) => (Index(state) * _triggerCount) + WorkflowMachine<TState, TTrigger, TContext>.Index(trigger);

    private static int Index<TEnum>(TEnum value)
        where TEnum : struct, Enum => System.Runtime.CompilerServices.Unsafe.As<TEnum, int>(ref value);
}
