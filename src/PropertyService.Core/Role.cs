namespace PropertyService;

/// <summary>
/// The roles named by the service regulations. An <see cref="Actor"/> may hold several.
/// </summary>
public enum Role
{
    /// <summary>Customer-service officer (客服管理员): receives calls and visits, issues work orders.</summary>
    Officer = 0,

    /// <summary>Service-center supervisor (客户服务中心主管).</summary>
    ServiceSupervisor = 1,

    /// <summary>Service-center manager (客户服务中心经理).</summary>
    ServiceManager = 2,

    /// <summary>Site (management office) manager (管理处经理).</summary>
    SiteManager = 3,

    /// <summary>Engineering supervisor (工程管理部主管): assigns technicians and assesses fees.</summary>
    EngineeringSupervisor = 4,

    /// <summary>Repair technician (维修人员 / 水电维修员): does repairs and takes night duty.</summary>
    Technician = 5,

    /// <summary>A resident acting for themselves, for example accepting a quote or signing off work.</summary>
    Resident = 6,
}
