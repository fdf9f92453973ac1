using static PropertyService.HelpRequests.HelpRequestRejectionCodes;

namespace PropertyService.HelpRequests;

/// <summary>Checks of a help-request command's own arguments, made after the workflow has judged the step; null means fine.</summary>
internal static class HelpInputs
{
    /// <summary>HR-07: address and phone, naming whichever is missing.</summary>
    internal static Rejection? Contact(Location? address, ContactPhone phone) => (address is null, phone.IsEmpty) switch
    {
        (true, true) => new Rejection(ContactIncomplete, "The resident's address and contact phone are missing: ask for both and record them.", "HR-07", "Address, Phone"),
        (true, false) => new Rejection(ContactIncomplete, "The resident's address is missing: ask for it and record it with the phone.", "HR-07", "Address"),
        (false, true) => new Rejection(ContactIncomplete, "The resident's contact phone is missing: ask for it and record it with the address.", "HR-07", "Phone"),
        _ => null,
    };

    /// <summary>A required text (HR-05's reason, HR-04's answer, ...).</summary>
    internal static Rejection? Required(string? text, string code, string ruleId, string field, string what) =>
        string.IsNullOrWhiteSpace(text) ? new Rejection(code, $"{char.ToUpperInvariant(what[0])}{what[1..]} is required.", ruleId, field) : null;

    /// <summary>HR-04: the owner asks the supervisor or the manager, and says what.</summary>
    internal static Rejection? Escalation(SiteId site, Role level, string? question, Actor? to)
    {
        if (level is not (Role.ServiceSupervisor or Role.ServiceManager))
        {
            return new Rejection(EscalationLevel, $"A help request is escalated to the service-center supervisor or manager, not to {level}.", "HR-04", "Level");
        }

        if (to is not null && (to.Site != site || !to.HasRole(level)))
        {
            return new Rejection(EscalationTarget, $"{to.DisplayName} is not a {level} of site {site}.", "HR-04", "To");
        }

        return Required(question, QuestionRequired, "HR-04", "Question", "the question for the supervisor");
    }

    /// <summary>HR-06: ownership passes only to another officer of the site, with a reason.</summary>
    internal static Rejection? Transfer(SiteId site, Actor owner, Actor newOwner, string? reason)
    {
        if (newOwner.Site != site || !newOwner.HasRole(Role.Officer))
        {
            return new Rejection(TransferTarget, $"Ownership passes only to a customer-service officer of site {site}; {newOwner.DisplayName} is not one.", "HR-06", "NewOwner");
        }

        if (newOwner.Equals(owner))
        {
            return new Rejection(TransferTarget, $"{newOwner.DisplayName} already owns the request.", "HR-06", "NewOwner");
        }

        return Required(reason, TransferReasonRequired, "HR-06", "Reason", "a reason for the transfer");
    }
}
