using Microsoft.Extensions.Options;

namespace PropertyService.Samples.Web.Shifts;

/// <summary>Checks the rosters and tools at start-up, listing every problem, so a bad roster stops the host at once.</summary>
public sealed class ShiftsOptionsValidator : IValidateOptions<ShiftsOptions>
{
    /// <inheritdoc/>
    public ValidateOptionsResult Validate(string? name, ShiftsOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var errors = SiteRosters.Validate(options);
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
