namespace PropertyService.Shifts;

/// <summary>Where a shift handover is (CS-16..CS-20).</summary>
public enum HandoverState
{
    /// <summary>Scheduled; the incoming person has not arrived, and the outgoing person stays on duty (CS-20).</summary>
    AwaitingIncoming = 0,

    /// <summary>The incoming person has arrived; the outgoing person hands over the outstanding items next (CS-17).</summary>
    HandingOverItems = 1,

    /// <summary>The items are handed over; the tools are counted next (CS-18).</summary>
    CountingTools = 2,

    /// <summary>The tools are counted and the post tidied; the incoming person inspects it next (CS-19).</summary>
    AwaitingInspection = 3,

    /// <summary>The incoming person rejected the post; the outgoing person tidies it again (CS-19).</summary>
    Tidying = 4,

    /// <summary>The post is accepted; the handover completes once every night-log entry is resolved (CS-15, CS-20).</summary>
    PostAccepted = 5,

    /// <summary>The handover is complete: the outgoing person may leave (CS-19, CS-20).</summary>
    Completed = 6,
}
