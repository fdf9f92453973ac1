using BenchmarkDotNet.Attributes;
using NodaTime;
using PropertyService.HelpRequests;
using Stateless;

namespace PropertyService.Benchmarks;

/// <summary>
/// Help requests on the workflow kernel: (a) one command on a loaded request, (b) rebuilding a request from its 12
/// events with every history check, (c) the host pattern (rebuild from 12 events, one command, discard) against
/// (d) the old design's host pattern as a baseline: rebuild without checks, configure a new Stateless machine for the
/// request from the workflow's transition list, fire.
/// </summary>
/// <remarks>
/// (a) passes ownership back and forth on one request; every 1,024 invocations the request is rebuilt from its 12
/// events so its history stays short (about 1 ns per command). (d) applies the events with a plain switch, as the old
/// <c>FromEvents</c> did, and its guards read a request loaded once in setup (they only read).
/// </remarks>
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
    private HelpRequest _guardContext = null!;
    private int _invocations;

    [GlobalSetup]
    public void Setup()
    {
        var (request, _) = HelpRequest.Receive("H-1", Officer, HelpKind.OralInquiry, At).Value;
        Check(request.RecordContact(Officer, Location.InUnit(new UnitAddress("3", "2", "1201")), ContactPhone.Parse("13812345678"), At));
        Check(request.RecordWishes(Officer, "What is the renovation deposit?", At));
        Check(request.TransferOwnership(Officer, OtherOfficer, "Noon shift handover", At));
        Check(request.TransferOwnership(OtherOfficer, Officer, "Afternoon shift handover", At));
        Check(request.Escalate(Officer, Role.ServiceSupervisor, "What is the renovation deposit?", At));
        Check(request.Instruct(Supervisor, "2,000 yuan, refunded after inspection.", At));
        Check(request.TransferOwnership(Officer, OtherOfficer, "Night handover", At));
        Check(request.TransferOwnership(Supervisor, Officer, "Morning handover", At));
        Check(request.TransferOwnership(Officer, OtherOfficer, "Noon shift handover", At));
        Check(request.TransferOwnership(OtherOfficer, Officer, "Afternoon shift handover", At));
        Check(request.TransferOwnership(Officer, OtherOfficer, "Night handover", At));
        _history = [.. request.Events];
        if (_history.Length != 12 || request.State != HelpRequestState.Instructed)
        {
            throw new InvalidOperationException($"Expected 12 events ending Instructed, got {_history.Length} ending {request.State}.");
        }

        _loaded = HelpRequest.FromEvents(_history);
        _guardContext = HelpRequest.FromEvents(_history);
    }

    /// <summary>One full command (site, time, role, state and guards, arguments, fire, apply) on a loaded request.</summary>
    [Benchmark]
    public Result<IReadOnlyList<DomainEvent>> CommandOnLoadedRequest()
    {
        if ((++_invocations & 1023) == 0)
        {
            _loaded = HelpRequest.FromEvents(_history);
        }

        var owner = _loaded.FirstContactOwner;
        return _loaded.TransferOwnership(owner, owner.Equals(Officer) ? OtherOfficer : Officer, "Shift handover", At);
    }

    /// <summary>Rebuild a request from its 12 events, replaying each through the workflow.</summary>
    [Benchmark]
    public HelpRequest RebuildFromEvents() => HelpRequest.FromEvents(_history);

    /// <summary>The host pattern: rebuild from 12 events with every check, answer the resident, discard the request.</summary>
    [Benchmark]
    public Result<IReadOnlyList<DomainEvent>> HostPattern() =>
        HelpRequest.FromEvents(_history).Answer(OtherOfficer, "2,000 yuan, refunded after inspection.", At);

    /// <summary>
    /// The old host pattern: apply the 12 events without checks, configure a new Stateless machine for the request
    /// from the workflow's transitions, fire the answer and record its event.
    /// </summary>
    [Benchmark(Baseline = true)]
    public DomainEvent OldHostPattern()
    {
        var state = HelpRequestState.AwaitingContact;
        var owner = Officer;
        var version = 0;
        foreach (var e in _history)
        {
            state = e switch
            {
                HelpRequestContactRecorded => HelpRequestState.ContactRecorded,
                HelpRequestWishesRecorded => HelpRequestState.InProgress,
                HelpRequestEscalated => HelpRequestState.Escalated,
                HelpRequestInstructed => HelpRequestState.Instructed,
                _ => state,
            };
            owner = e is HelpRequestOwnershipTransferred t ? t.NewOwner : owner;
            version = e.Version;
        }

        var step = new HelpStep(_guardContext, owner);
        var machine = new StateMachine<HelpRequestState, HelpAction>(() => state, s => state = s, FiringMode.Immediate);
        foreach (var t in HelpRequestWorkflow.Table.Transitions)
        {
            var guards = Array.ConvertAll(t.Guards, g => Tuple.Create<Func<bool>, string>(() => g.Check(step), g.Description));
            if (t.From == t.To)
            {
                machine.Configure(t.From).PermitReentryIf(t.Trigger, guards);
            }
            else
            {
                machine.Configure(t.From).PermitIf(t.Trigger, t.To, guards);
            }
        }

        machine.Fire(HelpAction.Answer);
        return new HelpRequestAnswered("H-1", version + 1, At, owner, "2,000 yuan, refunded after inspection.", AfterEscalation: true);
    }

    private static void Check(Result<IReadOnlyList<DomainEvent>> result)
    {
        if (result.IsRejected)
        {
            throw new InvalidOperationException(result.Rejection.ToString());
        }
    }
}
