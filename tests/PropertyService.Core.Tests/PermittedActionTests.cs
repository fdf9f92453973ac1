namespace PropertyService;

public class PermittedActionTests
{
    [Fact]
    public void An_action_is_permitted_when_nothing_stands_in_its_way()
    {
        var permitted = new PermittedAction<LocationKind>(LocationKind.Unit, null);
        var refused = new PermittedAction<LocationKind>(LocationKind.CommonArea, new Rejection("x.closed", "Closed."));

        Assert.True(permitted.IsPermitted);
        Assert.False(refused.IsPermitted);
        Assert.Equal("x.closed", refused.Reason!.Code);
        Assert.Equal(LocationKind.CommonArea, refused.Action);
    }
}
