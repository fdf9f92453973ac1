using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using NodaTime;
using PropertyService.Escalation;
using PropertyService.Fees;
using PropertyService.Pipeline;
using PropertyService.Sla;

namespace PropertyService.DependencyInjection;

public sealed class StartupValidationTests
{
    private static readonly SiteId Site = new("SZ-01");

    private static PropertyServiceConfigurationException Fails(Action<IPropertyServiceBuilder> configure, Action<PropertyServiceOptions>? options = null, Action<IServiceCollection>? services = null)
    {
        var collection = new ServiceCollection();
        configure(collection.AddPropertyService(options));
        services?.Invoke(collection);
        using var provider = collection.BuildServiceProvider();
        return Assert.Throws<PropertyServiceConfigurationException>(() => provider.ValidatePropertyService());
    }

    private static IPropertyServiceBuilder WithNotifier(IPropertyServiceBuilder builder) => builder.UseEscalationNotifier<InMemoryEscalationNotifier>();

    [Fact]
    public void A_policy_counting_on_a_calendar_the_site_lacks_fails_naming_the_target_and_the_calendar()
    {
        var policy = SlaDefaults.Policy.WithTarget(SlaDefaults.WrittenReplyByBusinessDays("office"));
        var error = Assert.Single(Fails(b => WithNotifier(b).UseSlaPolicy(Site, policy)).Errors);
        Assert.Contains("HR-09 written reply", error);
        Assert.Contains("'office'", error);
        Assert.Contains("site SZ-01", error);
    }

    [Fact]
    public void A_calendar_given_for_the_site_satisfies_the_policy()
    {
        var policy = SlaDefaults.Policy.WithTarget(SlaDefaults.WrittenReplyByBusinessDays("office"));
        var collection = new ServiceCollection();
        WithNotifier(collection.AddPropertyService()).UseSlaPolicy(Site, policy).UseBusinessCalendar(Site, "office", BusinessCalendar.AlwaysOpen);
        using var provider = collection.BuildServiceProvider();
        Assert.Same(policy, provider.ValidatePropertyService().Sites.For(Site).Tracker.Policies.Single());
    }

    [Fact]
    public void A_rule_registered_twice_fails()
    {
        var error = Assert.Single(Fails(WithNotifierAnd, services: s => s.AddSingleton<IEscalationRule, MajorEmergencyEscalationRule>()).Errors);
        Assert.Contains("MajorEmergencyEscalationRule is registered twice", error);
    }

    private static void WithNotifierAnd(IPropertyServiceBuilder builder) => WithNotifier(builder);

    [Fact]
    public void An_empty_ladder_fails_naming_the_department()
    {
        var ladder = EscalationLadder.Default.With(EscalationDepartment.Engineering, Role.Technician);
        var error = Assert.Single(Fails(b => WithNotifier(b).UseEscalationLadder(Site, ladder)).Errors);
        Assert.Contains("UseEscalationLadder (site SZ-01): EscalationLadder.Engineering", error);
    }

    [Fact]
    public void A_fee_rule_option_out_of_range_fails_naming_the_rule()
    {
        var error = Assert.Single(Fails(WithNotifierAnd, o => o.AfterHoursSurcharge.Percentage = 5000m).Errors);
        Assert.Contains("AfterHoursSurchargeRule", error);
        Assert.Contains("between 0 and 1000", error);
    }

    [Fact]
    public void Escalation_rules_without_a_notifier_fail()
    {
        var error = Assert.Single(Fails(_ => { }).Errors);
        Assert.StartsWith("UseEscalationNotifier", error);
    }

    [Fact]
    public void An_acknowledgement_time_out_of_range_fails()
    {
        var error = Assert.Single(Fails(WithNotifierAnd, o => o.Escalation.AcknowledgeWithin = Duration.Zero).Errors);
        Assert.StartsWith("Escalation.AcknowledgeWithin", error);
    }

    [Fact]
    public void Several_misconfigurations_are_all_listed_at_once()
    {
        var exception = Fails(
            b => b.UseEscalationLadder(EscalationLadder.Default.With(EscalationDepartment.Service, Role.Officer, Role.Officer))
                  .UseSlaPolicy(Site, SlaDefaults.Policy.WithTarget(SlaDefaults.WrittenReplyByBusinessDays("office")))
                  .UseBusinessCalendar(" ", BusinessCalendar.AlwaysOpen),
            o => o.AfterHoursSurcharge.Percentage = -1m);
        Assert.Equal(5, exception.Errors.Count);
        Assert.Contains(exception.Errors, e => e.StartsWith("UseEscalationNotifier", StringComparison.Ordinal));
        Assert.Contains(exception.Errors, e => e.Contains("appears 2 times", StringComparison.Ordinal));
        Assert.Contains(exception.Errors, e => e.Contains("'office'", StringComparison.Ordinal));
        Assert.Contains(exception.Errors, e => e.Contains("calendar's name is blank", StringComparison.Ordinal));
        Assert.Contains(exception.Errors, e => e.Contains("AfterHoursSurchargeRule", StringComparison.Ordinal));
        Assert.Contains("5 errors", exception.Message);
    }

    [Fact]
    public async Task A_generic_host_fails_to_start_when_misconfigured()
    {
        var collection = new ServiceCollection();
        collection.AddPropertyService(o => o.Escalation.AcknowledgeWithin = Duration.FromDays(30)).UseEscalationNotifier<InMemoryEscalationNotifier>();
        using var provider = collection.BuildServiceProvider();
        var check = Assert.Single(provider.GetServices<IHostedService>());
        await Assert.ThrowsAsync<PropertyServiceConfigurationException>(() => check.StartAsync(CancellationToken.None));
    }

    [Fact]
    public void The_default_configuration_is_valid()
    {
        var collection = new ServiceCollection();
        WithNotifier(collection.AddPropertyService());
        using var provider = collection.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
        var center = provider.ValidatePropertyService();
        Assert.Equal(EscalationRules.BuiltIn, center.Rules.Select(r => r.GetType()));
        Assert.Same(SlaDefaults.Policy, center.Sites.For(Site).Tracker.Policies.Single());
        Assert.Same(EscalationLadder.Default, center.Sites.For(Site).Ladder);
        Assert.Throws<InvalidOperationException>(() => center.Fees(Site));
        Assert.Same(provider.GetRequiredService<IClock>(), SystemClockInstance());
    }

    private static IClock SystemClockInstance() => (IClock)typeof(SystemClock).GetProperty("Instance")!.GetValue(null)!;
}
