using System.Globalization;

namespace PropertyService.Utility;

/// <summary>Runs test code in a UI culture and restores the culture before it, whatever happens.</summary>
internal static class UiCulture
{
    /// <summary>Chinese as a mainland service center reads it.</summary>
    internal const string Chinese = "zh-CN";

    /// <summary>English as a US reader reads it.</summary>
    internal const string English = "en-US";

    /// <summary>Runs <paramref name="code"/> with <see cref="CultureInfo.CurrentUICulture"/> set to <paramref name="culture"/>.</summary>
    internal static T Run<T>(string culture, Func<T> code)
    {
        var before = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
            return code();
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }

    /// <summary>
    /// Runs a refused command in <paramref name="culture"/> and reads its rejection there: code, rule, field and the
    /// message in that culture.
    /// </summary>
    internal static (string Code, string? RuleId, string? Field, string Message) Refusal<T>(string culture, Func<Result<T>> command) =>
        Run(culture, () =>
        {
            var result = command();
            Assert.True(result.IsRejected, "Expected a rejection but the command succeeded.");
            var r = result.Rejection!;
            return (r.Code, r.RuleId, r.Field, r.Message);
        });
}
