using System.Text.RegularExpressions;

namespace PropertyService.Docs;

/// <summary>
/// Reads <c>docs/rules.md</c> and finds rule IDs in code, the same way <c>.ci/rules-index</c> does: an ID such as
/// <c>RP-12</c> anywhere in a file, or <c>RP12</c> as a part of a test name (<c>..._RP12()</c>).
/// </summary>
internal static partial class RulesDoc
{
    /// <summary>One rule's section: its ID, heading and the files it lists.</summary>
    internal sealed record Section(string RuleId, string Heading, string Body, IReadOnlyList<string> EnforcedIn, IReadOnlyList<string> TestedIn);

    internal static IReadOnlyList<Section> Parse(string markdown)
    {
        var sections = new List<Section>();
        var headings = Heading().Matches(markdown);
        for (var i = 0; i < headings.Count; i++)
        {
            var start = headings[i].Index + headings[i].Length;
            var end = i + 1 < headings.Count ? headings[i + 1].Index : markdown.Length;
            var body = markdown[start..end];
            var next = body.IndexOf("\n## ", StringComparison.Ordinal);
            body = next < 0 ? body : body[..next];
            sections.Add(new Section(headings[i].Groups["id"].Value, headings[i].Value.Trim(), body, Paths(body, "Enforced"), Paths(body, "Tested")));
        }

        return sections;
    }

    /// <summary>Every rule ID a file cites: <c>RP-12</c> anywhere, and <c>RP12</c> in the name of a test.</summary>
    internal static IEnumerable<string> CitedIds(string text) =>
        Cited().Matches(text).Select(m => m.Value).Concat(TestNameIds(text));

    /// <summary>The rule IDs carried by the names of the methods a file declares, as <c>RP-12</c>.</summary>
    internal static IEnumerable<string> TestNameIds(string text) =>
        from name in MethodName().Matches(text)
        from id in Compact().Matches(name.Groups["name"].Value)
        select $"{id.Groups["prefix"].Value}-{id.Groups["number"].Value}";

    /// <summary>Whether a file mentions a rule, as <c>RP-12</c> or in a test name as <c>RP12</c>.</summary>
    internal static bool Mentions(string text, string ruleId) =>
        Cited().Matches(text).Any(m => m.Value == ruleId) || TestNameIds(text).Contains(ruleId);

    /// <summary>
    /// What is wrong with the files the sections list: a file that does not exist, does not mention its rule, or
    /// lies outside <c>src/</c> (enforced) or <c>tests/</c> (tested).
    /// </summary>
    /// <param name="sections">The parsed doc.</param>
    /// <param name="read">The text of a file by its path relative to the repository root, or null when there is none.</param>
    internal static IReadOnlyList<string> Problems(IEnumerable<Section> sections, Func<string, string?> read)
    {
        var problems = new List<string>();
        foreach (var section in sections)
        {
            foreach (var (paths, folder) in new[] { (section.EnforcedIn, "src/"), (section.TestedIn, "tests/") })
            {
                foreach (var path in paths)
                {
                    var text = path.StartsWith(folder, StringComparison.Ordinal) ? read(path) : null;
                    if (!path.StartsWith(folder, StringComparison.Ordinal))
                    {
                        problems.Add($"{section.RuleId}: {path} is not under {folder}");
                    }
                    else if (text is null)
                    {
                        problems.Add($"{section.RuleId}: {path} does not exist");
                    }
                    else if (!Mentions(text, section.RuleId))
                    {
                        problems.Add($"{section.RuleId}: {path} does not mention it");
                    }
                }
            }
        }

        return problems;
    }

    private static string[] Paths(string body, string kind)
    {
        var line = body.Split('\n').FirstOrDefault(l => l.StartsWith($"- {kind} in:", StringComparison.Ordinal));
        return line is null ? [] : [.. Quoted().Matches(line).Select(m => m.Groups[1].Value)];
    }

    [GeneratedRegex(@"^### (?<id>(?:CS|RP|HR)-\d{2})\b.*$", RegexOptions.Multiline)]
    private static partial Regex Heading();

    [GeneratedRegex(@"(?<![A-Za-z0-9])(?:CS|RP|HR)-\d{2}(?!\d)")]
    private static partial Regex Cited();

    [GeneratedRegex(@"\b(?:void|bool|Property|Task)\s+(?<name>\w+)\s*\(")]
    private static partial Regex MethodName();

    [GeneratedRegex(@"(?:^|_)(?<prefix>CS|RP|HR)(?<number>\d{2})(?=_|$)")]
    private static partial Regex Compact();

    [GeneratedRegex("`([^`]+)`")]
    private static partial Regex Quoted();
}
