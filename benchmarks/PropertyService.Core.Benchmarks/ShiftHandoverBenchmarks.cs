using BenchmarkDotNet.Attributes;
using NodaTime;
using PropertyService.HelpRequests;
using PropertyService.Shifts;

namespace PropertyService.Benchmarks;

/// <summary>
/// One command on a loaded shift handover (12 events) against one command on a loaded help request in the same run:
/// the three workflows run on one kernel and their commands should cost the same.
/// </summary>
/// <remarks>
/// The handover command alternates between rejecting the post and tidying it (CS-19); the help-request command passes
/// ownership back and forth (HR-06). Every 1,024 invocations each aggregate is rebuilt from its events so its history
/// stays short.
/// </remarks>
[MemoryDiagnoser]
public class ShiftHandoverBenchmarks
{
    private static readonly SiteId Site = new("SZ-01");
    private static readonly Actor Officer = new("O1", "王芳", Site, Role.Officer);
    private static readonly Actor OtherOfficer = new("O2", "李娜", Site, Role.Officer);
    private static readonly Actor Technician = new("T1", "陈师傅", Site, Role.Technician);
    private static readonly Instant At = Instant.FromUtc(2026, 3, 3, 0, 10);

    private DomainEvent[] _handoverHistory = [];
    private DomainEvent[] _requestHistory = [];
    private ShiftHandover _handover = null!;
    private HelpRequest _request = null!;
    private int _handoverInvocations;
    private int _requestInvocations;

    [GlobalSetup]
    public void Setup()
    {
        var roster = DutyRoster.CreateBuilder(Site, new LocalDate(2026, 3, 2), new LocalDate(2026, 3, 3))
            .SetRotation(DutyRosterDefaults.MorningShift, OtherOfficer)
            .SetRotation(DutyRosterDefaults.NightShift, Technician)
            .Build();
        var night = roster.Shifts.First(s => s.Name == DutyRosterDefaults.NightShift);
        var morning = roster.NextShiftChange(night.Start)!;
        var handover = ShiftHandover.Schedule("HO-1", night, Technician, morning, OtherOfficer, Technician, At).Value.Aggregate;
        var tools = new ToolInventory(Site, [new Tool("MM-01", "万用表", Money.Yuan(380m)), new Tool("LD-01", "人字梯", Money.Yuan(260m))]);
        Check(handover.Arrive(OtherOfficer, At));
        Check(handover.HandOverItems(Technician, [new HandoverItem(HandoverItemKind.NightLogEntry, "N-1", "02:10 leak")], At));
        Check(handover.CountTools(OtherOfficer, tools, ["MM-01"], At));
        Check(handover.ResolveNightEntry(OtherOfficer, "N-1", NightEntryOutcome.WorkOrder, "RT-1", At));
        for (var i = 0; i < 3; i++)
        {
            Check(handover.InspectPost(OtherOfficer, false, "Desk untidy", At));
            Check(handover.TidyPost(Technician, At));
        }

        Check(handover.InspectPost(OtherOfficer, false, "Desk untidy", At));
        _handoverHistory = [.. handover.Events];
        _handover = ShiftHandover.FromEvents(_handoverHistory);

        var request = HelpRequest.Receive("H-1", Officer, HelpKind.OralInquiry, At).Value.Aggregate;
        Check(request.RecordContact(Officer, Location.InUnit(new UnitAddress("3", "2", "1201")), ContactPhone.Parse("13812345678"), At));
        Check(request.RecordWishes(Officer, "What is the renovation deposit?", At));
        for (var i = 0; i < 9; i++)
        {
            var owner = request.FirstContactOwner;
            Check(request.TransferOwnership(owner, owner.Equals(Officer) ? OtherOfficer : Officer, "Shift handover", At));
        }

        _requestHistory = [.. request.Events];
        _request = HelpRequest.FromEvents(_requestHistory);
        if (_handoverHistory.Length != 12 || _requestHistory.Length != 12 || _handover.State != HandoverState.Tidying)
        {
            throw new InvalidOperationException($"Expected 12 events each, got {_handoverHistory.Length} and {_requestHistory.Length}.");
        }
    }

    /// <summary>One full help-request command on a loaded request: the range the other workflows' commands are in.</summary>
    [Benchmark(Baseline = true)]
    public Result<IReadOnlyList<DomainEvent>> HelpRequestCommand()
    {
        if ((++_requestInvocations & 1023) == 0)
        {
            _request = HelpRequest.FromEvents(_requestHistory);
        }

        var owner = _request.FirstContactOwner;
        return _request.TransferOwnership(owner, owner.Equals(Officer) ? OtherOfficer : Officer, "Shift handover", At);
    }

    /// <summary>One full handover command (site, time, role, state and guards, arguments, fire, apply) on a loaded handover.</summary>
    [Benchmark]
    public Result<IReadOnlyList<DomainEvent>> HandoverCommand()
    {
        if ((++_handoverInvocations & 1023) == 0)
        {
            _handover = ShiftHandover.FromEvents(_handoverHistory);
        }

        return _handover.State == HandoverState.Tidying
            ? _handover.TidyPost(Technician, At)
            : _handover.InspectPost(OtherOfficer, false, "Desk untidy", At);
    }

    private static void Check(Result<IReadOnlyList<DomainEvent>> result)
    {
        if (result.IsRejected)
        {
            throw new InvalidOperationException(result.Rejection.ToString());
        }
    }
}
