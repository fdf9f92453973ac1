namespace PropertyService;

public class RejectionTests
{
    [Fact]
    public void Carries_code_rule_field_and_message()
    {
        var rejection = new Rejection("repair.phone-required", "A contact phone is required.", "RP-09", "Phone");

        Assert.Equal("repair.phone-required", rejection.Code);
        Assert.Equal("RP-09", rejection.RuleId);
        Assert.Equal("Phone", rejection.Field);
        Assert.Equal("[RP-09] repair.phone-required (Phone): A contact phone is required.", rejection.ToString());
        Assert.Equal(rejection, new Rejection("repair.phone-required", "A contact phone is required.", "RP-09", "Phone"));
    }

    [Fact]
    public void Code_and_message_are_required()
    {
        Assert.Throws<ArgumentException>(() => new Rejection("", "m"));
        Assert.Throws<ArgumentNullException>(() => new Rejection("c", null!));
        Assert.Null(new Rejection("c", "m", " ").RuleId);
    }
}

public class ResultTests
{
    [Fact]
    public void Success_has_a_value_and_no_rejection()
    {
        Result<int> result = 42;

        Assert.True(result.IsSuccess);
        Assert.Equal(42, result.Value);
        Assert.Null(result.Rejection);
        Assert.True(result.TryGetValue(out var value));
        Assert.Equal(42, value);
        Assert.Equal("ok 42", result.Match(v => $"ok {v}", r => r.Code));
    }

    [Fact]
    public void Rejected_has_no_value()
    {
        Result<int> result = new Rejection("x.y", "No.", "HR-07");

        Assert.True(result.IsRejected);
        Assert.Equal("x.y", result.Match(v => "ok", r => r.Code));
        Assert.False(result.TryGetValue(out _));
        var error = Assert.Throws<InvalidOperationException>(() => result.Value);
        Assert.Contains("HR-07", error.Message);
    }
}
