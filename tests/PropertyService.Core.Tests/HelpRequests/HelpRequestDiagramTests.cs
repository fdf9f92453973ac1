using System.Runtime.CompilerServices;

namespace PropertyService.HelpRequests;

public class HelpRequestDiagramTests
{
    private const string SnapshotName = "HelpRequestWorkflow.mmd";

    /// <summary>
    /// The Mermaid diagram matches the checked-in snapshot. After an intended change to the workflow, run the tests
    /// once with <c>UPDATE_SNAPSHOTS=1</c> and review the diff of <c>HelpRequestWorkflow.mmd</c>.
    /// </summary>
    [Fact]
    public void Mermaid_diagram_matches_the_checked_in_snapshot()
    {
        var diagram = Normalize(HelpRequest.MermaidDiagram());
        var path = Path.Combine(SourceDirectory(), SnapshotName);
        if (Environment.GetEnvironmentVariable("UPDATE_SNAPSHOTS") == "1")
        {
            File.WriteAllText(path, diagram);
        }

        Assert.Equal(Normalize(File.ReadAllText(path)), diagram);
    }

    [Fact]
    public void Diagram_shows_every_state_and_the_guards_that_become_rejections()
    {
        var diagram = HelpRequest.MermaidDiagram();

        Assert.StartsWith("stateDiagram-v2", diagram, StringComparison.Ordinal);
        Assert.All(Enum.GetNames<HelpRequestState>(), state => Assert.Contains(state, diagram));
        Assert.Contains("only the request's first-contact owner takes this step", diagram);
        Assert.Contains("never pretend to know", diagram);
    }

    private static string Normalize(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd() + "\n";

    private static string SourceDirectory([CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;
}
