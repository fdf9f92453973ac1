using NodaTime;
using NodaTime.Text;
using PropertyService;
using PropertyService.Fees;
using PropertyService.Repairs;
using PropertyService.Sla;

// A morning at a service center: a resident calls about a leaking tap, and the ticket follows the
// repair rules from the call to the follow-up visit. Time is simulated: the library never reads a clock.
var zone = DateTimeZoneProviders.Tzdb["Asia/Shanghai"];
var site = new SiteId("SZ-VK-01");
var officer = new Actor("E1001", "王小明", site, Role.Officer);
var engineering = new Actor("E2001", "孙工", site, Role.EngineeringSupervisor);
var technician = new Actor("E2101", "周师傅", site, Role.Technician);
var residentActor = new Actor("R-3-2-1201", "李女士", site, Role.Resident);
var resident = new Resident("李女士", ContactPhone.Parse("138 1234 5678"), isOwner: true) { Id = residentActor.Id };
var location = Location.InUnit(new UnitAddress("3", "2", "1201"), "kitchen");

var now = new LocalDateTime(2026, 11, 27, 9, 0).InZoneLeniently(zone).ToInstant();
var clockText = LocalDateTimePattern.CreateWithInvariantCulture("HH:mm");
void Say(string what) => Console.WriteLine($"{clockText.Format(now.InZone(zone).LocalDateTime)}  {what}");
void Step(int minutes, string what, Result<IReadOnlyList<DomainEvent>> result)
{
    Say(result.IsSuccess ? what : $"REFUSED {what}: {result.Rejection}");
    now += Duration.FromMinutes(minutes);
}

// The site's fee schedule (维修项目收费标准) decides the price path (RP-12 vs RP-14).
var schedule = FeeScheduleJson.LoadFile(Path.Combine(AppContext.BaseDirectory, "fee-schedule.json"));
var fees = new FeeEvaluator(schedule);
var numbers = new InMemoryWorkOrderNumberSource();
Console.WriteLine($"{schedule.Items.Count} items in '{schedule.Name}'. Site {site}, officer {officer.DisplayName}.");

// RP-08: the call is written into the repair log at once; bad input is refused with a reason.
if (!ContactPhone.TryParse("12345", out _, out var phoneError))
{
    Say($"A phone number '12345' is refused: {phoneError}");
}

var request = new RepairRequest(RepairChannel.Call, resident, resident.Phone, location, RepairCategory.Unit, "Kitchen tap drips; washer worn")
{
    FeeItemCodes = ["W-01"],
};
var ticket = RepairTicket.Report("RT-0001", request, officer, now).Value.Aggregate;
Say($"Call from {resident}: {request.Description} at {location}.");
now += Duration.FromMinutes(2);

Step(1, "Work order issued in triplicate (RP-09)", ticket.IssueWorkOrder(officer, numbers, now));
Say($"Work order {ticket.WorkOrder!.Number}; copy 1 stays at the service center.");
Step(4, "Engineering notified (RP-09)", ticket.NotifyEngineering(officer, now));
Step(1, "Engineering collects the order; copies 2 and 3 go along (RP-10)", ticket.Collect(technician, ticket.CreateQuoteRequest(zone), fees, now));
Say($"In the fee schedule: {ticket.ScheduleQuote}");
Step(11, $"{technician.DisplayName} assigned (RP-11)", ticket.Assign(engineering, technician, now));
Step(20, "Technician on site with tools and parts (RP-12)", ticket.Arrive(technician, now));
Step(5, "Work completed", ticket.CompleteWork(technician, "Replaced the washer", now));
var mayNow = ticket.PermittedActions(residentActor).Where(a => a.IsPermitted).Select(a => a.Action);
Say($"{residentActor.DisplayName} may now: {string.Join(", ", mayNow)}");

// Only the owner signs off (RP-16); an officer cannot sign for them.
var refused = ticket.SignOff(officer, resident, now);
Say($"An officer tries to sign for the resident: {refused.Rejection?.Message}");
Step(60, "The resident tries the tap and signs the work order (RP-16)", ticket.SignOff(residentActor, resident, now));
Step(0, "Follow-up call: satisfied (RP-03)", ticket.FollowUp(officer, Satisfaction.Satisfied, "Fixed quickly", now));

Say($"Ticket {ticket.Id} is {ticket.State} after {ticket.Version} recorded events; the resident owes {ticket.ResidentOwes}.");
// Timing targets are a projection of the ticket's events: nothing in the workflow knows about SLAs.
Console.WriteLine();
Console.WriteLine("Timing targets (default policy):");
var sla = new SlaTracker([SlaDefaults.Policy]);
foreach (var timer in sla.Project(ticket.Events, now))
{
    var due = clockText.Format(timer.Deadline.InZone(zone).LocalDateTime);
    var margin = timer.Margin >= Duration.Zero ? $"{timer.Margin.TotalMinutes:0} min to spare" : $"{-timer.Margin.TotalMinutes:0} min late";
    Console.WriteLine($"  {timer.Target.Name}: {timer.State}, due {due}, {margin}");
}
