using NodaTime;
using PropertyService.Sla;
using static PropertyService.Shifts.RosterFixture;

namespace PropertyService.Shifts;

public class ShiftTemplateTests
{
    [Fact]
    public void A_template_keeps_its_hours_role_and_staff_CS12()
    {
        var night = new ShiftTemplate("Night", T(17, 30), T(8, 30), Role.Technician);

        Assert.Equal(("Night", T(17, 30), T(8, 30), Role.Technician, 1), (night.Name, night.Start, night.End, night.Role, night.Staff));
        Assert.Equal(new WorkingWindow(T(17, 30), T(8, 30)), night.Window);
        Assert.True(night.Window.CrossesMidnight);
        Assert.Equal(Duration.FromHours(15), night.Window.Length);
        Assert.Equal("Night 17:30–08:30 (1 Technician)", night.ToString());
        Assert.Equal("Day 08:30–17:30 (3 Officer)", new ShiftTemplate("Day", new WorkingWindow(T(8, 30), T(17, 30)), Role.Officer, 3).ToString());
    }

    [Fact]
    public void A_template_whose_end_is_its_start_lasts_24_hours()
    {
        var all = new ShiftTemplate("All", T(8), T(8), Role.Officer);
        Assert.True(all.Window.IsFullDay);
        Assert.Equal(Duration.FromHours(24), all.Window.Length);
    }

    [Fact]
    public void Bad_templates_are_refused_naming_the_field()
    {
        Assert.Equal("name", Assert.Throws<ArgumentException>(() => new ShiftTemplate(" ", T(8), T(9), Role.Officer)).ParamName);
        Assert.Equal("name", Assert.Throws<ArgumentNullException>(() => new ShiftTemplate(null!, T(8), T(9), Role.Officer)).ParamName);
        var role = Assert.Throws<ArgumentOutOfRangeException>(() => new ShiftTemplate("X", T(8), T(9), (Role)99));
        Assert.Equal("role", role.ParamName);
        Assert.Equal("staff", Assert.Throws<ArgumentOutOfRangeException>(() => new ShiftTemplate("X", T(8), T(9), Role.Officer, 0)).ParamName);
        Assert.Equal("staff", Assert.Throws<ArgumentOutOfRangeException>(() => new ShiftTemplate("X", new WorkingWindow(T(8), T(9)), Role.Officer, -1)).ParamName);
    }

    [Fact]
    public void Templates_are_equal_by_value()
    {
        var a = new ShiftTemplate("Noon", T(12), T(13, 30), Role.Officer);
        Assert.Equal(a, new ShiftTemplate("Noon", T(12), T(13, 30), Role.Officer));
        Assert.Equal(a.GetHashCode(), new ShiftTemplate("Noon", T(12), T(13, 30), Role.Officer).GetHashCode());
        Assert.NotEqual(a, new ShiftTemplate("Lunch", T(12), T(13, 30), Role.Officer));
        Assert.NotEqual(a, new ShiftTemplate("Noon", T(12), T(13), Role.Officer));
        Assert.NotEqual(a, new ShiftTemplate("Noon", T(12), T(13, 30), Role.ServiceSupervisor));
        Assert.NotEqual(a, new ShiftTemplate("Noon", T(12), T(13, 30), Role.Officer, 2));
        Assert.False(a.Equals((object?)null));
        Assert.True(a.Equals((object)new ShiftTemplate("Noon", T(12), T(13, 30), Role.Officer)));
    }

    [Fact]
    public void The_defaults_are_CS12s_four_shifts_covering_the_day()
    {
        Assert.Equal(
            ["Morning 08:30–12:00 (1 Officer)", "Noon 12:00–13:30 (1 Officer)", "Afternoon 13:30–17:30 (1 Officer)", "Night 17:30–08:30 (1 Technician)"],
            DutyRosterDefaults.Templates.Select(t => t.ToString()));
        Assert.Equal(Duration.FromHours(24), DutyRosterDefaults.Templates.Aggregate(Duration.Zero, (sum, t) => sum + t.Window.Length));
        Assert.NotSame(DutyRosterDefaults.Templates, DutyRosterDefaults.Templates);
    }
}
