using BenchmarkDotNet.Attributes;
using NodaTime;
using PropertyService.HelpRequests;
using Stateless;

namespace PropertyService.Benchmarks;

/// <summary>
/// One command on a loaded help request (its machine configured once and reused), rebuilding a request from its
/// events (no machine at all), and the naive baseline: configure a new Stateless machine and fire, per command.
/// </summary>
[MemoryDiagnoser]
public class HelpRequestBenchmarks
{
    private static readonly SiteId Site = new("SZ-VK-01");
    private static readonly Actor Officer = new("E01", "王小明", Site, Role.Officer);
    private static readonly Actor OtherOfficer = new("E02", "李丽", Site, Role.Officer);
    private static readonly Actor Supervisor = new("S01", "张主管", Site, Role.ServiceSupervisor);

    private static readonly Instant At = Instant.FromUtc(2026, 11, 27, 2, 0);

    private DomainEvent[] _history = [];
    private HelpRequest _loaded = null!;
    private HelpRequest _naive = null!;

    [GlobalSetup]
    public void Setup()
    {
        var events = new List<DomainEvent>();
        var receipt = HelpRequest.Receive("H-1", Officer, HelpKind.OralInquiry, At).Value;
        events.AddRange(receipt.Events);
        var request = receipt.Request;
        events.AddRange(request.RecordContact(Officer, Location.InUnit(new UnitAddress("3", "2", "1201")), ContactPhone.Parse("13812345678"), At).Value);
        events.AddRange(request.RecordWishes(Officer, "What is the renovation deposit?", At).Value);
        events.AddRange(request.TransferOwnership(Officer, OtherOfficer, "Noon shift handover", At).Value);
        events.AddRange(request.TransferOwnership(OtherOfficer, Officer, "Afternoon shift handover", At).Value);
        events.AddRange(request.Escalate(Officer, Role.ServiceSupervisor, "What is the renovation deposit?", At).Value);
        events.AddRange(request.Instruct(Supervisor, "2,000 yuan, refunded after inspection.", At).Value);
        events.AddRange(request.TransferOwnership(Officer, OtherOfficer, "Night handover", At).Value);
        _history = [.. events];

        _loaded = HelpRequest.FromEvents(_history);
        _loaded.PermittedActions(Supervisor);
        _naive = HelpRequest.FromEvents(_history);
        _naive.PermittedActions(Supervisor); // the guards of a fresh machine then judge a supervisor's transfer
    }

    /// <summary>Configure a new machine for the request and fire one transfer: the cost of a machine per command.</summary>
    [Benchmark(Baseline = true)]
    public StateMachine<HelpRequestState, HelpAction> NaiveConfigureAndFire()
    {
        var machine = _naive.CreateMachine();
        machine.Fire(HelpAction.TransferOwnership);
        return machine;
    }

    /// <summary>One full command (judge, event, fire the reused machine, apply) on a loaded request.</summary>
    [Benchmark]
    public Result<IReadOnlyList<DomainEvent>> CommandOnLoadedRequest()
    {
        var owner = _loaded.FirstContactOwner;
        return _loaded.TransferOwnership(owner, owner.Equals(Officer) ? OtherOfficer : Officer, "Shift handover", At);
    }

    /// <summary>Rebuild an 8-event request from its events, without a machine.</summary>
    [Benchmark]
    public HelpRequest RebuildFromEvents() => HelpRequest.FromEvents(_history);
}
