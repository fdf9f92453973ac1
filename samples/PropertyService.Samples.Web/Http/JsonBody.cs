using System.Text.Json;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace PropertyService.Samples.Web.Http;

/// <summary>Reads a JSON request body; malformed JSON and wrong types become a 400 that names the field.</summary>
public static class JsonBody
{
    /// <summary>Reads the body as <typeparamref name="T"/>.</summary>
    /// <typeparam name="T">The body's type.</typeparam>
    /// <param name="context">The request's context.</param>
    /// <param name="emptyAs">What an empty body stands for; null when a body is required.</param>
    /// <returns>The body, or the problem to answer with.</returns>
    public static async Task<(T? Body, IResult? Problem)> ReadAsync<T>(HttpContext context, T? emptyAs = null)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(context);
        var options = context.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        using var buffer = new MemoryStream();
        await context.Request.Body.CopyToAsync(buffer, context.RequestAborted);
        if (buffer.Length == 0)
        {
            return emptyAs is not null ? (emptyAs, null) : (null, Problems.Invalid("body", "A JSON body is required."));
        }

        if (context.Request.ContentType is { } type && !type.StartsWith("application/json", StringComparison.OrdinalIgnoreCase))
        {
            return (null, Results.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType, title: "The body must be application/json."));
        }

        try
        {
            var body = JsonSerializer.Deserialize<T>(buffer.ToArray(), options);
            return body is null ? (null, Problems.Invalid("body", "A JSON object is required.")) : (body, null);
        }
        catch (JsonException e)
        {
            var field = FieldOf(e.Path);
            return (null, Problems.Invalid(field, $"'{field}' is not valid JSON of the expected type (line {e.LineNumber + 1}, position {e.BytePositionInLine})."));
        }
    }

    private static string FieldOf(string? path) =>
        string.IsNullOrEmpty(path) || path == "$" ? "body" : path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path.TrimStart('$');
}
