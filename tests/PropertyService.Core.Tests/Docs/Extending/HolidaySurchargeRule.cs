// begin-snippet: holiday-surcharge-rule
using System.Globalization;
using PropertyService;
using PropertyService.Fees;
using PropertyService.Sla;

namespace Acme.PropertyService;

/// <summary>The vendor's options: which calendar says what a holiday is, and the surcharge.</summary>
public sealed class HolidaySurchargeOptions
{
    public const decimal DefaultPercentage = 50m;

    public required BusinessCalendar Calendar { get; init; }

    public decimal Percentage { get; init; } = DefaultPercentage;
}

/// <summary>Work started on a public holiday costs the resident a surcharge on their share.</summary>
public sealed class HolidaySurchargeRule(HolidaySurchargeOptions options) : IFeeRule
{
    public string Name => "AcmeHolidaySurcharge";

    public void Apply(FeeRuleContext context)
    {
        if (context.Request.WorkStartsAt is not { } start
            || options.Calendar.DayKind(start.Date).Value != BusinessDayKind.Holiday)
        {
            return;
        }

        var residentPays = context.TotalFor(Payer.Resident).Amount;
        if (residentPays > 0m)
        {
            context.AddSurcharge(
                new Money(residentPays * options.Percentage / 100m, context.Currency),
                Payer.Resident,
                $"Holiday surcharge {options.Percentage.ToString(CultureInfo.InvariantCulture)}%");
        }
    }
}
// end-snippet
