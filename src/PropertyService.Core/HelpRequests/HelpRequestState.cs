namespace PropertyService.HelpRequests;

/// <summary>Where a <see cref="HelpRequest"/> is in its workflow.</summary>
public enum HelpRequestState
{
    /// <summary>Received; nothing but the resident's address and contact phone is accepted (HR-07).</summary>
    AwaitingContact = 0,

    /// <summary>Address and phone recorded; the resident's wishes (or, in an emergency, the option chosen) come next (HR-07, HR-08).</summary>
    ContactRecorded = 1,

    /// <summary>The owner knows what the resident wants and answers, escalates or declines (HR-04, HR-05).</summary>
    InProgress = 2,

    /// <summary>The owner asked the supervisor or manager; the HR-04 answer target runs.</summary>
    Escalated = 3,

    /// <summary>The supervisor or manager told the owner what to tell the resident (HR-04).</summary>
    Instructed = 4,

    /// <summary>A written inquiry is registered and waits for the supervisor's written reply (HR-09).</summary>
    AwaitingWrittenReply = 5,

    /// <summary>A normal medical emergency was attended; the supervisor is told after the event (HR-08).</summary>
    EmergencyAttended = 6,

    /// <summary>Answered, replied to or attended; the owner's follow-up comes next (HR-06).</summary>
    Handled = 7,

    /// <summary>Declined with a reason given to the resident (HR-05); the owner's follow-up comes next (HR-06).</summary>
    Declined = 8,

    /// <summary>The owner followed up with the resident (HR-06); the request may close.</summary>
    FollowedUp = 9,

    /// <summary>Closed; nothing more happens.</summary>
    Closed = 10,
}
