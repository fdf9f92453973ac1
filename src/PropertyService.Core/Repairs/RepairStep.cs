namespace PropertyService.Repairs;

/// <summary>What the repair workflow's guards judge: the ticket and who acts. The Stateless trigger parameter.</summary>
internal sealed class RepairStep(RepairTicket ticket, Actor actor)
{
    internal RepairTicket Ticket { get; } = ticket;

    internal Actor Actor { get; } = actor;
}
