using System.Text.Json;
using NodaTime;
using NodaTime.Text;
using static PropertyService.Sla.HolidayCnField;

namespace PropertyService.Sla;

/// <summary>
/// Reads and checks one file of the holiday-cn JSON format completely before anything uses it, so that a bad
/// file changes nothing. Every message names the field at fault, such as <c>days[3].date</c>.
/// </summary>
internal static class HolidayCnReader
{
    internal const int FirstYear = 1900;
    internal const int LastYear = 2199;

    internal static HolidayCnYear Read(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            return Read(document.RootElement);
        }
        catch (JsonException error)
        {
            throw NotJson(error);
        }
    }

    internal static HolidayCnYear Read(Stream utf8Json)
    {
        try
        {
            using var document = JsonDocument.Parse(utf8Json);
            return Read(document.RootElement);
        }
        catch (JsonException error)
        {
            throw NotJson(error);
        }
    }

    private static FormatException NotJson(JsonException error) => new($"The holiday data is not valid JSON: {error.Message}", error);

    private static HolidayCnYear Read(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new FormatException($"The holiday data must be a JSON object with '{Year}' and '{Days}'.");
        }

        var year = ReadYear(root);
        if (!root.TryGetProperty(Days, out var days) || days.ValueKind != JsonValueKind.Array)
        {
            throw new FormatException($"The holiday data lacks the array field '{Days}'.");
        }

        var list = new List<(LocalDate Date, bool IsOffDay)>(days.GetArrayLength());
        var firstIndex = new Dictionary<LocalDate, int>();
        foreach (var day in days.EnumerateArray())
        {
            var at = $"{Days}[{list.Count}]";
            if (day.ValueKind != JsonValueKind.Object)
            {
                throw new FormatException($"{at} must be an object with '{Date}' and '{IsOffDay}'.");
            }

            var date = ReadDate(day, at, year);
            if (!day.TryGetProperty(IsOffDay, out var offElement)
                || (offElement.ValueKind != JsonValueKind.True && offElement.ValueKind != JsonValueKind.False))
            {
                throw new FormatException($"{at}.{IsOffDay} must be true or false.");
            }

            var isOffDay = offElement.GetBoolean();
            if (firstIndex.TryGetValue(date, out var earlier) && list[earlier].IsOffDay != isOffDay)
            {
                throw new FormatException(
                    $"{at}.{Date} {Iso(date)} is listed both as a day off and as a make-up working day ({Days}[{earlier}]).");
            }

            firstIndex.TryAdd(date, list.Count);
            list.Add((date, isOffDay));
        }

        var result = new HolidayCnYear(year, list);
        if (list.Count > 0 && !result.CoversYear)
        {
            throw new FormatException($"{Year} {year} is the date of none of the entries of {Days}: the file's year does not match its dates.");
        }

        return result;
    }

    private static int ReadYear(JsonElement root)
    {
        if (!root.TryGetProperty(Year, out var element))
        {
            throw new FormatException($"The holiday data lacks the field '{Year}'.");
        }

        if (element.ValueKind != JsonValueKind.Number)
        {
            throw new FormatException($"{Year} must be a whole number, but is {Describe(element.ValueKind)}.");
        }

        if (!element.TryGetInt32(out var year))
        {
            throw new FormatException($"{Year} must be a whole number, but is {element.GetRawText()}.");
        }

        return year is < FirstYear or > LastYear
            ? throw new FormatException($"{Year} {year} is outside the supported years {FirstYear}–{LastYear}.")
            : year;
    }

    private static LocalDate ReadDate(JsonElement day, string at, int year)
    {
        if (!day.TryGetProperty(Date, out var element) || element.ValueKind != JsonValueKind.String)
        {
            throw new FormatException($"{at}.{Date} must be a string holding an ISO date (yyyy-MM-dd).");
        }

        var text = element.GetString()!;
        var parsed = LocalDatePattern.Iso.Parse(text);
        if (!parsed.Success)
        {
            throw new FormatException($"{at}.{Date} '{text}' is not an ISO date (yyyy-MM-dd).");
        }

        // A year's file may list days of the neighbouring years (a December make-up day for January's holiday).
        var date = parsed.Value;
        if (Math.Abs(date.Year - year) > 1)
        {
            throw new FormatException($"{at}.{Date} {Iso(date)} is not in year {year} or a neighbouring year: the file's year does not match its dates.");
        }

        return date.Year is < FirstYear or > LastYear
            ? throw new FormatException($"{at}.{Date} {Iso(date)} is outside the supported years {FirstYear}–{LastYear}.")
            : date;
    }

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.String => "a string",
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        _ => "null",
    };

    private static string Iso(LocalDate date) => LocalDatePattern.Iso.Format(date);
}
