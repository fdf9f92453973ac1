using PropertyService.Utility;
using static PropertyService.HelpRequests.HelpRequestRejectionCodes;

namespace PropertyService.HelpRequests;

/// <summary>Checks of a help-request command's own arguments, made after the workflow has judged the step; null means fine.</summary>
internal static class HelpInputs
{
    /// <summary>HR-07: address and phone, naming whichever is missing.</summary>
    internal static Rejection? Contact(Location? address, ContactPhone phone) => (address is null, phone.IsEmpty) switch
    {
        (true, true) => Rejection.Localized(ContactIncomplete, "HR-07", "Address, Phone", "Help.ContactMissing.AddressAndPhone"),
        (true, false) => Rejection.Localized(ContactIncomplete, "HR-07", "Address", "Help.ContactMissing.Address"),
        (false, true) => Rejection.Localized(ContactIncomplete, "HR-07", "Phone", "Help.ContactMissing.Phone"),
        _ => null,
    };

    /// <summary>A required text (HR-05's reason, HR-04's answer, ...); <paramref name="key"/> is the refusal's text, which names it.</summary>
    internal static Rejection? Required(string? text, string code, string ruleId, string field, string key) =>
        string.IsNullOrWhiteSpace(text) ? Rejection.Localized(code, ruleId, field, key) : null;

    /// <summary>HR-04: the owner asks the supervisor or the manager, and says what.</summary>
    internal static Rejection? Escalation(SiteId site, Role level, string? question, Actor? to)
    {
        if (level is not (Role.ServiceSupervisor or Role.ServiceManager))
        {
            return Rejection.Localized(EscalationLevel, "HR-04", "Level", "Help.EscalationLevel", LocalizedText.Of(level));
        }

        if (to is not null && (to.Site != site || !to.HasRole(level)))
        {
            return Rejection.Localized(EscalationTarget, "HR-04", "To", "Help.EscalationTarget", to.DisplayName, LocalizedText.Of(level), site);
        }

        return Required(question, QuestionRequired, "HR-04", "Question", "Help.QuestionRequired");
    }

    /// <summary>HR-06: ownership passes only to another officer of the site, with a reason.</summary>
    internal static Rejection? Transfer(SiteId site, Actor owner, Actor newOwner, string? reason)
    {
        if (newOwner.Site != site || !newOwner.HasRole(Role.Officer))
        {
            return Rejection.Localized(TransferTarget, "HR-06", "NewOwner", "Help.TransferTarget", site, newOwner.DisplayName);
        }

        if (newOwner.Equals(owner))
        {
            return Rejection.Localized(TransferTarget, "HR-06", "NewOwner", "Help.AlreadyOwner", newOwner.DisplayName);
        }

        return Required(reason, TransferReasonRequired, "HR-06", "Reason", "Help.TransferReasonRequired");
    }
}
