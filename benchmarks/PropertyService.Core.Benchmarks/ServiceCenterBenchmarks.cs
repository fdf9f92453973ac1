using BenchmarkDotNet.Attributes;
using NodaTime;
using PropertyService.Escalation;
using PropertyService.Pipeline;
using PropertyService.Repairs;
using PropertyService.Sla;

namespace PropertyService.Benchmarks;

/// <summary>
/// One command through the whole pipeline (aggregate, SLA tracker, monitor, the six built-in escalation rules, one
/// subscriber) against the bare command in the same run: <c>RejectWork</c> and <c>CompleteWork</c> alternating on a
/// loaded ticket, as in <see cref="RepairTicketBenchmarks"/>.
/// </summary>
/// <remarks>
/// Both rebuild the ticket from its 10 loaded events every 64 invocations so that its history stays short; the
/// pipeline then also starts a new service center and publishes those 10 events, which the pipeline figure includes
/// (about 1/128 of that per command). Every second rejection passes the RP-16 rule's threshold, so the rule reads the
/// ticket's history and the board sees an escalation request on every invocation.
/// </remarks>
[MemoryDiagnoser]
public class ServiceCenterBenchmarks
{
    private const int Rebuild = 64;
    private static readonly Actor Technician = LoadedTicket.Technician;
    private static readonly Actor ResidentActor = LoadedTicket.ResidentActor;
    private static readonly Resident Owner = LoadedTicket.Owner;

    private DomainEvent[] _loaded = [];
    private RepairTicket _bare = null!;
    private RepairTicket _ticket = null!;
    private ServiceCenter _center = null!;
    private Instant _at;
    private int _bareInvocations;
    private int _pipelineInvocations;

    [GlobalSetup]
    public void Setup()
    {
        var t = LoadedTicket.Build();
        _loaded = [.. t.Events];
        _at = LoadedTicket.At;
        _bare = RepairTicket.FromEvents(_loaded);
        NewCenter();
    }

    /// <summary>The bare command: the aggregate alone (average of RejectWork and CompleteWork).</summary>
    [Benchmark(Baseline = true, OperationsPerInvoke = 2)]
    public int BareCommand()
    {
        if (++_bareInvocations == Rebuild)
        {
            _bareInvocations = 0;
            _bare = RepairTicket.FromEvents(_loaded);
        }

        var rejected = _bare.RejectWork(ResidentActor, Owner, "Still drips", _at);
        var completed = _bare.CompleteWork(Technician, null, _at);
        return rejected.Value.Count + completed.Value.Count;
    }

    /// <summary>The same commands through <see cref="ServiceCenter.ExecuteAsync"/>: SLA tracker, monitor, rules, subscriber.</summary>
    [Benchmark(OperationsPerInvoke = 2)]
    public int CommandThroughPipeline()
    {
        if (++_pipelineInvocations == Rebuild)
        {
            _pipelineInvocations = 0;
            NewCenter();
        }

        var ticket = _ticket;
        var rejected = _center.ExecuteAsync(() => ticket.RejectWork(ResidentActor, Owner, "Still drips", _at)).GetAwaiter().GetResult();
        var completed = _center.ExecuteAsync(() => ticket.CompleteWork(Technician, null, _at)).GetAwaiter().GetResult();
        return rejected.Value.Count + completed.Value.Count;
    }

    private void NewCenter()
    {
        _ticket = RepairTicket.FromEvents(_loaded);
        _center = new ServiceCenter(
            new SiteDirectory([], site => new SiteConfiguration(site, new SlaTracker([SlaDefaults.Policy]), EscalationLadder.Default, null)),
            EscalationRules.CreateBuiltIn(),
            [new Discard()],
            [new Count()]);
        _center.PublishAsync(_loaded).GetAwaiter().GetResult();
    }

    private sealed class Discard : IEscalationNotifier
    {
        public ValueTask NotifyAsync(EscalationNotice notice, CancellationToken cancellationToken) => ValueTask.CompletedTask;
    }

    private sealed class Count : IDomainEventHandler
    {
        private int _count;

        public ValueTask HandleAsync(DomainEvent e, CancellationToken cancellationToken)
        {
            _count++;
            return ValueTask.CompletedTask;
        }
    }
}
