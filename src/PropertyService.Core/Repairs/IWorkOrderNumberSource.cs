namespace PropertyService.Repairs;

/// <summary>Hands out site-unique work-order numbers (RP-09).</summary>
/// <remarks>Implementations must be safe to call from several threads and must never hand out a number twice for one site.</remarks>
public interface IWorkOrderNumberSource
{
    /// <summary>Takes the next work-order number for <paramref name="site"/>.</summary>
    /// <param name="site">The site the work order belongs to.</param>
    /// <returns>A number not handed out before for this site.</returns>
    string Next(SiteId site);
}
