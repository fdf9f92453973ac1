namespace PropertyService.HelpRequests;

public class HelpRequestDiagramTests
{
    /// <summary>
    /// The Mermaid diagram matches the checked-in snapshot. After an intended change to the workflow, run the tests
    /// once with <c>UPDATE_SNAPSHOTS=1</c> and review the diff of <c>HelpRequestWorkflow.mmd</c>.
    /// </summary>
    [Fact]
    public void Mermaid_diagram_matches_the_checked_in_snapshot()
    {
        Snapshot.AssertMatches(HelpRequest.MermaidGraph(), "HelpRequests/HelpRequestWorkflow.mmd");
    }

    [Fact]
    public void Diagram_shows_every_state_and_the_guards_that_become_rejections()
    {
        var diagram = HelpRequest.MermaidGraph();

        Assert.StartsWith("stateDiagram-v2", diagram, StringComparison.Ordinal);
        Assert.All(Enum.GetNames<HelpRequestState>(), state => Assert.Contains(state, diagram));
        Assert.Contains("only the request's first-contact owner takes this step", diagram);
        Assert.Contains("never pretend to know", diagram);
    }
}
