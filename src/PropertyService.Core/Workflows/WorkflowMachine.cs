using System.Runtime.CompilerServices;
using Stateless;
using Stateless.Graph;

namespace PropertyService.Workflows;

/// <summary>
/// A Stateless machine configured once from a workflow's transition table. Its state lives in this object for
/// the length of one <see cref="Fire"/>: the machine computes where a transition leads and never touches the
/// aggregate, which changes only by applying the command's events. Command input reaches the guards as the
/// trigger's parameter. Not thread-safe: each thread has its own (see <see cref="Workflow{TState, TTrigger, TAction, TContext}"/>).
/// </summary>
internal sealed class WorkflowMachine<TState, TTrigger, TContext>
    where TState : struct, Enum
    where TTrigger : struct, Enum
    where TContext : class
{
    private readonly StateMachine<TState, TTrigger> _machine;
    private readonly StateMachine<TState, TTrigger>.TriggerWithParameters<TContext>[] _triggers;
    private readonly TState _initial;
    private TState _state;

    internal WorkflowMachine(IEnumerable<WorkflowTransition<TState, TTrigger, TContext>> transitions, TState initial)
    {
        _initial = _state = initial;
        _machine = new StateMachine<TState, TTrigger>(() => _state, s => _state = s, FiringMode.Immediate);
        var triggers = Enum.GetValues<TTrigger>();
        _triggers = new StateMachine<TState, TTrigger>.TriggerWithParameters<TContext>[triggers.Length];
        foreach (var trigger in triggers)
        {
            _triggers[Index(trigger)] = _machine.SetTriggerParameters<TContext>(trigger);
        }

        foreach (var t in transitions)
        {
            var guards = Array.ConvertAll(t.Guards, g => Tuple.Create<Func<TContext, bool>, string>(g.Check, g.Description));
            var configuration = _machine.Configure(t.From);
            var trigger = _triggers[Index(t.Trigger)];
            if (EqualityComparer<TState>.Default.Equals(t.From, t.To))
            {
                configuration.PermitReentryIf(trigger, guards);
            }
            else
            {
                configuration.PermitIf(trigger, t.To, guards);
            }
        }

        // Final states appear on diagrams even though nothing leaves them.
        foreach (var state in Enum.GetValues<TState>())
        {
            _machine.Configure(state);
        }
    }

    /// <summary>Fires <paramref name="trigger"/> from <paramref name="from"/> and returns the destination.</summary>
    /// <exception cref="InvalidOperationException">No transition is permitted: the caller judged wrongly (a defect).</exception>
    internal TState Fire(TState from, TTrigger trigger, TContext context)
    {
        _state = from;
        _machine.Fire(_triggers[Index(trigger)], context);
        return _state;
    }

    internal string ToMermaid()
    {
        _state = _initial;
        return MermaidGraph.Format(_machine.GetInfo());
    }

    internal string ToDot()
    {
        _state = _initial;
        return UmlDotGraph.Format(_machine.GetInfo());
    }

    internal static int Index(TTrigger trigger) => Unsafe.As<TTrigger, int>(ref trigger);
}
