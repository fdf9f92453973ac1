namespace PropertyService.Repairs;

/// <summary>Who holds a copy of a work order (RP-09, RP-10).</summary>
public enum WorkOrderCopyHolder
{
    /// <summary>The service center: every copy until collection, and copy 1 for good.</summary>
    ServiceCenter = 0,

    /// <summary>Engineering, which takes copies 2 and 3 when it collects the order (RP-10).</summary>
    Engineering = 1,
}
