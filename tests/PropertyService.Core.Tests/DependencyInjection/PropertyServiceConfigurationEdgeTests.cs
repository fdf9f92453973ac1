using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using NodaTime;
using PropertyService.Escalation;
using PropertyService.Fees;
using PropertyService.Pipeline;
using PropertyService.Sla;

namespace PropertyService.DependencyInjection;

/// <summary>The composition root's arguments, registrations of every shape, and each start-up error's wording.</summary>
public sealed class PropertyServiceConfigurationEdgeTests
{
    private static readonly SiteId Site = new("SZ-01");

    private static IReadOnlyList<string> Errors(Action<IPropertyServiceBuilder> configure, Action<IServiceCollection>? services = null)
    {
        var collection = new ServiceCollection();
        configure(collection.AddPropertyService().UseEscalationNotifier<InMemoryEscalationNotifier>());
        services?.Invoke(collection);
        using var provider = collection.BuildServiceProvider();
        try
        {
            provider.ValidatePropertyService();
            return [];
        }
        catch (PropertyServiceConfigurationException e)
        {
            return e.Errors;
        }
    }

    [Fact]
    public void Arguments_are_checked()
    {
        var builder = new ServiceCollection().AddPropertyService();
        Assert.Throws<ArgumentNullException>(() => ((IServiceCollection)null!).AddPropertyService());
        Assert.Throws<ArgumentNullException>(() => builder.UseClock(null!));
        Assert.Throws<ArgumentNullException>(() => builder.UseFeeSchedule(null!));
        Assert.Throws<ArgumentNullException>(() => builder.UseFeeSchedule(Site, null!));
        Assert.Throws<ArgumentNullException>(() => builder.UseBusinessCalendar("office", null!));
        Assert.Throws<ArgumentNullException>(() => builder.UseBusinessCalendar(Site, "office", null!));
        Assert.Throws<ArgumentNullException>(() => builder.UseEscalationLadder(null!));
        Assert.Throws<ArgumentNullException>(() => builder.UseEscalationLadder(Site, null!));
        Assert.Throws<ArgumentNullException>(() => builder.UseSlaPolicy((SlaPolicy[])null!));
        Assert.Throws<ArgumentNullException>(() => ((IPropertyServiceBuilder)null!).AddFeeRule<WarrantyRule>());
        Assert.Throws<ArgumentNullException>(() => ((IServiceProvider)null!).ValidatePropertyService());
    }

    [Fact]
    public void Settings_for_an_empty_site_are_errors_naming_the_setting()
    {
        var ladder = EscalationLadder.Default;
        var errors = Errors(b => b.UseFeeSchedule(default(SiteId), new FeeScheduleHistory(FeeSchedule.CreateBuilder(new LocalDate(2026, 1, 1)).Build()))
            .UseBusinessCalendar(default(SiteId), "office", BusinessCalendar.AlwaysOpen)
            .UseSlaPolicy(default(SiteId), SlaDefaults.Policy)
            .UseEscalationLadder(default(SiteId), ladder));
        Assert.Equal(["UseFeeSchedule", "UseBusinessCalendar", "UseSlaPolicy", "UseEscalationLadder"], errors.Select(e => e[..e.IndexOf(':')]));
        Assert.All(errors, e => Assert.Contains("the site is empty", e));
    }

    [Fact]
    public void An_empty_policy_list_or_a_null_policy_is_an_error()
    {
        Assert.Equal("UseSlaPolicy (default): give at least one policy, and no null.", Assert.Single(Errors(b => b.UseSlaPolicy(Array.Empty<SlaPolicy>()))));
        Assert.Equal("UseSlaPolicy (site SZ-01): give at least one policy, and no null.", Assert.Single(Errors(b => b.UseSlaPolicy(Site, SlaDefaults.Policy, null!))));
    }

    [Fact]
    public void A_blank_calendar_name_is_an_error_for_a_site_too() =>
        Assert.Equal("UseBusinessCalendar: the calendar's name is blank; SLA targets find calendars by name.", Assert.Single(Errors(b => b.UseBusinessCalendar(Site, "", BusinessCalendar.AlwaysOpen))));

    [Fact]
    public void A_default_policy_that_needs_a_calendar_needs_it_among_the_defaults()
    {
        var policy = SlaDefaults.Policy.WithTarget(SlaDefaults.WrittenReplyByBusinessDays("office"));
        var error = Assert.Single(Errors(b => b.UseSlaPolicy(policy)));
        Assert.Equal("UseBusinessCalendar: target 'HR-09 written reply' of SLA policy 'default' counts working time on calendar 'office', which sites without their own calendars lack(s); call UseBusinessCalendar(\"office\", calendar) for every site or UseBusinessCalendar(site, \"office\", calendar).", error);
        Assert.Empty(Errors(b => b.UseSlaPolicy(policy).UseBusinessCalendar("office", BusinessCalendar.AlwaysOpen)));
    }

    [Fact]
    public void Fee_rules_with_the_same_name_are_an_error()
    {
        var error = Assert.Single(Errors(b => b.AddFeeRule<AnotherWarranty>()));
        Assert.Equal("Fee rule name 'Warranty' is used by 2 registered rules (WarrantyRule, AnotherWarranty); quotes record changes by rule name, so names must differ.", error);
    }

    [Fact]
    public void A_rule_or_notifier_that_cannot_be_made_is_an_error_naming_it()
    {
        var errors = Errors(b => b.AddEscalationRule<NeedsSomethingMissing>(), s => s.AddSingleton<IEscalationNotifier>(_ => throw new InvalidOperationException("no SMS key")));
        Assert.Equal(2, errors.Count);
        Assert.StartsWith("Escalation rule NeedsSomethingMissing: ", errors[0]);
        Assert.Equal("Escalation notifier: no SMS key", errors[1]);
    }

    [Fact]
    public void Rules_given_as_instances_or_factories_are_recognised_and_removable()
    {
        var collection = new ServiceCollection();
        var builder = collection.AddPropertyService().UseEscalationNotifier<InMemoryEscalationNotifier>();
        collection.AddSingleton<IEscalationRule>(new Quiet());
        collection.AddSingleton<IFeeRule, Noop>(_ => new Noop());
        collection.AddKeyedSingleton<IFeeRule, Noop>("other");
        using (var provider = collection.BuildServiceProvider())
        {
            var center = provider.ValidatePropertyService();
            Assert.IsType<Quiet>(center.Rules[^1]);
        }

        builder.RemoveEscalationRule<Quiet>().RemoveFeeRule<Noop>();
        Assert.DoesNotContain(collection, d => d.ServiceType == typeof(IEscalationRule) && d.ImplementationInstance is Quiet);
        Assert.Single(collection, d => d.ServiceType == typeof(IFeeRule) && d.IsKeyedService);
        Assert.Null(PropertyServiceComposition.ImplementationOf(collection.Single(d => d.IsKeyedService)));
    }

    [Fact]
    public async Task The_start_up_check_stops_quietly()
    {
        var collection = new ServiceCollection();
        collection.AddPropertyService().UseEscalationNotifier<InMemoryEscalationNotifier>();
        using var provider = collection.BuildServiceProvider();
        var check = Assert.Single(provider.GetServices<IHostedService>());
        await check.StartAsync(CancellationToken.None);
        await check.StopAsync(CancellationToken.None);
        Assert.Same(provider.GetRequiredService<ServiceCenter>().Escalations, provider.GetRequiredService<EscalationBoard>());
    }

    [Fact]
    public void The_exception_lists_its_errors()
    {
        var one = new PropertyServiceConfigurationException("x is wrong");
        Assert.Equal(["x is wrong"], one.Errors);
        Assert.Equal($"PropertyService is misconfigured (1 error):{Environment.NewLine}- x is wrong", one.Message);
        var inner = new InvalidOperationException("cause");
        Assert.Same(inner, new PropertyServiceConfigurationException("y", inner).InnerException);
        Assert.Equal(["The library is misconfigured."], new PropertyServiceConfigurationException().Errors);
        Assert.Contains("(2 errors)", new PropertyServiceConfigurationException(["a", "b"]).Message);
    }

    private sealed class AnotherWarranty : IFeeRule
    {
        public string Name => WarrantyRule.RuleName;

        public void Apply(FeeRuleContext context)
        {
        }
    }

    private sealed class Noop : IFeeRule
    {
        public string Name => "Noop";

        public void Apply(FeeRuleContext context)
        {
        }
    }

    private sealed class Quiet : IEscalationRule
    {
    }

    private sealed class NeedsSomethingMissing(IFormatProvider missing) : IEscalationRule
    {
        public IFormatProvider Missing => missing;
    }
}
