namespace PropertyService.Samples.Web.Http;

/// <summary>Reads where something is: a unit ("3-2-1201": building, entrance, room; or "3-1201") or a common area.</summary>
public static class Locations
{
    /// <summary>Reads one of <paramref name="unit"/> and <paramref name="commonArea"/>; adds an error under <c>unit</c> otherwise.</summary>
    /// <param name="unit">The unit as sent, or null.</param>
    /// <param name="commonArea">The common area as sent, or null.</param>
    /// <param name="errors">Where errors go.</param>
    /// <returns>The location, or null when there were errors.</returns>
    public static Location? Read(string? unit, string? commonArea, IDictionary<string, string[]> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (string.IsNullOrWhiteSpace(unit) == string.IsNullOrWhiteSpace(commonArea))
        {
            errors["unit"] = ["Give either 'unit' (such as \"3-2-1201\") or 'commonArea', not both."];
            return null;
        }

        if (string.IsNullOrWhiteSpace(unit))
        {
            return Location.CommonArea(commonArea!.Trim());
        }

        var parts = unit.Split('-', StringSplitOptions.TrimEntries);
        if (parts.Length is < 2 or > 3 || parts.Any(string.IsNullOrEmpty))
        {
            errors["unit"] = [$"'{unit}' is not a unit; write building-entrance-room (\"3-2-1201\") or building-room (\"3-1201\")."];
            return null;
        }

        return Location.InUnit(parts.Length == 3 ? new UnitAddress(parts[0], parts[1], parts[2]) : new UnitAddress(parts[0], null, parts[1]));
    }
}
