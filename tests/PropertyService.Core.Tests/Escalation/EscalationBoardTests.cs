using NodaTime;

namespace PropertyService.Escalation;

public sealed class EscalationBoardTests
{
    private static readonly SiteId Site = new("SZ-01");
    private static readonly Instant T0 = Instant.FromUtc(2026, 11, 27, 2, 0);
    private static readonly Actor Supervisor = new("S1", "张主管", Site, Role.ServiceSupervisor);
    private static readonly Actor Manager = new("M1", "赵经理", Site, Role.ServiceManager);
    private static readonly Actor Officer = new("O1", "王客服", Site, Role.Officer);
    private static readonly Actor Stranger = new("X1", "外站主管", new SiteId("GZ-02"), Role.ServiceSupervisor);

    private static EscalationRequest Request(int level, string cause = "c1", EscalationUrgency urgency = EscalationUrgency.Urgent) =>
        new(cause, "RT-1", EscalationDepartment.Service, new EscalationLevel(level), urgency, "RP-09", new EscalationReason("test", "late"));

    private static Instant At(int minutes) => T0 + Duration.FromMinutes(minutes);

    [Fact]
    public void The_same_cause_never_reaches_the_same_level_twice_and_levels_only_go_up()
    {
        var board = new EscalationBoard();
        Assert.NotNull(board.Submit(Site, EscalationLadder.Default, Request(2), At(0)));
        Assert.Null(board.Submit(Site, EscalationLadder.Default, Request(2), At(1)));
        Assert.Null(board.Submit(Site, EscalationLadder.Default, Request(1), At(2)));
        var up = board.Submit(Site, EscalationLadder.Default, Request(3), At(3));
        Assert.Equal((3, Role.SiteManager, false), (up!.Level.Value, up.Role, up.Climbed));
        Assert.NotNull(board.Submit(Site, EscalationLadder.Default, Request(1, "c2"), At(3)));
        Assert.NotNull(board.Submit(new SiteId("GZ-02"), EscalationLadder.Default, Request(2), At(3)));
    }

    [Fact]
    public void An_unacknowledged_level_climbs_after_the_time_to_acknowledge_until_the_top()
    {
        var board = new EscalationBoard(new EscalationOptions { AcknowledgeWithin = Duration.FromMinutes(5) });
        board.Submit(Site, EscalationLadder.Default, Request(1), At(0));
        Assert.Equal(At(5), board.NextClimbAt);
        Assert.Empty(board.Climb(At(4)));
        var climbs = board.Climb(At(60));
        Assert.Equal([(2, At(5)), (3, At(10))], climbs.Select(n => (n.Level.Value, n.DueAt)));
        Assert.All(climbs, n => Assert.True(n.Climbed));
        Assert.Null(board.NextClimbAt);
        Assert.Null(board.Find(Site, "c1")!.NextClimbAt);
    }

    [Fact]
    public void Acknowledging_stops_the_climb_and_is_recorded()
    {
        var board = new EscalationBoard();
        board.Submit(Site, EscalationLadder.Default, Request(1), At(0));
        var ack = board.Acknowledge(Site, "c1", Supervisor, At(3));
        Assert.Equal(new EscalationAcknowledgement("c1", EscalationLevel.Supervisor, Supervisor, At(3)), ack.Value);
        Assert.Empty(board.Climb(At(100)));
        var escalation = board.Find(Site, "c1")!;
        Assert.False(escalation.IsWaiting);
        Assert.Null(escalation.NextClimbAt);
    }

    [Fact]
    public void A_higher_request_after_an_acknowledgement_notifies_again_and_waits_again()
    {
        var board = new EscalationBoard();
        board.Submit(Site, EscalationLadder.Default, Request(1), At(0));
        board.Acknowledge(Site, "c1", Supervisor, At(1));
        Assert.NotNull(board.Submit(Site, EscalationLadder.Default, Request(2, urgency: EscalationUrgency.Normal), At(2)));
        var escalation = board.Find(Site, "c1")!;
        Assert.True(escalation.IsWaiting);
        Assert.Equal(EscalationUrgency.Urgent, escalation.Urgency); // the highest asked so far
        Assert.Equal(At(12), escalation.NextClimbAt);
        Assert.Equal(At(0), escalation.RaisedAt);
    }

    [Fact]
    public void Acknowledgements_are_refused_with_a_reason()
    {
        var board = new EscalationBoard();
        board.Submit(Site, EscalationLadder.Default, Request(1), At(5));
        Assert.Equal(EscalationRejectionCodes.Unknown, board.Acknowledge(Site, "nope", Supervisor, At(6)).Rejection!.Code);
        Assert.Equal(EscalationRejectionCodes.OtherSite, board.Acknowledge(Site, "c1", Stranger, At(6)).Rejection!.Code);
        Assert.Equal(EscalationRejectionCodes.RoleNotAllowed, board.Acknowledge(Site, "c1", Officer, At(6)).Rejection!.Code);
        Assert.Equal(EscalationRejectionCodes.BeforeNotice, board.Acknowledge(Site, "c1", Supervisor, At(4)).Rejection!.Code);
        Assert.True(board.Find(Site, "c1")!.IsWaiting);

        Assert.True(board.Acknowledge(Site, "c1", Manager, At(6)).IsSuccess); // someone above the level notified may take it on
        var again = board.Acknowledge(Site, "c1", Supervisor, At(7)).Rejection!;
        Assert.Equal((EscalationRejectionCodes.AlreadyAcknowledged, "RP-09", "Cause"), (again.Code, again.RuleId, again.Field));
        Assert.Contains(Manager.DisplayName, again.Message);
    }

    [Fact]
    public void A_request_above_the_top_is_capped_there()
    {
        var board = new EscalationBoard();
        var notice = board.Submit(Site, EscalationLadder.Default, Request(9), At(0));
        Assert.Equal((3, Role.SiteManager), (notice!.Level.Value, notice.Role));
        Assert.Null(board.Submit(Site, EscalationLadder.Default, Request(9), At(1)));
    }

    [Fact]
    public void Cases_lists_a_sites_escalations_oldest_first()
    {
        var board = new EscalationBoard();
        board.Submit(Site, EscalationLadder.Default, Request(1, "b"), At(2));
        board.Submit(Site, EscalationLadder.Default, Request(1, "a"), At(1));
        board.Submit(new SiteId("GZ-02"), EscalationLadder.Default, Request(1, "z"), At(0));
        Assert.Equal(["a", "b"], board.Cases(Site).Select(c => c.Cause));
    }

    [Fact]
    public void Invalid_options_are_refused_listing_the_setting() =>
        Assert.Contains("AcknowledgeWithin", Assert.Throws<ArgumentException>(() => new EscalationBoard(new EscalationOptions { AcknowledgeWithin = Duration.FromDays(4) })).Message);

    [Fact]
    public void Requests_are_checked()
    {
        var reason = new EscalationReason("c", "t");
        Assert.Throws<ArgumentException>(() => new EscalationRequest("c", "a", EscalationDepartment.Service, default, EscalationUrgency.Normal, "R", reason));
        Assert.Throws<ArgumentException>(() => new EscalationRequest(" ", "a", EscalationDepartment.Service, EscalationLevel.Supervisor, EscalationUrgency.Normal, "R", reason));
        Assert.Throws<ArgumentOutOfRangeException>(() => new EscalationRequest("c", "a", (EscalationDepartment)5, EscalationLevel.Supervisor, EscalationUrgency.Normal, "R", reason));
        Assert.Throws<ArgumentOutOfRangeException>(() => new EscalationRequest("c", "a", EscalationDepartment.Service, EscalationLevel.Supervisor, (EscalationUrgency)5, "R", reason));
        Assert.Throws<ArgumentNullException>(() => new EscalationRequest("c", "a", EscalationDepartment.Service, EscalationLevel.Supervisor, EscalationUrgency.Normal, "R", null!));
        Assert.Throws<ArgumentException>(() => new EscalationReason("c", " "));
        Assert.Equal("t", reason.ToString());
    }
}
