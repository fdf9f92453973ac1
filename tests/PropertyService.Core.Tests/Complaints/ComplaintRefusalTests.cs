using NodaTime;
using static PropertyService.Shifts.HandoverFixture;
using static PropertyService.Shifts.RosterFixture;

namespace PropertyService.Complaints;

/// <summary>Every refusal of a complaint by its exact words, in the order the checks run.</summary>
public class ComplaintRefusalTests
{
    private static readonly Instant T = At(3, 3, 9, 0);

    private static Complaint Recorded() => Ok(Complaint.Record("CP-1", Li, "王先生", "Noise", T, T)).Aggregate;

    [Fact]
    public void Record_checks_role_then_who_then_what_then_the_time_CS13()
    {
        var role = Refused(Complaint.Record("CP-1", Chen, null, null, T, T));
        Assert.Equal("A complaint is recorded and handled by the service center's officers, supervisor or manager; 陈师傅 holds Technician.", role.Message);
        var both = Refused(Complaint.Record("CP-1", Li, " ", null, T, T));
        Assert.Equal(("From", "Who complained is required.", "CS-13"), (both.Field, both.Message, both.RuleId));
        Assert.Equal("What the complaint is about is required.", Refused(Complaint.Record("CP-1", Li, "x", " ", T, T)).Message);
        var late = Refused(Complaint.Record("CP-1", Li, "x", "y", T + Duration.FromMinutes(1), T));
        Assert.Equal(("CS-15", $"The complaint is recorded at {T}, before it was received ({T + Duration.FromMinutes(1)})."), (late.RuleId, late.Message));
        Assert.Single(Ok(Complaint.Record("CP-1", Li, "x", "y", T, T)).Events);
        Assert.Throws<ArgumentNullException>(() => Complaint.Record(null!, Li, "x", "y", T, T));
        Assert.Throws<ArgumentNullException>(() => Complaint.Record("CP-1", null!, "x", "y", T, T));
    }

    [Fact]
    public void Commands_check_site_then_time_then_role_then_state_then_their_text_CS13()
    {
        var complaint = Recorded();
        Assert.Equal(ComplaintRejectionCodes.WrongSite, Refused(complaint.NotifyDepartment(Stranger, " ", T)).Code);
        var time = Refused(complaint.NotifyDepartment(Li, " ", T - Duration.FromMinutes(1)));
        Assert.Equal($"The time {T - Duration.FromMinutes(1)} is before the complaint's last recorded event at {T}; the record is kept in time order.", time.Message);
        Assert.Equal(ComplaintRejectionCodes.RoleNotAllowed, Refused(complaint.Close(Chen, " ", T)).Code);
        Assert.Equal(ComplaintRejectionCodes.NotAllowedNow, Refused(complaint.Close(Li, " ", T)).Code);
        Assert.Equal("The department notified is required.", Refused(complaint.NotifyDepartment(Li, " ", T)).Message);
        Ok(complaint.NotifyDepartment(Li, "Security", T));
        Assert.Equal("The outcome is required.", Refused(complaint.Close(Li, " ", T)).Message);
        Ok(complaint.Close(Li, "Done", T));
        Assert.Equal(ComplaintRejectionCodes.RoleNotAllowed, Refused(complaint.Close(Chen, "x", T)).Code);
        Assert.Throws<ArgumentNullException>(() => complaint.NotifyDepartment(null!, "x", T));
        Assert.Throws<ArgumentNullException>(() => complaint.Close(null!, "x", T));
    }

    [Fact]
    public void A_forged_history_is_refused_with_its_version_and_reason()
    {
        var complaint = Recorded();
        Ok(complaint.NotifyDepartment(Li, "Security", T));
        var events = complaint.Events;

        static InvalidHistoryException Refuse(IEnumerable<DomainEvent> history) => Assert.Throws<InvalidHistoryException>(() => Complaint.FromEvents(history));

        Assert.Contains("a complaint's history starts with ComplaintRecorded, not null.", Refuse([null!]).Message, StringComparison.Ordinal);
        Assert.Equal(0, Refuse([]).Version);
        Assert.Contains("a complaint has at least one event.", Refuse([]).Message, StringComparison.Ordinal);
        var nullSecond = Refuse([events[0], null!]);
        Assert.Equal(2, nullSecond.Version);
        Assert.Contains("the event is null.", nullSecond.Message, StringComparison.Ordinal);

        var otherSite = Refuse([new ComplaintRecorded("CP-1", 1, T, Li, new SiteId("GZ-02"), T, "x", "y", null)]);
        Assert.Contains("the complaint is at site GZ-02 but was recorded by 李娜 of site SZ-01.", otherSite.Message, StringComparison.Ordinal);

        var byTechnician = Refuse([events[0], new ComplaintDepartmentNotified("CP-1", 2, T, Chen, "Security")]);
        Assert.Equal(2, byTechnician.Version);
        Assert.Contains("陈师傅 holds Technician", byTechnician.Message, StringComparison.Ordinal);
        var twice = Refuse([events[0], events[1], new ComplaintDepartmentNotified("CP-1", 3, T, Li, "Security")]);
        Assert.Equal(3, twice.Version);
        Assert.Contains("NotifyDepartment is not possible: the department concerned has already been notified.", twice.Message, StringComparison.Ordinal);
        var early = Refuse([events[0], new ComplaintClosed("CP-1", 2, T, Li, "Done")]);
        Assert.Contains("Close is not possible while the complaint is Recorded", early.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentNullException>(() => Complaint.FromEvents(null!));
    }

    [Fact]
    public void The_recorded_event_checks_its_site_and_times()
    {
        Assert.Equal("Site", Assert.Throws<ArgumentException>(() => new ComplaintRecorded("CP-1", 1, T, Li, default, T, "x", "y", null)).ParamName);
        Assert.Equal("ReceivedAt", Assert.Throws<ArgumentException>(() => new ComplaintRecorded("CP-1", 1, T, Li, Site, T + Duration.Epsilon, "x", "y", null)).ParamName);
        Assert.Equal("Department", Assert.Throws<ArgumentException>(() => new ComplaintDepartmentNotified("CP-1", 2, T, Li, " ")).ParamName);
        Assert.Equal("Outcome", Assert.Throws<ArgumentException>(() => new ComplaintClosed("CP-1", 3, T, Li, " ")).ParamName);
    }
}
