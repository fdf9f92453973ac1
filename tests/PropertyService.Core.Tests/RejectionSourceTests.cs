using System.Text.RegularExpressions;

namespace PropertyService;

/// <summary>
/// The library makes its rejections only from resource texts (<c>Rejection.Localized</c>), so no English-only message
/// can slip in: the public constructor, which keeps a fixed text, is for vendors' own rejections.
/// </summary>
public class RejectionSourceTests
{
    private static readonly string Source = Path.Combine(Repository.Root, "src", "PropertyService.Core");

    private static IEnumerable<(string File, string Text)> SourceFiles() =>
        Directory.EnumerateFiles(Source, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(f => (Repository.Relative(f), File.ReadAllText(f)));

    [Fact]
    public void No_source_file_but_Rejection_cs_constructs_a_rejection_with_a_fixed_message()
    {
        // "new Rejection(", and a target-typed "new(" returned or assigned as a Rejection.
        var fixedText = new Regex(@"new\s+Rejection\s*\(|Rejection\??\s+\w+(\s*\([^)]*\))?\s*(=>|=)\s*new\s*\(", RegexOptions.Singleline);
        var offenders = SourceFiles()
            .Where(f => f.File != "src/PropertyService.Core/Rejection.cs" && fixedText.IsMatch(f.Text))
            .Select(f => f.File)
            .ToList();

        Assert.True(SourceFiles().Count() > 100, "The scan found too few source files.");
        Assert.Empty(offenders);
    }

    [Fact]
    public void A_text_shown_as_written_is_only_data_or_the_kernel_s_words_of_an_untranslated_workflow()
    {
        var offenders = SourceFiles()
            .Where(f => f.Text.Contains("LocalizedText.AsWritten(", StringComparison.Ordinal)
                && f.File is not ("src/PropertyService.Core/Workflows/Workflow.cs" or "src/PropertyService.Core/Workflows/WorkflowGuard.cs"
                    // data: a vendor's own escalation text, a site's own SLA target name
                    or "src/PropertyService.Core/Escalation/EscalationReason.cs" or "src/PropertyService.Core/Sla/SlaTarget.cs"))
            .Select(f => f.File)
            .ToList();

        Assert.Empty(offenders);
    }
}
