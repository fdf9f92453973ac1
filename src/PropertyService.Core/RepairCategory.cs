namespace PropertyService;

/// <summary>
/// What kind of repair a request is (RP-04..RP-07). The category decides who pays (fee rules) and
/// which timing targets apply. Utility repairs (RP-05) are split into water, power and gas.
/// </summary>
public enum RepairCategory
{
    /// <summary>Unit repair (房屋报修, RP-04): maintenance and repair inside a resident's unit and its fittings.</summary>
    Unit = 0,

    /// <summary>Utility repair of the site's water supply system (系统报修 / 供水, RP-05).</summary>
    Water = 1,

    /// <summary>Utility repair of the site's power supply system (系统报修 / 供电, RP-05).</summary>
    Power = 2,

    /// <summary>Utility repair of the site's gas supply system (系统报修 / 供气, RP-05).</summary>
    Gas = 3,

    /// <summary>Common-area repair (公共设施报修, RP-02, RP-06): damaged common-area facilities and equipment.</summary>
    CommonArea = 4,

    /// <summary>Special-request repair (特约报修, RP-07): extra on-site work a resident asks for specially.</summary>
    SpecialRequest = 5,
}
