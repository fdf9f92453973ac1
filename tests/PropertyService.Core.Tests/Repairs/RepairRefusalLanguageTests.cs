using NodaTime;
using PropertyService.Fees;
using PropertyService.Utility;
using static PropertyService.Repairs.RepairFixture;
using static PropertyService.Utility.UiCulture;

namespace PropertyService.Repairs;

/// <summary>
/// A repair refusal speaks the reader's UI culture: Chinese for a Chinese culture, English otherwise, with the words
/// filled into it (categories, reasons) in the same language; code, rule and field never change.
/// </summary>
public class RepairRefusalLanguageTests
{
    [Fact]
    public void A_report_without_a_contact_phone_is_refused_in_the_reader_s_language_RP09()
    {
        var f = new RepairFixture();
        var request = new RepairRequest(RepairChannel.Call, Owner, default, Unit, RepairCategory.Unit, "Kitchen tap drips");
        Result<Created<RepairTicket>> Report() => RepairTicket.Report("RT-9", request, Officer, f.Now);

        Assert.Equal(
            (RepairRejectionCodes.ContactPhoneRequired, "RP-09", "ContactPhone",
                "报修须有联系电话，以便填入维修派工单。可接受的格式：内地手机号码（以13–19开头的11位数字，如13812345678）、"
                + "带区号的固定电话（如010-12345678或0755 1234 5678），或E.164格式的国际号码（如+85221234567）。"),
            Refusal(Chinese, Report));
        Assert.Equal(
            (RepairRejectionCodes.ContactPhoneRequired, "RP-09", "ContactPhone", "A repair needs a contact phone number to copy into the work order. " + ContactPhone.AcceptedForms),
            Refusal(English, Report));
    }

    [Fact]
    public void A_quote_request_for_another_category_names_both_categories_in_the_reader_s_language_RP10()
    {
        var f = new RepairFixture();
        var t = f.AwaitingCollection();
        var water = new QuoteRequest(Site, RepairCategory.Water, new LocalDate(2026, 11, 27), []);
        Result<IReadOnlyList<DomainEvent>> Collect() => t.Collect(EngineeringSupervisor, water, f.Fees, f.Now);

        Assert.Equal(
            (RepairRejectionCodes.QuoteRequestMismatch, "RP-10", "QuoteRequest", "报价请求是辖区SZ-01的供水系统报修，而该报修单是辖区SZ-01的房屋报修。"),
            Refusal(Chinese, Collect));
        Assert.Equal(
            (RepairRejectionCodes.QuoteRequestMismatch, "RP-10", "QuoteRequest", "The quote request is for a Water repair at SZ-01; this ticket is a Unit repair at SZ-01."),
            Refusal(English, Collect));
        Assert.Equal(RepairState.AwaitingCollection, t.State);
    }

    [Fact]
    public void Only_the_assigned_technician_arrives_and_the_guard_says_so_in_the_reader_s_language_RP11()
    {
        var f = new RepairFixture();
        var t = f.ReadyToAssign();
        Ok(t.Assign(EngineeringSupervisor, Technician, f.Now));

        Assert.Equal(
            (RepairRejectionCodes.NotAssignedTechnician, "RP-11", "Actor", "操作人须为该报修单所派的维修人员。"),
            Refusal(Chinese, () => t.Arrive(Technician2, f.Now)));
        Assert.Equal(
            (RepairRejectionCodes.NotAssignedTechnician, "RP-11", "Actor", "The actor is the technician assigned to the ticket."),
            Refusal(English, () => t.Arrive(Technician2, f.Now)));
    }

    [Fact]
    public void A_cancellation_without_the_resident_s_reason_is_refused_in_the_reader_s_language()
    {
        var f = new RepairFixture();
        var t = f.Report();

        Assert.Equal(
            (RepairRejectionCodes.ReasonRequired, null, "Reason", "须填写原因：取消报修须记录住户提出的原因。"),
            Refusal(Chinese, () => t.Cancel(Officer, " ", f.Now)));
        Assert.Equal(
            (RepairRejectionCodes.ReasonRequired, null, "Reason", "A reason is required: a cancellation records the resident's reason."),
            Refusal(English, () => t.Cancel(Officer, " ", f.Now)));
    }

    [Fact]
    public void A_rejection_read_later_speaks_the_culture_of_the_reader_not_of_the_command()
    {
        var f = new RepairFixture();
        var t = f.Report();
        var rejection = Run(Chinese, () => t.Cancel(Officer, " ", f.Now).Rejection!);

        Assert.Equal("A reason is required: a cancellation records the resident's reason.", Run(English, () => rejection.Message));
        Assert.Equal("须填写原因：取消报修须记录住户提出的原因。", rejection.Describe(System.Globalization.CultureInfo.GetCultureInfo("zh-Hans")));
    }
}
