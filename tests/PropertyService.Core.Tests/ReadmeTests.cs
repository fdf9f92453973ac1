namespace PropertyService;

/// <summary>The README's embedding example is an excerpt of the console sample, so it cannot rot.</summary>
public class ReadmeTests
{
    [Fact]
    public void Every_line_of_the_embedding_example_is_in_the_console_sample()
    {
        var root = Repository.Root;
        var readme = File.ReadAllText(Path.Combine(root, "README.md"));
        var sample = File.ReadAllLines(Path.Combine(root, "samples", "PropertyService.Samples.Console", "Program.cs"))
            .Select(line => line.Trim())
            .ToHashSet(StringComparer.Ordinal);

        var start = readme.IndexOf("```csharp", StringComparison.Ordinal);
        Assert.True(start >= 0, "README.md has no C# example.");
        var end = readme.IndexOf("```", start + 9, StringComparison.Ordinal);
        var lines = readme[(start + 9)..end].Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();

        Assert.NotEmpty(lines);
        Assert.All(lines, line => Assert.Contains(line, sample));
    }

    [Fact]
    public void The_readme_quick_start_runs_the_sample_and_the_tests_that_ci_runs()
    {
        var root = Repository.Root;
        var readme = File.ReadAllText(Path.Combine(root, "README.md"));
        var ci = File.ReadAllText(Path.Combine(root, ".ci", "run"));
        const string testCommand = "dotnet test PropertyService.Core.sln -c Release";

        Assert.Contains("dotnet run --project samples/PropertyService.Samples.Console", readme);
        Assert.Contains(testCommand, readme);
        Assert.Contains(testCommand, ci);
    }
}
