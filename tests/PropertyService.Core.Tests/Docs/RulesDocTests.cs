namespace PropertyService.Docs;

/// <summary><c>docs/rules.md</c> lists every rule the code cites, and every file it lists cites its rule.</summary>
public class RulesDocTests
{
    // Test names in sample text are spelled with these, so that the sample does not cite rules in this file.
    private const string Rp = "RP";
    private const string Hr = "HR";

    private static readonly string[] CodeFolders = ["src", "tests"];
    private static readonly string[] TextExtensions = [".cs", ".txt", ".md", ".mmd"];
    private static readonly Lazy<string> Doc = new(() => File.ReadAllText(Path.Combine(Repository.Root, "docs", "rules.md")));

    [Fact]
    public void Every_rule_ID_cited_in_src_or_tests_has_a_section_in_the_rules_doc()
    {
        var documented = RulesDoc.Parse(Doc.Value).Select(s => s.RuleId).ToHashSet(StringComparer.Ordinal);

        var missing = CodeFiles()
            .SelectMany(file => RulesDoc.CitedIds(File.ReadAllText(file)).Select(id => (id, file: Repository.Relative(file))))
            .Where(c => !documented.Contains(c.id))
            .Select(c => $"{c.id} (cited in {c.file})")
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.True(missing.Count == 0, $"docs/rules.md has no section for {string.Join(", ", missing)}.");
    }

    [Fact]
    public void Every_file_the_rules_doc_lists_exists_and_mentions_its_rule()
    {
        var problems = RulesDoc.Problems(RulesDoc.Parse(Doc.Value), ReadRepositoryFile);

        Assert.True(problems.Count == 0, string.Join("\n", problems) + "\nRun .ci/rules-index --update to refresh the lists.");
    }

    [Fact]
    public void Every_rule_section_quotes_its_article_and_says_where_it_is_enforced_and_tested()
    {
        var sections = RulesDoc.Parse(Doc.Value);

        Assert.Equal(36, sections.Count);
        Assert.Equal(sections.Count, sections.Select(s => s.RuleId).Distinct().Count());
        Assert.All(sections, s =>
        {
            Assert.Matches(@"^### (CS|RP|HR)-\d{2} · \S+ 第[一二三四五六七八九十]+条$", s.Heading);
            Assert.Matches(@"\n> \p{IsCJKUnifiedIdeographs}", s.Body);
            Assert.Matches(@"\n- Enforced in: (`src/|not yet implemented|no source file cites it)", s.Body);
            Assert.Matches(@"\n- Tested in: (`tests/|not yet implemented|no test name carries it yet)", s.Body);
        });
    }

    [Fact]
    public void A_listed_file_that_is_missing_misplaced_or_silent_about_its_rule_is_reported()
    {
        const string doc = """
            ## Regulation

            ### RP-12 · 物业业主报修管理制度 第十二条

            > 原文

            - Enforced in: `src/A.cs`, `src/B.cs`, `tests/D.cs`
            - Tested in: `tests/C.cs`, `tests/E.cs`

            ## Next regulation
            """;
        var files = new Dictionary<string, string>
        {
            ["src/A.cs"] = "// RP-12: arrival is due ten minutes after collection",
            ["src/B.cs"] = "// RP-120, RP-1 and XRP-12 are other things",
            ["tests/D.cs"] = "// RP-12",
            ["tests/E.cs"] = $"public void Arrival_is_due_after_collection_{Rp}12() {{ }}",
        };

        var problems = RulesDoc.Problems(RulesDoc.Parse(doc), files.GetValueOrDefault);

        Assert.Equal(
            ["RP-12: src/B.cs does not mention it", "RP-12: tests/D.cs is not under src/", "RP-12: tests/C.cs does not exist"],
            problems);
    }

    [Fact]
    public void Rule_IDs_are_found_in_text_and_in_test_names()
    {
        var unknown = $"RP-{99}";
        var text = $$"""
            // {{unknown}} and HR-07, not HR-7 or HR-070
            public void Address_comes_first_{{Hr}}07_{{Rp}}09() { }
            private static bool Helper_HR08x() => true;
            """;

        Assert.Equal([unknown, "HR-07", "HR-07", "RP-09"], RulesDoc.CitedIds(text));
        Assert.DoesNotContain(unknown, RulesDoc.Parse(Doc.Value).Select(s => s.RuleId));
    }

    private static IEnumerable<string> CodeFiles() =>
        from folder in CodeFolders
        from file in Directory.EnumerateFiles(Path.Combine(Repository.Root, folder), "*", SearchOption.AllDirectories)
        let relative = Repository.Relative(file)
        where TextExtensions.Contains(Path.GetExtension(file), StringComparer.OrdinalIgnoreCase)
              && !relative.Split('/').Any(part => part is "bin" or "obj")
        select file;

    private static string? ReadRepositoryFile(string relativePath)
    {
        var path = Path.Combine(Repository.Root, relativePath);
        return File.Exists(path) ? File.ReadAllText(path) : null;
    }
}
