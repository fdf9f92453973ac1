using System.Globalization;
using Microsoft.Net.Http.Headers;

namespace PropertyService.Samples.Web.Http;

/// <summary>
/// Versions as entity tags: reads answer with <c>ETag: "&lt;version&gt;"</c>, and commands must send it back in
/// <c>If-Match</c> so that two people cannot overwrite each other's change unknowingly.
/// </summary>
public static class EntityTags
{
    /// <summary>Sets the response's <c>ETag</c> to a version.</summary>
    /// <param name="context">The request's context.</param>
    /// <param name="version">The version.</param>
    public static void Set(HttpContext context, int version)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Response.Headers.ETag = $"\"{version.ToString(CultureInfo.InvariantCulture)}\"";
    }

    /// <summary>Reads <c>If-Match</c>: 428 when it is missing, 400 when it is not a version in quotes.</summary>
    /// <param name="context">The request's context.</param>
    /// <returns>The version the caller read, or the problem to answer with.</returns>
    public static (int Version, IResult? Problem) ReadIfMatch(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var ifMatch = context.Request.Headers.IfMatch;
        if (ifMatch.Count == 0)
        {
            return (0, Problems.PreconditionRequired());
        }

        var text = ifMatch.ToString();
        return EntityTagHeaderValue.TryParse(text, out var tag) && !tag.IsWeak && tag.Tag.Length > 2
            && int.TryParse(tag.Tag.AsSpan(1, tag.Tag.Length - 2), NumberStyles.None, CultureInfo.InvariantCulture, out var version)
            ? (version, null)
            : (0, Problems.Invalid("If-Match", "If-Match must be the ETag you read, a version in quotes such as \"3\"."));
    }
}
