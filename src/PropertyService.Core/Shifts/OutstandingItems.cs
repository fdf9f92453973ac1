using PropertyService.Complaints;
using PropertyService.HelpRequests;
using PropertyService.Repairs;
using PropertyService.Utility;

namespace PropertyService.Shifts;

/// <summary>
/// What the outgoing person has outstanding at a handover (CS-17), offered from the other workflows: a query over the
/// aggregates the host passes in, so the person hands over from the records rather than from memory.
/// </summary>
/// <remarks>
/// Repairs and complaints come without a note: the outgoing person writes one before handing them over
/// (<see cref="HandoverItem.WithNote"/>, CS-17). Help requests are offered when the outgoing person owns them; their
/// ownership passes to the incoming officer only by <c>HelpRequest.TransferOwnership</c> (HR-06).
/// </remarks>
public static class OutstandingItems
{
    /// <summary>The items <paramref name="outgoing"/> hands over at the end of <paramref name="shift"/>.</summary>
    /// <param name="outgoing">The outgoing person.</param>
    /// <param name="shift">The outgoing shift.</param>
    /// <param name="repairs">The site's repair tickets; the open ones are offered.</param>
    /// <param name="helpRequests">The site's help requests; the open ones <paramref name="outgoing"/> owns are offered.</param>
    /// <param name="complaints">The site's complaint records; the open ones are offered.</param>
    /// <param name="log">The site's duty log; its night entries of <paramref name="shift"/> not handled are offered (CS-15).</param>
    /// <returns>The items, repairs first, then complaints, help requests and night-log entries.</returns>
    /// <exception cref="ArgumentNullException">An argument or an element is null.</exception>
    public static IReadOnlyList<HandoverItem> Of(
        Actor outgoing, Shift shift, IEnumerable<RepairTicket> repairs, IEnumerable<HelpRequest> helpRequests, IEnumerable<Complaint> complaints, DutyLog log)
    {
        Preconditions.CheckNotNull(outgoing);
        Preconditions.CheckNotNull(shift);
        Preconditions.CheckNotNull(repairs);
        Preconditions.CheckNotNull(helpRequests);
        Preconditions.CheckNotNull(complaints);
        Preconditions.CheckNotNull(log);
        var items = new List<HandoverItem>();
        foreach (var ticket in repairs)
        {
            if (Preconditions.CheckNotNull(ticket, nameof(repairs)).Site == outgoing.Site
                && ticket.State is not (RepairState.Closed or RepairState.ClosedWithoutWork or RepairState.Cancelled))
            {
                items.Add(new HandoverItem(HandoverItemKind.RepairTicket, ticket.Id, $"{ticket.Request.Description} ({ticket.State})"));
            }
        }

        foreach (var complaint in complaints)
        {
            if (Preconditions.CheckNotNull(complaint, nameof(complaints)).Site == outgoing.Site && complaint.State != ComplaintState.Closed)
            {
                items.Add(new HandoverItem(HandoverItemKind.Complaint, complaint.Id, $"{complaint.Summary} ({complaint.State})"));
            }
        }

        foreach (var request in helpRequests)
        {
            if (Preconditions.CheckNotNull(request, nameof(helpRequests)).FirstContactOwner.Equals(outgoing) && request.State != HelpRequestState.Closed)
            {
                items.Add(new HandoverItem(HandoverItemKind.HelpRequest, request.Id, $"{request.Kind}: {request.Wishes ?? "wishes not yet recorded"} ({request.State})"));
            }
        }

        items.AddRange(log.ItemsToHandOver(shift));
        return items;
    }
}
