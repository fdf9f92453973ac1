using System.Globalization;
using Microsoft.Net.Http.Headers;

namespace PropertyService.Samples.Web.Http;

/// <summary>The language of messages for a request, from <c>Accept-Language</c>: Chinese (the default) or English.</summary>
public static class RequestCulture
{
    /// <summary>Chinese, in simplified characters: the library's Chinese messages.</summary>
    public static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh-Hans");

    /// <summary>English.</summary>
    public static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    /// <summary>The first language of <c>Accept-Language</c>, by quality, that the library speaks; Chinese otherwise.</summary>
    /// <param name="request">The request.</param>
    /// <returns>The culture for messages.</returns>
    public static CultureInfo Of(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!StringWithQualityHeaderValue.TryParseList(request.Headers.AcceptLanguage, out var languages))
        {
            return Chinese;
        }

        foreach (var language in languages.OrderByDescending(l => l.Quality ?? 1))
        {
            var tag = language.Value.Value ?? string.Empty;
            if (tag.StartsWith("zh", StringComparison.OrdinalIgnoreCase))
            {
                return Chinese;
            }

            if (tag.StartsWith("en", StringComparison.OrdinalIgnoreCase))
            {
                return English;
            }
        }

        return Chinese;
    }
}
