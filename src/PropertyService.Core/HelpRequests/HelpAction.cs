namespace PropertyService.HelpRequests;

/// <summary>
/// The steps of a <see cref="HelpRequest"/>'s workflow, one per command; also the triggers of its state machine.
/// </summary>
public enum HelpAction
{
    /// <summary>Record the resident's address and contact phone (HR-07).</summary>
    RecordContact = 0,

    /// <summary>Record what the resident wants done (HR-07); registers a written inquiry (HR-09).</summary>
    RecordWishes = 1,

    /// <summary>Answer the resident or resolve the request (HR-04).</summary>
    Answer = 2,

    /// <summary>Ask the supervisor or manager (HR-04).</summary>
    Escalate = 3,

    /// <summary>The supervisor or manager tells the owner what to tell the resident (HR-04).</summary>
    Instruct = 4,

    /// <summary>Decline, with a reason given to the resident (HR-05).</summary>
    Decline = 5,

    /// <summary>Record the emergency option chosen and what was done (HR-08).</summary>
    RecordEmergencyAction = 6,

    /// <summary>Report a normal emergency to the supervisor after the event (HR-08).</summary>
    ReportEmergency = 7,

    /// <summary>The supervisor refers an emergency to the site manager and records the instruction (HR-08).</summary>
    ReferToSiteManager = 8,

    /// <summary>The supervisor or manager replies to a written inquiry in writing (HR-09).</summary>
    ReplyInWriting = 9,

    /// <summary>Pass first-contact ownership to another officer, with a reason (HR-06).</summary>
    TransferOwnership = 10,

    /// <summary>The owner's follow-up with the resident after the request is handled (HR-06).</summary>
    FollowUp = 11,

    /// <summary>Close the request after the owner's follow-up (HR-06).</summary>
    Close = 12,
}
