using PropertyService.HelpRequests;
using PropertyService.Repairs;
using PropertyService.Samples.Console.Cli;
using PropertyService.Shifts;

namespace PropertyService.Samples.Console.Commands;

public class GraphCommandTests
{
    public static TheoryData<string, string[]> Workflows => new()
    {
        { "repair", ["Reported", "WorkOrderIssued", "OnSite", "WorkCompleted", "Closed", "Cancelled"] },
        { "help", ["AwaitingContact", "ContactRecorded", "InProgress", "AwaitingWrittenReply", "Handled"] },
        { "handover", ["AwaitingIncoming", "HandingOverItems", "CountingTools", "AwaitingInspection", "PostAccepted"] },
    };

    [Theory]
    [MemberData(nameof(Workflows))]
    public async Task Mermaid_is_the_default_and_shows_the_workflows_states(string workflow, string[] states)
    {
        var run = await CliRun.RunAsync("graph", workflow);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.StartsWith("stateDiagram-v2\n", run.Output, StringComparison.Ordinal);
        Assert.All(states, state => Assert.Contains(state, run.Output));
    }

    [Theory]
    [MemberData(nameof(Workflows))]
    public async Task Dot_draws_the_same_states_as_a_Graphviz_digraph(string workflow, string[] states)
    {
        var run = await CliRun.RunAsync("graph", workflow, "--format", "dot");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.StartsWith("digraph {", run.Output, StringComparison.Ordinal);
        Assert.EndsWith("}\n", run.Output.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.All(states, state => Assert.Contains($"\"{state}\"", run.Output));
    }

    [Theory]
    [InlineData("repair", "mermaid")]
    [InlineData("repair", "dot")]
    [InlineData("help", "mermaid")]
    [InlineData("help", "dot")]
    [InlineData("handover", "mermaid")]
    [InlineData("handover", "dot")]
    public async Task The_diagram_is_printed_exactly_as_the_library_draws_it(string workflow, string format)
    {
        var expected = (workflow, format) switch
        {
            ("repair", "mermaid") => RepairTicket.MermaidGraph(),
            ("repair", _) => RepairTicket.DotGraph(),
            ("help", "mermaid") => HelpRequest.MermaidGraph(),
            ("help", _) => HelpRequest.DotGraph(),
            (_, "mermaid") => ShiftHandover.MermaidGraph(),
            _ => ShiftHandover.DotGraph(),
        };

        var run = await CliRun.RunAsync("graph", workflow, "--format", format);

        Assert.Equal(expected.TrimEnd('\n'), run.Output.TrimEnd('\n'));
    }

    [Fact]
    public async Task Guards_with_brackets_are_not_taken_for_markup()
    {
        var run = await CliRun.RunAsync("graph", "handover");

        Assert.Contains("[only the incoming person records their own arrival]", run.Output);
    }

    [Theory]
    [InlineData("graph", "Required argument")]
    [InlineData("graph billing", "workflow: Argument 'billing' not recognized")]
    [InlineData("graph repair --format png", "--format: Argument 'png' not recognized")]
    public async Task An_unknown_workflow_or_format_exits_with_code_2(string args, string message)
    {
        var run = await CliRun.RunAsync(args.Split(' '));

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains(message, run.Error);
        Assert.Empty(run.Output);
    }
}
