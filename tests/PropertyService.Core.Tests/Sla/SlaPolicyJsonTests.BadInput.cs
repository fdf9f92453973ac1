namespace PropertyService.Sla;

/// <summary>Bad policy files are refused whole, with a message naming the target and the field.</summary>
public partial class SlaPolicyJsonTests
{
    private static string Changes(string target, string changes) => $$"""{ "name": "x", "targets": { "{{target}}": {{changes}} } }""";

    [Theory]
    [InlineData("RP-12 arrival", """{ "workingTime": "PT0S" }""", "workingTime", "must be positive")]
    [InlineData("RP-12 arrival", """{ "workingTime": "-PT5M" }""", "workingTime", "must be positive")]
    [InlineData("RP-12 arrival", """{ "workingTime": "PT-5M" }""", "workingTime", "must be positive")]
    [InlineData("RP-12 arrival", """{ "workingTime": "PT1H-60M" }""", "workingTime", "must be positive")]
    [InlineData("RP-12 arrival", """{ "workingTime": "15 minutes" }""", "workingTime", "ISO-8601")]
    [InlineData("RP-12 arrival", """{ "workingTime": "pt15m" }""", "workingTime", "ISO-8601")]
    [InlineData("RP-12 arrival", """{ "workingTime": "PT" }""", "workingTime", "ISO-8601")]
    [InlineData("RP-12 arrival", """{ "workingTime": "0:15:00" }""", "workingTime", "ISO-8601")]
    [InlineData("RP-12 arrival", """{ "workingTime": 15 }""", "workingTime", "ISO-8601")]
    [InlineData("RP-12 arrival", """{ "workingTime": null }""", "workingTime", "ISO-8601")]
    [InlineData("RP-12 arrival", """{ "workingTime": "P2D" }""", "workingTime", "days")]
    [InlineData("RP-12 arrival", """{ "workingTime": "P1W" }""", "workingTime", "days")]
    [InlineData("RP-12 arrival", """{ "workingTime": "P1M" }""", "workingTime", "days")]
    [InlineData("RP-12 arrival", """{ "workingTime": "P1DT1H" }""", "workingTime", "days")]
    [InlineData("RP-12 arrival", """{ "workingTime": "PT2700000H" }""", "workingTime", "300 years")]
    [InlineData("RP-12 arrival", """{ "workingTime": "PT1000000000000H" }""", "workingTime", "300 years")]
    [InlineData("RP-12 arrival", """{ "workingTime": "PT5M", "calendar": "" }""", "calendar", "must not be blank")]
    [InlineData("RP-12 arrival", """{ "workingTime": "PT5M", "calendar": 3 }""", "calendar", "must be a string")]
    [InlineData("RP-12 arrival", """{ "calendar": "office" }""", "calendar", "needs \"workingTime\" or \"businessDays\"")]
    [InlineData("HR-09 written reply", """{ "businessDays": 2 }""", "calendar", "is required with \"businessDays\"")]
    [InlineData("HR-09 written reply", """{ "businessDays": 0, "calendar": "office" }""", "businessDays", "at least 1")]
    [InlineData("HR-09 written reply", """{ "businessDays": -1, "calendar": "office" }""", "businessDays", "at least 1")]
    [InlineData("HR-09 written reply", """{ "businessDays": 1.5, "calendar": "office" }""", "businessDays", "whole number")]
    [InlineData("HR-09 written reply", """{ "businessDays": "2", "calendar": "office" }""", "businessDays", "whole number")]
    [InlineData("HR-09 written reply", """{ "workingTime": "PT48H", "businessDays": 2, "calendar": "office" }""", "businessDays", "not both")]
    [InlineData("RP-12 arrival", """{ "offset": "-PT5M" }""", "offset", "does not fit this target")]
    [InlineData("RP-13 arrival before appointment", """{ "workingTime": "PT5M" }""", "workingTime", "does not fit this target")]
    [InlineData("RP-13 arrival before appointment", """{ "businessDays": 1, "calendar": "office" }""", "businessDays", "does not fit this target")]
    [InlineData("CS-16 arrive before shift", """{ "offset": "-PT5M", "calendar": "office" }""", "calendar", "does not fit this target")]
    [InlineData("RP-13 arrival before appointment", """{ "offset": "-P1D" }""", "offset", "days")]
    [InlineData("RP-13 arrival before appointment", """{ "offset": -5 }""", "offset", "ISO-8601")]
    [InlineData("RP-13 arrival before appointment", """{ "offset": "--PT5M" }""", "offset", "ISO-8601")]
    [InlineData("RP-13 arrival before appointment", """{ "offset": "-PT2700000H" }""", "offset", "300 years")]
    [InlineData("RP-14 assessment", """{ "warningThreshold": 0 }""", "warningThreshold", "greater than 0 and less than 1")]
    [InlineData("RP-14 assessment", """{ "warningThreshold": 1 }""", "warningThreshold", "greater than 0 and less than 1")]
    [InlineData("RP-14 assessment", """{ "warningThreshold": 1.5 }""", "warningThreshold", "greater than 0 and less than 1")]
    [InlineData("RP-14 assessment", """{ "warningThreshold": -0.25 }""", "warningThreshold", "greater than 0 and less than 1")]
    [InlineData("RP-14 assessment", """{ "warningThreshold": "0.5" }""", "warningThreshold", "greater than 0 and less than 1")]
    [InlineData("RP-14 assessment", """{ "warningThreshold": null }""", "warningThreshold", "greater than 0 and less than 1")]
    [InlineData("RP-14 assessment", """{ "enabled": "no" }""", "enabled", "must be true or false")]
    [InlineData("RP-14 assessment", """{ "enabled": 0 }""", "enabled", "must be true or false")]
    [InlineData("RP-14 assessment", """{ "enabled": false, "workingTime": "PT5M" }""", "enabled", "drops the target")]
    [InlineData("RP-14 assessment", """{ "workingTime": "PT5M", "enabled": false }""", "enabled", "drops the target")]
    [InlineData("RP-14 assessment", """{ "enabled": true }""", "enabled", "changes nothing")]
    [InlineData("RP-14 assessment", """{ "workingtime": "PT5M" }""", "workingtime", "is not a known field")]
    [InlineData("RP-14 assessment", """{ "deadline": "PT5M" }""", "deadline", "is not a known field")]
    [InlineData("RP-14 assessment", """{ "workingTime": "PT5M", "workingTime": "PT6M" }""", "workingTime", "appears more than once")]
    public void Invalid_target_changes_are_refused_naming_the_target_and_field(string target, string changes, string field, string problem)
    {
        var error = LoadFails(Changes(target, changes));

        Assert.Equal((target, field), (error.Target, error.Field));
        Assert.StartsWith($"SLA policy file, target \"{target}\", field \"{field}\": ", error.Message);
        Assert.Contains(problem, error.Message);
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("{ }")]
    public void A_target_entry_that_changes_nothing_is_refused_naming_the_target(string changes)
    {
        var error = LoadFails(Changes("RP-14 assessment", changes));

        Assert.Equal(("RP-14 assessment", (string?)null), (error.Target, error.Field));
        Assert.Equal(
            "SLA policy file, target \"RP-14 assessment\": changes nothing; give one or more of workingTime, businessDays, calendar, offset, warningThreshold, enabled.",
            error.Message);
    }

    [Theory]
    [InlineData("5", "a number")]
    [InlineData("\"PT5M\"", "a string")]
    [InlineData("[]", "an array")]
    [InlineData("false", "a boolean")]
    [InlineData("null", "null")]
    public void A_target_entry_that_is_not_an_object_is_refused_naming_the_target(string changes, string kind)
    {
        var error = LoadFails(Changes("RP-14 assessment", changes));

        Assert.Equal(("RP-14 assessment", (string?)null), (error.Target, error.Field));
        Assert.Equal($"SLA policy file, target \"RP-14 assessment\": must be a JSON object of changes, but was {kind}.", error.Message);
    }

    [Theory]
    [InlineData("""{ "targets": { "RP-12 arrival": { "workingTime": "PT8M" } } }""", "name", "is required (the name of the policy the file makes)")]
    [InlineData("""{ "name": 3, "warningThreshold": 0.5 }""", "name", "must be a string, but was a number")]
    [InlineData("""{ "name": null, "warningThreshold": 0.5 }""", "name", "must be a string, but was null")]
    [InlineData("""{ "name": " ", "warningThreshold": 0.5 }""", "name", "must not be blank")]
    [InlineData("""{ "name": "x", "warningThreshold": 1 }""", "warningThreshold",
        "must be a number greater than 0 and less than 1 (the fraction of the target after which a warning is due, such as 0.75), but was 1")]
    [InlineData("""{ "name": "x", "warningThreshold": 0 }""", "warningThreshold",
        "must be a number greater than 0 and less than 1 (the fraction of the target after which a warning is due, such as 0.75), but was 0")]
    [InlineData("""{ "name": "x", "warningThreshold": "75%" }""", "warningThreshold",
        "must be a number greater than 0 and less than 1 (the fraction of the target after which a warning is due, such as 0.75), but was \"75%\"")]
    [InlineData("""{ "name": "x" }""", "targets", "names no target and \"warningThreshold\" is not given, so the file changes nothing")]
    [InlineData("""{ "name": "x", "targets": {} }""", "targets", "names no target and \"warningThreshold\" is not given, so the file changes nothing")]
    [InlineData("""{ "name": "x", "targets": [] }""", "targets", "must be an object whose properties are target names, but was an array")]
    [InlineData("""{ "name": "x", "targets": null }""", "targets", "must be an object whose properties are target names, but was null")]
    [InlineData("""{ "name": "x", "warningThreshold": 0.5, "version": 2 }""", "version", "is not a known field; known fields are name, warningThreshold, targets")]
    [InlineData("""{ "name": "x", "Name": "y", "warningThreshold": 0.5 }""", "Name", "is not a known field; known fields are name, warningThreshold, targets")]
    [InlineData("""{ "name": "x", "warningThreshold": 0.5, "name": "y" }""", "name", "appears more than once; each field may appear once")]
    public void Invalid_policy_fields_are_refused_naming_the_field(string json, string field, string problem)
    {
        var error = LoadFails(json);

        Assert.Equal(((string?)null, field), (error.Target, error.Field));
        Assert.Equal($"SLA policy file, field \"{field}\": {problem}.", error.Message);
    }

    [Fact]
    public void An_unknown_target_is_refused_naming_it_and_listing_the_targets()
    {
        var error = LoadFails(Changes("RP-12 arival", """{ "workingTime": "PT8M" }"""));

        Assert.Equal(("RP-12 arival", "targets"), (error.Target, error.Field));
        Assert.Equal(
            "SLA policy file, field \"targets\": \"RP-12 arival\" is not a target of policy \"default\"; its targets are RP-09 work order, "
            + "RP-09 notify engineering, RP-12 arrival, RP-13 arrival before appointment, RP-14 assessment, HR-04 answer after escalation, "
            + "HR-09 written reply, CS-16 arrive before shift.",
            error.Message);
    }

    [Fact]
    public void Target_names_are_matched_exactly()
    {
        Assert.Equal("rp-12 arrival", LoadFails(Changes("rp-12 arrival", """{ "workingTime": "PT8M" }""")).Target);
        Assert.Equal("RP-12 arrival ", LoadFails(Changes("RP-12 arrival ", """{ "workingTime": "PT8M" }""")).Target);
        Assert.Contains("\"RP\\u000A12\" is not a target", LoadFails(Changes("RP\\n12", """{ "workingTime": "PT8M" }""")).Message);
    }

    [Fact]
    public void A_target_named_twice_is_refused()
    {
        var error = LoadFails("""{ "name": "x", "targets": { "RP-12 arrival": { "workingTime": "PT8M" }, "RP-12 arrival": { "workingTime": "PT9M" } } }""");

        Assert.Equal(("RP-12 arrival", "targets"), (error.Target, error.Field));
        Assert.Equal("SLA policy file, field \"targets\": \"RP-12 arrival\" appears more than once; each target may appear once.", error.Message);
    }

    [Theory]
    [InlineData("RP-12 arrival", """{ "offset": "-PT5M" }""", "offset",
        "does not fit this target: its deadline is 10 min working time (24/7), not at an instant its start event carries; change it with \"workingTime\" or \"businessDays\"")]
    [InlineData("RP-13 arrival before appointment", """{ "workingTime": "PT5M" }""", "workingTime",
        "does not fit this target: its deadline is at the instant its start event carries (carried instant − 5 min); change it with \"offset\"")]
    [InlineData("RP-12 arrival", """{ "workingTime": "P2D" }""", "workingTime",
        "must count hours, minutes and seconds only (such as \"PT48H\"), but \"P2D\" counts days, weeks, months or years; for business days use \"businessDays\"")]
    [InlineData("RP-12 arrival", """{ "workingTime": "10" }""", "workingTime", "must be an ISO-8601 duration such as \"PT15M\", but was \"10\"")]
    [InlineData("RP-12 arrival", """{ "workingTime": "PT0M" }""", "workingTime", "must be positive, but was \"PT0M\"")]
    [InlineData("RP-12 arrival", """{ "workingTime": "PT2700000H" }""", "workingTime",
        "must be shorter than 300 years (the span a business calendar supports), but was \"PT2700000H\"")]
    [InlineData("HR-09 written reply", """{ "businessDays": 2 }""", "calendar", "is required with \"businessDays\" (the business calendar whose days count)")]
    [InlineData("HR-09 written reply", """{ "calendar": "office" }""", "calendar", "needs \"workingTime\" or \"businessDays\": a new deadline is given whole")]
    [InlineData("HR-09 written reply", """{ "workingTime": "PT1H", "businessDays": 2 }""", "businessDays",
        "cannot be given with \"workingTime\": a deadline is working time or business days, not both")]
    [InlineData("HR-09 written reply", """{ "businessDays": 0.5, "calendar": "office" }""", "businessDays", "must be a whole number of at least 1, but was 0.5")]
    [InlineData("RP-14 assessment", """{ "enabled": false, "warningThreshold": 0.5 }""", "enabled",
        "is false, which drops the target, so no other change may be given (found \"warningThreshold\")")]
    [InlineData("RP-14 assessment", """{ "enabled": true }""", "enabled", "is true and nothing else is given, so the entry changes nothing")]
    [InlineData("RP-14 assessment", """{ "warningThreshold": 1 }""", "warningThreshold",
        "must be a number greater than 0 and less than 1 (the fraction of the target after which a warning is due, such as 0.75), but was 1")]
    [InlineData("RP-14 assessment", """{ "workingTime": "PT5M", "wokingTime": "PT5M" }""", "wokingTime",
        "is not a known field; known fields are workingTime, businessDays, calendar, offset, warningThreshold, enabled")]
    public void Target_problems_have_exact_messages(string target, string changes, string field, string problem) =>
        Assert.Equal($"SLA policy file, target \"{target}\", field \"{field}\": {problem}.", LoadFails(Changes(target, changes)).Message);

    [Theory]
    [InlineData("[]", "An SLA policy file must be a JSON object, but the file holds an array.")]
    [InlineData("7", "An SLA policy file must be a JSON object, but the file holds a number.")]
    [InlineData("\"x\"", "An SLA policy file must be a JSON object, but the file holds a string.")]
    public void A_file_that_is_not_an_object_is_refused(string json, string message)
    {
        var error = LoadFails(json);

        Assert.Equal(message, error.Message);
        Assert.Equal(((string?)null, (string?)null), (error.Target, error.Field));
    }

    [Theory]
    [InlineData("")]
    [InlineData("{ \"name\": \"x\", ")]
    [InlineData("{ \"name\": 'x' }")]
    public void Malformed_json_is_refused(string json) =>
        Assert.StartsWith("The SLA policy file is not well-formed JSON (line 1, byte ", LoadFails(json).Message);

    [Fact]
    public void Malformed_json_names_the_line_and_byte()
    {
        var error = LoadFails("{\n  \"name\": \"x\",\n  \"targets\": [ } ");

        Assert.StartsWith("The SLA policy file is not well-formed JSON (line 3, byte 16): ", error.Message);
        Assert.IsAssignableFrom<System.Text.Json.JsonException>(error.InnerException);
        Assert.Equal(((string?)null, (string?)null), (error.Target, error.Field));
    }

    [Fact]
    public void Malformed_json_from_a_stream_names_the_line_and_byte()
    {
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes("{\n  \"name\": \"x\",\n  \"targets\": [ } "));
        var error = Assert.Throws<SlaPolicyFormatException>(() => SlaPolicyJson.Load(stream));

        Assert.StartsWith("The SLA policy file is not well-formed JSON (line 3, byte ", error.Message);
    }
}
