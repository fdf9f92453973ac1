using PropertyService.HelpRequests;
using PropertyService.Repairs;
using PropertyService.Shifts;

namespace PropertyService.Samples.Console.Simulation;

/// <summary>Every command a scenario step may run, with its arguments: the reader checks steps against them.</summary>
public static class ScenarioCommands
{
    private static readonly ArgSpec Ticket = new("ticket", ArgKind.Text);
    private static readonly ArgSpec Request = new("request", ArgKind.Text);
    private static readonly ArgSpec Handover = new("handover", ArgKind.Text);

    /// <summary>The commands, by name.</summary>
    public static IReadOnlyDictionary<string, CommandSpec> All { get; } = new[]
    {
        new CommandSpec("repair.report", "RP-08", [Ticket, new("resident", ArgKind.Resident), new("category", ArgKind.Choice, Choices: typeof(RepairCategory)),
            new("description", ArgKind.Text), new("where", ArgKind.Text, false), new("commonArea", ArgKind.Flag, false), new("items", ArgKind.TextList, false),
            new("appointment", ArgKind.Time, false), new("residentSuppliesMaterials", ArgKind.Flag, false), new("channel", ArgKind.Choice, false, typeof(RepairChannel)),
            new("nightLog", ArgKind.Flag, false)]),
        new CommandSpec("repair.issue-work-order", "RP-09", [Ticket]),
        new CommandSpec("repair.notify-engineering", "RP-09", [Ticket]),
        new CommandSpec("repair.collect", "RP-10", [Ticket]),
        new CommandSpec("repair.assess", "RP-14", [Ticket, new("lines", ArgKind.ObjectList)]),
        new CommandSpec("repair.accept-quote", "RP-14", [Ticket, new("channel", ArgKind.Choice, false, typeof(QuoteAnswerChannel))]),
        new CommandSpec("repair.decline-quote", "RP-14", [Ticket, new("reason", ArgKind.Text, false)]),
        new CommandSpec("repair.assign", "RP-11", [Ticket, new("technician", ArgKind.Person)]),
        new CommandSpec("repair.arrive", "RP-12", [Ticket]),
        new CommandSpec("repair.check-materials", "RP-15", [Ticket, new("result", ArgKind.Choice, Choices: typeof(MaterialCheckResult)), new("remarks", ArgKind.Text, false)]),
        new CommandSpec("repair.complete", "RP-16", [Ticket, new("notes", ArgKind.Text, false)]),
        new CommandSpec("repair.sign-off", "RP-16", [Ticket]),
        new CommandSpec("repair.reject-work", "RP-16", [Ticket, new("reason", ArgKind.Text)]),
        new CommandSpec("repair.follow-up", "RP-03", [Ticket, new("satisfaction", ArgKind.Choice, Choices: typeof(Satisfaction)), new("remarks", ArgKind.Text, false)]),
        new CommandSpec("repair.fix-at-night", "CS-14", [Ticket, new("notes", ArgKind.Text, false)]),
        new CommandSpec("repair.defer-to-morning", "CS-15", [Ticket, new("note", ArgKind.Text, false)]),
        new CommandSpec("repair.take-over", "CS-15", [Ticket]),
        new CommandSpec("repair.cancel", "RP-03", [Ticket, new("reason", ArgKind.Text)]),
        new CommandSpec("help.receive", "HR-06", [Request, new("kind", ArgKind.Choice, Choices: typeof(HelpKind)), new("major", ArgKind.Flag, false)]),
        new CommandSpec("help.record-contact", "HR-07", [Request, new("resident", ArgKind.Resident)]),
        new CommandSpec("help.record-wishes", "HR-07", [Request, new("wishes", ArgKind.Text)]),
        new CommandSpec("help.answer", "HR-04", [Request, new("answer", ArgKind.Text), new("certain", ArgKind.Flag, false)]),
        new CommandSpec("help.escalate", "HR-04", [Request, new("to", ArgKind.Person), new("question", ArgKind.Text)]),
        new CommandSpec("help.instruct", "HR-04", [Request, new("instruction", ArgKind.Text)]),
        new CommandSpec("help.decline", "HR-05", [Request, new("reason", ArgKind.Text)]),
        new CommandSpec("help.emergency-action", "HR-08", [Request, new("option", ArgKind.Choice, Choices: typeof(EmergencyOption)), new("done", ArgKind.Text)]),
        new CommandSpec("help.report-emergency", "HR-08", [Request, new("report", ArgKind.Text)]),
        new CommandSpec("help.refer-to-site-manager", "HR-08", [Request, new("instruction", ArgKind.Text)]),
        new CommandSpec("help.reply-in-writing", "HR-09", [Request, new("reply", ArgKind.Text)]),
        new CommandSpec("help.follow-up", "HR-06", [Request, new("satisfaction", ArgKind.Choice, Choices: typeof(Satisfaction)), new("remarks", ArgKind.Text, false)]),
        new CommandSpec("help.close", "HR-06", [Request]),
        new CommandSpec("escalation.acknowledge", "HR-03", [new("cause", ArgKind.Text)]),
        new CommandSpec("handover.schedule", "CS-16", [Handover, new("incomingShift", ArgKind.Text)]),
        new CommandSpec("handover.arrive", "CS-16", [Handover]),
        new CommandSpec("handover.report-absence", "CS-20", [Handover]),
        new CommandSpec("handover.hand-over", "CS-17", [Handover, new("items", ArgKind.ObjectList, false)]),
        new CommandSpec("handover.resolve-night-entry", "CS-15", [Handover, new("entry", ArgKind.Text), new("outcome", ArgKind.Choice, Choices: typeof(NightEntryOutcome)), new("record", ArgKind.Text, false)]),
        new CommandSpec("handover.count-tools", "CS-18", [Handover, new("counted", ArgKind.TextList, false)]),
        new CommandSpec("handover.inspect", "CS-19", [Handover, new("accepted", ArgKind.Flag, false), new("reason", ArgKind.Text, false)]),
        new CommandSpec("handover.tidy", "CS-19", [Handover]),
        new CommandSpec("handover.complete", "CS-19", [Handover]),
    }.ToDictionary(c => c.Name, StringComparer.Ordinal);
}
