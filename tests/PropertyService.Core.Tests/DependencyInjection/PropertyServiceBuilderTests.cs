using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Testing;
using PropertyService.Escalation;
using PropertyService.Fees;
using PropertyService.Pipeline;
using PropertyService.Storage;

namespace PropertyService.DependencyInjection;

public sealed class PropertyServiceBuilderTests
{
    private static readonly SiteId Site = new("SZ-01");
    private static readonly SiteId Other = new("GZ-02");

    private static (ServiceProvider Provider, ServiceCenter Center) Build(Action<IPropertyServiceBuilder> configure)
    {
        var services = new ServiceCollection();
        configure(services.AddPropertyService().UseEscalationNotifier<InMemoryEscalationNotifier>());
        var provider = services.BuildServiceProvider();
        return (provider, provider.ValidatePropertyService());
    }

    private static FeeScheduleHistory Schedule(string name) =>
        Schedule(FeeSchedule.CreateBuilder(new LocalDate(2026, 1, 1)), name);

    private static FeeScheduleHistory Schedule(FeeScheduleBuilder builder, string name)
    {
        builder.Name = name;
        return new(builder.Add(new FeeScheduleItem("S-01", "Replace tap washer", [RepairCategory.Unit], FeeUnit.PerItem, Money.Yuan(30m))).Build());
    }

    [Fact]
    public void Calling_AddPropertyService_twice_registers_nothing_twice_and_keeps_a_removed_rule_removed()
    {
        var services = new ServiceCollection();
        services.AddPropertyService().RemoveEscalationRule<WorkRejectedEscalationRule>().UseEscalationNotifier<InMemoryEscalationNotifier>();
        var count = services.Count;
        services.AddPropertyService(o => o.Escalation.AcknowledgeWithin = Duration.FromMinutes(5));
        Assert.Equal(count, services.Count);
        using var provider = services.BuildServiceProvider();
        var center = provider.ValidatePropertyService();
        Assert.DoesNotContain(center.Rules, r => r is WorkRejectedEscalationRule);
        Assert.Equal(EscalationRules.BuiltIn.Count - 1, center.Rules.Count);

        // The second call's options reach the same configuration: escalations climb after 5 minutes.
        var notice = center.Escalations.Submit(Site, EscalationLadder.Default, new EscalationRequest("c", "RT-1", EscalationDepartment.Service, EscalationLevel.Supervisor, EscalationUrgency.Normal, "X", new EscalationReason("x", "x")), Instant.FromUtc(2026, 1, 1, 0, 0));
        Assert.Equal(notice!.DueAt + Duration.FromMinutes(5), center.Escalations.NextClimbAt);
    }

    [Fact]
    public void The_built_in_fee_rules_are_registered_in_order_and_a_registered_rule_can_be_moved()
    {
        var (provider, center) = Build(b => b.UseFeeSchedule(Schedule("default")));
        using (provider)
        {
            Assert.Equal(FeeRules.CreateBuiltIn().Select(r => r.Name), ((FeeEvaluator)center.Fees(Site)).Rules.Select(r => r.Name));
        }

        var (moved, movedCenter) = Build(b => b.UseFeeSchedule(Schedule("default")).AddFeeRule<NoopFeeRule>().InsertFeeRuleBefore<WarrantyRule, NoopFeeRule>());
        using (moved)
        {
            Assert.Equal(["UtilityOwned", "Noop", "Warranty"], ((FeeEvaluator)movedCenter.Fees(Site)).Rules.Take(3).Select(r => r.Name));
            Assert.Single(((FeeEvaluator)movedCenter.Fees(Site)).Rules, r => r.Name == "Noop");
        }
    }

    [Fact]
    public void A_site_configured_for_something_else_uses_the_default_fee_schedule()
    {
        var (provider, center) = Build(b => b.UseFeeSchedule(Schedule("default")).UseEscalationLadder(Site, EscalationLadder.Default));
        using (provider)
        {
            Assert.Equal("default", ((FeeEvaluator)center.Fees(Site)).Schedules.Schedules.Single().Name);
        }
    }

    [Fact]
    public void Without_escalation_rules_no_notifier_is_needed()
    {
        var services = new ServiceCollection();
        var builder = services.AddPropertyService();
        builder.RemoveEscalationRule<SlaEscalationRule>().RemoveEscalationRule<MajorEmergencyEscalationRule>().RemoveEscalationRule<IncomingAbsentEscalationRule>()
            .RemoveEscalationRule<HelpRequestEscalationRule>().RemoveEscalationRule<WorkRejectedEscalationRule>().RemoveEscalationRule<UnqualifiedMaterialsEscalationRule>();
        using var provider = services.BuildServiceProvider();
        Assert.Empty(provider.ValidatePropertyService().Rules);
    }

    [Fact]
    public void Vendors_add_and_remove_escalation_rules_the_way_built_ins_are_registered()
    {
        var (provider, center) = Build(b => b.RemoveEscalationRule<SlaEscalationRule>().AddEscalationRule<QuietRule>().AddEscalationRule<QuietRule>());
        using (provider)
        {
            Assert.IsType<QuietRule>(center.Rules[^1]);
            Assert.Single(center.Rules.OfType<QuietRule>());
            Assert.DoesNotContain(center.Rules, r => r is SlaEscalationRule);
        }
    }

    [Fact]
    public void A_fee_rule_is_inserted_before_another_and_the_evaluator_runs_them_in_that_order()
    {
        var (provider, center) = Build(b => b.UseFeeSchedule(Schedule("default")).InsertFeeRuleBefore<MinimumCallOutChargeRule, NoopFeeRule>().RemoveFeeRule<WarrantyRule>());
        using (provider)
        {
            var names = ((FeeEvaluator)center.Fees(Site)).Rules.Select(r => r.Name).ToList();
            Assert.Equal(["UtilityOwned", "CommonArea", "ResidentSuppliedMaterials", "AfterHoursSurcharge", "Noop", "MinimumCallOutCharge"], names);
        }
    }

    [Fact]
    public void Inserting_before_a_rule_that_is_not_registered_is_refused()
    {
        var services = new ServiceCollection();
        var builder = services.AddPropertyService().RemoveFeeRule<WarrantyRule>();
        Assert.Contains("WarrantyRule is not registered", Assert.Throws<InvalidOperationException>(() => builder.InsertFeeRuleBefore<WarrantyRule, NoopFeeRule>()).Message);
    }

    [Fact]
    public void Per_site_settings_are_looked_up_by_site_and_others_get_the_defaults()
    {
        var ladder = EscalationLadder.Default.With(EscalationDepartment.Service, Role.Officer, Role.ServiceManager);
        var (provider, center) = Build(b => b.UseFeeSchedule(Schedule("default")).UseFeeSchedule(Site, Schedule("site")).UseEscalationLadder(Site, ladder));
        using (provider)
        {
            Assert.Equal("site", ((FeeEvaluator)center.Fees(Site)).Schedules.Schedules.Single().Name);
            Assert.Equal("default", ((FeeEvaluator)center.Fees(Other)).Schedules.Schedules.Single().Name);
            Assert.Same(ladder, center.Sites.For(Site).Ladder);
            Assert.Same(EscalationLadder.Default, center.Sites.For(Other).Ladder);
            Assert.Equal([Site], center.Sites.Configured);
        }
    }

    [Fact]
    public async Task The_in_memory_store_is_one_line_and_one_instance()
    {
        var (provider, _) = Build(b => b.UseInMemoryStore().UseInMemoryStore());
        using (provider)
        {
            var store = provider.GetRequiredService<PropertyService.Storage.IEventStore>();
            Assert.IsType<PropertyService.Storage.InMemoryEventStore>(store);
            Assert.Same(store, provider.GetRequiredService<PropertyService.Storage.IEventStore>());
            Assert.Single(provider.GetServices<PropertyService.Storage.IEventStore>());
            var ticket = Repairs.RepairTicket.Report("RT-1", Repairs.RepairFixture.Request("S-01"), Repairs.RepairFixture.Officer, Repairs.RepairFixture.Start).Value.Aggregate;
            Assert.True((await store.AppendAsync(Site, "RT-1", 0, ticket.Events)).IsSuccess);
        }
    }

    [Fact]
    public void The_clock_is_replaceable()
    {
        var clock = new FakeClock(Instant.FromUtc(2026, 1, 1, 0, 0));
        var (provider, _) = Build(b => b.UseClock(clock));
        using (provider)
        {
            Assert.Same(clock, provider.GetRequiredService<IClock>());
        }
    }

    [Fact]
    public void Configuring_before_AddPropertyService_is_a_clear_error()
    {
        var builder = new BareBuilder();
        Assert.Contains("AddPropertyService", Assert.Throws<InvalidOperationException>(() => builder.UseFeeSchedule(Schedule("x"))).Message);
    }

    private sealed class BareBuilder : IPropertyServiceBuilder
    {
        public IServiceCollection Services { get; } = new ServiceCollection();
    }

    private sealed class QuietRule : IEscalationRule
    {
    }

    private sealed class NoopFeeRule : IFeeRule
    {
        public string Name => "Noop";

        public void Apply(FeeRuleContext context)
        {
        }
    }
}
