namespace PropertyService.Samples.Web.Security;

/// <summary>What a resident link lets its holder do, once, on one ticket.</summary>
public enum ResidentLinkAction
{
    /// <summary>Accept the assessed quote (RP-14).</summary>
    AcceptQuote,

    /// <summary>Decline the assessed quote (RP-14).</summary>
    DeclineQuote,

    /// <summary>Sign the work order after inspecting the work (RP-16).</summary>
    SignOff,

    /// <summary>Refuse the work at inspection, with a reason (RP-16).</summary>
    RejectWork,
}
