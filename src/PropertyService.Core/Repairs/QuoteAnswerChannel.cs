namespace PropertyService.Repairs;

/// <summary>How the owner gave their answer to a quote (RP-14), recorded when an officer writes it down.</summary>
public enum QuoteAnswerChannel
{
    /// <summary>In person, at the unit or the service center.</summary>
    InPerson = 0,

    /// <summary>By telephone.</summary>
    Phone = 1,

    /// <summary>Through the resident app.</summary>
    App = 2,

    /// <summary>In writing.</summary>
    Written = 3,
}
