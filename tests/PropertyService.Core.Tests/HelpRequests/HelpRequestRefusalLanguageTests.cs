using static PropertyService.HelpRequests.HelpRequestFixture;
using static PropertyService.HelpRequests.HelpRequestRejectionCodes;
using static PropertyService.Utility.UiCulture;

namespace PropertyService.HelpRequests;

/// <summary>
/// A help-request refusal speaks the reader's UI culture, with the kinds, roles, actions and states it names in the
/// same language; code, rule and field never change.
/// </summary>
public class HelpRequestRefusalLanguageTests
{
    [Fact]
    public void Only_a_medical_emergency_is_major_and_the_kind_is_named_in_the_reader_s_language_HR08()
    {
        var f = new HelpRequestFixture();
        Result<Created<HelpRequest>> Receive() => HelpRequest.Receive("H-9", Officer, HelpKind.GeneralHelp, f.Now, isMajor: true);

        Assert.Equal((MajorOnlyForEmergency, "HR-08", "IsMajor", "只有急救事项才能定为重大；该求助为一般求助。"), Refusal(Chinese, Receive));
        Assert.Equal((MajorOnlyForEmergency, "HR-08", "IsMajor", "Only a medical emergency can be major; this request is GeneralHelp."), Refusal(English, Receive));
    }

    [Fact]
    public void A_missing_contact_phone_is_asked_for_in_the_reader_s_language_HR07()
    {
        var f = new HelpRequestFixture();
        var request = f.Receive(HelpKind.GeneralHelp);

        Assert.Equal(
            (ContactIncomplete, "HR-07", "Phone", "缺少住户的联系电话：请询问，并与住址一并记录。"),
            Refusal(Chinese, () => request.RecordContact(Officer, Address, default, f.Now)));
        Assert.Equal(
            (ContactIncomplete, "HR-07", "Phone", "The resident's contact phone is missing: ask for it and record it with the address."),
            Refusal(English, () => request.RecordContact(Officer, Address, default, f.Now)));
    }

    [Fact]
    public void Wishes_before_the_contact_are_refused_naming_action_state_and_pending_step_in_the_reader_s_language_HR07()
    {
        var f = new HelpRequestFixture();
        var request = f.Receive(HelpKind.GeneralHelp);

        Assert.Equal(
            (ContactRequired, "HR-07", null, "求助当前为“待记录联系方式”，不能“记录求助意见”：须先记录住户的住址和联系电话。"),
            Refusal(Chinese, () => request.RecordWishes(Officer, "Keep a parcel", f.Now)));
        Assert.Equal(
            (ContactRequired, "HR-07", null, "RecordWishes is not possible while the request is AwaitingContact: the resident's address and contact phone must be recorded first."),
            Refusal(English, () => request.RecordWishes(Officer, "Keep a parcel", f.Now)));
    }

    [Fact]
    public void Escalating_to_the_site_manager_is_refused_naming_the_role_in_the_reader_s_language_HR04()
    {
        var f = new HelpRequestFixture();
        var request = f.InProgress();

        Assert.Equal(
            (EscalationLevel, "HR-04", "Level", "求助只能请示客户服务中心主管或经理，不能请示管理处经理。"),
            Refusal(Chinese, () => request.Escalate(Officer, Role.SiteManager, "May we?", f.Now)));
        Assert.Equal(
            (EscalationLevel, "HR-04", "Level", "A help request is escalated to the service-center supervisor or manager, not to SiteManager."),
            Refusal(English, () => request.Escalate(Officer, Role.SiteManager, "May we?", f.Now)));
    }

    [Fact]
    public void Only_the_first_contact_owner_acts_and_the_guard_says_so_in_the_reader_s_language_HR06()
    {
        var f = new HelpRequestFixture();
        var request = f.Receive(HelpKind.GeneralHelp);

        Assert.Equal(
            (NotOwner, "HR-06", "Actor", "此步骤只能由该求助的首问负责人办理。"),
            Refusal(Chinese, () => request.RecordContact(OtherOfficer, Address, Phone, f.Now)));
        Assert.Equal(
            (NotOwner, "HR-06", "Actor", "Only the request's first-contact owner takes this step."),
            Refusal(English, () => request.RecordContact(OtherOfficer, Address, Phone, f.Now)));
    }
}
