using PropertyService.Repairs;

namespace PropertyService.Samples.Web.Repairs;

/// <summary>
/// Numbers a ticket's work order after the ticket ("WO-" and its identifier): unique at a site because ticket
/// identifiers are, and the same after a restart without a counter to keep.
/// </summary>
public sealed class TicketWorkOrderNumbers : IWorkOrderNumberSource
{
    private readonly string _ticketId;

    /// <summary>Numbers the work order of one ticket.</summary>
    /// <param name="ticketId">The ticket.</param>
    public TicketWorkOrderNumbers(string ticketId) => _ticketId = ticketId ?? throw new ArgumentNullException(nameof(ticketId));

    /// <inheritdoc/>
    public string Next(SiteId site) => "WO-" + _ticketId;
}
