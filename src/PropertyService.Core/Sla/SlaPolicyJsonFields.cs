namespace PropertyService.Sla;

/// <summary>
/// The property names of the SLA policy file format (see <see cref="SlaPolicyJson"/>), in one place: the loader and its
/// error messages (<see cref="SlaPolicyFormatException.Field"/>) use them.
/// </summary>
internal static class SlaPolicyJsonFields
{
    // Top level.
    internal const string Name = "name";
    internal const string WarningThreshold = "warningThreshold";
    internal const string Targets = "targets";

    // Each target's changes, keyed by the target's name in "targets" (its "warningThreshold" is WarningThreshold).
    internal const string WorkingTime = "workingTime";
    internal const string BusinessDays = "businessDays";
    internal const string Calendar = "calendar";
    internal const string Offset = "offset";
    internal const string Enabled = "enabled";

    /// <summary>The fields of the file's object, in the documented order.</summary>
    internal static readonly string[] TopLevel = [Name, WarningThreshold, Targets];

    /// <summary>The fields of a target's changes, in the documented order.</summary>
    internal static readonly string[] Target = [WorkingTime, BusinessDays, Calendar, Offset, WarningThreshold, Enabled];

    /// <summary>The JSON field for a <see cref="SlaTarget"/> or <see cref="SlaDeadline"/> parameter that was refused.</summary>
    internal static string? ForTargetParameter(string? parameter) => parameter switch
    {
        nameof(SlaTarget.WarningThreshold) => WarningThreshold,
        "workingTime" => WorkingTime,
        "days" => BusinessDays,
        "calendarName" => Calendar,
        "offset" => Offset,
        _ => null,
    };
}
