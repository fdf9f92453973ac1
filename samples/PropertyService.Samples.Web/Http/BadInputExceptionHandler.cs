using Microsoft.AspNetCore.Diagnostics;

namespace PropertyService.Samples.Web.Http;

/// <summary>
/// Turns what a client's input can cause while a request is bound (<see cref="BadHttpRequestException"/>,
/// <see cref="ArgumentException"/>, <see cref="FormatException"/>) into a 400 problem details response (RFC 9457);
/// anything else is left to the default handler (a 500 without details).
/// </summary>
public sealed class BadInputExceptionHandler : IExceptionHandler
{
    private readonly IProblemDetailsService _problems;

    /// <summary>Creates the handler.</summary>
    /// <param name="problems">Writes problem details.</param>
    public BadInputExceptionHandler(IProblemDetailsService problems) =>
        _problems = problems ?? throw new ArgumentNullException(nameof(problems));

    /// <inheritdoc/>
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var status = exception switch
        {
            BadHttpRequestException bad => bad.StatusCode,
            ArgumentException or FormatException => StatusCodes.Status400BadRequest,
            _ => 0,
        };
        if (status == 0)
        {
            return false;
        }

        httpContext.Response.StatusCode = status;
        return await _problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails = { Status = status, Title = "The request is not valid.", Detail = exception.Message },
        });
    }
}
