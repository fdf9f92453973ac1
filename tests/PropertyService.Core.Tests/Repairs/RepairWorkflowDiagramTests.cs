namespace PropertyService.Repairs;

public class RepairWorkflowDiagramTests
{
    /// <summary>
    /// The Mermaid diagram of the live machine is snapshot-tested: a change to the workflow shows up as a
    /// diff of <c>RepairWorkflow.mmd</c>. Set <c>UPDATE_SNAPSHOTS=1</c> to accept a deliberate change.
    /// </summary>
    [Fact]
    public void Mermaid_diagram_matches_the_snapshot()
    {
        Snapshot.AssertMatches(RepairTicket.MermaidGraph(), "Repairs/RepairWorkflow.mmd");
    }

    [Fact]
    public void Diagrams_show_the_guards_that_become_rejection_messages()
    {
        var mermaid = RepairTicket.MermaidGraph();
        Assert.Contains("stateDiagram-v2", mermaid);
        Assert.Contains("the actor is the technician assigned to the ticket", mermaid);
        Assert.Contains("any resident-supplied materials were checked and found qualified", mermaid);

        var dot = RepairTicket.DotGraph();
        Assert.Contains("digraph", dot);
        foreach (var state in Enum.GetNames<RepairState>())
        {
            Assert.Contains(state, mermaid);
            Assert.Contains(state, dot);
        }
    }
}
