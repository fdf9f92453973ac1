using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using static PropertyService.Shifts.HandoverFixture;
using static PropertyService.Shifts.RosterFixture;

namespace PropertyService.Shifts;

/// <summary>
/// Model-based test: random command sequences by everyone around the post, right and wrong, run against a
/// <see cref="ShiftHandover"/> and a plain reference model of CS-15..CS-20. After every command the two agree; a refusal
/// changes nothing; the handover never completes with an unresolved night entry, uncounted tools or an uninspected post;
/// rebuilding from the events gives the same handover.
/// </summary>
public class ShiftHandoverModelTests
{
    public enum Who
    {
        Outgoing,
        Incoming,
        Supervisor,
        OtherOfficer,
        OtherTechnician,
        Stranger,
    }

    public sealed record Command(HandoverAction Action, Who Who, int Minutes, bool Valid, bool Accept, int Entry, NightEntryOutcome Outcome, int ToolMask);

    public sealed record Scenario(int StartMinute, Command[] Commands)
    {
        public override string ToString() =>
            $"from 08:00{StartMinute:+0;-0}: " + string.Join(", ", Commands.Select(c => $"+{c.Minutes} {c.Action} by {c.Who}{(c.Valid ? string.Empty : " [bad]")}"));
    }

    private static readonly string[] Entries = ["N-1", "N-2", "N-3", "N-9"];

    private static readonly Gen<Command> Commands =
        from action in Gen.Elements(Enum.GetValues<HandoverAction>())
        from who in Gen.Elements(Who.Outgoing, Who.Outgoing, Who.Outgoing, Who.Incoming, Who.Incoming, Who.Incoming, Who.Incoming, Who.Supervisor, Who.OtherOfficer, Who.OtherTechnician, Who.Stranger)
        from minutes in Gen.Choose(0, 12)
        from valid in Gen.Elements(true, true, true, true, true, false)
        from accept in Gen.Elements(true, true, false)
        from entry in Gen.Choose(0, Entries.Length - 1)
        from outcome in Gen.Elements(Enum.GetValues<NightEntryOutcome>())
        from mask in Gen.Choose(0, 7)
        select new Command(action, who, minutes, valid, accept, entry, outcome, mask);

    /// <summary>Random scenarios; the serialization tests run them too, for realistic histories.</summary>
    internal static readonly Gen<Scenario> Scenarios =
        from start in Gen.Choose(-30, 30)
        from length in Gen.Choose(1, 40)
        from commands in Commands.ArrayOf(length)
        select new Scenario(start, commands);

    [Property(MaxTest = 1000)]
    public Property Random_commands_by_everyone_at_the_post_agree_with_the_rules_CS15_to_CS20() =>
        Prop.ForAll(Scenarios.ToArbitrary(), scenario =>
        {
            Run(scenario);
            return true;
        });

    /// <summary>Runs <paramref name="scenario"/> against the aggregate and the model, and returns the history it made.</summary>
    internal static IReadOnlyList<DomainEvent> Run(Scenario scenario)
    {
        var f = new HandoverFixture();
        var handover = f.Schedule();
        var model = new Model();
        var at = At(3, 3, 8, 0) + Duration.FromMinutes(scenario.StartMinute);
        var lastAt = f.Events[^1].OccurredAt;

        foreach (var command in scenario.Commands)
        {
            at += Duration.FromMinutes(command.Minutes);
            var actor = Resolve(command.Who, f);
            var before = Snapshot(handover);
            var expected = at >= lastAt && model.Accepts(command, actor, at, f);
            var result = Execute(handover, command, actor, at, f);

            Assert.True(expected == result.IsSuccess, $"{command} in {model.State}: the model says {(expected ? "accept" : "refuse")}, the handover says {result}");
            if (result.IsRejected)
            {
                Assert.Equal(before, Snapshot(handover));
                Assert.False(string.IsNullOrWhiteSpace(result.Rejection.Message));
                continue;
            }

            f.Events.AddRange(result.Value);
            lastAt = at;
            model.Apply(command);
            Assert.Equal(model.State, handover.State);
            Assert.Equal(f.Events.Count, handover.Version);
            Assert.Equal(model.Unresolved, handover.UnresolvedNightEntries);
            Assert.Equal(Snapshot(handover), Snapshot(ShiftHandover.FromEvents(f.Events)));
        }

        if (handover.State == HandoverState.Completed)
        {
            // CS-15, CS-18, CS-19: nothing completes without every step.
            Assert.Empty(handover.UnresolvedNightEntries);
            Assert.NotNull(handover.ToolCount);
            Assert.True(f.Events.OfType<PostInspected>().Last().Accepted);
            Assert.IsType<IncomingArrived>(f.Events[1]);
            var completed = Assert.IsType<HandoverCompleted>(f.Events[^1]);
            Assert.Equal(completed.OccurredAt > handover.ShiftStartsAt ? completed.OccurredAt - handover.ShiftStartsAt : Duration.Zero, completed.Overtime);
        }

        return f.Events;
    }

    private static Actor Resolve(Who who, HandoverFixture f) => who switch
    {
        Who.Outgoing => f.Outgoing,
        Who.Incoming => f.Incoming,
        Who.Supervisor => Supervisor,
        Who.OtherOfficer => Wang,
        Who.OtherTechnician => Liu,
        _ => Stranger,
    };

    private static HandoverItem[] Items(bool valid) =>
    [
        new(HandoverItemKind.RepairTicket, "RT-7", "Leaking tap", valid ? "Plumber at 10:00" : null),
        new(HandoverItemKind.NightLogEntry, "N-1", "02:10 leak"),
        new(HandoverItemKind.NightLogEntry, "N-2", "03:40 noise"),
        new(HandoverItemKind.NightLogEntry, "N-3", "05:00 key"),
    ];

    private static string[] Counted(Command c) =>
        c.Valid ? [.. new[] { Multimeter, Ladder, Torch }.Where((_, i) => (c.ToolMask & (1 << i)) != 0).Select(t => t.Code)] : [Torch.Code, Torch.Code];

    private static Result<IReadOnlyList<DomainEvent>> Execute(ShiftHandover h, Command c, Actor actor, Instant at, HandoverFixture f) => c.Action switch
    {
        HandoverAction.Arrive => h.Arrive(actor, at),
        HandoverAction.ReportAbsence => h.ReportAbsence(actor, at),
        HandoverAction.HandOverItems => h.HandOverItems(actor, Items(c.Valid), at),
        HandoverAction.ResolveNightEntry => h.ResolveNightEntry(actor, Entries[c.Entry], c.Outcome, c.Valid ? "R-1" : " ", at),
        HandoverAction.CountTools => h.CountTools(actor, f.Inventory, Counted(c), at),
        HandoverAction.InspectPost => h.InspectPost(actor, c.Accept, c.Valid ? "Desk untidy" : null, at),
        HandoverAction.TidyPost => h.TidyPost(actor, at),
        _ => h.Complete(actor, at),
    };

    /// <summary>The rules written as plainly as possible.</summary>
    private sealed class Model
    {
        private readonly List<string> _entries = [];
        private readonly HashSet<string> _resolved = [];
        private bool _absent;

        public HandoverState State { get; private set; } = HandoverState.AwaitingIncoming;

        public List<string> Unresolved => [.. _entries.Where(e => !_resolved.Contains(e))];

        public bool Accepts(Command c, Actor actor, Instant at, HandoverFixture f)
        {
            var outgoing = actor.Equals(f.Outgoing);
            var incoming = actor.Equals(f.Incoming);
            if (actor.Site != Site)
            {
                return false;
            }

            return c.Action switch
            {
                HandoverAction.Arrive => State == HandoverState.AwaitingIncoming && incoming,
                HandoverAction.ReportAbsence => State == HandoverState.AwaitingIncoming && (outgoing || actor.HasRole(Role.ServiceSupervisor))
                    && at >= At(3, 3, 8, 30) && !_absent,
                HandoverAction.HandOverItems => State == HandoverState.HandingOverItems && outgoing && c.Valid,
                HandoverAction.ResolveNightEntry => State is HandoverState.CountingTools or HandoverState.AwaitingInspection or HandoverState.Tidying or HandoverState.PostAccepted
                    && incoming && _entries.Contains(Entries[c.Entry]) && !_resolved.Contains(Entries[c.Entry]) && c.Valid,
                HandoverAction.CountTools => State == HandoverState.CountingTools && (outgoing || incoming) && c.Valid,
                HandoverAction.InspectPost => State == HandoverState.AwaitingInspection && incoming && (c.Accept || c.Valid),
                HandoverAction.TidyPost => State == HandoverState.Tidying && outgoing,
                _ => State == HandoverState.PostAccepted && (outgoing || incoming) && Unresolved.Count == 0,
            };
        }

        public void Apply(Command c)
        {
            switch (c.Action)
            {
                case HandoverAction.Arrive:
                    State = HandoverState.HandingOverItems;
                    break;
                case HandoverAction.ReportAbsence:
                    _absent = true;
                    break;
                case HandoverAction.HandOverItems:
                    _entries.AddRange(["N-1", "N-2", "N-3"]);
                    State = HandoverState.CountingTools;
                    break;
                case HandoverAction.ResolveNightEntry:
                    _resolved.Add(Entries[c.Entry]);
                    break;
                case HandoverAction.CountTools:
                    State = HandoverState.AwaitingInspection;
                    break;
                case HandoverAction.InspectPost:
                    State = c.Accept ? HandoverState.PostAccepted : HandoverState.Tidying;
                    break;
                case HandoverAction.TidyPost:
                    State = HandoverState.AwaitingInspection;
                    break;
                default:
                    State = HandoverState.Completed;
                    break;
            }
        }
    }
}
