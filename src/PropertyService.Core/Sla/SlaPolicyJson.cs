using System.Text.Json;
using NodaTime;
using NodaTime.Text;
using PropertyService.Utility;
using F = PropertyService.Sla.SlaPolicyJsonFields;

namespace PropertyService.Sla;

/// <summary>
/// Loads an SLA policy from a JSON file of changes to a base policy (by default <see cref="SlaDefaults.Policy"/>): a
/// site, or a what-if analysis, keeps its own deadlines and warning thresholds in a file.
/// </summary>
/// <remarks>
/// <para>Targets are built in code, because what starts and stops them are predicates over events
/// (<see cref="SlaTrigger"/>); a file names the targets of the base policy it changes and says how. The format
/// (UTF-8, a byte order mark is ignored; property names are case-sensitive; unknown properties and properties given
/// twice are errors so that typos are caught):</para>
/// <code language="json">
/// {
///   "name": "faster arrival",               // required: the new policy's name
///   "warningThreshold": 0.8,                // optional: the policy-wide warning threshold, greater than 0 and less than 1
///   "targets": {                            // optional: changes per target, keyed by the target's name in the base policy
///     "RP-12 arrival":      { "workingTime": "PT8M" },                        // 8 minutes of working time, on the 24/7 calendar
///     "RP-09 work order":   { "workingTime": "PT5M", "calendar": "office" },  // 5 minutes of working time on the calendar "office"
///     "HR-09 written reply": { "businessDays": 2, "calendar": "office" },     // the end of the 2nd business day on "office"
///     "RP-13 arrival before appointment": { "offset": "-PT10M" },             // 10 minutes before the carried instant
///     "RP-14 assessment":   { "warningThreshold": 0.5 },                      // this target warns at half time
///     "CS-16 arrive before shift": { "enabled": false }                       // the target is dropped
///   }
/// }
/// </code>
/// <para>(Comments are shown for explanation; the loader accepts comments and trailing commas.)</para>
/// <para><b>Deadlines.</b> A new deadline replaces the target's deadline whole; what the file leaves out of it does
/// not carry over. <c>workingTime</c> is working time after the start (<see cref="SlaDeadline.After"/>), on the
/// business calendar named by <c>calendar</c>, or on the 24/7 calendar when <c>calendar</c> is left out.
/// <c>businessDays</c> (a whole number, at least 1) sets the deadline at the end of that business day
/// (<see cref="SlaDeadline.EndOfBusinessDay"/>) and needs <c>calendar</c>. Both fit a target whose deadline is working
/// time or business days. <c>offset</c> fits only a target whose deadline is at an instant its start event carries
/// (<see cref="SlaDeadline.AtCarriedInstant"/>, such as an appointment), and is the only deadline change such a
/// target takes. Calendars are named here and given to the tracker (<see cref="SlaTracker"/>), which refuses a name
/// it lacks.</para>
/// <para><b>Durations</b> (<c>workingTime</c>, <c>offset</c>) are ISO-8601 durations of hours, minutes and seconds:
/// <c>"PT15M"</c>, <c>"PT1H30M"</c>, <c>"PT48H"</c>, <c>"PT0.5S"</c>, with upper-case designators; a leading minus
/// (<c>"-PT5M"</c>, 5 minutes before) is allowed in an offset. Days, weeks, months and years are refused: a day of
/// working time is not a calendar day, so write <c>"PT48H"</c> for 48 hours or <c>businessDays</c> for business days.
/// A working time must be positive; no duration may reach 300 years, the span a <see cref="BusinessCalendar"/>
/// supports.</para>
/// <para><b>Warning thresholds</b> are fractions of the target greater than 0 and less than 1 (0.75 warns after three
/// quarters of the time allowed); a target's own threshold takes precedence over the policy's.</para>
/// <para><b>Dropping.</b> <c>"enabled": false</c> drops the target and may not be given with other changes;
/// <c>"enabled": true</c> keeps it and changes nothing by itself.</para>
/// <para><b>Checks.</b> A target name the base policy lacks, a target named twice, a target whose entry changes
/// nothing and a file that changes nothing (neither <c>warningThreshold</c> nor a target) are refused. Any problem
/// throws <see cref="SlaPolicyFormatException"/> naming the target and field (malformed JSON: the line and byte);
/// nothing is applied. The new policy keeps the base policy's targets in their order, with their changes, and its
/// conditions (<see cref="SlaPolicy.Categories"/>, <see cref="SlaPolicy.Emergency"/>, <see cref="SlaPolicy.Sites"/>);
/// changed targets are made with <c>with</c>, so every check of <see cref="SlaTarget"/> applies. Loading takes time
/// linear in the size of the file and the base policy.</para>
/// <para>Thread-safe: the methods keep no state.</para>
/// </remarks>
public static class SlaPolicyJson
{
    /// <summary>No duration may reach the span a business calendar supports: a deadline past it could never be computed.</summary>
    private static readonly Duration Longest = BusinessCalendar.MaxSupported - BusinessCalendar.MinSupported;

    /// <summary>Applies the changes of a JSON text to a base policy.</summary>
    /// <param name="json">The JSON text; a leading byte order mark (U+FEFF) is ignored.</param>
    /// <param name="basePolicy">The policy the file changes; null for <see cref="SlaDefaults.Policy"/>.</param>
    /// <returns>The new policy; <paramref name="basePolicy"/> is not changed.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="SlaPolicyFormatException">The JSON is malformed or a change is invalid; the message names the target and field.</exception>
    public static SlaPolicy Parse(string json, SlaPolicy? basePolicy = null)
    {
        var text = JsonFileText.WithoutByteOrderMark(Preconditions.CheckNotNull(json));
        return Read(() => JsonDocument.Parse(text, JsonFileText.DocumentOptions), basePolicy ?? SlaDefaults.Policy);
    }

    /// <summary>Applies the changes of a UTF-8 JSON stream to a base policy.</summary>
    /// <param name="utf8Json">The stream; read to its end, not closed. A leading byte order mark is ignored.</param>
    /// <param name="basePolicy">The policy the file changes; null for <see cref="SlaDefaults.Policy"/>.</param>
    /// <returns>The new policy; <paramref name="basePolicy"/> is not changed.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="SlaPolicyFormatException">The JSON is malformed or a change is invalid; the message names the target and field.</exception>
    public static SlaPolicy Load(Stream utf8Json, SlaPolicy? basePolicy = null)
    {
        Preconditions.CheckNotNull(utf8Json);
        return Read(() => JsonDocument.Parse(utf8Json, JsonFileText.DocumentOptions), basePolicy ?? SlaDefaults.Policy);
    }

    /// <summary>Applies the changes of a UTF-8 JSON file to a base policy.</summary>
    /// <param name="path">The file's path.</param>
    /// <param name="basePolicy">The policy the file changes; null for <see cref="SlaDefaults.Policy"/>.</param>
    /// <returns>The new policy; <paramref name="basePolicy"/> is not changed.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="UnauthorizedAccessException">The file may not be read.</exception>
    /// <exception cref="SlaPolicyFormatException">The JSON is malformed or a change is invalid; the message names the target and field.</exception>
    public static SlaPolicy LoadFile(string path, SlaPolicy? basePolicy = null)
    {
        using var stream = File.OpenRead(Preconditions.CheckNotNull(path));
        return Load(stream, basePolicy);
    }

    // Every loader: malformed JSON becomes an SlaPolicyFormatException, like any other bad file.
    private static SlaPolicy Read(Func<JsonDocument> parse, SlaPolicy basePolicy)
    {
        JsonDocument document;
        try
        {
            document = parse();
        }
        catch (JsonException e)
        {
            throw new SlaPolicyFormatException($"The SLA policy file is not well-formed JSON ({JsonFileText.Where(e)}): {e.Message}", innerException: e);
        }

        using (document)
        {
            return Read(document.RootElement, basePolicy);
        }
    }

    private static SlaPolicy Read(JsonElement root, SlaPolicy basePolicy)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new SlaPolicyFormatException($"An SLA policy file must be a JSON object, but the file holds {JsonFileText.Describe(root.ValueKind)}.");
        }

        CheckFields(root, F.TopLevel, null);
        if (!root.TryGetProperty(F.Name, out var nameElement))
        {
            throw Invalid(null, F.Name, "is required (the name of the policy the file makes)");
        }

        var name = ReadString(nameElement, null, F.Name);
        double? threshold = root.TryGetProperty(F.WarningThreshold, out var thresholdElement)
            ? ReadThreshold(thresholdElement, null)
            : null;

        // Every change is read and checked before the policy is made: nothing is half-applied.
        var byName = new Dictionary<string, SlaTarget>(basePolicy.Targets.Count, StringComparer.Ordinal);
        foreach (var target in basePolicy.Targets)
        {
            byName.Add(target.Name, target);
        }

        var changes = new Dictionary<string, SlaTarget?>(StringComparer.Ordinal);
        if (root.TryGetProperty(F.Targets, out var targets))
        {
            if (targets.ValueKind != JsonValueKind.Object)
            {
                throw Invalid(null, F.Targets, $"must be an object whose properties are target names, but was {JsonFileText.Describe(targets.ValueKind)}");
            }

            foreach (var entry in targets.EnumerateObject())
            {
                if (!byName.TryGetValue(entry.Name, out var target))
                {
                    throw new SlaPolicyFormatException(
                        $"SLA policy file, field \"{F.Targets}\": \"{JsonFileText.Shown(entry.Name)}\" is not a target of policy \"{basePolicy.Name}\"; its targets are {string.Join(", ", basePolicy.Targets.Select(t => t.Name))}.",
                        entry.Name,
                        F.Targets);
                }

                if (changes.ContainsKey(entry.Name))
                {
                    throw new SlaPolicyFormatException(
                        $"SLA policy file, field \"{F.Targets}\": \"{entry.Name}\" appears more than once; each target may appear once.", entry.Name, F.Targets);
                }

                changes.Add(entry.Name, ReadChanges(target, entry.Value));
            }
        }

        if (threshold is null && changes.Count == 0)
        {
            throw Invalid(null, F.Targets, $"names no target and \"{F.WarningThreshold}\" is not given, so the file changes nothing");
        }

        var list = new List<SlaTarget>(basePolicy.Targets.Count);
        foreach (var target in basePolicy.Targets)
        {
            if (!changes.TryGetValue(target.Name, out var changed))
            {
                list.Add(target);
            }
            else if (changed is not null)
            {
                list.Add(changed);
            }
        }

        try
        {
            return new SlaPolicy(name, list)
            {
                Categories = basePolicy.Categories,
                Emergency = basePolicy.Emergency,
                Sites = basePolicy.Sites,
                WarningThreshold = threshold ?? basePolicy.WarningThreshold,
            };
        }
        catch (ArgumentException e)
        {
            // The checks above leave nothing for the policy to refuse; should a rule be added there, the file is still refused whole.
            throw new SlaPolicyFormatException($"SLA policy file: {e.Message}", innerException: e);
        }
    }

    /// <summary>The target after the entry's changes, or null when the entry drops it.</summary>
    private static SlaTarget? ReadChanges(SlaTarget target, JsonElement entry)
    {
        var name = target.Name;
        if (entry.ValueKind != JsonValueKind.Object)
        {
            throw new SlaPolicyFormatException(
                $"SLA policy file, target \"{name}\": must be a JSON object of changes, but was {JsonFileText.Describe(entry.ValueKind)}.", name);
        }

        CheckFields(entry, F.Target, name);
        var given = entry.EnumerateObject().Select(p => p.Name).ToList();
        if (given.Count == 0)
        {
            throw new SlaPolicyFormatException(
                $"SLA policy file, target \"{name}\": changes nothing; give one or more of {string.Join(", ", F.Target)}.", name);
        }

        if (entry.TryGetProperty(F.Enabled, out var enabledElement))
        {
            var enabled = enabledElement.ValueKind switch
            {
                JsonValueKind.True => true,
                JsonValueKind.False => false,
                _ => throw Invalid(name, F.Enabled, $"must be true or false, but was {enabledElement.GetRawText()}"),
            };

            if (!enabled)
            {
                return given.Count == 1
                    ? null
                    : throw Invalid(name, F.Enabled, $"is false, which drops the target, so no other change may be given (found \"{given.First(g => g != F.Enabled)}\")");
            }

            if (given.Count == 1)
            {
                throw Invalid(name, F.Enabled, "is true and nothing else is given, so the entry changes nothing");
            }
        }

        var deadline = ReadDeadline(target, entry);
        double? threshold = entry.TryGetProperty(F.WarningThreshold, out var thresholdElement) ? ReadThreshold(thresholdElement, name) : null;
        var field = F.WarningThreshold;
        try
        {
            var changed = target;
            if (deadline is not null)
            {
                field = F.WorkingTime;
                changed = changed with { Deadline = deadline };
            }

            if (threshold is not null)
            {
                field = F.WarningThreshold;
                changed = changed with { WarningThreshold = threshold };
            }

            return changed;
        }
        catch (ArgumentException e)
        {
            // The checks above leave nothing for the target to refuse; should a rule be added there, its message still names target and field.
            throw new SlaPolicyFormatException(
                $"SLA policy file, target \"{name}\": {e.Message}", name, F.ForTargetParameter(e.ParamName) ?? field, e);
        }
    }

    /// <summary>The new deadline the entry gives, or null when it leaves the deadline as it is.</summary>
    private static SlaDeadline? ReadDeadline(SlaTarget target, JsonElement entry)
    {
        var name = target.Name;
        var atCarriedInstant = target.Deadline.Kind == SlaDeadlineKind.AtCarriedInstant;
        foreach (var property in entry.EnumerateObject())
        {
            var fits = property.Name switch
            {
                F.WorkingTime or F.BusinessDays or F.Calendar => !atCarriedInstant,
                F.Offset => atCarriedInstant,
                _ => true,
            };

            if (!fits)
            {
                throw Invalid(name, property.Name, atCarriedInstant
                    ? $"does not fit this target: its deadline is at the instant its start event carries ({target.Deadline}); change it with \"{F.Offset}\""
                    : $"does not fit this target: its deadline is {target.Deadline}, not at an instant its start event carries; change it with \"{F.WorkingTime}\" or \"{F.BusinessDays}\"");
            }
        }

        if (atCarriedInstant)
        {
            return entry.TryGetProperty(F.Offset, out var offsetElement)
                ? SlaDeadline.AtCarriedInstant(ReadDuration(offsetElement, name, F.Offset))
                : null;
        }

        var hasTime = entry.TryGetProperty(F.WorkingTime, out var timeElement);
        var hasDays = entry.TryGetProperty(F.BusinessDays, out var daysElement);
        var hasCalendar = entry.TryGetProperty(F.Calendar, out var calendarElement);
        if (hasTime && hasDays)
        {
            throw Invalid(name, F.BusinessDays, $"cannot be given with \"{F.WorkingTime}\": a deadline is working time or business days, not both");
        }

        var calendar = hasCalendar ? ReadString(calendarElement, name, F.Calendar) : null;
        if (hasTime)
        {
            var workingTime = ReadDuration(timeElement, name, F.WorkingTime);
            if (workingTime <= Duration.Zero)
            {
                throw Invalid(name, F.WorkingTime, $"must be positive, but was {timeElement.GetRawText()}");
            }

            return SlaDeadline.After(workingTime, calendar);
        }

        if (hasDays)
        {
            if (daysElement.ValueKind != JsonValueKind.Number || !daysElement.TryGetInt32(out var days) || days < 1)
            {
                throw Invalid(name, F.BusinessDays, $"must be a whole number of at least 1, but was {daysElement.GetRawText()}");
            }

            return calendar is null
                ? throw Invalid(name, F.Calendar, $"is required with \"{F.BusinessDays}\" (the business calendar whose days count)")
                : SlaDeadline.EndOfBusinessDay(days, calendar);
        }

        return hasCalendar
            ? throw Invalid(name, F.Calendar, $"needs \"{F.WorkingTime}\" or \"{F.BusinessDays}\": a new deadline is given whole")
            : null;
    }

    /// <summary>An ISO-8601 duration of hours, minutes and seconds, with an optional leading minus.</summary>
    private static Duration ReadDuration(JsonElement element, string target, string field)
    {
        var text = element.ValueKind == JsonValueKind.String ? element.GetString()! : null;
        var negative = text is not null && text.StartsWith('-');
        var result = text is null ? null : PeriodPattern.NormalizingIso.Parse(negative ? text[1..] : text);
        if (result is null || !result.Success)
        {
            throw Invalid(target, field, $"must be an ISO-8601 duration such as \"PT15M\", but was {element.GetRawText()}");
        }

        var period = result.Value;
        if (period.Years != 0 || period.Months != 0 || period.Weeks != 0 || period.Days != 0)
        {
            throw Invalid(target, field,
                $"must count hours, minutes and seconds only (such as \"PT48H\"), but {element.GetRawText()} counts days, weeks, months or years; for business days use \"{F.BusinessDays}\"");
        }

        Duration duration;
        try
        {
            duration = period.ToDuration();
        }
        catch (OverflowException)
        {
            duration = Duration.MaxValue;
        }

        if (duration >= Longest || duration <= -Longest)
        {
            throw Invalid(target, field, $"must be shorter than 300 years (the span a business calendar supports), but was {element.GetRawText()}");
        }

        return negative ? -duration : duration;
    }

    private static double ReadThreshold(JsonElement element, string? target)
    {
        if (element.ValueKind != JsonValueKind.Number || !element.TryGetDouble(out var value) || value is <= 0 or >= 1)
        {
            throw Invalid(target, F.WarningThreshold,
                $"must be a number greater than 0 and less than 1 (the fraction of the target after which a warning is due, such as 0.75), but was {element.GetRawText()}");
        }

        return value;
    }

    private static string ReadString(JsonElement element, string? target, string field)
    {
        if (element.ValueKind != JsonValueKind.String)
        {
            throw Invalid(target, field, $"must be a string, but was {JsonFileText.Describe(element.ValueKind)}");
        }

        var text = element.GetString()!;
        return string.IsNullOrWhiteSpace(text) ? throw Invalid(target, field, "must not be blank") : text;
    }

    // Unknown fields are refused so that typos are caught; a field given twice is refused because JSON leaves
    // open which value wins. The known lists are short, so this stays linear in the size of the file.
    private static void CheckFields(JsonElement element, string[] known, string? target)
    {
        var seen = 0;
        foreach (var property in element.EnumerateObject())
        {
            var position = Array.IndexOf(known, property.Name);
            var problem = position < 0
                ? $"is not a known field; known fields are {string.Join(", ", known)}"
                : (seen & (1 << position)) != 0 ? "appears more than once; each field may appear once" : null;
            if (problem is not null)
            {
                throw Invalid(target, property.Name, problem);
            }

            seen |= 1 << position;
        }
    }

    private static SlaPolicyFormatException Invalid(string? target, string field, string problem) =>
        target is null
            ? new($"SLA policy file, field \"{JsonFileText.Shown(field)}\": {problem}.", null, field)
            : new($"SLA policy file, target \"{target}\", field \"{JsonFileText.Shown(field)}\": {problem}.", target, field);
}
