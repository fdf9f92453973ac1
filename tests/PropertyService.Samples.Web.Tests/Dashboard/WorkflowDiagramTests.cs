using System.Xml.Linq;
using PropertyService.HelpRequests;
using PropertyService.Repairs;
using PropertyService.Samples.Web.Dashboard;
using PropertyService.Shifts;

namespace PropertyService.Samples.Web.Tests.Dashboard;

public sealed class WorkflowDiagramTests
{
    [Fact]
    public void The_graph_is_read_from_the_librarys_repair_diagram()
    {
        var graph = WorkflowGraph.Parse(RepairTicket.MermaidGraph());

        Assert.Equal(nameof(RepairState.Reported), graph.Initial);
        Assert.Equal(nameof(RepairState.Reported), graph.States[0]);
        Assert.Equal(Enum.GetNames<RepairState>().Order(), graph.States.Order());
        var accept = Assert.Single(graph.Transitions, t => t.From == "AwaitingResidentDecision" && t.To == "ReadyToAssign");
        Assert.Equal("AcceptQuote", accept.Trigger);
        Assert.Contains("the assessment is of the reported repair", accept.Guards);
        Assert.Empty(Assert.Single(graph.Transitions, t => t.From == "Reported" && t.To == "WorkOrderIssued").Guards);
    }

    [Fact]
    public void Every_workflow_state_has_a_Chinese_and_English_label()
    {
        foreach (var state in Enum.GetNames<RepairState>())
        {
            Assert.True(Labels.Has($"state.repair.{state}"), state);
        }

        foreach (var state in Enum.GetNames<HelpRequestState>())
        {
            Assert.True(Labels.Has($"state.help.{state}"), state);
        }

        foreach (var state in Enum.GetNames<HandoverState>())
        {
            Assert.True(Labels.Has($"state.handover.{state}"), state);
        }
    }

    [Fact]
    public void Layers_put_the_start_first_each_state_below_one_leading_there_and_final_states_last()
    {
        var graph = WorkflowGraph.Parse(RepairTicket.MermaidGraph());

        var layers = WorkflowDiagram.Layers(graph);

        Assert.Equal(0, layers["Reported"]);
        Assert.Equal(0, layers["LoggedAtNight"]); // nothing leads there: it is a second start
        Assert.Equal(1, layers["WorkOrderIssued"]);
        var last = layers.Values.Max();
        Assert.All(new[] { "Closed", "ClosedWithoutWork", "Cancelled" }, s => Assert.Equal(last, layers[s]));
        Assert.All(graph.States.Except(["Closed", "ClosedWithoutWork", "Cancelled"]), s => Assert.True(layers[s] < last, s));
    }

    [Theory]
    [InlineData("Reported")]
    [InlineData("OnSite")]
    [InlineData("Cancelled")]
    public void The_svg_marks_exactly_the_current_state(string current)
    {
        var html = new Html();

        WorkflowDiagram.Render(html, WorkflowGraph.Parse(RepairTicket.MermaidGraph()), current, s => s, "diagram");

        var svg = XElement.Parse(html.ToString());
        Assert.Equal(WorkflowDiagram.ElementId, svg.Attribute("id")?.Value);
        var marked = Assert.Single(svg.Descendants(), e => e.Attribute("data-current")?.Value == "true");
        Assert.Equal(current, marked.Attribute("data-state")?.Value);
        Assert.Equal("#1d4ed8", marked.Elements().Single(e => e.Name.LocalName == "rect").Attribute("fill")?.Value);
        var next = svg.Descendants().Where(e => e.Attribute("class")?.Value == "wf-edge wf-next").ToList();
        Assert.All(next, e => Assert.Equal(current, e.Attribute("data-from")?.Value));
        Assert.Equal(current == "Cancelled" ? 0 : 1, Math.Min(1, next.Count));
    }

    [Fact]
    public void Labels_are_encoded_in_the_svg()
    {
        var html = new Html();
        var graph = WorkflowGraph.Parse("stateDiagram-v2\n\tA --> B : Go [x < y & \"z\"]\n[*] --> A");

        WorkflowDiagram.Render(html, graph, "A", s => s + " <b>&", "t");

        var svg = XElement.Parse(html.ToString());
        Assert.Contains(svg.Descendants(), e => e.Name.LocalName == "text" && e.Value == "A <b>&");
        Assert.Contains(svg.Descendants(), e => e.Name.LocalName == "title" && e.Value == "Go [x < y & \"z\"]");
    }

    [Fact]
    public void The_help_request_and_handover_diagrams_draw_too()
    {
        foreach (var mermaid in new[] { HelpRequest.MermaidGraph(), ShiftHandover.MermaidGraph() })
        {
            var graph = WorkflowGraph.Parse(mermaid);
            var html = new Html();

            WorkflowDiagram.Render(html, graph, graph.States[0], s => s, "t");

            Assert.Equal(graph.States.Count, XElement.Parse(html.ToString()).Descendants().Count(e => e.Name.LocalName == "g" && e.Attribute("data-state") is not null));
        }
    }
}
