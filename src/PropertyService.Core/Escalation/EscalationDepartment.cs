namespace PropertyService.Escalation;

/// <summary>The chain a matter climbs: the service center's or engineering's (see <see cref="EscalationLadder"/>).</summary>
public enum EscalationDepartment
{
    /// <summary>The service center: officer → service-center supervisor → service-center manager → site manager.</summary>
    Service = 0,

    /// <summary>Engineering: technician → engineering supervisor (→ site manager by default).</summary>
    Engineering = 1,
}
