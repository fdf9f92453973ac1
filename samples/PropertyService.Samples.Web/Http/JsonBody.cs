using System.Text.Json;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace PropertyService.Samples.Web.Http;

/// <summary>Reads a JSON request body; malformed JSON and wrong types become a 400 that names the field, and a body
/// larger than <see cref="MaxBytes"/> a 413 (read no further, so a client cannot make the host buffer megabytes).</summary>
public static class JsonBody
{
    /// <summary>The largest body read, 64 KiB: many times any command's size.</summary>
    public const int MaxBytes = 64 * 1024;

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
        if (context.Request.ContentLength > MaxBytes)
        {
            return (null, TooLarge());
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[8192];
        int read;
        while ((read = await context.Request.Body.ReadAsync(chunk, context.RequestAborted)) > 0)
        {
            if (buffer.Length + read > MaxBytes)
            {
                return (null, TooLarge());
            }

            buffer.Write(chunk, 0, read);
        }

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

    private static IResult TooLarge() =>
        Results.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "The body is too large.",
            detail: $"A request body may hold at most {MaxBytes.ToString(System.Globalization.CultureInfo.InvariantCulture)} bytes.");

    private static string FieldOf(string? path) =>
        string.IsNullOrEmpty(path) || path == "$" ? "body" : path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path.TrimStart('$');
}
