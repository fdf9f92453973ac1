using NodaTime;
using static PropertyService.Shifts.HandoverFixture;
using static PropertyService.Shifts.RosterFixture;

namespace PropertyService.Complaints;

public class ComplaintTests
{
    private static Complaint Recorded() =>
        Ok(Complaint.Record("CP-1", Li, " 王先生 3-2-701 ", " Noise from 3-2-801 after midnight ", At(3, 3, 2, 10), At(3, 3, 8, 40), " N-2 ")).Aggregate;

    [Fact]
    public void A_night_complaint_is_recorded_at_its_original_time_and_the_department_notified_CS15()
    {
        var complaint = Recorded();
        var recorded = Assert.IsType<ComplaintRecorded>(Assert.Single(complaint.Events));

        Assert.Equal((At(3, 3, 2, 10), At(3, 3, 8, 40)), (recorded.ReceivedAt, recorded.OccurredAt));
        Assert.Equal(("王先生 3-2-701", "Noise from 3-2-801 after midnight", "N-2"), (complaint.From, complaint.Summary, complaint.Source));
        Assert.Equal((ComplaintState.Recorded, Site, At(3, 3, 2, 10)), (complaint.State, complaint.Site, complaint.ReceivedAt));

        var early = Refused(complaint.Close(Li, "Settled", At(3, 3, 8, 45)));
        Assert.Equal((ComplaintRejectionCodes.NotAllowedNow, "CS-13"), (early.Code, early.RuleId));
        Assert.Equal("Close is not possible while the complaint is Recorded: the department concerned must be notified first.", early.Message);

        Assert.IsType<ComplaintDepartmentNotified>(Assert.Single(Ok(complaint.NotifyDepartment(Li, " Security ", At(3, 3, 8, 45)))));
        Assert.Equal(("Security", ComplaintState.DepartmentNotified), (complaint.Department, complaint.State));
        Assert.Equal("NotifyDepartment is not possible: the department concerned has already been notified.", Refused(complaint.NotifyDepartment(Li, "Security", At(3, 3, 8, 46))).Message);

        Assert.IsType<ComplaintClosed>(Assert.Single(Ok(complaint.Close(Supervisor, "Neighbour spoken to; resident satisfied", At(3, 3, 11, 0)))));
        Assert.Equal(("Neighbour spoken to; resident satisfied", ComplaintState.Closed), (complaint.Outcome, complaint.State));
        Assert.Equal("Close is not possible: the complaint is closed.", Refused(complaint.Close(Li, "again", At(3, 3, 11, 1))).Message);
        Assert.Equal("Complaint CP-1 from 王先生 3-2-701: Noise from 3-2-801 after midnight (Closed)", complaint.ToString());

        var rebuilt = Complaint.FromEvents(complaint.Events);
        Assert.Equal((complaint.ToString(), complaint.Outcome, complaint.Department, complaint.Version), (rebuilt.ToString(), rebuilt.Outcome, rebuilt.Department, rebuilt.Version));
    }

    [Fact]
    public void Bad_input_is_refused_naming_the_field_CS13()
    {
        Assert.Equal((ComplaintRejectionCodes.RoleNotAllowed, "Actor"), Code(Complaint.Record("CP-1", Chen, "x", "y", At(3, 3, 9, 0), At(3, 3, 9, 0))));
        Assert.Equal((ComplaintRejectionCodes.TextRequired, "From"), Code(Complaint.Record("CP-1", Li, " ", "y", At(3, 3, 9, 0), At(3, 3, 9, 0))));
        Assert.Equal((ComplaintRejectionCodes.TextRequired, "Summary"), Code(Complaint.Record("CP-1", Li, "x", null, At(3, 3, 9, 0), At(3, 3, 9, 0))));
        Assert.Equal((ComplaintRejectionCodes.ReceivedAfterRecorded, "ReceivedAt"), Code(Complaint.Record("CP-1", Li, "x", "y", At(3, 3, 9, 1), At(3, 3, 9, 0))));
        Assert.Null(Ok(Complaint.Record("CP-1", Li, "x", "y", At(3, 3, 9, 0), At(3, 3, 9, 0), " ")).Aggregate.Source);

        var complaint = Recorded();
        Assert.Equal((ComplaintRejectionCodes.TextRequired, "Department"), Code(complaint.NotifyDepartment(Li, "", At(3, 3, 9, 0))));
        Assert.Equal((ComplaintRejectionCodes.WrongSite, "Actor"), Code(complaint.NotifyDepartment(Stranger, "Security", At(3, 3, 9, 0))));
        Assert.Equal((ComplaintRejectionCodes.TimeBeforeLastEvent, "At"), Code(complaint.NotifyDepartment(Li, "Security", At(3, 3, 8, 39))));
        Assert.Equal((ComplaintRejectionCodes.RoleNotAllowed, "Actor"), Code(complaint.NotifyDepartment(Chen, "Security", At(3, 3, 9, 0))));
        Ok(complaint.NotifyDepartment(Li, "Security", At(3, 3, 9, 0)));
        Assert.Equal((ComplaintRejectionCodes.TextRequired, "Outcome"), Code(complaint.Close(Li, " ", At(3, 3, 9, 1))));
        Assert.Equal(ComplaintState.DepartmentNotified, complaint.State);
    }

    [Fact]
    public void A_forged_history_does_not_load()
    {
        var complaint = Recorded();
        Ok(complaint.NotifyDepartment(Li, "Security", At(3, 3, 9, 0)));
        Ok(complaint.Close(Li, "Done", At(3, 3, 9, 5)));
        var events = complaint.Events;

        Assert.Equal(2, Assert.Throws<InvalidHistoryException>(() => Complaint.FromEvents([events[0], events[2] with { }])).Version);
        Assert.Contains("is not an event of a complaint", Assert.Throws<InvalidHistoryException>(() => Complaint.FromEvents([events[0], new Shifts.PostTidied("CP-1", 2, At(3, 3, 9, 0), Li)])).Message, StringComparison.Ordinal);
        Assert.Contains("starts with ComplaintRecorded", Assert.Throws<InvalidHistoryException>(() => Complaint.FromEvents(events.Skip(1))).Message, StringComparison.Ordinal);
        Assert.Contains("holds Technician", Assert.Throws<InvalidHistoryException>(() => Complaint.FromEvents([new ComplaintRecorded("CP-1", 1, At(3, 3, 9, 0), Chen, Site, At(3, 3, 9, 0), "x", "y", null)])).Message, StringComparison.Ordinal);
        Assert.Contains("of site GZ-02", Assert.Throws<InvalidHistoryException>(() => Complaint.FromEvents([new ComplaintRecorded("CP-1", 1, At(3, 3, 9, 0), Stranger, Site, At(3, 3, 9, 0), "x", "y", null)])).Message, StringComparison.Ordinal);
        Assert.Throws<InvalidHistoryException>(() => Complaint.FromEvents([]));
        Assert.Throws<InvalidHistoryException>(() => Complaint.FromEvents([events[0], null!]));
    }

    [Fact]
    public void A_dissatisfied_follow_up_opens_a_complaint_instead_of_reopening_the_repair_RP03()
    {
        var f = new Repairs.RepairFixture();
        var ticket = f.SignedOff();
        var officer = Repairs.RepairFixture.Officer;

        var notDissatisfied = Refused(ticket.FollowUp(officer, Satisfaction.Neutral, null, f.Now, "CP-7"));
        Assert.Equal((Repairs.RepairRejectionCodes.ComplaintOnlyWhenDissatisfied, "RP-03", "ComplaintId"), (notDissatisfied.Code, notDissatisfied.RuleId, notDissatisfied.Field));
        Assert.Equal(Repairs.RepairState.SignedOff, ticket.State);

        var events = Ok(ticket.FollowUp(officer, Satisfaction.Dissatisfied, "The tap still drips", f.Now, " CP-7 "));
        var followedUp = Assert.IsType<Repairs.RepairFollowedUp>(Assert.Single(events));
        Assert.Equal("CP-7", followedUp.ComplaintId);
        Assert.Equal((Repairs.RepairState.Closed, "CP-7"), (ticket.State, ticket.ComplaintId));
        var (complaint, _) = Ok(Complaint.Record("CP-7", officer, "陈女士", followedUp.Comment, followedUp.OccurredAt, f.Now, ticket.Id));
        Assert.Equal(ticket.Id, complaint.Source);

        var rebuilt = Repairs.RepairTicket.FromEvents(ticket.Events);
        Assert.Equal((Repairs.RepairState.Closed, "CP-7"), (rebuilt.State, rebuilt.ComplaintId));
        Assert.Throws<ArgumentException>(() => new Repairs.RepairFollowedUp("RT-1", 9, f.Now, officer, Satisfaction.Satisfied, null) { ComplaintId = "CP-1" });
    }

    private static (string Code, string? Field) Code<T>(Result<T> result) => Refused(result) is var r ? (r.Code, r.Field) : default;
}
