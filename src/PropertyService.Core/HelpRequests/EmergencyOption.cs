namespace PropertyService.HelpRequests;

/// <summary>The options an officer offers in a medical emergency (HR-08).</summary>
public enum EmergencyOption
{
    /// <summary>Take the patient to hospital.</summary>
    TakeToHospital = 0,

    /// <summary>Call the emergency number (120).</summary>
    CallEmergencyNumber = 1,

    /// <summary>Send someone to help care for the patient.</summary>
    SendSomeoneToCare = 2,
}
