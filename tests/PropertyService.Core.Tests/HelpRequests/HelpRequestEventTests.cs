using NodaTime;
using static PropertyService.HelpRequests.HelpRequestFixture;

namespace PropertyService.HelpRequests;

/// <summary>Help-request events check their payloads the same way: null, blank, undefined; texts are trimmed by the event.</summary>
public class HelpRequestEventTests
{
    private static readonly Instant At = Instant.FromUtc(2026, 11, 27, 2, 0);

    public static TheoryData<string, Func<string?, DomainEvent>> RequiredTexts() => new()
    {
        { "Wishes", t => new HelpRequestWishesRecorded("H-1", 3, At, Officer, t!) },
        { "Question", t => new WrittenInquiryRegistered("H-1", 3, At, Officer, t!) },
        { "Question", t => new HelpRequestEscalated("H-1", 4, At, Officer, Role.ServiceSupervisor, t!, null) },
        { "Instruction", t => new HelpRequestInstructed("H-1", 5, At, Supervisor, t!) },
        { "Answer", t => new HelpRequestAnswered("H-1", 4, At, Officer, t!, false) },
        { "Reason", t => new HelpRequestDeclined("H-1", 4, At, Officer, t!) },
        { "WhatWasDone", t => new EmergencyActionRecorded("H-1", 3, At, Officer, EmergencyOption.TakeToHospital, t!) },
        { "Report", t => new EmergencyReportedAfterEvent("H-1", 4, At, Officer, t!) },
        { "SiteManagerInstruction", t => new EmergencyReferredToSiteManager("H-1", 4, At, Supervisor, t!) },
        { "Reply", t => new WrittenReplySent("H-1", 4, At, Supervisor, t!) },
        { "Reason", t => new HelpRequestOwnershipTransferred("H-1", 4, At, Officer, Officer, OtherOfficer, t!) },
    };

    [Theory]
    [MemberData(nameof(RequiredTexts))]
    public void A_required_text_is_never_blank_and_is_recorded_trimmed(string field, Func<string?, DomainEvent> create)
    {
        Assert.Equal(field, Assert.Throws<ArgumentNullException>(() => create(null)).ParamName);
        Assert.Equal(field, Assert.Throws<ArgumentException>(() => create(" \t")).ParamName);

        var e = create("  Keep it.  ");

        Assert.Equal("Keep it.", e.GetType().GetProperty(field)!.GetValue(e));
    }

    [Fact]
    public void Payloads_are_checked_null_empty_and_undefined()
    {
        Assert.Throws<ArgumentNullException>(() => new HelpRequestContactRecorded("H-1", 2, At, Officer, null!, Phone));
        Assert.Throws<ArgumentException>(() => new HelpRequestContactRecorded("H-1", 2, At, Officer, Address, default));
        Assert.Throws<ArgumentNullException>(() => new MajorEmergencyReported("H-1", 3, At, Officer, Role.ServiceSupervisor, null!));
        Assert.Throws<ArgumentOutOfRangeException>(() => new MajorEmergencyReported("H-1", 3, At, Officer, (Role)42, Address));
        Assert.Throws<ArgumentOutOfRangeException>(() => new HelpRequestEscalated("H-1", 4, At, Officer, (Role)42, "?", null));
        Assert.Throws<ArgumentOutOfRangeException>(() => new EmergencyActionRecorded("H-1", 3, At, Officer, (EmergencyOption)42, "Done"));
        Assert.Throws<ArgumentOutOfRangeException>(() => new HelpRequestFollowedUp("H-1", 9, At, Officer, (Satisfaction)42, null));
        Assert.Throws<ArgumentOutOfRangeException>(() => new HelpRequestReceived("H-1", 1, At, Officer, Site, (HelpKind)42, false));
        Assert.Throws<ArgumentException>(() => new HelpRequestReceived("H-1", 1, At, Officer, default, HelpKind.GeneralHelp, false));
        Assert.Throws<ArgumentNullException>(() => new HelpRequestOwnershipTransferred("H-1", 4, At, Officer, null!, OtherOfficer, "Handover"));
        Assert.Throws<ArgumentNullException>(() => new HelpRequestOwnershipTransferred("H-1", 4, At, Officer, Officer, null!, "Handover"));
        Assert.Null(new HelpRequestEscalated("H-1", 4, At, Officer, Role.ServiceSupervisor, "?", " ").TargetPersonId);
        Assert.Equal("S01", new HelpRequestEscalated("H-1", 4, At, Officer, Role.ServiceSupervisor, "?", " S01 ").TargetPersonId);
    }

    [Fact]
    public void Commands_leave_trimming_to_the_events()
    {
        var f = new HelpRequestFixture();
        var request = f.WithContact(HelpKind.GeneralHelp);

        var wishes = Assert.IsType<HelpRequestWishesRecorded>(Assert.Single(f.Ok(request.RecordWishes(Officer, "  A ladder.  ", f.Now))));

        Assert.Equal("A ladder.", wishes.Wishes);
        Assert.Equal("A ladder.", request.Wishes);
    }
}
