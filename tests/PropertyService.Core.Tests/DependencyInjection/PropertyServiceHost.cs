using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Testing;
using PropertyService.Escalation;
using PropertyService.Pipeline;
using PropertyService.Repairs;

namespace PropertyService.DependencyInjection;

/// <summary>A host composed with AddPropertyService, a FakeClock and the in-memory notifier, as a test would run a service center.</summary>
internal sealed class PropertyServiceHost : IDisposable
{
    public static readonly SiteId Site = new("SZ-01");
    public static readonly Instant Start = Instant.FromUtc(2026, 11, 27, 2, 0); // 10:00 in Shanghai

    public static readonly Actor Officer = new("O1", "王客服", Site, Role.Officer);
    public static readonly Actor ServiceSupervisor = new("SS1", "张主管", Site, Role.ServiceSupervisor);
    public static readonly Actor ServiceManager = new("SM1", "赵经理", Site, Role.ServiceManager);
    public static readonly Actor SiteManager = new("MG1", "钱经理", Site, Role.SiteManager);
    public static readonly Actor Technician = new("T1", "周师傅", Site, Role.Technician);
    public static readonly Resident Owner = new("陈女士", ContactPhone.Parse("13812345678"), isOwner: true) { Id = "R1" };

    private readonly ServiceProvider _provider;

    public PropertyServiceHost(Action<IPropertyServiceBuilder>? configure = null, Action<IServiceCollection>? services = null)
    {
        var collection = new ServiceCollection();
        var builder = collection.AddPropertyService().UseClock(Clock).UseEscalationNotifier<InMemoryEscalationNotifier>();
        configure?.Invoke(builder);
        services?.Invoke(collection);
        _provider = collection.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    public FakeClock Clock { get; } = new(Start);

    public ServiceProvider Provider => _provider;

    public ServiceCenter Center => _provider.GetRequiredService<ServiceCenter>();

    public InMemoryEscalationNotifier Notifier => _provider.GetRequiredService<InMemoryEscalationNotifier>();

    public Instant Now => Clock.GetCurrentInstant();

    public static RepairRequest Request() =>
        new(RepairChannel.Call, Owner, Owner.Phone, Location.InUnit(new UnitAddress("3", "2", "1201"), "kitchen"), RepairCategory.Unit, "Kitchen tap drips") { FeeItemCodes = ["S-01"] };

    public async Task<RepairTicket> ReportAsync(string id = "RT-1")
    {
        var result = await Center.CreateAsync(() => RepairTicket.Report(id, Request(), Officer, Now));
        Assert.True(result.IsSuccess, result.ToString());
        return result.Value.Aggregate;
    }

    public async Task<PollResult> AdvanceAsync(Duration by)
    {
        Clock.Advance(by);
        return await Center.PollAsync(Now);
    }

    public void Dispose() => _provider.Dispose();
}
