namespace PropertyService.Escalation;

public sealed class EscalationLadderTests
{
    [Fact]
    public void The_default_chains_are_the_rules_officer_to_site_manager_and_technician_to_engineering_supervisor()
    {
        var ladder = EscalationLadder.Default;
        Assert.Equal([Role.Officer, Role.ServiceSupervisor, Role.ServiceManager, Role.SiteManager], ladder.Chain(EscalationDepartment.Service));
        Assert.Equal([Role.Technician, Role.EngineeringSupervisor, Role.SiteManager], ladder.Chain(EscalationDepartment.Engineering));
        Assert.Equal(3, ladder.Top(EscalationDepartment.Service).Value);
        Assert.Equal(2, ladder.Top(EscalationDepartment.Engineering).Value);
        Assert.Empty(ladder.Validate());
    }

    [Theory]
    [InlineData(EscalationDepartment.Service, 1, Role.ServiceSupervisor)]
    [InlineData(EscalationDepartment.Service, 2, Role.ServiceManager)]
    [InlineData(EscalationDepartment.Service, 3, Role.SiteManager)]
    [InlineData(EscalationDepartment.Engineering, 1, Role.EngineeringSupervisor)]
    [InlineData(EscalationDepartment.Engineering, 2, Role.SiteManager)]
    public void Each_level_names_one_role_and_the_role_names_its_level(EscalationDepartment department, int level, Role role)
    {
        Assert.Equal(role, EscalationLadder.Default.RoleAt(department, new EscalationLevel(level)));
        Assert.Equal(level, EscalationLadder.Default.LevelOf(department, role)!.Value.Value);
    }

    [Fact]
    public void There_is_no_role_above_the_top_or_at_level_zero()
    {
        Assert.Null(EscalationLadder.Default.RoleAt(EscalationDepartment.Engineering, new EscalationLevel(3)));
        Assert.Null(EscalationLadder.Default.RoleAt(EscalationDepartment.Service, default));
        Assert.Null(EscalationLadder.Default.LevelOf(EscalationDepartment.Service, Role.Officer));
        Assert.Null(EscalationLadder.Default.LevelOf(EscalationDepartment.Engineering, Role.ServiceManager));
    }

    [Fact]
    public void With_replaces_one_chain_and_leaves_the_default_alone()
    {
        var ladder = EscalationLadder.Default.With(EscalationDepartment.Engineering, Role.Technician, Role.EngineeringSupervisor);
        Assert.Equal(1, ladder.Top(EscalationDepartment.Engineering).Value);
        Assert.Equal(EscalationLadder.Default.Chain(EscalationDepartment.Service), ladder.Chain(EscalationDepartment.Service));
        Assert.Equal(2, EscalationLadder.Default.Top(EscalationDepartment.Engineering).Value);
        Assert.Equal("Service: Officer → ServiceSupervisor → ServiceManager → SiteManager; Engineering: Technician → EngineeringSupervisor", ladder.ToString());
    }

    [Fact]
    public void Validate_lists_every_problem_naming_the_department()
    {
        var ladder = EscalationLadder.Default
            .With(EscalationDepartment.Service, Role.Officer)
            .With(EscalationDepartment.Engineering, Role.Technician, Role.Resident, Role.Resident);
        var errors = ladder.Validate();
        Assert.Equal(3, errors.Count);
        Assert.StartsWith("EscalationLadder.Service: the chain needs", errors[0]);
        Assert.Contains("EscalationLadder.Engineering: Resident appears 2 times", errors[1]);
        Assert.Contains("EscalationLadder.Engineering: a resident", errors[2]);
    }

    [Fact]
    public void Undefined_departments_and_roles_are_programmer_errors()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => EscalationLadder.Default.Chain((EscalationDepartment)7));
        Assert.Throws<ArgumentOutOfRangeException>(() => EscalationLadder.Default.With(EscalationDepartment.Service, Role.Officer, (Role)42));
        Assert.Throws<ArgumentNullException>(() => EscalationLadder.Default.With(EscalationDepartment.Service, null!));
    }

    [Fact]
    public void Levels_compare_by_rung_and_start_at_one()
    {
        Assert.True(EscalationLevel.Supervisor < EscalationLevel.Supervisor.Up());
        Assert.True(new EscalationLevel(2) >= new EscalationLevel(2));
        Assert.True(new EscalationLevel(3) > new EscalationLevel(2));
        Assert.True(new EscalationLevel(2) <= new EscalationLevel(3));
        Assert.Equal(new EscalationLevel(2), EscalationLevel.Supervisor.Up());
        Assert.NotEqual(new EscalationLevel(2), EscalationLevel.Supervisor);
        Assert.Equal("L2", new EscalationLevel(2).ToString());
        Assert.Equal(-1, new EscalationLevel(1).CompareTo(new EscalationLevel(2)));
        Assert.Throws<ArgumentOutOfRangeException>(() => new EscalationLevel(0));
    }
}
