namespace PropertyService;

/// <summary>The README: its embedding example runs, and its quick start runs what CI runs.</summary>
public class ReadmeTests
{
    /// <summary>
    /// The README's embedding example is a complete program: compiled here as a user's project would compile it
    /// (implicit usings of a console app) and run, so it cannot rot.
    /// </summary>
    [Fact]
    [Trait("Speed", "Slow")]
    public void The_embedding_example_is_a_complete_program_that_compiles_and_runs()
    {
        var readme = File.ReadAllText(Path.Combine(Repository.Root, "README.md"));
        var start = readme.IndexOf("```csharp", StringComparison.Ordinal);
        Assert.True(start >= 0, "README.md has no C# example.");
        var end = readme.IndexOf("```", start + 9, StringComparison.Ordinal);
        var program = readme[(start + 9)..end];

        var output = CompileAndRun(program);

        Assert.Contains("Work order issued in triplicate (RP-09)", output);
        Assert.Contains("REFUSED An officer tries to sign for the resident: [RP-16] repair.role-not-allowed", output);
        Assert.Contains("RT-0001 is Closed after 9 events; the resident owes ¥25.00.", output);
        Assert.Contains("Reloaded: Closed, version 9.", output);
        Assert.DoesNotContain("REFUSED Follow-up", output);
    }

    private static string CompileAndRun(string program)
    {
        const string implicitUsings = "global using System; global using System.Collections.Generic; global using System.IO; global using System.Linq; global using System.Threading.Tasks;";
        var trusted = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
        var references = trusted
            .Concat([typeof(Repairs.RepairTicket).Assembly.Location, typeof(NodaTime.Instant).Assembly.Location])
            .Distinct()
            .Select(path => Microsoft.CodeAnalysis.MetadataReference.CreateFromFile(path));
        var compilation = Microsoft.CodeAnalysis.CSharp.CSharpCompilation.Create(
            "ReadmeExample",
            [Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText(implicitUsings), Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText(program)],
            references,
            new Microsoft.CodeAnalysis.CSharp.CSharpCompilationOptions(Microsoft.CodeAnalysis.OutputKind.ConsoleApplication, nullableContextOptions: Microsoft.CodeAnalysis.NullableContextOptions.Enable));
        using var image = new MemoryStream();
        var emitted = compilation.Emit(image);
        var problems = emitted.Diagnostics.Where(d => d.Severity >= Microsoft.CodeAnalysis.DiagnosticSeverity.Warning).Select(d => d.ToString()).ToList();
        Assert.True(emitted.Success && problems.Count == 0, string.Join(Environment.NewLine, problems));

        var assembly = System.Reflection.Assembly.Load(image.ToArray());
        var output = new StringWriter();
        var previous = Console.Out;
        Console.SetOut(output);
        try
        {
            assembly.EntryPoint!.Invoke(null, [Array.Empty<string>()]);
        }
        finally
        {
            Console.SetOut(previous);
        }

        return output.ToString();
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
