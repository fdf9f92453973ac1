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
/// <para>The format (UTF-8, a byte order mark is ignored; property names are case-sensitive; unknown properties and
/// properties given twice are errors so that typos are caught):</para>
/// <code language="json">
/// {
///   "name": "2026 standard repair prices",      // optional
///   "inForceFrom": "2026-01-01",                 // required, ISO date
///   "currency": "CNY",                           // optional, a known ISO 4217 code (CNY, HKD, MOP, TWD, USD, EUR...), default CNY
///   "items": [                                   // required, may be empty
///     {
///       "code": "W-01",                          // required, unique (ordinal), at most 32 characters, no control characters
///       "name": "Replace tap washer",            // required
///       "categories": ["Unit", "SpecialRequest"],// required, an array of RepairCategory names: Unit, Water, Power, Gas, CommonArea, SpecialRequest
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
/// Amounts are JSON numbers, kept exactly as decimals; no price per unit may be above
/// <see cref="FeeScheduleOptions.MaximumUnitPrice"/> (1,000,000 by default). Category and unit names are
/// matched ignoring case, one name per array element. The known currencies are the ISO 4217 codes of
/// currencies in circulation (without fund, metal and testing codes); <see cref="FeeScheduleBuilder"/>
/// applies the same currency, code and price rules. Any problem throws
/// <see cref="FeeScheduleFormatException"/> naming the item (position and code) and field; nothing is
/// partly loaded. Loading takes time linear in the size of the file. Saving writes the same format, so
/// <c>Load(Save(schedule))</c> gives an equal schedule.</para>
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

    private static readonly string[] CategoryNames = Enum.GetNames<RepairCategory>();
    private static readonly RepairCategory[] CategoryValues = Enum.GetValues<RepairCategory>();
    private static readonly string[] UnitNames = Enum.GetNames<FeeUnit>();
    private static readonly FeeUnit[] UnitValues = Enum.GetValues<FeeUnit>();

    /// <summary>Loads a schedule from JSON text, with the default <see cref="FeeScheduleOptions"/>.</summary>
    /// <param name="json">The JSON text; a leading byte order mark (U+FEFF) is ignored.</param>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="FeeScheduleFormatException">The JSON is malformed or the schedule is invalid; the message names the item and field.</exception>
    public static FeeSchedule Load(string json) => Load(json, new FeeScheduleOptions());

    /// <summary>Loads a schedule from JSON text, checked against <paramref name="options"/>.</summary>
    /// <param name="json">The JSON text; a leading byte order mark (U+FEFF) is ignored.</param>
    /// <param name="options">The limits every item is checked against.</param>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> or <paramref name="options"/> is null.</exception>
    /// <exception cref="ArgumentException">An option is invalid.</exception>
    /// <exception cref="FeeScheduleFormatException">The JSON is malformed or the schedule is invalid; the message names the item and field.</exception>
    public static FeeSchedule Load(string json, FeeScheduleOptions options)
    {
        Preconditions.CheckNotNull(json);
        var ceiling = Preconditions.CheckNotNull(options).Validate();

        // A file read as text may keep its UTF-8 byte order mark; the stream loader skips it, so this one does too.
        var text = json.StartsWith('\uFEFF') ? json.AsMemory(1) : json.AsMemory();
        return Read(() => JsonDocument.Parse(text, DocumentOptions), options, ceiling);
    }

    /// <summary>Loads a schedule from a UTF-8 JSON stream, with the default <see cref="FeeScheduleOptions"/>.</summary>
    /// <param name="utf8Json">The stream; read to its end, not closed. A leading byte order mark is ignored.</param>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="FeeScheduleFormatException">The JSON is malformed or the schedule is invalid.</exception>
    public static FeeSchedule Load(Stream utf8Json) => Load(utf8Json, new FeeScheduleOptions());

    /// <summary>Loads a schedule from a UTF-8 JSON stream, checked against <paramref name="options"/>.</summary>
    /// <param name="utf8Json">The stream; read to its end, not closed. A leading byte order mark is ignored.</param>
    /// <param name="options">The limits every item is checked against.</param>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> or <paramref name="options"/> is null.</exception>
    /// <exception cref="ArgumentException">An option is invalid.</exception>
    /// <exception cref="FeeScheduleFormatException">The JSON is malformed or the schedule is invalid.</exception>
    public static FeeSchedule Load(Stream utf8Json, FeeScheduleOptions options)
    {
        Preconditions.CheckNotNull(utf8Json);
        var ceiling = Preconditions.CheckNotNull(options).Validate();
        return Read(() => JsonDocument.Parse(utf8Json, DocumentOptions), options, ceiling);
    }

    /// <summary>Loads a schedule from a UTF-8 JSON file, with the default <see cref="FeeScheduleOptions"/>.</summary>
    /// <param name="path">The file's path.</param>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="FeeScheduleFormatException">The JSON is malformed or the schedule is invalid.</exception>
    public static FeeSchedule LoadFile(string path) => LoadFile(path, new FeeScheduleOptions());

    /// <summary>Loads a schedule from a UTF-8 JSON file, checked against <paramref name="options"/>.</summary>
    /// <param name="path">The file's path.</param>
    /// <param name="options">The limits every item is checked against.</param>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> or <paramref name="options"/> is null.</exception>
    /// <exception cref="ArgumentException">An option is invalid.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="FeeScheduleFormatException">The JSON is malformed or the schedule is invalid.</exception>
    public static FeeSchedule LoadFile(string path, FeeScheduleOptions options)
    {
        Preconditions.CheckNotNull(options).Validate();
        using var stream = File.OpenRead(Preconditions.CheckNotNull(path));
        return Load(stream, options);
    }

    // Every Load overload: malformed JSON becomes a FeeScheduleFormatException, like any other bad schedule.
    private static FeeSchedule Read(Func<JsonDocument> parse, FeeScheduleOptions options, decimal ceiling)
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
            return Read(document.RootElement, options, ceiling);
        }
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
            writer.WriteString(FeeScheduleJsonFields.Name, schedule.Name);
        }

        writer.WriteString(FeeScheduleJsonFields.InForceFrom, LocalDatePattern.Iso.Format(schedule.InForceFrom));
        writer.WriteString(FeeScheduleJsonFields.Currency, schedule.Currency);
        writer.WriteStartArray(FeeScheduleJsonFields.Items);
        foreach (var item in schedule.Items)
        {
            writer.WriteStartObject();
            writer.WriteString(FeeScheduleJsonFields.Code, item.Code);
            writer.WriteString(FeeScheduleJsonFields.Name, item.Name);
            writer.WriteStartArray(FeeScheduleJsonFields.Categories);
            foreach (var category in item.Categories)
            {
                writer.WriteStringValue(category.ToString());
            }

            writer.WriteEndArray();
            writer.WriteString(FeeScheduleJsonFields.Unit, item.Unit.ToString());
            writer.WriteNumber(FeeScheduleJsonFields.Labour, item.Labour.Amount);
            if (item.MaximumLabour is { } max)
            {
                writer.WriteNumber(FeeScheduleJsonFields.LabourMax, max.Amount);
            }

            if (item.MaterialPricing == MaterialPricing.AtCost)
            {
                writer.WriteString(FeeScheduleJsonFields.Material, AtCost);
            }
            else
            {
                writer.WriteNumber(FeeScheduleJsonFields.Material, item.Material.Amount);
            }

            if (item.DefectClass is not null)
            {
                writer.WriteString(FeeScheduleJsonFields.DefectClass, item.DefectClass);
            }

            if (item.IsUtilityInstallation)
            {
                writer.WriteBoolean(FeeScheduleJsonFields.UtilityInstallation, true);
            }

            if (item.IsMajorWork)
            {
                writer.WriteBoolean(FeeScheduleJsonFields.MajorWork, true);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static FeeSchedule Read(JsonElement root, FeeScheduleOptions options, decimal ceiling)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new FeeScheduleFormatException($"A fee schedule must be a JSON object, but the file holds {Describe(root.ValueKind)}.");
        }

        CheckFields(root, FeeScheduleJsonFields.TopLevel, null, null);
        var inForceFrom = ReadDate(root, FeeScheduleJsonFields.InForceFrom);
        var currency = Money.DefaultCurrency;
        if (root.TryGetProperty(FeeScheduleJsonFields.Currency, out var currencyElement))
        {
            currency = ReadString(currencyElement, FeeScheduleJsonFields.Currency, null, null);
            if (CurrencyCodes.Problem(currency) is { } problem)
            {
                throw new FeeScheduleFormatException($"Fee schedule field \"{FeeScheduleJsonFields.Currency}\": {problem}.", field: FeeScheduleJsonFields.Currency);
            }
        }

        string? name = null;
        if (root.TryGetProperty(FeeScheduleJsonFields.Name, out var nameElement) && nameElement.ValueKind != JsonValueKind.Null)
        {
            name = ReadString(nameElement, FeeScheduleJsonFields.Name, null, null);
        }

        if (!root.TryGetProperty(FeeScheduleJsonFields.Items, out var items))
        {
            throw new FeeScheduleFormatException($"Fee schedule field \"{FeeScheduleJsonFields.Items}\": is required (an array of items).", field: FeeScheduleJsonFields.Items);
        }

        if (items.ValueKind != JsonValueKind.Array)
        {
            throw new FeeScheduleFormatException($"Fee schedule field \"{FeeScheduleJsonFields.Items}\": must be an array, but was {Describe(items.ValueKind)}.", field: FeeScheduleJsonFields.Items);
        }

        var builder = FeeSchedule.CreateBuilder(inForceFrom, currency, options);
        builder.Name = name;

        // Linear: one hash look-up per item, so a schedule of hundreds of thousands of items loads in about a second.
        var seen = new Dictionary<string, int>(items.GetArrayLength(), StringComparer.Ordinal);
        var index = 0;
        foreach (var element in items.EnumerateArray())
        {
            var item = ReadItem(element, index, currency, ceiling);
            if (!seen.TryAdd(item.Code, index))
            {
                throw Invalid(index, item.Code, FeeScheduleJsonFields.Code, $"duplicate of item {seen[item.Code]}; each code may appear once");
            }

            builder.Add(item);
            index++;
        }

        return builder.Build();
    }

    private static FeeScheduleItem ReadItem(JsonElement element, int index, string currency, decimal ceiling)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw new FeeScheduleFormatException($"Fee schedule item {index}: must be a JSON object, but was {Describe(element.ValueKind)}.", index);
        }

        string? code = null;
        if (element.TryGetProperty(FeeScheduleJsonFields.Code, out var codeElement))
        {
            code = ReadString(codeElement, FeeScheduleJsonFields.Code, index, null);
        }

        if (string.IsNullOrWhiteSpace(code))
        {
            throw new FeeScheduleFormatException($"Fee schedule item {index}, field \"{FeeScheduleJsonFields.Code}\": is required and must not be empty.", index, null, FeeScheduleJsonFields.Code);
        }

        code = code.Trim();
        CheckFields(element, FeeScheduleJsonFields.Item, index, code);
        if (FeeScheduleItem.CodeProblem(code) is { } codeProblem)
        {
            throw Invalid(index, code, FeeScheduleJsonFields.Code, codeProblem);
        }

        var name = element.TryGetProperty(FeeScheduleJsonFields.Name, out var nameElement) ? ReadString(nameElement, FeeScheduleJsonFields.Name, index, code) : null;
        if (string.IsNullOrWhiteSpace(name))
        {
            throw Invalid(index, code, FeeScheduleJsonFields.Name, "is required and must not be empty");
        }

        if (!element.TryGetProperty(FeeScheduleJsonFields.Categories, out var categoriesElement))
        {
            throw Invalid(index, code, FeeScheduleJsonFields.Categories, $"is required: an array of repair category names ({string.Join(", ", CategoryNames)})");
        }

        if (categoriesElement.ValueKind != JsonValueKind.Array)
        {
            throw Invalid(index, code, FeeScheduleJsonFields.Categories,
                $"must be an array of repair category names ({string.Join(", ", CategoryNames)}), but was {Describe(categoriesElement.ValueKind)}");
        }

        var categories = new List<RepairCategory>(categoriesElement.GetArrayLength());
        foreach (var categoryElement in categoriesElement.EnumerateArray())
        {
            if (!TryParseName(categoryElement, CategoryNames, CategoryValues, out var category))
            {
                throw Invalid(index, code, FeeScheduleJsonFields.Categories,
                    $"holds the unknown repair category {categoryElement.GetRawText()}; known: {string.Join(", ", CategoryNames)}");
            }

            categories.Add(category);
        }

        if (categories.Count == 0)
        {
            throw Invalid(index, code, FeeScheduleJsonFields.Categories, "must name at least one repair category");
        }

        var unit = FeeUnit.PerItem;
        if (element.TryGetProperty(FeeScheduleJsonFields.Unit, out var unitElement) && !TryParseName(unitElement, UnitNames, UnitValues, out unit))
        {
            throw Invalid(index, code, FeeScheduleJsonFields.Unit, $"has the unknown unit {unitElement.GetRawText()}; known: {string.Join(", ", UnitNames)}");
        }

        if (!element.TryGetProperty(FeeScheduleJsonFields.Labour, out var labourElement))
        {
            throw Invalid(index, code, FeeScheduleJsonFields.Labour, "is required (the labour price per unit)");
        }

        var labour = ReadAmount(labourElement, FeeScheduleJsonFields.Labour, index, code, currency, ceiling);
        Money? labourMax = element.TryGetProperty(FeeScheduleJsonFields.LabourMax, out var maxElement) && maxElement.ValueKind != JsonValueKind.Null
            ? ReadAmount(maxElement, FeeScheduleJsonFields.LabourMax, index, code, currency, ceiling)
            : null;
        if (labourMax is { } max && max < labour)
        {
            throw Invalid(index, code, FeeScheduleJsonFields.LabourMax,
                $"({max.Amount.ToString(CultureInfo.InvariantCulture)}) must not be below labour ({labour.Amount.ToString(CultureInfo.InvariantCulture)})");
        }

        var pricing = MaterialPricing.Fixed;
        var material = Money.Zero(currency);
        if (element.TryGetProperty(FeeScheduleJsonFields.Material, out var materialElement))
        {
            if (materialElement.ValueKind == JsonValueKind.String)
            {
                if (materialElement.GetString() != AtCost)
                {
                    throw Invalid(index, code, FeeScheduleJsonFields.Material, $"must be a price or \"{AtCost}\", but was {materialElement.GetRawText()}");
                }

                pricing = MaterialPricing.AtCost;
            }
            else
            {
                material = ReadAmount(materialElement, FeeScheduleJsonFields.Material, index, code, currency, ceiling);
            }
        }

        string? defectClass = null;
        if (element.TryGetProperty(FeeScheduleJsonFields.DefectClass, out var defectElement) && defectElement.ValueKind != JsonValueKind.Null)
        {
            defectClass = ReadString(defectElement, FeeScheduleJsonFields.DefectClass, index, code);
        }

        var utility = ReadBool(element, FeeScheduleJsonFields.UtilityInstallation, index, code);
        var major = ReadBool(element, FeeScheduleJsonFields.MajorWork, index, code);
        try
        {
            return new FeeScheduleItem(code, name, categories, unit, labour, labourMax, pricing, material, defectClass, utility, major);
        }
        catch (ArgumentException e)
        {
            // The checks above leave nothing for the item to refuse; should a rule be added there, its message still names item and field.
            throw new FeeScheduleFormatException(
                $"Fee schedule item {index} (code \"{FeeScheduleItem.Shown(code)}\"): {e.Message}", index, code, FeeScheduleJsonFields.ForItemParameter(e.ParamName), e);
        }
    }

    // Unknown fields are refused so that typos are caught; a field given twice is refused because JSON leaves
    // open which value wins. The known lists are short, so this stays linear in the size of the file.
    private static void CheckFields(JsonElement element, string[] known, int? index, string? code)
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
                var where = index is null ? "Fee schedule" : $"Fee schedule item {index} (code \"{FeeScheduleItem.Shown(code)}\"),";
                throw new FeeScheduleFormatException($"{where} field \"{property.Name}\": {problem}.", index, code, property.Name);
            }

            seen |= 1 << position;
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

    private static Money ReadAmount(JsonElement element, string field, int index, string code, string currency, decimal ceiling)
    {
        if (element.ValueKind != JsonValueKind.Number || !element.TryGetDecimal(out var amount))
        {
            throw Invalid(index, code, field, $"must be a number (an amount in {currency}), but was {element.GetRawText()}");
        }

        if (amount < 0m)
        {
            throw Invalid(index, code, field, $"must not be negative, but was {amount.ToString(CultureInfo.InvariantCulture)}");
        }

        if (FeeScheduleOptions.PriceProblem(amount, ceiling) is { } problem)
        {
            throw Invalid(index, code, field, problem);
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

    // Exactly one name, ignoring case: Enum.TryParse would also take "Water, Power" (a flags combination) or " 3".
    private static bool TryParseName<TEnum>(JsonElement element, string[] names, TEnum[] values, out TEnum value)
        where TEnum : struct, Enum
    {
        if (element.ValueKind == JsonValueKind.String)
        {
            var text = element.GetString();
            for (var i = 0; i < names.Length; i++)
            {
                if (string.Equals(names[i], text, StringComparison.OrdinalIgnoreCase))
                {
                    value = values[i];
                    return true;
                }
            }
        }

        value = default;
        return false;
    }

    private static FeeScheduleFormatException Invalid(int index, string? code, string field, string problem) =>
        new($"Fee schedule item {index} (code \"{FeeScheduleItem.Shown(code)}\"), field \"{field}\": {problem}.", index, code, field);

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
