using BenchmarkDotNet.Attributes;
using NodaTime;
using PropertyService.Repairs;
using PropertyService.Workflows;

namespace PropertyService.Benchmarks;

/// <summary>
/// Repair tickets: (a) one command on a loaded ticket, (b) the naive design that configures a new Stateless
/// machine from the workflow table for every command and fires it, (c) rebuilding a ticket from 12 events with
/// full validation, (d) the host pattern: rebuild from 12 events, one command, discard — against (e) the same
/// with a machine configured for the request, as a design with one machine per aggregate pays.
/// </summary>
/// <remarks>
/// (a) alternates <c>RejectWork</c> and <c>CompleteWork</c> (two commands per invocation) on a ticket
/// rebuilt from its events, so the workflow state repeats. Every 1,024 invocations the ticket is rebuilt
/// from its 10 loaded events again so its history stays short; that costs about 1 ns per command.
/// </remarks>
[MemoryDiagnoser]
public class RepairTicketBenchmarks
{
    private static readonly Actor Officer = LoadedTicket.Officer;
    private static readonly Actor Technician = LoadedTicket.Technician;
    private static readonly Actor ResidentActor = LoadedTicket.ResidentActor;
    private static readonly Resident Owner = LoadedTicket.Owner;

    private DomainEvent[] _loaded = [];
    private DomainEvent[] _twelve = [];
    private DomainEvent[] _twelveAtInspection = [];
    private RepairTicket _ticket = null!;
    private Instant _at;
    private int _invocations;

    [GlobalSetup]
    public void Setup()
    {
        var at = LoadedTicket.At;
        var t = LoadedTicket.Build();
        _loaded = [.. t.Events]; // 10 events, WorkCompleted
        LoadedTicket.Check(t.SignOff(ResidentActor, Owner, at));
        LoadedTicket.Check(t.FollowUp(Officer, Satisfaction.Satisfied, null, at));
        _twelve = [.. t.Events];
        if (_twelve.Length != 12)
        {
            throw new InvalidOperationException($"Expected 12 events, got {_twelve.Length}.");
        }

        var again = RepairTicket.FromEvents(_loaded);
        LoadedTicket.Check(again.RejectWork(ResidentActor, Owner, "Still drips", at));
        LoadedTicket.Check(again.CompleteWork(Technician, null, at));
        _twelveAtInspection = [.. again.Events]; // 12 events, WorkCompleted
        _ticket = RepairTicket.FromEvents(_loaded);
        _at = at;
    }

    /// <summary>(b) The naive design: configure a new machine from the table for the command, then fire it.</summary>
    [Benchmark(Baseline = true)]
    public RepairState ConfigureMachineAndFire()
    {
        var machine = new WorkflowMachine<RepairState, RepairTrigger, RepairStep>(RepairWorkflow.Definition.Transitions, RepairState.Reported);
        return machine.Fire(RepairState.WorkCompleted, RepairTrigger.RejectWork, new RepairStep(_ticket, ResidentActor));
    }

    /// <summary>(d) The host pattern: rebuild from 12 events with full validation, one command, discard.</summary>
    [Benchmark]
    public int HostPattern()
    {
        var ticket = RepairTicket.FromEvents(_twelveAtInspection);
        return ticket.RejectWork(ResidentActor, Owner, "Still drips", _at).Value.Count;
    }

    /// <summary>(e) The host pattern paying for a machine configured for the request (one machine per aggregate).</summary>
    [Benchmark]
    public int HostPatternConfiguringAMachine()
    {
        var ticket = RepairTicket.FromEvents(_twelveAtInspection);
        var machine = new WorkflowMachine<RepairState, RepairTrigger, RepairStep>(RepairWorkflow.Definition.Transitions, RepairState.Reported);
        machine.Fire(ticket.State, RepairTrigger.RejectWork, new RepairStep(ticket, ResidentActor));
        return ticket.RejectWork(ResidentActor, Owner, "Still drips", _at).Value.Count;
    }

    /// <summary>(a) One command on a loaded ticket (average of RejectWork and CompleteWork).</summary>
    [Benchmark(OperationsPerInvoke = 2)]
    public int CommandOnLoadedTicket()
    {
        if (++_invocations == 1024)
        {
            _invocations = 0;
            _ticket = RepairTicket.FromEvents(_loaded);
        }

        var rejected = _ticket.RejectWork(ResidentActor, Owner, "Still drips", _at);
        var completed = _ticket.CompleteWork(Technician, null, _at);
        return rejected.Value.Count + completed.Value.Count;
    }

    /// <summary>(c) Rebuild a ticket from 12 events (report to close), every event checked against the table.</summary>
    [Benchmark]
    public RepairState RebuildFromTwelveEvents() => RepairTicket.FromEvents(_twelve).State;
}
