using PropertyService.Complaints;
using PropertyService.HelpRequests;
using PropertyService.Repairs;
using static PropertyService.Shifts.HandoverFixture;
using static PropertyService.Shifts.RosterFixture;

namespace PropertyService.Shifts;

public class HandoverItemTests
{
    [Fact]
    public void Repairs_complaints_and_major_matters_need_a_written_note_CS17()
    {
        Assert.True(new HandoverItem(HandoverItemKind.RepairTicket, "RT-1", "Tap").NeedsWrittenNote);
        Assert.True(new HandoverItem(HandoverItemKind.Complaint, "CP-1", "Noise").NeedsWrittenNote);
        Assert.True(new HandoverItem(HandoverItemKind.Commission, "C-1", "Keys", isMajor: true).NeedsWrittenNote);
        Assert.False(new HandoverItem(HandoverItemKind.Commission, "C-1", "Keys").NeedsWrittenNote);
        Assert.False(new HandoverItem(HandoverItemKind.HelpRequest, "H-1", "Lost key").NeedsWrittenNote);
        Assert.False(new HandoverItem(HandoverItemKind.PointOfAttention, null, "Lift noise").NeedsWrittenNote);
        Assert.False(new HandoverItem(HandoverItemKind.NightLogEntry, "N-1", "Call").NeedsWrittenNote);
    }

    [Fact]
    public void An_item_trims_its_texts_and_is_equal_by_value()
    {
        var item = new HandoverItem(HandoverItemKind.RepairTicket, " RT-1 ", " Tap ", " Parts ordered ", isMajor: true);
        Assert.Equal(("RT-1", "Tap", "Parts ordered", true), (item.Reference, item.Description, item.Note, item.IsMajor));
        Assert.Null(new HandoverItem(HandoverItemKind.PointOfAttention, " ", "Lift", " ").Reference);
        Assert.Null(new HandoverItem(HandoverItemKind.PointOfAttention, null, "Lift", "\t").Note);
        Assert.Equal("RepairTicket RT-1: Tap (note: Parts ordered)", item.ToString());
        Assert.Equal("PointOfAttention: Lift", new HandoverItem(HandoverItemKind.PointOfAttention, null, "Lift").ToString());

        var bare = new HandoverItem(HandoverItemKind.RepairTicket, "RT-1", "Tap", isMajor: true);
        Assert.Equal(item, bare.WithNote("Parts ordered"));
        Assert.Equal(item.GetHashCode(), bare.WithNote("Parts ordered").GetHashCode());
        Assert.NotEqual(item, bare);
        Assert.NotEqual(item, new HandoverItem(HandoverItemKind.Complaint, "RT-1", "Tap", "Parts ordered", true));
        Assert.NotEqual(item, new HandoverItem(HandoverItemKind.RepairTicket, "RT-2", "Tap", "Parts ordered", true));
        Assert.NotEqual(item, new HandoverItem(HandoverItemKind.RepairTicket, "RT-1", "Door", "Parts ordered", true));
        Assert.NotEqual(item, new HandoverItem(HandoverItemKind.RepairTicket, "RT-1", "Tap", "Parts ordered", false));
        Assert.False(item.Equals((object?)null));
        Assert.Equal("note", Assert.Throws<ArgumentException>(() => bare.WithNote(" ")).ParamName);
        Assert.Equal("kind", Assert.Throws<ArgumentOutOfRangeException>(() => new HandoverItem((HandoverItemKind)9, null, "x")).ParamName);
        Assert.Equal("description", Assert.Throws<ArgumentException>(() => new HandoverItem(HandoverItemKind.Commission, null, " ")).ParamName);
    }

    [Fact]
    public void Outstanding_items_are_the_open_records_of_the_site_and_the_help_requests_the_person_owns_CS17_HR06()
    {
        var f = new RepairFixture();
        var open = f.Report();
        var cancelled = f.Report();
        Ok(cancelled.Cancel(RepairFixture.Officer, "Resident fixed it", f.Now));
        var closed = f.SignedOff();
        Ok(closed.FollowUp(RepairFixture.Officer, Satisfaction.Satisfied, null, f.Now));
        var otherSite = Ok(RepairTicket.Report("RT-X", RepairFixture.Request(), RepairFixture.OtherSiteOfficer, f.Now)).Aggregate;

        var mine = Ok(HelpRequest.Receive("H-1", Li, HelpKind.GeneralHelp, At(3, 3, 9, 0))).Aggregate;
        var theirs = Ok(HelpRequest.Receive("H-2", Wang, HelpKind.GeneralHelp, At(3, 3, 9, 0))).Aggregate;
        var openComplaint = Ok(Complaint.Record("CP-1", Li, "x", "Noise", At(3, 3, 9, 0), At(3, 3, 9, 0))).Aggregate;
        var closedComplaint = Ok(Complaint.Record("CP-2", Li, "x", "Smell", At(3, 3, 9, 0), At(3, 3, 9, 0))).Aggregate;
        Ok(closedComplaint.NotifyDepartment(Li, "Cleaning", At(3, 3, 9, 1)));
        Ok(closedComplaint.Close(Li, "Cleaned", At(3, 3, 9, 2)));
        var log = new DutyLog("DL-1", Site, Shanghai);
        var roster = Week().Build();
        var morning = roster.WhoIsOnDuty(At(3, 3, 9, 0))!;

        var items = OutstandingItems.Of(Li, morning, [open, cancelled, closed, otherSite], [mine, theirs], [openComplaint, closedComplaint], log);

        Assert.Equal([(HandoverItemKind.RepairTicket, open.Id), (HandoverItemKind.Complaint, "CP-1"), (HandoverItemKind.HelpRequest, "H-1")], items.Select(i => (i.Kind, i.Reference)));
        Assert.Equal($"{open.Request.Description} (Reported)", items[0].Description);
        Assert.Equal("Noise (Recorded)", items[1].Description);
        Assert.Equal("GeneralHelp: wishes not yet recorded (AwaitingContact)", items[2].Description);
        Assert.All(items, i => Assert.Null(i.Note));
        Assert.Throws<ArgumentNullException>(() => OutstandingItems.Of(Li, morning, [null!], [], [], log));
    }
}
