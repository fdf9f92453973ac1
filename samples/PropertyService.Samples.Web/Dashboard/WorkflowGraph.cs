using System.Text.RegularExpressions;

namespace PropertyService.Samples.Web.Dashboard;

/// <summary>
/// A workflow's states and transitions, read from the Mermaid state diagram the library draws from the workflow's own
/// transition table (<c>RepairTicket.MermaidGraph()</c>, which Stateless renders from <c>StateMachine.GetInfo()</c>), so
/// the dashboard's picture is always the live workflow, as the console's <c>graph</c> command prints it.
/// </summary>
public sealed partial class WorkflowGraph
{
    private WorkflowGraph(string? initial, IReadOnlyList<string> states, IReadOnlyList<WorkflowTransition> transitions)
    {
        Initial = initial;
        States = states;
        Transitions = transitions;
    }

    /// <summary>The state a new instance starts in (<c>[*] --&gt; X</c>), or null when the diagram names none.</summary>
    public string? Initial { get; }

    /// <summary>Every state, in the order the diagram first names it (the initial state first).</summary>
    public IReadOnlyList<string> States { get; }

    /// <summary>Every transition, in the diagram's order.</summary>
    public IReadOnlyList<WorkflowTransition> Transitions { get; }

    /// <summary>Reads a Mermaid <c>stateDiagram-v2</c> as Stateless writes it: lines <c>A --&gt; B : Trigger [guard] [guard]</c>
    /// and <c>[*] --&gt; Initial</c>; other lines are ignored.</summary>
    /// <param name="mermaid">The diagram.</param>
    /// <returns>The graph.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="mermaid"/> is null.</exception>
    public static WorkflowGraph Parse(string mermaid)
    {
        ArgumentNullException.ThrowIfNull(mermaid);
        string? initial = null;
        var states = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var transitions = new List<WorkflowTransition>();
        void Add(string state)
        {
            if (seen.Add(state))
            {
                states.Add(state);
            }
        }

        foreach (var raw in mermaid.Split('\n'))
        {
            var match = Line().Match(raw.Trim());
            if (!match.Success)
            {
                continue;
            }

            var from = match.Groups["from"].Value;
            var to = match.Groups["to"].Value;
            if (from == "[*]")
            {
                initial = to;
                continue;
            }

            Add(from);
            Add(to);
            var guards = Guard().Matches(match.Groups["guards"].Value).Select(m => m.Groups[1].Value.Trim()).ToArray();
            transitions.Add(new WorkflowTransition(from, to, match.Groups["trigger"].Value, guards));
        }

        if (initial is not null)
        {
            states.Remove(initial);
            states.Insert(0, initial);
        }

        return new WorkflowGraph(initial, states, transitions);
    }

    [GeneratedRegex(@"^(?<from>\[\*\]|\w+)\s*-->\s*(?<to>\w+)(?:\s*:\s*(?<trigger>\w+)(?<guards>.*))?$")]
    private static partial Regex Line();

    [GeneratedRegex(@"\[([^\]]*)\]")]
    private static partial Regex Guard();
}
