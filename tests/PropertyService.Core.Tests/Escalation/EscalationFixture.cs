using NodaTime;
using PropertyService.Shifts;

namespace PropertyService.Escalation;

/// <summary>The people, instants and helpers the escalation tests share.</summary>
internal static class EscalationFixture
{
    internal static readonly SiteId Site = new("SZ-01");
    internal static readonly Instant T0 = Instant.FromUtc(2026, 11, 27, 2, 0);
    internal static readonly Actor Officer = new("O1", "王客服", Site, Role.Officer);
    internal static readonly Actor Technician = new("T1", "周师傅", Site, Role.Technician);
    internal static readonly Actor Supervisor = new("S1", "张主管", Site, Role.ServiceSupervisor);
    internal static readonly Resident Owner = new("陈女士", ContactPhone.Parse("13812345678"), isOwner: true) { Id = "R1" };
    internal static readonly Actor OwnerActor = new("R1", "陈女士", Site, Role.Resident);

    /// <summary>Runs a rule on an event with the history before it; returns what it raised.</summary>
    internal static List<EscalationRequest> Run(IEscalationRule rule, DomainEvent e, params DomainEvent[] history)
    {
        var context = new EscalationContext();
        context.Reset(Site, EscalationLadder.Default, e.OccurredAt, [.. history, e]);
        rule.OnEvent(e, context);
        return [.. context.Raised];
    }

    /// <summary>A handover from the night technician to <paramref name="incoming"/>.</summary>
    internal static HandoverScheduled Scheduled(Actor incoming) =>
        new("HO-1", 1, T0, Supervisor, Site, "Night", new LocalDate(2026, 3, 2), Technician, "Morning", new LocalDate(2026, 3, 3), incoming, T0, T0);
}
