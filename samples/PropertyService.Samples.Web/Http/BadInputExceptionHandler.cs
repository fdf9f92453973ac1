using Microsoft.AspNetCore.Diagnostics;

namespace PropertyService.Samples.Web.Http;

/// <summary>
/// Turns what a client's input can cause while ASP.NET Core binds a request (<see cref="BadHttpRequestException"/>: a
/// body too large, a malformed form) into a problem details response (RFC 9457) with its status. Every other input
/// error is found by the endpoints' own checks and answered there, naming the field; an exception that reaches this
/// point is a fault of the host, not of the request, and is not dressed up as a 400.
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
        if (exception is not BadHttpRequestException bad)
        {
            return false;
        }

        var status = bad.StatusCode;

        httpContext.Response.StatusCode = status;
        return await _problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails = { Status = status, Title = "The request is not valid.", Detail = exception.Message },
        });
    }
}
