namespace PropertyService.HelpRequests;

/// <summary>What <see cref="HelpRequest.Receive"/> returns: the new request and the events to store.</summary>
public sealed class HelpRequestReceipt
{
    internal HelpRequestReceipt(HelpRequest request, IReadOnlyList<DomainEvent> events)
    {
        Request = request;
        Events = events;
    }

    /// <summary>The new request, owned by the receiving officer (HR-06).</summary>
    public HelpRequest Request { get; }

    /// <summary>The events to store: a single <see cref="HelpRequestReceived"/>.</summary>
    public IReadOnlyList<DomainEvent> Events { get; }
}
