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

    [Fact]
    public void Formats_without_the_rule_or_field_it_lacks()
    {
        Assert.Equal("help.closed: The request is closed.", new Rejection("help.closed", "The request is closed.").ToString());
        Assert.Equal("[HR-05] help.reason-required: A reason is required.", new Rejection("help.reason-required", "A reason is required.", "HR-05").ToString());
        Assert.Equal("help.phone (Phone): A phone is required.", new Rejection("help.phone", "A phone is required.", field: "Phone").ToString());
    }

    [Fact]
    public void Blank_rule_and_field_mean_none()
    {
        var rejection = new Rejection("c", "m", " ", "\t");

        Assert.Null(rejection.RuleId);
        Assert.Null(rejection.Field);
        Assert.Equal("c", rejection.Code);
        Assert.Equal("m", rejection.Message);
        Assert.Equal("code", Assert.Throws<ArgumentNullException>(() => new Rejection(null!, "m")).ParamName);
        Assert.Equal("message", Assert.Throws<ArgumentException>(() => new Rejection("c", " ")).ParamName);
        Assert.NotEqual(new Rejection("c", "m", "HR-05"), new Rejection("c", "m", "HR-06"));
    }
}
