using static PropertyService.Shifts.HandoverFixture;
using static PropertyService.Shifts.RosterFixture;
using static PropertyService.Utility.UiCulture;

namespace PropertyService.Shifts;

/// <summary>
/// Refusals of the shift handover, the duty log and the sign-in sheet speak the reader's UI culture, with the item
/// kinds and outcomes they name in the same language; code, rule and field never change.
/// </summary>
public class ShiftRefusalLanguageTests
{
    [Fact]
    public void A_repair_handed_over_without_a_written_note_is_refused_naming_the_item_in_the_reader_s_language_CS17()
    {
        var f = new HandoverFixture();
        var handover = f.Schedule();
        f.Record(handover.Arrive(f.Incoming, f.Now));
        HandoverItem[] items = [new(HandoverItemKind.RepairTicket, "RT-7", "厨房水龙头漏水")];

        Assert.Equal(
            (ShiftHandoverRejectionCodes.WrittenNoteRequired, "CS-17", "Items[0].Note", "第0项（报修 RT-7：厨房水龙头漏水）为报修，须有书面记录交接。"),
            Refusal(Chinese, () => handover.HandOverItems(f.Outgoing, items, f.Tick())));
        Assert.Equal(
            (ShiftHandoverRejectionCodes.WrittenNoteRequired, "CS-17", "Items[0].Note", "Item 0 (RepairTicket RT-7: 厨房水龙头漏水) is a RepairTicket and must be handed over with a written note."),
            Refusal(English, () => handover.HandOverItems(f.Outgoing, items, f.Tick())));
        Assert.Equal(HandoverState.HandingOverItems, handover.State);
    }

    [Fact]
    public void A_night_entry_resolved_twice_is_refused_naming_its_outcome_in_the_reader_s_language_CS15()
    {
        var f = new HandoverFixture();
        var handover = f.ToAcceptedPost(new HandoverItem(HandoverItemKind.NightLogEntry, "N-1", "2-301 楼上漏水"));
        f.Record(handover.ResolveNightEntry(f.Incoming, "N-1", NightEntryOutcome.CarriedOver, "住户今天不在家", f.Tick()));

        Assert.Equal(
            (ShiftHandoverRejectionCodes.NightEntryUnknown, "CS-15", "EntryId", "夜间值班记录N-1已处理（顺延）。"),
            Refusal(Chinese, () => handover.ResolveNightEntry(f.Incoming, "N-1", NightEntryOutcome.WorkOrder, "RT-9", f.Tick())));
        Assert.Equal(
            (ShiftHandoverRejectionCodes.NightEntryUnknown, "CS-15", "EntryId", "Night-log entry N-1 is already resolved (CarriedOver)."),
            Refusal(English, () => handover.ResolveNightEntry(f.Incoming, "N-1", NightEntryOutcome.WorkOrder, "RT-9", f.Tick())));
    }

    [Fact]
    public void Only_the_incoming_person_records_their_arrival_and_the_guard_says_so_in_the_reader_s_language_CS16()
    {
        var f = new HandoverFixture();
        var handover = f.Schedule();

        Assert.Equal(
            (ShiftHandoverRejectionCodes.NotIncoming, "CS-16", "Actor", "只能由接班人员本人登记到岗。"),
            Refusal(Chinese, () => handover.Arrive(f.Outgoing, f.Now)));
        Assert.Equal(
            (ShiftHandoverRejectionCodes.NotIncoming, "CS-16", "Actor", "Only the incoming person records their own arrival."),
            Refusal(English, () => handover.Arrive(f.Outgoing, f.Now)));
    }

    [Theory]
    [InlineData(HandoverItemKind.RepairTicket, "RT-7", "Leaking tap", null, false)]
    [InlineData(HandoverItemKind.PointOfAttention, null, "Gate 3 lock sticks", "tell security", true)]
    [InlineData(HandoverItemKind.NightLogEntry, "N-2", "Noise at 3-1", "parts ordered", false)]
    public void An_item_in_a_refusal_reads_in_English_exactly_as_the_item_writes_itself(HandoverItemKind kind, string? reference, string description, string? note, bool isMajor)
    {
        var item = new HandoverItem(kind, reference, description, note, isMajor);

        Assert.Equal(item.ToString(), Run(English, () => item.Text().ToString()));
        Assert.Equal(item.ToString(), item.Text().Render(System.Globalization.CultureInfo.GetCultureInfo("fr-FR")));
    }

    [Fact]
    public void A_duty_log_entry_without_what_was_said_is_refused_in_the_reader_s_language_CS13()
    {
        var roster = Week().Build();
        var log = new DutyLog("DL-1", Site, Shanghai);

        Assert.Equal(
            (DutyLogRejectionCodes.EntryIncomplete, "CS-13", "Summary", "登记须写明来电来访内容（CS-13）。"),
            Refusal(Chinese, () => log.Record("C-1", Li, roster, ContactKind.Call, ContactCategory.Repair, "王先生 3-2-701", " ", At(3, 3, 10, 5))));
        Assert.Equal(
            (DutyLogRejectionCodes.EntryIncomplete, "CS-13", "Summary", "The entry needs what they said (CS-13)."),
            Refusal(English, () => log.Record("C-1", Li, roster, ContactKind.Call, ContactCategory.Repair, "王先生 3-2-701", " ", At(3, 3, 10, 5))));
        Assert.Equal(
            (DutyLogRejectionCodes.EntryNotOpen, "CS-13", "EntryId", "值班记录中没有登记C-9。"),
            Refusal(Chinese, () => log.MarkHandled("C-9", Li, "done", At(3, 3, 10, 6))));
        Assert.Equal(
            (DutyLogRejectionCodes.EntryNotOpen, "CS-13", "EntryId", "There is no entry C-9 in the duty log."),
            Refusal(English, () => log.MarkHandled("C-9", Li, "done", At(3, 3, 10, 6))));
    }

    [Fact]
    public void Signing_in_twice_is_refused_in_the_reader_s_language_CS05()
    {
        var sheet = new SignInSheet("SS-1", Site, Shanghai);
        Ok(sheet.SignIn(Chen, "修5栋水泵", At(3, 3, 9, 0)));

        Assert.Equal(
            (SignInSheetRejectionCodes.AlreadyOut, "CS-05", "Actor", "陈师傅已外出（修5栋水泵，自2026-03-03T01:00:00Z起）；请先签回。"),
            Refusal(Chinese, () => sheet.SignIn(Chen, "Lift", At(3, 3, 9, 10))));
        Assert.Equal(
            (SignInSheetRejectionCodes.AlreadyOut, "CS-05", "Actor", "陈师傅 is already out (修5栋水泵, since 2026-03-03T01:00:00Z); sign back first."),
            Refusal(English, () => sheet.SignIn(Chen, "Lift", At(3, 3, 9, 10))));
        Assert.Equal(
            (SignInSheetRejectionCodes.NotOut, "CS-05", "Actor", "刘师傅没有外出签到记录，无须签回。"),
            Refusal(Chinese, () => sheet.SignBack(Liu, null, At(3, 3, 9, 10))));
    }
}
