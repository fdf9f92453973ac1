using System.CommandLine;
using PropertyService.HelpRequests;
using PropertyService.Repairs;
using PropertyService.Samples.Console.Cli;
using PropertyService.Shifts;

namespace PropertyService.Samples.Console.Commands;

/// <summary>
/// <c>graph repair|help|handover [--format mermaid|dot]</c>: prints a workflow's state diagram as the library draws it
/// from the workflow's transition table, so it is always the live one.
/// </summary>
public sealed class GraphCommand : CliCommand
{
    /// <summary>The workflows, as typed on the command line.</summary>
    public static readonly string[] Workflows = ["repair", "help", "handover"];

    /// <summary>The diagram formats.</summary>
    public static readonly string[] DiagramFormats = ["mermaid", "dot"];

    private readonly Argument<string> _workflow = new("workflow")
    {
        Description = "The workflow: repair (repair tickets), help (help requests) or handover (shift handovers)",
        HelpName = "repair|help|handover",
    };

    private readonly Option<string> _format = new("--format")
    {
        Description = "The diagram's format: mermaid (a Mermaid state diagram) or dot (Graphviz)",
        HelpName = "mermaid|dot",
        DefaultValueFactory = _ => "mermaid",
    };

    /// <summary>Creates the command.</summary>
    public GraphCommand()
        : base("graph", "Print a workflow's state diagram (Mermaid or Graphviz DOT), with the guards on its transitions")
    {
        _workflow.AcceptOnlyFromAmong(Workflows);
        _format.AcceptOnlyFromAmong(DiagramFormats);
        Command.Arguments.Add(_workflow);
        Command.Options.Add(_format);
    }

    /// <inheritdoc/>
    /// <remarks>The command has its own <c>--format</c>.</remarks>
    public override IReadOnlyList<OutputFormat>? Formats => null;

    /// <summary>The diagram of <paramref name="workflow"/> in <paramref name="format"/>.</summary>
    /// <param name="workflow">One of <see cref="Workflows"/>.</param>
    /// <param name="format">One of <see cref="DiagramFormats"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">An unknown workflow or format.</exception>
    public static string Diagram(string workflow, string format) => (workflow, format) switch
    {
        ("repair", "mermaid") => RepairTicket.MermaidGraph(),
        ("repair", "dot") => RepairTicket.DotGraph(),
        ("help", "mermaid") => HelpRequest.MermaidGraph(),
        ("help", "dot") => HelpRequest.DotGraph(),
        ("handover", "mermaid") => ShiftHandover.MermaidGraph(),
        ("handover", "dot") => ShiftHandover.DotGraph(),
        _ => throw new ArgumentOutOfRangeException(nameof(workflow), $"No diagram for workflow '{workflow}' in format '{format}'."),
    };

    /// <inheritdoc/>
    public override Task<int> ExecuteAsync(CliInvocation invocation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(invocation);
        var diagram = Diagram(invocation.GetValue(_workflow)!, invocation.GetValue(_format)!);

        // Exactly as drawn: no markup, no wrapping, so it can be piped into mermaid-cli or dot.
        var output = invocation.Console.OutWriter;
        output.Write(diagram);
        if (!diagram.EndsWith('\n'))
        {
            output.WriteLine();
        }

        return Task.FromResult(ExitCodes.Success);
    }
}
