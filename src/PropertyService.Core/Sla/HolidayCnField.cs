namespace PropertyService.Sla;

/// <summary>
/// The field names of the holiday-cn JSON format (<c>NateScarlet/holiday-cn</c>), in one place for the reader and its
/// messages: <c>{"year": 2026, "papers": [...], "days": [{"name", "date", "isOffDay"}]}</c>.
/// </summary>
internal static class HolidayCnField
{
    /// <summary>The year the file is about (a number).</summary>
    internal const string Year = "year";

    /// <summary>The listed days (an array of objects).</summary>
    internal const string Days = "days";

    /// <summary>A day's ISO date (<c>yyyy-MM-dd</c>).</summary>
    internal const string Date = "date";

    /// <summary>Whether the day is a day off (<c>true</c>) or a make-up working day (<c>false</c>).</summary>
    internal const string IsOffDay = "isOffDay";
}
