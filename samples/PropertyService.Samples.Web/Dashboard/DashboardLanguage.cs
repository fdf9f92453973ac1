namespace PropertyService.Samples.Web.Dashboard;

/// <summary>The dashboard's two languages: Chinese is the default, English is one switch away.</summary>
public enum DashboardLanguage
{
    /// <summary>Simplified Chinese, the language of the service center.</summary>
    Chinese = 0,

    /// <summary>English.</summary>
    English = 1,
}
