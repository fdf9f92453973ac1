namespace PropertyService.Shifts;

public class ShiftHandoverDiagramTests
{
    /// <summary>
    /// The Mermaid diagram matches the checked-in snapshot. After an intended change to the workflow, run the tests
    /// once with <c>UPDATE_SNAPSHOTS=1</c> and review the diff of <c>ShiftHandoverWorkflow.mmd</c>.
    /// </summary>
    [Fact]
    public void Mermaid_diagram_matches_the_checked_in_snapshot()
    {
        Snapshot.AssertMatches(ShiftHandover.MermaidGraph(), "Shifts/ShiftHandoverWorkflow.mmd");
    }

    [Fact]
    public void Diagram_shows_every_state_and_the_guards_that_become_rejections_CS15_to_CS20()
    {
        var diagram = ShiftHandover.MermaidGraph();

        Assert.StartsWith("stateDiagram-v2", diagram, StringComparison.Ordinal);
        Assert.All(Enum.GetNames<HandoverState>(), state => Assert.Contains(state, diagram));
        Assert.Contains("only the incoming person records their own arrival", diagram);
        Assert.Contains("every night-log entry handed over is turned into a record or carried over", diagram);
    }
}
