using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using PropertyService.Workflows;
using static PropertyService.Repairs.RepairFixture;

namespace PropertyService.Repairs;

/// <summary>
/// Histories: a real history always rebuilds the ticket that recorded it; a reordered, duplicated, foreign or
/// time-travelling one is always refused, naming the version at fault. And every refusal because of the state
/// cites the rule whose step is pending in that state.
/// </summary>
public class RepairTicketHistoryTests
{
    private enum Mutation
    {
        None,
        Swap,
        Duplicate,
        Drop,
        ForeignId,
        ForeignSite,
        TimeTravel,
    }

    /// <summary>Real histories of every shape: the fixture's paths, cut after a random number of steps.</summary>
    private static RepairTicket Walk(int path, int length)
    {
        var f = new RepairFixture();
        var t = (path % 4) switch
        {
            0 => f.SignedOff(),
            1 => f.AwaitingDecision(),
            2 => f.LoggedAtNight(),
            _ => f.WorkCompleted(TenantReports),
        };
        if (path % 4 == 0 && length > 6)
        {
            Ok(t.FollowUp(Officer, Satisfaction.Dissatisfied, "still drips", f.Now));
            Ok(t.CompleteWork(Technician, null, f.Now));
        }
        else if (path % 4 == 2)
        {
            Ok(t.DeferToMorning(Technician, null, f.Now));
            Ok(t.TakeOverInMorning(Officer, f.Now));
            Ok(t.IssueWorkOrder(Officer, f.Numbers, f.Now));
        }

        return t;
    }

    private static readonly Gen<(int Path, int Length, Mutation Mutation, int I, int J)> Cases =
        from path in Gen.Choose(0, 7)
        from length in Gen.Choose(1, 12)
        from mutation in Gen.Elements(Enum.GetValues<Mutation>())
        from i in Gen.Choose(0, 100)
        from j in Gen.Choose(0, 100)
        select (path, length, mutation, i, j);

    [Property(MaxTest = 300)]
    public Property Random_histories_are_either_refused_or_rebuild_the_ticket_that_recorded_them() =>
        Prop.ForAll(Cases.ToArbitrary(), c =>
        {
            var t = Walk(c.Path, c.Length);
            var events = t.Events.ToList();
            var n = events.Count;
            var i = c.I % n;
            var j = c.J % n;
            var other = new Actor("X1", "外站", new SiteId("GZ-02"), Role.Officer);
            switch (c.Mutation)
            {
                case Mutation.Swap when i != j:
                    (events[i], events[j]) = (events[j], events[i]);
                    break;
                case Mutation.Duplicate:
                    events.Insert(i, events[i]);
                    break;
                case Mutation.Drop when i < n - 1:
                    events.RemoveAt(i);
                    break;
                case Mutation.ForeignId:
                    events[i] = Forge(events[i], nameof(DomainEvent.AggregateId), "RT-OTHER");
                    break;
                case Mutation.ForeignSite when i > 0:
                    events[i] = Forge(events[i], nameof(DomainEvent.Actor), other);
                    break;
                case Mutation.TimeTravel when i > 0:
                    events[i] = Forge(events[i], nameof(DomainEvent.OccurredAt), events[i - 1].OccurredAt - Duration.FromSeconds(1));
                    break;
                default:
                    var rebuilt = RepairTicket.FromEvents(events);
                    return rebuilt.Events.SequenceEqual(t.Events)
                        && (rebuilt.State, rebuilt.Version, rebuilt.LastEventAt, rebuilt.ResidentOwes, rebuilt.AssignedTechnician, rebuilt.SignedOffBy)
                        == (t.State, t.Version, t.LastEventAt, t.ResidentOwes, t.AssignedTechnician, t.SignedOffBy);
            }

            var ex = Record.Exception(() => RepairTicket.FromEvents(events));
            return ex is InvalidHistoryException h && h.Version >= 1 && h.Version <= events.Count;
        });

    /// <summary>A copy of <paramref name="e"/> with one of its common fields changed, as a forger would write it.</summary>
    private static DomainEvent Forge(DomainEvent e, string field, object value)
    {
        var copy = e with { };
        typeof(DomainEvent).GetField($"<{field}>k__BackingField", System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance)!.SetValue(copy, value);
        return copy;
    }

    /// <summary>The rule whose step is pending in each state, written here independently of the workflow table.</summary>
    public static TheoryData<RepairState, string?> PendingRules => new()
    {
        { RepairState.Reported, "RP-09" },
        { RepairState.LoggedAtNight, "CS-14" },
        { RepairState.DeferredToMorning, "CS-15" },
        { RepairState.WorkOrderIssued, "RP-09" },
        { RepairState.AwaitingCollection, "RP-10" },
        { RepairState.AwaitingAssessment, "RP-14" },
        { RepairState.AwaitingResidentDecision, "RP-14" },
        { RepairState.ReadyToAssign, "RP-11" },
        { RepairState.Assigned, "RP-12" },
        { RepairState.OnSite, "RP-16" },
        { RepairState.AwaitingMaterials, "RP-15" },
        { RepairState.WorkCompleted, "RP-16" },
        { RepairState.Rework, "RP-16" },
        { RepairState.SignedOff, "RP-03" },
        { RepairState.Closed, null },
        { RepairState.ClosedWithoutWork, null },
        { RepairState.Cancelled, null },
    };

    [Theory]
    [MemberData(nameof(PendingRules))]
    public void A_refusal_because_of_the_state_cites_the_rule_whose_step_is_pending(RepairState state, string? rule)
    {
        var flow = RepairWorkflow.Definition;
        var step = new RepairStep(new RepairFixture().Report(), Officer);
        foreach (var action in Enum.GetValues<RepairAction>())
        {
            var leaves = flow.Transitions.Any(t => t.From == state && flow.ActionOf(t.Trigger) == action);
            var rejection = flow.JudgeAction(state, action, step);
            if (leaves)
            {
                Assert.True(rejection is null || rejection.Code != RepairRejectionCodes.NotAllowedNow, $"{action} in {state}: {rejection}");
                continue;
            }

            Assert.NotNull(rejection);
            Assert.Equal((RepairRejectionCodes.NotAllowedNow, rule), (rejection.Code, rejection.RuleId));
            Assert.StartsWith($"{action} is not possible while the ticket is {state}: ", rejection.Message);
        }
    }

    [Fact]
    public void A_sign_off_refused_before_the_work_says_what_must_happen_first_RP16()
    {
        var f = new RepairFixture();
        var t = f.OnSite();
        var r = Rejected(t.SignOff(ResidentActor, Owner, f.Now));
        Assert.Equal(("repair.not-allowed-now", "RP-16"), (r.Code, r.RuleId));
        Assert.Equal("SignOff is not possible while the ticket is OnSite: the technician must complete the work first.", r.Message);
    }
}
