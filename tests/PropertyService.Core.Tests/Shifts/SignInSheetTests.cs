using NodaTime;
using static PropertyService.Shifts.HandoverFixture;
using static PropertyService.Shifts.RosterFixture;

namespace PropertyService.Shifts;

public class SignInSheetTests
{
    private readonly SignInSheet _sheet = new("SS-1", Site, Shanghai);

    [Fact]
    public void Staff_sign_in_before_going_out_and_sign_back_when_the_work_ends_CS05()
    {
        var signedIn = Assert.IsType<StaffSignedIn>(Assert.Single(Ok(_sheet.SignIn(Chen, " Fix the pump at building 5 ", At(3, 3, 9, 0)))));
        Assert.Equal("Fix the pump at building 5", signedIn.Task);
        Ok(_sheet.SignIn(Liu, "Inspect lift 2", At(3, 3, 9, 5)));
        Assert.Equal([Chen, Liu], _sheet.OutAtWork.Select(o => o.Person));

        var back = Assert.IsType<StaffSignedBack>(Assert.Single(Ok(_sheet.SignBack(Chen, "Pump fixed", At(3, 3, 10, 30)))));
        Assert.Equal("Pump fixed", back.Note);
        Ok(_sheet.SignIn(Chen, "Water meter readings", At(3, 3, 14, 0)));
        Ok(_sheet.SignBack(Chen, " ", At(3, 3, 16, 0)));

        var outings = _sheet.OutingsOf(Chen, new LocalDate(2026, 3, 3));
        Assert.Equal([(At(3, 3, 9, 0), (Instant?)At(3, 3, 10, 30)), (At(3, 3, 14, 0), At(3, 3, 16, 0))], outings.Select(o => (o.Out, o.Back)));
        Assert.Null(outings[1].SignedBack!.Note);
        Assert.Equal([Liu], _sheet.OutAtWork.Select(o => o.Person));
        Assert.Empty(_sheet.OutingsOf(Chen, new LocalDate(2026, 3, 4)));
        Assert.Equal("刘师傅: Inspect lift 2, out 2026-03-03T01:05:00Z, still out", _sheet.OutAtWork[0].ToString());
        Assert.Equal("Sign-in sheet SS-1 of SZ-01: 3 outings, 1 out now", _sheet.ToString());
    }

    [Fact]
    public void Signing_in_twice_or_back_without_signing_in_is_refused_CS05()
    {
        Ok(_sheet.SignIn(Chen, "Pump", At(3, 3, 9, 0)));
        var version = _sheet.Version;

        var twice = Refused(_sheet.SignIn(Chen, "Lift", At(3, 3, 9, 10)));
        Assert.Equal((SignInSheetRejectionCodes.AlreadyOut, "CS-05"), (twice.Code, twice.RuleId));
        Assert.Equal("陈师傅 is already out (Pump, since 2026-03-03T01:00:00Z); sign back first.", twice.Message);
        Assert.Equal(SignInSheetRejectionCodes.NotOut, Refused(_sheet.SignBack(Liu, null, At(3, 3, 9, 10))).Code);
        Assert.Equal((SignInSheetRejectionCodes.TaskRequired, "Task"), Refused(_sheet.SignIn(Liu, " ", At(3, 3, 9, 10))) is var t ? (t.Code, t.Field) : default);
        Assert.Equal(SignInSheetRejectionCodes.TimeBeforeLastEvent, Refused(_sheet.SignBack(Chen, null, At(3, 3, 8, 59))).Code);
        Assert.Equal(SignInSheetRejectionCodes.WrongSite, Refused(_sheet.SignIn(Stranger, "x", At(3, 3, 9, 10))).Code);
        Assert.Equal(version, _sheet.Version);
    }

    [Fact]
    public void The_sheet_rebuilds_from_its_events_and_refuses_a_forged_one_CS05()
    {
        Ok(_sheet.SignIn(Chen, "Pump", At(3, 3, 9, 0)));
        Ok(_sheet.SignBack(Chen, null, At(3, 3, 10, 0)));
        Ok(_sheet.SignIn(Liu, "Lift", At(3, 3, 10, 5)));

        var rebuilt = SignInSheet.FromEvents("SS-1", Site, Shanghai, _sheet.Events);
        Assert.Equal(_sheet.ToString(), rebuilt.ToString());
        Assert.Equal([Liu], rebuilt.OutAtWork.Select(o => o.Person));

        var backFirst = new StaffSignedBack("SS-1", 1, At(3, 3, 9, 0), Chen, null);
        Assert.Contains("nothing to sign back from", Assert.Throws<InvalidHistoryException>(() => SignInSheet.FromEvents("SS-1", Site, Shanghai, [backFirst])).Message, StringComparison.Ordinal);
        Assert.Contains("is not an event of a sign-in sheet", Assert.Throws<InvalidHistoryException>(() => SignInSheet.FromEvents("SS-1", Site, Shanghai, [new ContactHandled("SS-1", 1, At(3, 3, 9, 0), Chen, "N-1", "x")])).Message, StringComparison.Ordinal);
        Assert.Throws<InvalidHistoryException>(() => SignInSheet.FromEvents("SS-1", Site, Shanghai, [new StaffSignedIn("SS-1", 1, At(3, 3, 9, 0), Stranger, "x")]));
        Assert.Throws<InvalidHistoryException>(() => SignInSheet.FromEvents("SS-1", Site, Shanghai, [null!]));
        Assert.Throws<ArgumentException>(() => new SignInSheet("SS-2", default, Shanghai));
    }
}
