namespace PropertyService.Fees;

/// <summary>What a <see cref="FeeScheduleItem"/>'s prices are per.</summary>
public enum FeeUnit
{
    /// <summary>Per piece or per job (a quantity must be a whole number).</summary>
    PerItem = 0,

    /// <summary>Per metre (of pipe, cable, sealant…); fractional quantities allowed.</summary>
    PerMetre = 1,

    /// <summary>Per hour of work; fractional quantities allowed.</summary>
    PerHour = 2,
}
