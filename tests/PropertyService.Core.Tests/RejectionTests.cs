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
