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
        Assert.False(actor.HasAnyRole(Role.ServiceSupervisor, Role.Resident));
        Assert.False(actor.HasAnyRole());
    }

    [Fact]
    public void Asking_about_an_undefined_role_is_a_programmer_error()
    {
        var actor = new Actor("E001", "王小明", Site, Role.Officer);

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => actor.HasRole((Role)99));
        Assert.Equal("role", error.ParamName);
        Assert.StartsWith("role has the undefined value 99 for Role.", error.Message);
        Assert.Equal("roles", Assert.Throws<ArgumentOutOfRangeException>(() => actor.HasAnyRole(Role.Officer, (Role)7)).ParamName);
        Assert.Throws<ArgumentOutOfRangeException>(() => actor.HasRole((Role)(-1)));
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

    [Fact]
    public void Keeps_what_it_was_given_and_formats_for_logs()
    {
        var actor = new Actor("E001", "王小明", Site, Role.Technician, Role.Officer);

        Assert.Equal("E001", actor.Id);
        Assert.Equal("王小明", actor.DisplayName);
        Assert.Equal(Site, actor.Site);
        Assert.Equal("王小明 (E001; Officer, Technician)", actor.ToString());
    }

    [Fact]
    public void Every_role_can_be_held_and_asked_about()
    {
        var roles = Enum.GetValues<Role>();
        var everyone = new Actor("E9", "All", Site, roles);

        Assert.Equal(roles, everyone.Roles);
        Assert.All(roles, role => Assert.True(everyone.HasRole(role)));
        Assert.All(roles, role => Assert.Equal([role], new Actor("E9", "One", Site, role).Roles));
        Assert.All(roles, role => Assert.False(new Actor("E9", "Other", Site, roles.Where(r => r != role)).HasRole(role)));
    }

    [Fact]
    public void Null_arguments_are_named()
    {
        Assert.Equal("id", Assert.Throws<ArgumentNullException>(() => new Actor(null!, "A", Site, Role.Officer)).ParamName);
        Assert.Equal("displayName", Assert.Throws<ArgumentNullException>(() => new Actor("E1", null!, Site, Role.Officer)).ParamName);
        Assert.Equal("displayName", Assert.Throws<ArgumentException>(() => new Actor("E1", " ", Site, Role.Officer)).ParamName);
        Assert.Equal("roles", Assert.Throws<ArgumentNullException>(() => new Actor("E1", "A", Site, (IEnumerable<Role>)null!)).ParamName);
        Assert.Equal("An actor must belong to a site. (Parameter 'site')", Assert.Throws<ArgumentException>(() => new Actor("E1", "A", default, Role.Officer)).Message);
        Assert.Equal("An actor must hold at least one role. (Parameter 'roles')", Assert.Throws<ArgumentException>(() => new Actor("E1", "A", Site)).Message);
    }

    [Fact]
    public void Equality_against_null_other_types_and_itself()
    {
        var a = new Actor("E001", "王小明", Site, Role.Officer);

        Assert.True(a.Equals(a));
        Assert.False(a.Equals(null));
        Assert.False(a.Equals((object?)null));
        Assert.False(a.Equals("E001"));
        Assert.True(a.Equals((object)new Actor("E001", "x", Site, Role.Officer)));
        Assert.False(a.Equals(new Actor("E002", "王小明", Site, Role.Officer)));
    }
}
