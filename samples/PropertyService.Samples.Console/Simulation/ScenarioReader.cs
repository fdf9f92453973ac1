using System.Text.Json;
using NodaTime;
using NodaTime.Text;
using PropertyService.Shifts;
using PropertyService.Sla;

namespace PropertyService.Samples.Console.Simulation;

/// <summary>
/// Reads a scenario file and checks all of it before anything runs: every problem is a <see cref="ScenarioException"/>
/// naming the step (0 for the header) and the field. The format is in <c>samples/PropertyService.Samples.Console/scenarios/README.md</c>.
/// </summary>
public static class ScenarioReader
{
    private static readonly string[] HeaderFields = ["title", "site", "timeZone", "date", "feeSchedule", "policy", "calendars", "people", "residents", "roster", "tools", "steps"];
    private static readonly string[] ShiftNames = [.. DutyRosterDefaults.Templates.Select(t => t.Name)];
    private static readonly LocalTimePattern TimePattern = LocalTimePattern.CreateWithInvariantCulture("HH:mm");

    // The fields of the objects in list arguments: quote lines (repair.assess) and handover items (handover.hand-over).
    private static readonly Dictionary<string, ArgSpec[]> ObjectFields = new(StringComparer.Ordinal)
    {
        ["lines"] = [new("description", ArgKind.Text), new("labour", ArgKind.Number), new("material", ArgKind.Number, false),
            new("payer", ArgKind.Choice, false, typeof(Fees.Payer)), new("item", ArgKind.Text, false)],
        ["items"] = [new("kind", ArgKind.Choice, Choices: typeof(HandoverItemKind)), new("reference", ArgKind.Text, false), new("description", ArgKind.Text),
            new("note", ArgKind.Text, false), new("major", ArgKind.Flag, false)],
    };

    /// <summary>Reads a scenario file; relative file names in it are taken from the file's folder.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The scenario.</returns>
    /// <exception cref="ScenarioException">The file cannot be read or is invalid.</exception>
    public static Scenario ReadFile(string path)
    {
        string json;
        try
        {
            json = File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException)
        {
            throw new ScenarioException(0, "file", $"cannot read {path}: {ex.Message}");
        }

        return Parse(json, Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".");
    }

    /// <summary>Reads a scenario from JSON text.</summary>
    /// <param name="json">The text.</param>
    /// <param name="folder">Where relative file names point to.</param>
    /// <returns>The scenario.</returns>
    /// <exception cref="ScenarioException">The scenario is invalid.</exception>
    public static Scenario Parse(string json, string folder)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException ex)
        {
            throw new ScenarioException(0, "file", $"not valid JSON at line {ex.LineNumber + 1}: {ex.Message}");
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new ScenarioException(0, "file", "the scenario is a JSON object.");
            }

            foreach (var property in root.EnumerateObject())
            {
                if (!HeaderFields.Contains(property.Name))
                {
                    throw new ScenarioException(0, property.Name, $"unknown field; the fields are {string.Join(", ", HeaderFields)}.");
                }
            }

            var site = new SiteId(Text(root, "site", 0) ?? throw Missing(0, "site"));
            var zoneId = Text(root, "timeZone", 0) ?? "Asia/Shanghai";
            var zone = DateTimeZoneProviders.Tzdb.GetZoneOrNull(zoneId) ?? throw new ScenarioException(0, "timeZone", $"'{zoneId}' is not a time zone (use an IANA id such as Asia/Shanghai).");
            var dateText = Text(root, "date", 0) ?? throw Missing(0, "date");
            var date = LocalDatePattern.Iso.Parse(dateText) is { Success: true } parsed ? parsed.Value : throw new ScenarioException(0, "date", $"'{dateText}' is not a date (yyyy-MM-dd).");
            var people = People(root, site);
            var residents = Residents(root, site);
            foreach (var key in residents.Keys.Where(people.ContainsKey))
            {
                throw new ScenarioException(0, $"residents.{key}", "the key is also a staff member's; keys name one person each.");
            }

            var roster = Roster(root, people);
            var tools = Tools(root);
            var start = date.At(new LocalTime(8, 30)).InZoneLeniently(zone).ToInstant();
            var header = new Scenario
            {
                Title = Text(root, "title", 0) ?? "Scenario",
                Site = site,
                Zone = zone,
                Date = date,
                People = people,
                Residents = residents,
                Roster = roster,
                Tools = tools,
                FeeScheduleFile = FileOf(root, "feeSchedule", folder),
                PolicyFile = FileOf(root, "policy", folder),
                Calendars = Calendars(root, folder),
                Steps = [],
            };
            header = header with { Policy = Policy(header.PolicyFile) };
            return header with { Steps = Steps(root, header, start) };
        }
    }

    /// <summary>Reads a time of the scenario's day: "HH:mm" on the day (from 08:30), "+1 HH:mm" the next day.</summary>
    internal static Instant? TimeOf(string text, LocalDate date, DateTimeZone zone)
    {
        var nextDay = text.StartsWith("+1 ", StringComparison.Ordinal);
        var parsed = TimePattern.Parse(nextDay ? text[3..] : text);
        return parsed.Success ? date.PlusDays(nextDay ? 1 : 0).At(parsed.Value).InZoneLeniently(zone).ToInstant() : null;
    }

    private static Dictionary<string, Actor> People(JsonElement root, SiteId site)
    {
        var people = new Dictionary<string, Actor>(StringComparer.Ordinal);
        if (!root.TryGetProperty("people", out var list) || list.ValueKind != JsonValueKind.Object)
        {
            throw new ScenarioException(0, "people", "give the staff as an object: key → { id, name, roles }.");
        }

        foreach (var person in list.EnumerateObject())
        {
            var field = $"people.{person.Name}";
            RequireObject(person.Value, field);
            var id = Text(person.Value, "id", 0, field) ?? throw Missing(0, $"{field}.id");
            var name = Text(person.Value, "name", 0, field) ?? throw Missing(0, $"{field}.name");
            if (!person.Value.TryGetProperty("roles", out var roles) || roles.ValueKind != JsonValueKind.Array || roles.GetArrayLength() == 0)
            {
                throw Missing(0, $"{field}.roles");
            }

            var parsed = new List<Role>();
            foreach (var role in roles.EnumerateArray())
            {
                parsed.Add(role.ValueKind == JsonValueKind.String && Enum.TryParse<Role>(role.GetString(), ignoreCase: true, out var r) && Enum.IsDefined(r) && r != Role.Resident
                    ? r
                    : throw new ScenarioException(0, $"{field}.roles", $"'{role}' is not a staff role ({string.Join(", ", Enum.GetNames<Role>().Where(n => n != nameof(Role.Resident)))})."));
            }

            people[person.Name] = new Actor(id, name, site, parsed);
        }

        return people;
    }

    private static Dictionary<string, ScenarioResident> Residents(JsonElement root, SiteId site)
    {
        var residents = new Dictionary<string, ScenarioResident>(StringComparer.Ordinal);
        if (!root.TryGetProperty("residents", out var list))
        {
            return residents;
        }

        RequireObject(list, "residents");
        foreach (var entry in list.EnumerateObject())
        {
            var field = $"residents.{entry.Name}";
            RequireObject(entry.Value, field);
            var name = Text(entry.Value, "name", 0, field) ?? throw Missing(0, $"{field}.name");
            var phoneText = Text(entry.Value, "phone", 0, field) ?? throw Missing(0, $"{field}.phone");
            if (!ContactPhone.TryParse(phoneText, out var phone, out var error))
            {
                throw new ScenarioException(0, $"{field}.phone", error ?? $"'{phoneText}' is not a phone number.");
            }

            var unitText = Text(entry.Value, "unit", 0, field) ?? throw Missing(0, $"{field}.unit");
            var parts = unitText.Split('-');
            var unit = parts.Length switch
            {
                2 when parts.All(p => p.Length > 0) => new UnitAddress(parts[0], null, parts[1]),
                3 when parts.All(p => p.Length > 0) => new UnitAddress(parts[0], parts[1], parts[2]),
                _ => throw new ScenarioException(0, $"{field}.unit", $"'{unitText}' is not building-entrance-room (3-2-1201) or building-room."),
            };
            var owner = !entry.Value.TryGetProperty("owner", out var o) || o.ValueKind != JsonValueKind.False;
            var id = $"R-{unitText}-{entry.Name}";
            residents[entry.Name] = new ScenarioResident(entry.Name, new Resident(name, phone, owner) { Id = id }, unit, new Actor(id, name, site, Role.Resident));
        }

        return residents;
    }

    private static Dictionary<string, IReadOnlyList<string>> Roster(JsonElement root, Dictionary<string, Actor> people)
    {
        if (!root.TryGetProperty("roster", out var roster) || roster.ValueKind != JsonValueKind.Object)
        {
            throw new ScenarioException(0, "roster", $"give who works each shift: {string.Join(", ", ShiftNames)} → [people].");
        }

        var shifts = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var shift in roster.EnumerateObject())
        {
            if (!ShiftNames.Contains(shift.Name))
            {
                throw new ScenarioException(0, $"roster.{shift.Name}", $"not a shift; the shifts are {string.Join(", ", ShiftNames)}.");
            }

            var keys = shift.Value.ValueKind == JsonValueKind.Array ? shift.Value.EnumerateArray().Select(k => k.ValueKind == JsonValueKind.String ? k.GetString()! : "").ToArray() : [];
            if (keys.Length == 0)
            {
                throw new ScenarioException(0, $"roster.{shift.Name}", "name at least one person.");
            }

            if (keys.FirstOrDefault(k => !people.ContainsKey(k)) is { } unknown)
            {
                throw new ScenarioException(0, $"roster.{shift.Name}", $"'{unknown}' is not one of the people.");
            }

            shifts[shift.Name] = keys;
        }

        foreach (var name in ShiftNames.Where(n => !shifts.ContainsKey(n)))
        {
            throw new ScenarioException(0, $"roster.{name}", "the service center is on duty around the clock (CS-11): staff every shift.");
        }

        return shifts;
    }

    private static List<Tool> Tools(JsonElement root)
    {
        var tools = new List<Tool>();
        if (!root.TryGetProperty("tools", out var list))
        {
            return tools;
        }

        if (list.ValueKind != JsonValueKind.Array)
        {
            throw new ScenarioException(0, "tools", "give the tools as an array of { code, name, price }.");
        }

        var i = 0;
        foreach (var tool in list.EnumerateArray())
        {
            var field = $"tools[{i++}]";
            RequireObject(tool, field);
            var code = Text(tool, "code", 0, field) ?? throw Missing(0, $"{field}.code");
            var name = Text(tool, "name", 0, field) ?? throw Missing(0, $"{field}.name");
            var price = tool.TryGetProperty("price", out var p) && p.ValueKind == JsonValueKind.Number && p.GetDecimal() >= 0
                ? p.GetDecimal()
                : throw new ScenarioException(0, $"{field}.price", "give the replacement price as a number, not negative.");
            tools.Add(new Tool(code, name, Money.Yuan(price)));
        }

        return tools;
    }

    private static List<ScenarioStep> Steps(JsonElement root, Scenario scenario, Instant start)
    {
        if (!root.TryGetProperty("steps", out var list) || list.ValueKind != JsonValueKind.Array)
        {
            throw new ScenarioException(0, "steps", "give the steps as an array.");
        }

        var steps = new List<ScenarioStep>();
        var last = start;
        var number = 0;
        foreach (var step in list.EnumerateArray())
        {
            number++;
            if (step.ValueKind != JsonValueKind.Object)
            {
                throw new ScenarioException(number, "step", "each step is an object: { at, by, do, ... }.");
            }

            var atText = Text(step, "at", number) ?? throw Missing(number, "at");
            var at = TimeOf(atText, scenario.Date, scenario.Zone) ?? throw new ScenarioException(number, "at", $"'{atText}' is not HH:mm or +1 HH:mm.");
            if (at < last)
            {
                throw new ScenarioException(number, "at", $"{atText} is before the previous step (or before 08:30, the day's start); steps go in time order.");
            }

            if (at > scenario.End)
            {
                throw new ScenarioException(number, "at", $"{atText} is after 08:30 the next morning, the day's end.");
            }

            last = at;
            var by = Text(step, "by", number) ?? throw Missing(number, "by");
            if (!scenario.People.ContainsKey(by) && !scenario.Residents.ContainsKey(by))
            {
                throw new ScenarioException(number, "by", $"'{by}' is not one of the people or residents.");
            }

            var name = Text(step, "do", number) ?? throw Missing(number, "do");
            if (!ScenarioCommands.All.TryGetValue(name, out var command))
            {
                throw new ScenarioException(number, "do", $"'{name}' is not a command; the commands are {string.Join(", ", ScenarioCommands.All.Keys)}.");
            }

            var args = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
            foreach (var property in step.EnumerateObject())
            {
                if (property.Name is "at" or "by" or "do")
                {
                    continue;
                }

                var spec = command.Args.FirstOrDefault(a => a.Name == property.Name)
                    ?? throw new ScenarioException(number, property.Name, $"{name} takes no '{property.Name}'; it takes {string.Join(", ", command.Args.Select(a => a.Name))}.");
                Check(number, spec, property.Value, scenario);
                args[property.Name] = property.Value.Clone();
            }

            foreach (var missing in command.Args.Where(a => a.Required && !args.ContainsKey(a.Name)))
            {
                throw Missing(number, missing.Name);
            }

            steps.Add(new ScenarioStep(number, at, by, name, args));
        }

        return steps;
    }

    private static void Check(int step, ArgSpec spec, JsonElement value, Scenario scenario)
    {
        string? Fails() => spec.Kind switch
        {
            ArgKind.Text => value.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(value.GetString()) ? null : "give a non-blank string.",
            ArgKind.Flag => value.ValueKind is JsonValueKind.True or JsonValueKind.False ? null : "give true or false.",
            ArgKind.Number => value.ValueKind == JsonValueKind.Number ? null : "give a number.",
            ArgKind.Choice => value.ValueKind == JsonValueKind.String && Enum.GetNames(spec.Choices!).Contains(value.GetString(), StringComparer.OrdinalIgnoreCase)
                ? null
                : $"'{value}' is not one of {string.Join(", ", Enum.GetNames(spec.Choices!))}.",
            ArgKind.Person => value.ValueKind == JsonValueKind.String && scenario.People.ContainsKey(value.GetString()!) ? null : $"'{value}' is not one of the people.",
            ArgKind.Resident => value.ValueKind == JsonValueKind.String && scenario.Residents.ContainsKey(value.GetString()!) ? null : $"'{value}' is not one of the residents.",
            ArgKind.Time => value.ValueKind == JsonValueKind.String && TimeOf(value.GetString()!, scenario.Date, scenario.Zone) is not null ? null : $"'{value}' is not HH:mm or +1 HH:mm.",
            ArgKind.TextList => value.ValueKind == JsonValueKind.Array && value.EnumerateArray().All(e => e.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(e.GetString()))
                ? null
                : "give an array of non-blank strings.",
            ArgKind.ObjectList => value.ValueKind == JsonValueKind.Array && value.EnumerateArray().All(e => e.ValueKind == JsonValueKind.Object) ? null : "give an array of objects.",
            _ => "unknown kind.",
        };

        if (Fails() is { } reason)
        {
            throw new ScenarioException(step, spec.Name, reason);
        }

        if (spec.Kind == ArgKind.ObjectList && ObjectFields.TryGetValue(spec.Name, out var fields))
        {
            var i = 0;
            foreach (var item in value.EnumerateArray())
            {
                var name = $"{spec.Name}[{i++}]";
                foreach (var property in item.EnumerateObject())
                {
                    var field = fields.FirstOrDefault(f => f.Name == property.Name)
                        ?? throw new ScenarioException(step, $"{name}.{property.Name}", $"unknown field; the fields are {string.Join(", ", fields.Select(f => f.Name))}.");
                    Check(step, field with { Name = $"{name}.{field.Name}" }, property.Value, scenario);
                    if (field.Kind == ArgKind.Number && property.Value.GetDecimal() < 0)
                    {
                        throw new ScenarioException(step, $"{name}.{field.Name}", "cannot be negative.");
                    }
                }

                foreach (var missing in fields.Where(f => f.Required && !item.TryGetProperty(f.Name, out _)))
                {
                    throw Missing(step, $"{name}.{missing.Name}");
                }
            }
        }
    }

    /// <summary>The site's SLA policy: the library's default changed by the policy file (<c>SlaPolicyJson</c>), or null.</summary>
    private static SlaPolicy? Policy(string? file)
    {
        try
        {
            return file is null ? null : SlaPolicyJson.LoadFile(file);
        }
        catch (SlaPolicyFormatException ex)
        {
            throw new ScenarioException(0, ex.Target is null ? "policy" : $"policy: {ex.Target}.{ex.Field}", ex.Message);
        }
    }

    /// <summary>The site's business calendars by name, each from a calendar file (<c>BusinessCalendarJson</c>).</summary>
    private static Dictionary<string, BusinessCalendar>? Calendars(JsonElement root, string folder)
    {
        if (!root.TryGetProperty("calendars", out var list))
        {
            return null;
        }

        if (list.ValueKind != JsonValueKind.Object)
        {
            throw new ScenarioException(0, "calendars", "give the calendars as an object: name → file.");
        }

        var calendars = new Dictionary<string, BusinessCalendar>(StringComparer.Ordinal);
        foreach (var calendar in list.EnumerateObject())
        {
            var path = FileOf(list, calendar.Name, folder)!;
            try
            {
                calendars[calendar.Name] = BusinessCalendarJson.LoadFile(path);
            }
            catch (BusinessCalendarFormatException ex)
            {
                throw new ScenarioException(0, $"calendars.{calendar.Name}", ex.Message);
            }
        }

        return calendars;
    }

    private static string? FileOf(JsonElement root, string field, string folder)
    {
        if (Text(root, field, 0) is not { } name)
        {
            return null;
        }

        var path = Path.GetFullPath(Path.Combine(folder, name));
        return File.Exists(path) ? path : throw new ScenarioException(0, field, $"the file {path} does not exist.");
    }

    private static string? Text(JsonElement element, string name, int step, string? owner = null)
    {
        if (!element.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return value.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(value.GetString())
            ? value.GetString()!.Trim()
            : throw new ScenarioException(step, owner is null ? name : $"{owner}.{name}", "give a non-blank string.");
    }

    private static ScenarioException Missing(int step, string field) => new(step, field, "required, but missing.");

    private static void RequireObject(JsonElement element, string field)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw new ScenarioException(0, field, "give an object.");
        }
    }
}
