using NodaTime;
using static PropertyService.Repairs.RepairFixture;

namespace PropertyService.Repairs;

/// <summary>Repair events check their payloads and trim their text themselves, the same way for every event.</summary>
public class RepairEventTests
{
    private static readonly Instant At = Start;

    [Fact]
    public void Required_text_is_trimmed_and_never_blank()
    {
        Assert.Equal("Still drips", new WorkRejected("RT-1", 2, At, ResidentActor, Owner, "  Still drips \t").Reason);
        var ex = Assert.Throws<ArgumentException>(() => new WorkRejected("RT-1", 2, At, ResidentActor, Owner, "   "));
        Assert.Equal("Reason", ex.ParamName);
        Assert.Throws<ArgumentNullException>(() => new RepairCancelled("RT-1", 2, At, Officer, null!));
        Assert.Equal("moved away", new RepairCancelled("RT-1", 2, At, Officer, " moved away ").Reason);
    }

    [Fact]
    public void Optional_text_is_trimmed_or_null()
    {
        Assert.Null(new WorkCompleted("RT-1", 2, At, Technician, "  ").Notes);
        Assert.Equal("done", new WorkCompleted("RT-1", 2, At, Technician, " done ").Notes);
        Assert.Null(new RepairFollowedUp("RT-1", 2, At, Officer, Satisfaction.Satisfied, null).Comment);
    }

    [Fact]
    public void Payloads_that_cannot_be_recorded_are_refused_by_the_event()
    {
        Assert.Throws<ArgumentNullException>(() => new WorkSignedOff("RT-1", 2, At, ResidentActor, null!));
        Assert.Throws<ArgumentNullException>(() => new TechnicianAssigned("RT-1", 2, At, EngineeringSupervisor, null!));
        Assert.Throws<ArgumentOutOfRangeException>(() => new RepairFollowedUp("RT-1", 2, At, Officer, (Satisfaction)9, null));
        Assert.Throws<ArgumentOutOfRangeException>(() => new MaterialsChecked("RT-1", 2, At, Technician, (MaterialCheckResult)9, null));
        Assert.Throws<ArgumentNullException>(() => new RepairReported("RT-1", 1, At, Officer, null!, Site, LogBook.ContactRegister));
    }

    [Fact]
    public void Every_repair_event_has_a_stable_registered_name()
    {
        var types = typeof(RepairTicket).Assembly.GetTypes()
            .Where(t => t.Namespace == typeof(RepairTicket).Namespace && typeof(DomainEvent).IsAssignableFrom(t))
            .ToList();
        Assert.Equal(22, types.Count);
        Assert.All(types, t => Assert.StartsWith("repair.", EventTypeRegistry.Of(t).Name));
        Assert.Equal("repair.reported", EventTypeRegistry.Of(typeof(RepairReported)).Name);
        Assert.Equal("repair.work-signed-off", EventTypeRegistry.Of(typeof(WorkSignedOff)).Name);
        Assert.True(EventTypeRegistry.TryGetType("repair.fixed-at-night", out var info));
        Assert.Equal((typeof(RepairFixedAtNight), 1), (info!.Type, info.SchemaVersion));
    }
}
