using NodaTime;
using static PropertyService.Sla.SlaTestEvents;

namespace PropertyService.Sla;

public class SlaPolicyTests
{
    private static readonly SiteId Shenzhen = new("SZ-01");

    private static SlaTarget Answer(string name = "answer", int minutes = 10) =>
        new(name, "TEST-1", SlaTrigger.On<TicketOpened>(), SlaTrigger.On<TicketAnswered>(), SlaDeadline.After(Duration.FromMinutes(minutes)));

    [Fact]
    public void A_new_policy_applies_to_everything_with_a_75_percent_warning()
    {
        var policy = new SlaPolicy("default", [Answer(), Answer("second")]);
        Assert.Equal("default", policy.Name);
        Assert.Equal(["answer", "second"], policy.Targets.Select(t => t.Name));
        Assert.Null(policy.Categories);
        Assert.Null(policy.Emergency);
        Assert.Null(policy.Sites);
        Assert.Equal(0.75, policy.WarningThreshold);
        Assert.True(policy.AppliesTo(new SlaSubject("T-1", Shenzhen)));
        Assert.True(policy.AppliesTo(new SlaSubject("T-1", default, "Water", true)));
        Assert.Equal("SlaPolicy default (2 targets)", policy.ToString());
    }

    [Fact]
    public void Conditions_must_all_hold()
    {
        var policy = new SlaPolicy("water", [Answer()]) { Categories = ["Water"], Emergency = false, Sites = [Shenzhen] };
        Assert.True(policy.AppliesTo(new SlaSubject("T-1", Shenzhen, "Water")));
        Assert.False(policy.AppliesTo(new SlaSubject("T-1", Shenzhen, "Power")));
        Assert.False(policy.AppliesTo(new SlaSubject("T-1", Shenzhen)));
        Assert.False(policy.AppliesTo(new SlaSubject("T-1", Shenzhen, "Water", true)));
        Assert.False(policy.AppliesTo(new SlaSubject("T-1", new SiteId("BJ-02"), "Water")));
        var emergencies = new SlaPolicy("emergency", [Answer()]) { Emergency = true };
        Assert.True(emergencies.AppliesTo(new SlaSubject("T-1", Shenzhen, null, true)));
        Assert.False(emergencies.AppliesTo(new SlaSubject("T-1", Shenzhen)));
    }

    [Fact]
    public void WithTarget_replaces_by_name_or_adds_and_keeps_the_conditions()
    {
        var policy = new SlaPolicy("water", [Answer(), Answer("second")]) { Categories = ["Water"], Emergency = true, Sites = [Shenzhen], WarningThreshold = 0.5 };
        var faster = Answer(minutes: 5);
        var replaced = policy.WithTarget(faster);
        Assert.Equal(["answer", "second"], replaced.Targets.Select(t => t.Name));
        Assert.Same(faster, replaced.Target("answer"));
        Assert.Same(policy.Categories, replaced.Categories);
        Assert.True(replaced.Emergency);
        Assert.Same(policy.Sites, replaced.Sites);
        Assert.Equal(0.5, replaced.WarningThreshold);
        Assert.Equal("water", replaced.Name);
        Assert.Equal(Duration.FromMinutes(10), policy.Target("answer").Deadline.Amount);

        var added = policy.WithTarget(Answer("third"));
        Assert.Equal(["answer", "second", "third"], added.Targets.Select(t => t.Name));
        Assert.Equal("target", Assert.Throws<ArgumentNullException>(() => policy.WithTarget(null!)).ParamName);
    }

    [Fact]
    public void Asking_for_a_missing_target_names_the_ones_there_are()
    {
        var policy = new SlaPolicy("default", [Answer(), Answer("second")]);
        var error = Assert.Throws<KeyNotFoundException>(() => policy.Target("third"));
        Assert.Equal("Policy 'default' has no target named 'third'. Targets: answer, second.", error.Message);
    }

    [Fact]
    public void Bad_targets_are_refused_with_the_target_named()
    {
        var duplicate = Assert.Throws<ArgumentException>(() => new SlaPolicy("p", [Answer(), Answer()]));
        Assert.Equal("targets", duplicate.ParamName);
        Assert.Equal("targets: two targets are named 'answer'; names must be unique within a policy. (Parameter 'targets')", duplicate.Message);

        var pauseOnly = Answer() with { Pause = SlaTrigger.On<TicketPaused>() };
        Assert.Equal("targets: 'answer' has a Pause without a Resume. (Parameter 'targets')", Assert.Throws<ArgumentException>(() => new SlaPolicy("p", [pauseOnly])).Message);
        var resumeOnly = Answer() with { Resume = SlaTrigger.On<TicketResumed>() };
        Assert.Equal("targets: 'answer' has a Resume without a Pause. (Parameter 'targets')", Assert.Throws<ArgumentException>(() => new SlaPolicy("p", [resumeOnly])).Message);
        Assert.Single(new SlaPolicy("p", [pauseOnly with { Resume = SlaTrigger.On<TicketResumed>() }]).Targets);

        var carried = Answer() with { Deadline = SlaDeadline.AtCarriedInstant(Duration.FromMinutes(-5)) };
        Assert.Equal(
            "targets: 'answer' has a deadline at a carried instant, but its Start trigger (TicketOpened) carries no instant. (Parameter 'targets')",
            Assert.Throws<ArgumentException>(() => new SlaPolicy("p", [carried])).Message);
        Assert.Single(new SlaPolicy("p", [carried with { Start = SlaTrigger.On<AppointmentBooked>(instant: e => e.Appointment) }]).Targets);

        Assert.Equal("targets", Assert.Throws<ArgumentNullException>(() => new SlaPolicy("p", [Answer(), null!])).ParamName);
        Assert.Equal("targets", Assert.Throws<ArgumentNullException>(() => new SlaPolicy("p", null!)).ParamName);
        Assert.Equal("name", Assert.Throws<ArgumentException>(() => new SlaPolicy(" ", [Answer()])).ParamName);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(1.5)]
    [InlineData(double.NaN)]
    public void The_warning_threshold_must_be_in_0_to_1(double threshold)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new SlaPolicy("p", [Answer()]) { WarningThreshold = threshold });
        Assert.Equal("WarningThreshold", error.ParamName);
        Assert.StartsWith("WarningThreshold must be greater than 0 and at most 1.", error.Message);
        Assert.Equal(1.0, new SlaPolicy("p", [Answer()]) { WarningThreshold = 1.0 }.WarningThreshold);
    }
}
