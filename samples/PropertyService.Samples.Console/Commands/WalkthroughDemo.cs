using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Text;
using PropertyService.Fees;
using PropertyService.Pipeline;
using PropertyService.Repairs;
using PropertyService.Samples.Console.Cli;
using PropertyService.Sla;
using PropertyService.Storage;
using Spectre.Console;

namespace PropertyService.Samples.Console.Commands;

/// <summary>
/// A morning at a service center: a resident calls about a leaking tap, and the ticket follows the repair rules from
/// the call to the follow-up visit. Time is simulated: the library never reads a clock. Every command goes through the
/// event store that <c>--store</c> chose, and the run ends with the store's check (<c>Store check: intact…</c>).
/// </summary>
public sealed class WalkthroughDemo
{
    private readonly IAnsiConsole _console;
    private readonly CliSettings _settings;

    /// <summary>Creates the walkthrough.</summary>
    /// <param name="console">Where it writes.</param>
    /// <param name="settings">The global options: the store, the database file.</param>
    public WalkthroughDemo(IAnsiConsole console, CliSettings settings)
    {
        _console = console ?? throw new ArgumentNullException(nameof(console));
        _settings = settings ?? throw new ArgumentNullException(nameof(settings));
    }

    /// <summary>Runs the walkthrough.</summary>
    /// <param name="cancellationToken">Cancels the run between steps.</param>
    /// <returns>The exit code.</returns>
    public async Task<int> RunAsync(CancellationToken cancellationToken = default)
    {
        if (_settings.Store == StoreKind.Sqlite)
        {
            _console.WriteLine($"Events are kept in {_settings.DatabasePath}.");
        }

        await using var provider = ServiceCenterServices.Build(_settings);
        var store = provider.GetRequiredService<IEventStore>();
        var center = provider.GetRequiredService<ServiceCenter>();
        var tickets = new EventStoreRepository<RepairTicket>(store, RepairTicket.FromEvents, center.NextDeadline);

        var zone = SampleSite.Zone;
        var site = SampleSite.Id;
        var officer = new Actor("E1001", "王小明", site, Role.Officer);
        var engineering = new Actor("E2001", "孙工", site, Role.EngineeringSupervisor);
        var technician = new Actor("E2101", "周师傅", site, Role.Technician);
        var residentActor = new Actor("R-3-2-1201", "李女士", site, Role.Resident);
        var resident = new Resident("李女士", ContactPhone.Parse("138 1234 5678"), isOwner: true) { Id = residentActor.Id };
        var location = Location.InUnit(new UnitAddress("3", "2", "1201"), "kitchen");

        var now = new LocalDateTime(2026, 11, 27, 9, 0).InZoneLeniently(zone).ToInstant();
        var clockText = LocalDateTimePattern.CreateWithInvariantCulture("HH:mm");
        void Say(string what) => _console.WriteLine($"{clockText.Format(now.InZone(zone).LocalDateTime)}  {what}");

        // Each step loads the ticket from the store, runs the command, appends its events and publishes them to the pipeline.
        async Task Step(int minutes, string what, Func<RepairTicket, Result<IReadOnlyList<DomainEvent>>> command)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var result = await tickets.ExecuteAsync(site, "RT-0001", command, cancellationToken: cancellationToken);
            if (result.IsSuccess)
            {
                await center.PublishAsync(result.Events, cancellationToken);
            }

            Say(result.IsSuccess ? what : $"REFUSED {what}: {result.Rejection?.Message ?? result.ToString()}");
            now += Duration.FromMinutes(minutes);
        }

        // The site's fee schedule (维修项目收费标准) decides the price path (RP-12 vs RP-14).
        var schedule = FeeScheduleJson.LoadFile(SampleSite.FeeSchedulePath);
        var fees = new FeeEvaluator(schedule);
        var numbers = new InMemoryWorkOrderNumberSource();
        _console.WriteLine($"{schedule.Items.Count} items in '{schedule.Name}'. Site {site}, officer {officer.DisplayName}.");

        // RP-08: the call is written into the repair log at once; bad input is refused with a reason.
        if (!ContactPhone.TryParse("12345", out _, out var phoneError))
        {
            Say($"A phone number '12345' is refused: {phoneError}");
        }

        var request = new RepairRequest(RepairChannel.Call, resident, resident.Phone, location, RepairCategory.Unit, "Kitchen tap drips; washer worn")
        {
            FeeItemCodes = ["W-01"],
        };
        var created = await tickets.CreateAsync(() => RepairTicket.Report("RT-0001", request, officer, now), cancellationToken);
        await center.PublishAsync(created.Events, cancellationToken);
        Say($"Call from {resident}: {request.Description} at {location}.");
        now += Duration.FromMinutes(2);

        await Step(1, "Work order issued in triplicate (RP-09)", t => t.IssueWorkOrder(officer, numbers, now));
        Say($"Work order {(await tickets.LoadAsync(site, "RT-0001", cancellationToken))!.WorkOrder!.Number}; copy 1 stays at the service center.");
        await Step(4, "Engineering notified (RP-09)", t => t.NotifyEngineering(officer, now));
        await Step(1, "Engineering collects the order; copies 2 and 3 go along (RP-10)", t => t.Collect(technician, t.CreateQuoteRequest(zone), fees, now));
        Say($"In the fee schedule: {(await tickets.LoadAsync(site, "RT-0001", cancellationToken))!.ScheduleQuote}");
        var overdue = await store.QueryAsync(site, new StreamQuery { DueBefore = now + Duration.FromMinutes(11) }, cancellationToken);
        Say($"Tickets with a deadline in the next 11 minutes: {string.Join(", ", overdue.Select(o => $"{o.StreamId} ({o.Status.State})"))}");
        await Step(11, $"{technician.DisplayName} assigned (RP-11)", t => t.Assign(engineering, technician, now));
        await Step(20, "Technician on site with tools and parts (RP-12)", t => t.Arrive(technician, now));
        await Step(5, "Work completed", t => t.CompleteWork(technician, "Replaced the washer", now));
        var mayNow = (await tickets.LoadAsync(site, "RT-0001", cancellationToken))!.PermittedActions(residentActor).Where(a => a.IsPermitted).Select(a => a.Action);
        Say($"{residentActor.DisplayName} may now: {string.Join(", ", mayNow)}");

        // Only the owner signs off (RP-16); an officer cannot sign for them: the refusal changes nothing in the store.
        await Step(0, "An officer tries to sign for the resident", t => t.SignOff(officer, resident, now));
        await Step(60, "The resident tries the tap and signs the work order (RP-16)", t => t.SignOff(residentActor, resident, now));
        await Step(0, "Follow-up call: satisfied (RP-03)", t => t.FollowUp(officer, Satisfaction.Satisfied, "Fixed quickly", now));
        var ticket = (await tickets.LoadAsync(site, "RT-0001", cancellationToken))!;

        Say($"Ticket {ticket.Id} is {ticket.State} after {ticket.Version} recorded events; the resident owes {ticket.ResidentOwes}.");
        // Timing targets are a projection of the ticket's events: nothing in the workflow knows about SLAs.
        _console.WriteLine();
        _console.WriteLine("Timing targets (default policy):");
        var sla = new SlaTracker([SlaDefaults.Policy]);
        foreach (var timer in sla.Project(ticket.Events, now))
        {
            var due = clockText.Format(timer.Deadline.InZone(zone).LocalDateTime);
            var margin = timer.Margin >= Duration.Zero ? $"{timer.Margin.TotalMinutes:0} min to spare" : $"{-timer.Margin.TotalMinutes:0} min late";
            _console.WriteLine($"  {timer.Target.Name}: {timer.State}, due {due}, {margin}");
        }

        // The records are evidence: every stored event is chained to the one before it, and the chain is checked.
        _console.WriteLine();
        _console.WriteLine($"Store check: {await store.VerifyAllAsync(site, cancellationToken)}");
        return ExitCodes.Success;
    }
}
