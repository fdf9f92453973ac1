namespace PropertyService.Fees;

/// <summary>
/// The property names of the fee schedule JSON format (see <see cref="FeeScheduleJson"/>), in one place:
/// the loader, the saver and the error messages (<see cref="FeeScheduleFormatException.Field"/>) all use them.
/// </summary>
internal static class FeeScheduleJsonFields
{
    // Top level.
    internal const string Name = "name";
    internal const string InForceFrom = "inForceFrom";
    internal const string Currency = "currency";
    internal const string Items = "items";

    // Each item (its "name" is Name).
    internal const string Code = "code";
    internal const string Categories = "categories";
    internal const string Unit = "unit";
    internal const string Labour = "labour";
    internal const string LabourMax = "labourMax";
    internal const string Material = "material";
    internal const string DefectClass = "defectClass";
    internal const string UtilityInstallation = "utilityInstallation";
    internal const string MajorWork = "majorWork";

    /// <summary>The fields of the schedule object, in the order they are written.</summary>
    internal static readonly string[] TopLevel = [Name, InForceFrom, Currency, Items];

    /// <summary>The fields of an item object, in the order they are written.</summary>
    internal static readonly string[] Item =
        [Code, Name, Categories, Unit, Labour, LabourMax, Material, DefectClass, UtilityInstallation, MajorWork];

    /// <summary>The JSON field for a <see cref="FeeScheduleItem"/> constructor parameter that was refused.</summary>
    internal static string ForItemParameter(string? parameter) => parameter switch
    {
        "maximumLabour" => LabourMax,
        "materialPricing" => Material,
        "isUtilityInstallation" => UtilityInstallation,
        "isMajorWork" => MajorWork,
        null => Code,
        _ => parameter,
    };
}
