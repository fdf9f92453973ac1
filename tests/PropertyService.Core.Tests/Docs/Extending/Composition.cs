// begin-snippet: composition
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using PropertyService;
using PropertyService.DependencyInjection;
using PropertyService.Escalation;
using PropertyService.Fees;
using PropertyService.Sla;

namespace Acme.PropertyService;

public static class AcmeComposition
{
    public static IServiceCollection AddAcmeServiceCenter(
        this IServiceCollection services, SiteId site, BusinessCalendar calendar, FeeScheduleHistory fees, IClock clock)
    {
        services.AddSingleton(new HolidaySurchargeOptions { Calendar = calendar });
        services.AddSingleton(calendar.TimeZone);
        services.AddPropertyService(options => options.Escalation.AcknowledgeWithin = Duration.FromMinutes(5))
            .UseClock(clock)
            .UseFeeSchedule(site, fees)
            .UseBusinessCalendar(site, "office", calendar)
            .InsertFeeRuleBefore<MinimumCallOutChargeRule, HolidaySurchargeRule>() // surcharge before the minimum applies
            .AddEscalationRule<LateNightEmergencyRule>()
            .UseEscalationNotifier<SmsNotifier>();
        return services;
    }
}
// end-snippet
