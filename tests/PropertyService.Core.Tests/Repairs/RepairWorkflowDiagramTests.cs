using System.Runtime.CompilerServices;

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
        var actual = Normalize(RepairTicket.MermaidGraph());
        var path = SnapshotPath();
        if (Environment.GetEnvironmentVariable("UPDATE_SNAPSHOTS") == "1")
        {
            File.WriteAllText(path, actual);
        }

        Assert.Equal(Normalize(File.ReadAllText(path)), actual);
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

    private static string Normalize(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd() + "\n";

    // Beside this source file; CI builds map source paths (/_/...), so then look up from the test binaries.
    private static string SnapshotPath([CallerFilePath] string source = "")
    {
        var beside = Path.Combine(Path.GetDirectoryName(source)!, "RepairWorkflow.mmd");
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); !File.Exists(beside) && dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "Repairs", "RepairWorkflow.mmd");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return beside;
    }
}
