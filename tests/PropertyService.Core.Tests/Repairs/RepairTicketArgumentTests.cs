using NodaTime;
using PropertyService.Fees;
using static PropertyService.Repairs.RepairFixture;

namespace PropertyService.Repairs;

/// <summary>
/// Programmer errors are exceptions that name the argument at fault, thrown before anything else is looked at; an
/// undefined enum value is one of them. None of them changes the ticket.
/// </summary>
public class RepairTicketArgumentTests
{
    private static readonly Instant At = Start + Duration.FromHours(1);

    public static TheoryData<string, Action<RepairTicket>> NullArguments => new()
    {
        { "actor", t => t.IssueWorkOrder(null!, new InMemoryWorkOrderNumberSource(), At) },
        { "numbers", t => t.IssueWorkOrder(Officer, null!, At) },
        { "actor", t => t.NotifyEngineering(null!, At) },
        { "actor", t => t.Collect(null!, t.CreateQuoteRequest(Zone), FakeFeeEvaluator.Instance, At) },
        { "quoteRequest", t => t.Collect(EngineeringSupervisor, null!, FakeFeeEvaluator.Instance, At) },
        { "fees", t => t.Collect(EngineeringSupervisor, t.CreateQuoteRequest(Zone), null!, At) },
        { "actor", t => t.Cancel(null!, "changed their mind", At) },
        { "actor", t => t.Assess(null!, Lines(), FakeFeeEvaluator.Instance, At) },
        { "lines", t => t.Assess(EngineeringSupervisor, null!, FakeFeeEvaluator.Instance, At) },
        { "lines", t => t.Assess(EngineeringSupervisor, [null!], FakeFeeEvaluator.Instance, At) },
        { "fees", t => t.Assess(EngineeringSupervisor, Lines(), null!, At) },
        { "actor", t => t.AssessNotFeasible(null!, "no parts", At) },
        { "actor", t => t.AcceptQuote(null!, Owner, QuoteAnswerChannel.InPerson, At) },
        { "owner", t => t.AcceptQuote(ResidentActor, null!, QuoteAnswerChannel.InPerson, At) },
        { "actor", t => t.DeclineQuote(null!, Owner, QuoteAnswerChannel.InPerson, null, At) },
        { "owner", t => t.DeclineQuote(ResidentActor, null!, QuoteAnswerChannel.InPerson, null, At) },
        { "actor", t => t.Assign(null!, Technician, At) },
        { "technician", t => t.Assign(EngineeringSupervisor, null!, At) },
        { "actor", t => t.Arrive(null!, At) },
        { "actor", t => t.CheckMaterials(null!, MaterialCheckResult.Qualified, null, At) },
        { "actor", t => t.ReportExtraWork(null!, "the pipe behind is cracked", At) },
        { "actor", t => t.CompleteWork(null!, null, At) },
        { "actor", t => t.SignOff(null!, Owner, At) },
        { "signedBy", t => t.SignOff(ResidentActor, null!, At) },
        { "actor", t => t.RejectWork(null!, Owner, "still drips", At) },
        { "rejectedBy", t => t.RejectWork(ResidentActor, null!, "still drips", At) },
        { "actor", t => t.OverrideSignOff(null!, SignOffOverrideReason.ResidentUnreachable, "away for a month", At) },
        { "actor", t => t.FollowUp(null!, Satisfaction.Satisfied, null, At) },
        { "actor", t => t.FixAtNight(null!, null, At) },
        { "actor", t => t.FixAtNight(null!, null, t.CreateQuoteRequest(Zone), FakeFeeEvaluator.Instance, At) },
        { "quoteRequest", t => t.FixAtNight(Technician, null, null!, FakeFeeEvaluator.Instance, At) },
        { "fees", t => t.FixAtNight(Technician, null, t.CreateQuoteRequest(Zone), null!, At) },
        { "actor", t => t.DeferToMorning(null!, null, At) },
        { "actor", t => t.TakeOverInMorning(null!, At) },
        { "actor", t => t.PermittedActions(null!) },
        { "actor", t => t.WhyNot(null!, RepairAction.Cancel) },
        { "siteZone", t => t.CreateQuoteRequest(null!) },
    };

    [Theory]
    [MemberData(nameof(NullArguments))]
    public void A_null_argument_throws_naming_it_and_changes_nothing(string parameter, Action<RepairTicket> command)
    {
        var t = new RepairFixture().Report();
        var before = t.Events.ToArray();
        var ex = Assert.Throws<ArgumentNullException>(() => command(t));
        Assert.Equal(parameter, ex.ParamName);
        Assert.Equal(before, t.Events);
    }

    public static TheoryData<string, Action<RepairTicket>> UndefinedValues => new()
    {
        { "answeredBy", t => t.AcceptQuote(ResidentActor, Owner, (QuoteAnswerChannel)99, At) },
        { "answeredBy", t => t.DeclineQuote(ResidentActor, Owner, (QuoteAnswerChannel)99, null, At) },
        { "result", t => t.CheckMaterials(Technician, (MaterialCheckResult)99, null, At) },
        { "reason", t => t.OverrideSignOff(ServiceSupervisor, (SignOffOverrideReason)99, "away", At) },
        { "satisfaction", t => t.FollowUp(Officer, (Satisfaction)99, null, At) },
        { "action", t => t.WhyNot(Officer, (RepairAction)99) },
    };

    [Theory]
    [MemberData(nameof(UndefinedValues))]
    public void An_undefined_enum_value_throws_naming_it_and_changes_nothing(string parameter, Action<RepairTicket> command)
    {
        var t = new RepairFixture().Report();
        var before = t.Events.ToArray();
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => command(t));
        Assert.Equal(parameter, ex.ParamName);
        Assert.Equal(before, t.Events);
    }

    [Fact]
    public void Report_checks_its_arguments_before_anything_else()
    {
        Assert.Equal("ticketId", Assert.Throws<ArgumentException>(() => RepairTicket.Report(" ", Request("S-01"), Officer, At)).ParamName);
        Assert.Equal("ticketId", Assert.Throws<ArgumentNullException>(() => RepairTicket.Report(null!, Request("S-01"), Officer, At)).ParamName);
        Assert.Equal("request", Assert.Throws<ArgumentNullException>(() => RepairTicket.Report("RT-1", null!, Officer, At)).ParamName);
        Assert.Equal("actor", Assert.Throws<ArgumentNullException>(() => RepairTicket.Report("RT-1", Request("S-01"), null!, At)).ParamName);
    }

    [Fact]
    public void FromEvents_refuses_a_null_list_or_a_null_event_by_name()
    {
        Assert.Equal("events", Assert.Throws<ArgumentNullException>(() => RepairTicket.FromEvents(null!)).ParamName);
        var first = new RepairFixture().Report().Events[0];
        Assert.Equal("events", Assert.Throws<ArgumentNullException>(() => RepairTicket.FromEvents([first, null!])).ParamName);
    }

    [Fact]
    public void A_work_order_copy_outside_1_to_3_is_a_programmer_error()
    {
        var f = new RepairFixture();
        var t = f.ReadyToAssign();
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => t.WorkOrder!.HolderOf(4));
        Assert.Equal("copy", ex.ParamName);
        Assert.StartsWith("A work order has copies 1 to 3.", ex.Message);
    }
}
