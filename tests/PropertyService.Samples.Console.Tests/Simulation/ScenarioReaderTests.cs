using System.Text.Json;
using System.Text.Json.Nodes;

namespace PropertyService.Samples.Console.Simulation;

/// <summary>A bad scenario is refused before anything runs, naming the step (0: the header) and the field at fault.</summary>
public class ScenarioReaderTests
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "scenarios");

    private static JsonObject Valid() =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(Folder, "leaking-tap.json")), documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip })!.AsObject();

    private static JsonObject Step(JsonObject scenario, int number) => scenario["steps"]![number - 1]!.AsObject();

    public static TheoryData<string, int, string, string> BadScenarios => new()
    {
        { "unknown header field", 0, "sites", "unknown field" },
        { "no site", 0, "site", "required" },
        { "bad time zone", 0, "timeZone", "not a time zone" },
        { "bad date", 0, "date", "not a date" },
        { "person without roles", 0, "people.wang.roles", "required" },
        { "resident role for staff", 0, "people.wang.roles", "not a staff role" },
        { "bad phone", 0, "residents.li.phone", "" },
        { "bad unit", 0, "residents.li.unit", "building-entrance-room" },
        { "unstaffed shift", 0, "roster.Night", "around the clock" },
        { "unknown shift", 0, "roster.Evening", "not a shift" },
        { "roster of a stranger", 0, "roster.Morning", "not one of the people" },
        { "missing policy file", 0, "policy", "does not exist" },
        { "tools not a list", 0, "tools", "array" },
        { "a tool not an object", 0, "tools[0]", "give an object" },
        { "a person not an object", 0, "people.zz", "give an object" },
        { "a resident not an object", 0, "residents.zz", "give an object" },
        { "a number in the roster", 0, "roster.Morning", "not one of the people" },
        { "steps out of order", 3, "at", "time order" },
        { "step before the day", 1, "at", "before" },
        { "step after the day", 10, "at", "after 08:30" },
        { "bad time", 2, "at", "HH:mm" },
        { "unknown person", 5, "by", "not one of the people" },
        { "unknown command", 2, "do", "not a command" },
        { "missing argument", 2, "ticket", "required" },
        { "unknown argument", 2, "colour", "takes no 'colour'" },
        { "bad choice", 1, "category", "is not one of" },
        { "unknown technician", 5, "technician", "not one of the people" },
        { "unknown resident", 1, "resident", "not one of the residents" },
        { "blank text", 1, "description", "non-blank" },
        { "items not a list", 1, "items", "array of non-blank strings" },
        { "bad appointment", 1, "appointment", "HH:mm" },
        { "quote line without labour", 7, "lines[0].labour", "required" },
        { "negative quote line", 7, "lines[0].material", "negative" },
        { "unknown field of a quote line", 7, "lines[0].colour", "unknown field" },
        { "bad handover item kind", 7, "items[0].kind", "is not one of" },
    };

    [Theory]
    [MemberData(nameof(BadScenarios))]
    public void A_bad_scenario_names_the_step_and_field_at_fault(string bad, int step, string field, string reason)
    {
        var scenario = Valid();
        Break(scenario, bad);

        var error = Assert.Throws<ScenarioException>(() => ScenarioReader.Parse(scenario.ToJsonString(), Folder));

        Assert.Equal((step, field), (error.Step, error.Field));
        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
        Assert.StartsWith(step == 0 ? $"Scenario field '{field}'" : $"Step {step}, field '{field}'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Files_and_JSON_that_cannot_be_read_are_refused_too()
    {
        Assert.Equal("file", Assert.Throws<ScenarioException>(() => ScenarioReader.ReadFile(Path.Combine(Folder, "no-such.json"))).Field);
        Assert.Contains("line 1", Assert.Throws<ScenarioException>(() => ScenarioReader.Parse("{ \"site\": ", Folder)).Message, StringComparison.Ordinal);
        Assert.Equal("file", Assert.Throws<ScenarioException>(() => ScenarioReader.Parse("[]", Folder)).Field);
    }

    [Fact]
    public void Every_shipped_scenario_reads()
    {
        foreach (var file in Directory.GetFiles(Folder, "*.json").Where(f => !Path.GetFileName(f).StartsWith("policy-", StringComparison.Ordinal)))
        {
            Assert.NotEmpty(ScenarioReader.ReadFile(file).Steps);
        }
    }

    [Fact]
    public async Task Simulate_refuses_a_bad_file_with_exit_code_2_and_the_step_and_field()
    {
        var scenario = Valid();
        Break(scenario, "unknown technician");
        using var file = new TempFile();
        await File.WriteAllTextAsync(file.Path, scenario.ToJsonString());

        var run = await CliRun.RunAsync("simulate", file.Path);

        Assert.Equal(Cli.ExitCodes.Usage, run.ExitCode);
        Assert.Contains("Step 5, field 'technician': 'wu' is not one of the people.", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Store check", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Simulate_prints_the_timeline_and_report_of_a_shipped_scenario_as_text_or_JSON()
    {
        var text = await CliRun.RunAsync("simulate", Path.Combine(Folder, "leaking-tap.json"), "--lang", "en");
        var json = await CliRun.RunAsync("simulate", Path.Combine(Folder, "leaking-tap.json"), "--lang", "en", "--format", "json");

        Assert.Equal(0, text.ExitCode);
        Assert.Contains("logs a repair RT-0001", text.Output, StringComparison.Ordinal);
        Assert.StartsWith("Store check: intact: 1 streams, 9 events", text.Lines[^1], StringComparison.Ordinal);
        using var document = JsonDocument.Parse(json.Output);
        Assert.Equal("RT-0001", document.RootElement.GetProperty("timeline")[0].GetProperty("who").GetString() is "王小明" ? "RT-0001" : null);
        Assert.True(document.RootElement.GetProperty("storeCheck").GetProperty("isIntact").GetBoolean());
    }

    private static void Break(JsonObject scenario, string how)
    {
        switch (how)
        {
            case "unknown header field": scenario["sites"] = "x"; break;
            case "no site": scenario.Remove("site"); break;
            case "bad time zone": scenario["timeZone"] = "Mars/Olympus"; break;
            case "bad date": scenario["date"] = "2026-13-01"; break;
            case "person without roles": scenario["people"]!["wang"]!.AsObject().Remove("roles"); break;
            case "resident role for staff": scenario["people"]!["wang"]!["roles"] = new JsonArray("Resident"); break;
            case "bad phone": scenario["residents"]!["li"]!["phone"] = "12345"; break;
            case "bad unit": scenario["residents"]!["li"]!["unit"] = "3--1201"; break;
            case "unstaffed shift": scenario["roster"]!.AsObject().Remove("Night"); break;
            case "unknown shift": scenario["roster"]!["Evening"] = new JsonArray("wang"); break;
            case "roster of a stranger": scenario["roster"]!["Morning"] = new JsonArray("nobody"); break;
            case "missing policy file": scenario["policy"] = "no-such-policy.json"; break;
            case "tools not a list": scenario["tools"] = new JsonObject(); break;
            case "a tool not an object": scenario["tools"] = new JsonArray(1); break;
            case "a person not an object": scenario["people"]!["zz"] = 1; break;
            case "a resident not an object": scenario["residents"]!["zz"] = 1; break;
            case "a number in the roster": scenario["roster"]!["Morning"] = new JsonArray(7); break;
            case "steps out of order": Step(scenario, 3)["at"] = "08:59"; break;
            case "step before the day": Step(scenario, 1)["at"] = "08:00"; break;
            case "step after the day": Step(scenario, 10)["at"] = "+1 09:00"; break;
            case "bad time": Step(scenario, 2)["at"] = "9h02"; break;
            case "unknown person": Step(scenario, 5)["by"] = "ghost"; break;
            case "unknown command": Step(scenario, 2)["do"] = "repair.issue"; break;
            case "missing argument": Step(scenario, 2).Remove("ticket"); break;
            case "unknown argument": Step(scenario, 2)["colour"] = "red"; break;
            case "bad choice": Step(scenario, 1)["category"] = "Plumbing"; break;
            case "unknown technician": Step(scenario, 5)["technician"] = "wu"; break;
            case "unknown resident": Step(scenario, 1)["resident"] = "nobody"; break;
            case "blank text": Step(scenario, 1)["description"] = " "; break;
            case "items not a list": Step(scenario, 1)["items"] = "W-01"; break;
            case "bad appointment": Step(scenario, 1)["appointment"] = "noon"; break;
            case "quote line without labour":
                Step(scenario, 7)["do"] = "repair.assess";
                Step(scenario, 7).Remove("notes");
                Step(scenario, 7)["lines"] = new JsonArray(new JsonObject { ["description"] = "shelf" });
                break;
            case "negative quote line":
                Step(scenario, 7)["do"] = "repair.assess";
                Step(scenario, 7).Remove("notes");
                Step(scenario, 7)["lines"] = new JsonArray(new JsonObject { ["description"] = "shelf", ["labour"] = 10, ["material"] = -1 });
                break;
            case "unknown field of a quote line":
                Step(scenario, 7)["do"] = "repair.assess";
                Step(scenario, 7).Remove("notes");
                Step(scenario, 7)["lines"] = new JsonArray(new JsonObject { ["description"] = "shelf", ["labour"] = 10, ["colour"] = "red" });
                break;
            case "bad handover item kind":
                Step(scenario, 7)["do"] = "handover.hand-over";
                Step(scenario, 7).Remove("notes");
                Step(scenario, 7).Remove("ticket");
                Step(scenario, 7)["handover"] = "HO-1";
                Step(scenario, 7)["items"] = new JsonArray(new JsonObject { ["kind"] = "Parcel", ["description"] = "x" });
                break;
            default: throw new ArgumentException(how);
        }
    }
}
