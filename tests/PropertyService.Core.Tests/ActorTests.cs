namespace PropertyService;

public class ActorTests
{
    private static readonly SiteId Site = new("SZ-01");

    [Fact]
    public void Holds_its_roles_in_order_without_repeats()
    {
        var actor = new Actor("E001", "王小明", Site, Role.Technician, Role.Officer, Role.Technician);

        Assert.Equal([Role.Officer, Role.Technician], actor.Roles);
        Assert.True(actor.HasRole(Role.Technician));
        Assert.False(actor.HasRole(Role.ServiceSupervisor));
        Assert.True(actor.HasAnyRole(Role.ServiceSupervisor, Role.Officer));
        Assert.False(actor.HasRole((Role)99));
    }

    [Fact]
    public void Equality_is_by_id_and_site()
    {
        var a = new Actor("E001", "王小明", Site, Role.Officer);
        Assert.Equal(a, new Actor("E001", "Wang", Site, Role.Technician));
        Assert.NotEqual(a, new Actor("E001", "王小明", new SiteId("SZ-02"), Role.Officer));
        Assert.Equal(a.GetHashCode(), new Actor("E001", "x", Site, Role.Officer).GetHashCode());
    }

    [Fact]
    public void Bad_input_names_the_field()
    {
        Assert.Equal("roles", Assert.Throws<ArgumentException>(() => new Actor("E1", "A", Site)).ParamName);
        Assert.Equal("roles", Assert.Throws<ArgumentOutOfRangeException>(() => new Actor("E1", "A", Site, (Role)42)).ParamName);
        Assert.Equal("site", Assert.Throws<ArgumentException>(() => new Actor("E1", "A", default, Role.Officer)).ParamName);
        Assert.Equal("id", Assert.Throws<ArgumentException>(() => new Actor("", "A", Site, Role.Officer)).ParamName);
    }
}
