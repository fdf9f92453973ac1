using System.Globalization;
using Microsoft.Net.Http.Headers;

namespace PropertyService.Samples.Web.Http;

/// <summary>A record's version as an entity tag: <c>ETag: "3"</c> on reads, <c>If-Match: "3"</c> on commands.</summary>
public static class ETags
{
    /// <summary>Sets the response's ETag to a version.</summary>
    /// <param name="context">The request's context.</param>
    /// <param name="version">The version.</param>
    public static void Set(HttpContext context, int version)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Response.Headers.ETag = $"\"{version.ToString(CultureInfo.InvariantCulture)}\"";
    }

    /// <summary>Reads the version a command was decided on from <c>If-Match</c>.</summary>
    /// <param name="context">The request's context.</param>
    /// <param name="version">The version.</param>
    /// <returns>Null when a version was read; otherwise 428 (no If-Match) or 400 (not a version).</returns>
    public static IResult? ReadIfMatch(HttpContext context, out int version)
    {
        ArgumentNullException.ThrowIfNull(context);
        version = 0;
        var ifMatch = context.Request.Headers.IfMatch;
        if (ifMatch.Count == 0)
        {
            return Problems.PreconditionRequired();
        }

        return ifMatch.Count == 1 && EntityTagHeaderValue.TryParse(ifMatch.ToString(), out var tag) && !tag.IsWeak && tag.Tag.Length > 2
            && int.TryParse(tag.Tag.AsSpan(1, tag.Tag.Length - 2), NumberStyles.None, CultureInfo.InvariantCulture, out version)
            ? null
            : Problems.Invalid("If-Match", "If-Match must be the record's ETag, a version in quotes such as \"3\".");
    }
}
