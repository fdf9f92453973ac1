using System.Globalization;
using System.Text;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;
using PropertyService.Utility;

namespace PropertyService.Fees;

/// <summary>
/// Loads and saves a <see cref="FeeSchedule"/> as JSON.
/// </summary>
/// <remarks>
/// <para>The format (UTF-8; property names are case-sensitive; unknown properties are errors so that typos are caught):</para>
/// <code language="json">
/// {
///   "name": "2026 standard repair prices",      // optional
///   "inForceFrom": "2026-01-01",                 // required, ISO date
///   "currency": "CNY",                           // optional, ISO 4217, default CNY
///   "items": [                                   // required, may be empty
///     {
///       "code": "W-01",                          // required, unique (ordinal)
///       "name": "Replace tap washer",            // required
///       "categories": ["Unit", "SpecialRequest"],// required, RepairCategory names: Unit, Water, Power, Gas, CommonArea, SpecialRequest
///       "unit": "PerItem",                       // optional: PerItem (default), PerMetre, PerHour
///       "labour": 20.00,                         // required, per unit, not negative
///       "labourMax": 30.00,                      // optional: top of a price range that starts at labour
///       "material": 5.00,                        // optional: fixed price per unit (default 0), or the string "at-cost"
///       "defectClass": "plumbing",               // optional: warranty defect class
///       "utilityInstallation": false,            // optional
///       "majorWork": false                       // optional
///     }
///   ]
/// }
/// </code>
/// <para>(Comments are shown for explanation; the loader accepts comments and trailing commas.)
/// Amounts are JSON numbers, kept exactly as decimals. Any problem throws
/// <see cref="FeeScheduleFormatException"/> naming the item and field; nothing is partly loaded.
/// Saving writes the same format, so <c>Load(Save(schedule))</c> gives an equal schedule.</para>
/// </remarks>
public static class FeeScheduleJson
{
    /// <summary>The string that marks materials charged at cost in the <c>material</c> field.</summary>
    public const string AtCost = "at-cost";

    private static readonly JsonDocumentOptions DocumentOptions = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
    };

    private static readonly string[] TopLevelFields = ["name", "inForceFrom", "currency", "items"];

    private static readonly string[] ItemFields =
        ["code", "name", "categories", "unit", "labour", "labourMax", "material", "defectClass", "utilityInstallation", "majorWork"];

    /// <summary>Loads a schedule from JSON text.</summary>
    /// <param name="json">The JSON text.</param>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="FeeScheduleFormatException">The JSON is malformed or the schedule is invalid; the message names the item and field.</exception>
    public static FeeSchedule Load(string json)
    {
        Preconditions.CheckNotNull(json);
        return Read(() => JsonDocument.Parse(json, DocumentOptions));
    }

    /// <summary>Loads a schedule from a UTF-8 JSON stream.</summary>
    /// <param name="utf8Json">The stream; read to its end, not closed.</param>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="FeeScheduleFormatException">The JSON is malformed or the schedule is invalid.</exception>
    public static FeeSchedule Load(Stream utf8Json)
    {
        Preconditions.CheckNotNull(utf8Json);
        return Read(() => JsonDocument.Parse(utf8Json, DocumentOptions));
    }

    // Both Load overloads: malformed JSON becomes a FeeScheduleFormatException, like any other bad schedule.
    private static FeeSchedule Read(Func<JsonDocument> parse)
    {
        JsonDocument document;
        try
        {
            document = parse();
        }
        catch (JsonException e)
        {
            throw Malformed(e);
        }

        using (document)
        {
            return Read(document.RootElement);
        }
    }

    /// <summary>Loads a schedule from a UTF-8 JSON file.</summary>
    /// <param name="path">The file's path.</param>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="FeeScheduleFormatException">The JSON is malformed or the schedule is invalid.</exception>
    public static FeeSchedule LoadFile(string path)
    {
        using var stream = File.OpenRead(Preconditions.CheckNotNull(path));
        return Load(stream);
    }

    /// <summary>Saves a schedule as indented JSON text in the documented format.</summary>
    /// <param name="schedule">The schedule.</param>
    /// <exception cref="ArgumentNullException"><paramref name="schedule"/> is null.</exception>
    public static string Save(FeeSchedule schedule)
    {
        using var stream = new MemoryStream();
        Save(schedule, stream);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>Saves a schedule as indented UTF-8 JSON to a stream.</summary>
    /// <param name="schedule">The schedule.</param>
    /// <param name="utf8Json">The stream; left open.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Save(FeeSchedule schedule, Stream utf8Json)
    {
        Preconditions.CheckNotNull(schedule);
        Preconditions.CheckNotNull(utf8Json);
        using var writer = new Utf8JsonWriter(utf8Json, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        writer.WriteStartObject();
        if (schedule.Name is not null)
        {
            writer.WriteString("name", schedule.Name);
        }

        writer.WriteString("inForceFrom", LocalDatePattern.Iso.Format(schedule.InForceFrom));
        writer.WriteString("currency", schedule.Currency);
        writer.WriteStartArray("items");
        foreach (var item in schedule.Items)
        {
            writer.WriteStartObject();
            writer.WriteString("code", item.Code);
            writer.WriteString("name", item.Name);
            writer.WriteStartArray("categories");
            foreach (var category in item.Categories)
            {
                writer.WriteStringValue(category.ToString());
            }

            writer.WriteEndArray();
            writer.WriteString("unit", item.Unit.ToString());
            writer.WriteNumber("labour", item.Labour.Amount);
            if (item.MaximumLabour is { } max)
            {
                writer.WriteNumber("labourMax", max.Amount);
            }

            if (item.MaterialPricing == MaterialPricing.AtCost)
            {
                writer.WriteString("material", AtCost);
            }
            else
            {
                writer.WriteNumber("material", item.Material.Amount);
            }

            if (item.DefectClass is not null)
            {
                writer.WriteString("defectClass", item.DefectClass);
            }

            if (item.IsUtilityInstallation)
            {
                writer.WriteBoolean("utilityInstallation", true);
            }

            if (item.IsMajorWork)
            {
                writer.WriteBoolean("majorWork", true);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static FeeSchedule Read(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new FeeScheduleFormatException($"A fee schedule must be a JSON object, but the file holds {Describe(root.ValueKind)}.");
        }

        CheckKnownFields(root, TopLevelFields, null, null);
        var inForceFrom = ReadDate(root, "inForceFrom");
        var currency = "CNY";
        if (root.TryGetProperty("currency", out var currencyElement))
        {
            currency = ReadString(currencyElement, "currency", null, null);
            if (currency.Length != 3 || !IsUpperAscii(currency))
            {
                throw new FeeScheduleFormatException($"Fee schedule field \"currency\": must be an ISO 4217 code of three capital letters such as CNY, but was \"{currency}\".", field: "currency");
            }
        }

        string? name = null;
        if (root.TryGetProperty("name", out var nameElement) && nameElement.ValueKind != JsonValueKind.Null)
        {
            name = ReadString(nameElement, "name", null, null);
        }

        if (!root.TryGetProperty("items", out var items))
        {
            throw new FeeScheduleFormatException("Fee schedule field \"items\": is required (an array of items).", field: "items");
        }

        if (items.ValueKind != JsonValueKind.Array)
        {
            throw new FeeScheduleFormatException($"Fee schedule field \"items\": must be an array, but was {Describe(items.ValueKind)}.", field: "items");
        }

        var builder = FeeSchedule.CreateBuilder(inForceFrom, currency);
        builder.Name = name;
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var index = 0;
        foreach (var element in items.EnumerateArray())
        {
            var item = ReadItem(element, index, currency);
            if (seen.TryGetValue(item.Code, out var first))
            {
                throw new FeeScheduleFormatException(
                    $"Fee schedule item {index} (code \"{item.Code}\"), field \"code\": duplicate of item {first}; each code may appear once.",
                    index, item.Code, "code");
            }

            seen.Add(item.Code, index);
            builder.Add(item);
            index++;
        }

        return builder.Build();
    }

    private static FeeScheduleItem ReadItem(JsonElement element, int index, string currency)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw new FeeScheduleFormatException($"Fee schedule item {index}: must be a JSON object, but was {Describe(element.ValueKind)}.", index);
        }

        string? code = null;
        if (element.TryGetProperty("code", out var codeElement))
        {
            code = ReadString(codeElement, "code", index, null);
        }

        if (string.IsNullOrWhiteSpace(code))
        {
            throw new FeeScheduleFormatException($"Fee schedule item {index}, field \"code\": is required and must not be empty.", index, null, "code");
        }

        code = code.Trim();
        CheckKnownFields(element, ItemFields, index, code);
        var name = element.TryGetProperty("name", out var nameElement) ? ReadString(nameElement, "name", index, code) : null;
        if (string.IsNullOrWhiteSpace(name))
        {
            throw Invalid(index, code, "name", "is required and must not be empty");
        }

        if (!element.TryGetProperty("categories", out var categoriesElement) || categoriesElement.ValueKind != JsonValueKind.Array)
        {
            throw Invalid(index, code, "categories", "is required: an array of repair categories (Unit, Water, Power, Gas, CommonArea, SpecialRequest)");
        }

        var categories = new List<RepairCategory>();
        foreach (var categoryElement in categoriesElement.EnumerateArray())
        {
            var text = categoryElement.ValueKind == JsonValueKind.String ? categoryElement.GetString() : null;
            if (text is null || !TryParseName(text, out RepairCategory category))
            {
                throw Invalid(index, code, "categories", $"holds the unknown repair category {categoryElement.GetRawText()}; known: {string.Join(", ", Enum.GetNames<RepairCategory>())}");
            }

            categories.Add(category);
        }

        if (categories.Count == 0)
        {
            throw Invalid(index, code, "categories", "must name at least one repair category");
        }

        var unit = FeeUnit.PerItem;
        if (element.TryGetProperty("unit", out var unitElement))
        {
            var text = unitElement.ValueKind == JsonValueKind.String ? unitElement.GetString() : null;
            if (text is null || !TryParseName(text, out unit))
            {
                throw Invalid(index, code, "unit", $"has the unknown unit {unitElement.GetRawText()}; known: {string.Join(", ", Enum.GetNames<FeeUnit>())}");
            }
        }

        if (!element.TryGetProperty("labour", out var labourElement))
        {
            throw Invalid(index, code, "labour", "is required (the labour price per unit)");
        }

        var labour = ReadAmount(labourElement, "labour", index, code, currency);
        Money? labourMax = element.TryGetProperty("labourMax", out var maxElement) && maxElement.ValueKind != JsonValueKind.Null
            ? ReadAmount(maxElement, "labourMax", index, code, currency)
            : null;
        if (labourMax is { } max && max < labour)
        {
            throw Invalid(index, code, "labourMax", $"({max.Amount.ToString(CultureInfo.InvariantCulture)}) must not be below labour ({labour.Amount.ToString(CultureInfo.InvariantCulture)})");
        }

        var pricing = MaterialPricing.Fixed;
        var material = Money.Zero(currency);
        if (element.TryGetProperty("material", out var materialElement))
        {
            if (materialElement.ValueKind == JsonValueKind.String)
            {
                if (materialElement.GetString() != AtCost)
                {
                    throw Invalid(index, code, "material", $"must be a price or \"{AtCost}\", but was {materialElement.GetRawText()}");
                }

                pricing = MaterialPricing.AtCost;
            }
            else
            {
                material = ReadAmount(materialElement, "material", index, code, currency);
            }
        }

        string? defectClass = null;
        if (element.TryGetProperty("defectClass", out var defectElement) && defectElement.ValueKind != JsonValueKind.Null)
        {
            defectClass = ReadString(defectElement, "defectClass", index, code);
        }

        var utility = ReadBool(element, "utilityInstallation", index, code);
        var major = ReadBool(element, "majorWork", index, code);
        try
        {
            return new FeeScheduleItem(code, name, categories, unit, labour, labourMax, pricing, material, defectClass, utility, major);
        }
        catch (ArgumentException e)
        {
            throw new FeeScheduleFormatException($"Fee schedule item {index} (code \"{code}\"): {e.Message}", index, code, e.ParamName, e);
        }
    }

    private static void CheckKnownFields(JsonElement element, string[] known, int? index, string? code)
    {
        foreach (var property in element.EnumerateObject())
        {
            if (Array.IndexOf(known, property.Name) < 0)
            {
                var where = index is null ? "Fee schedule" : $"Fee schedule item {index} (code \"{code}\")";
                throw new FeeScheduleFormatException(
                    $"{where}, field \"{property.Name}\": is not a known field; known fields are {string.Join(", ", known)}.",
                    index, code, property.Name);
            }
        }
    }

    private static LocalDate ReadDate(JsonElement root, string field)
    {
        if (!root.TryGetProperty(field, out var element))
        {
            throw new FeeScheduleFormatException($"Fee schedule field \"{field}\": is required (a date such as \"2026-01-01\").", field: field);
        }

        var text = element.ValueKind == JsonValueKind.String ? element.GetString() : null;
        var result = text is null ? null : LocalDatePattern.Iso.Parse(text);
        if (result is null || !result.Success)
        {
            throw new FeeScheduleFormatException($"Fee schedule field \"{field}\": must be a date such as \"2026-01-01\", but was {element.GetRawText()}.", field: field);
        }

        return result.Value;
    }

    private static string ReadString(JsonElement element, string field, int? index, string? code)
    {
        if (element.ValueKind != JsonValueKind.String)
        {
            throw index is null
                ? new FeeScheduleFormatException($"Fee schedule field \"{field}\": must be a string, but was {Describe(element.ValueKind)}.", field: field)
                : Invalid(index.Value, code, field, $"must be a string, but was {Describe(element.ValueKind)}");
        }

        return element.GetString()!;
    }

    private static Money ReadAmount(JsonElement element, string field, int index, string code, string currency)
    {
        if (element.ValueKind != JsonValueKind.Number || !element.TryGetDecimal(out var amount))
        {
            throw Invalid(index, code, field, $"must be a number (an amount in {currency}), but was {element.GetRawText()}");
        }

        if (amount < 0m)
        {
            throw Invalid(index, code, field, $"must not be negative, but was {amount.ToString(CultureInfo.InvariantCulture)}");
        }

        return new Money(amount, currency);
    }

    private static bool ReadBool(JsonElement element, string field, int index, string code)
    {
        if (!element.TryGetProperty(field, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return false;
        }

        return value.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            _ => throw Invalid(index, code, field, $"must be true or false, but was {value.GetRawText()}"),
        };
    }

    private static bool TryParseName<TEnum>(string text, out TEnum value)
        where TEnum : struct, Enum =>
        Enum.TryParse(text, ignoreCase: true, out value) && Enum.IsDefined(value) && !text.Any(char.IsDigit);

    private static bool IsUpperAscii(string text)
    {
        foreach (var c in text)
        {
            if (!char.IsAsciiLetterUpper(c))
            {
                return false;
            }
        }

        return true;
    }

    private static FeeScheduleFormatException Invalid(int index, string? code, string field, string problem) =>
        new($"Fee schedule item {index} (code \"{code}\"), field \"{field}\": {problem}.", index, code, field);

    private static FeeScheduleFormatException Malformed(JsonException e) =>
        new($"The fee schedule is not well-formed JSON (line {e.LineNumber + 1}, byte {e.BytePositionInLine + 1}): {e.Message}", innerException: e);

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Null => "null",
        _ => "nothing",
    };
}
