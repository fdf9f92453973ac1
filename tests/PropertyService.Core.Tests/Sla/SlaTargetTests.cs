using NodaTime;
using static PropertyService.Sla.SlaTestEvents;

namespace PropertyService.Sla;

public class SlaTargetTests
{
    private static readonly SlaTrigger Opened = SlaTrigger.On<TicketOpened>();
    private static readonly SlaTrigger Answered = SlaTrigger.On<TicketAnswered>();
    private static readonly SlaDeadline TenMinutes = SlaDeadline.After(Duration.FromMinutes(10));

    private static SlaTarget Target() => new("answer", "TEST-1", Opened, Answered, TenMinutes);

    [Fact]
    public void The_constructor_keeps_what_it_is_given()
    {
        var target = Target();
        Assert.Equal("answer", target.Name);
        Assert.Equal("TEST-1", target.RuleId);
        Assert.Same(Opened, target.Start);
        Assert.Same(Answered, target.Stop);
        Assert.Same(TenMinutes, target.Deadline);
        Assert.Null(target.Pause);
        Assert.Null(target.Resume);
        Assert.Null(target.Cancel);
        Assert.Null(target.Unless);
        Assert.Null(target.WarningThreshold);
        Assert.Equal("[TEST-1] answer: TicketOpened → TicketAnswered, 10 min working time (24/7)", target.ToString());
    }

    [Fact]
    public void The_constructor_refuses_blank_names_and_missing_parts()
    {
        Assert.Equal("name", Assert.Throws<ArgumentException>(() => new SlaTarget(" ", "TEST-1", Opened, Answered, TenMinutes)).ParamName);
        Assert.Equal("ruleId", Assert.Throws<ArgumentException>(() => new SlaTarget("answer", "", Opened, Answered, TenMinutes)).ParamName);
        Assert.Equal("name", Assert.Throws<ArgumentNullException>(() => new SlaTarget(null!, "TEST-1", Opened, Answered, TenMinutes)).ParamName);
        Assert.Equal("start", Assert.Throws<ArgumentNullException>(() => new SlaTarget("answer", "TEST-1", null!, Answered, TenMinutes)).ParamName);
        Assert.Equal("stop", Assert.Throws<ArgumentNullException>(() => new SlaTarget("answer", "TEST-1", Opened, null!, TenMinutes)).ParamName);
        Assert.Equal("deadline", Assert.Throws<ArgumentNullException>(() => new SlaTarget("answer", "TEST-1", Opened, Answered, null!)).ParamName);
        Assert.Equal("name must not be empty or white space. (Parameter 'name')",
            Assert.Throws<ArgumentException>(() => new SlaTarget(" ", "TEST-1", Opened, Answered, TenMinutes)).Message);
    }

    [Fact]
    public void With_checks_what_the_constructor_checks()
    {
        var target = Target();
        var blankName = Assert.Throws<ArgumentException>(() => target with { Name = " " });
        Assert.Equal("Name", blankName.ParamName);
        Assert.Equal("Name must not be empty or white space. (Parameter 'Name')", blankName.Message);
        Assert.Equal("Name", Assert.Throws<ArgumentNullException>(() => target with { Name = null! }).ParamName);
        Assert.Equal("RuleId", Assert.Throws<ArgumentException>(() => target with { RuleId = "" }).ParamName);
        Assert.Equal("RuleId", Assert.Throws<ArgumentNullException>(() => target with { RuleId = null! }).ParamName);
        Assert.Equal("Start", Assert.Throws<ArgumentNullException>(() => target with { Start = null! }).ParamName);
        Assert.Equal("Stop", Assert.Throws<ArgumentNullException>(() => target with { Stop = null! }).ParamName);
        Assert.Equal("Deadline", Assert.Throws<ArgumentNullException>(() => target with { Deadline = null! }).ParamName);
    }

    [Fact]
    public void With_changes_only_what_it_names()
    {
        var target = Target();
        var fiveMinutes = SlaDeadline.After(Duration.FromMinutes(5));
        var adjusted = target with { Deadline = fiveMinutes, Name = "answer fast", RuleId = "TEST-2", Start = Answered, Stop = Opened };
        Assert.Same(fiveMinutes, adjusted.Deadline);
        Assert.Equal("answer fast", adjusted.Name);
        Assert.Equal("TEST-2", adjusted.RuleId);
        Assert.Same(Answered, adjusted.Start);
        Assert.Same(Opened, adjusted.Stop);
        Assert.Same(TenMinutes, target.Deadline);
        Assert.Equal("answer", target.Name);
        Assert.NotEqual(target, adjusted);
        Assert.Equal(target, target with { });
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(-0.5)]
    [InlineData(1.0001)]
    [InlineData(double.NaN)]
    public void A_warning_threshold_outside_0_to_1_is_refused(double threshold)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => Target() with { WarningThreshold = threshold });
        Assert.Equal("WarningThreshold", error.ParamName);
        Assert.StartsWith("WarningThreshold must be greater than 0 and at most 1.", error.Message);
    }

    [Theory]
    [InlineData(1.0)]
    [InlineData(0.5)]
    [InlineData(double.Epsilon)]
    public void A_warning_threshold_in_0_to_1_is_kept(double threshold) =>
        Assert.Equal(threshold, (Target() with { WarningThreshold = threshold }).WarningThreshold);

    [Fact]
    public void A_warning_threshold_can_be_cleared() =>
        Assert.Null((Target() with { WarningThreshold = 0.5 } with { WarningThreshold = null }).WarningThreshold);
}
