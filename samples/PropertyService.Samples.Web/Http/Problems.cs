using System.Globalization;
using PropertyService;

namespace PropertyService.Samples.Web.Http;

/// <summary>The problem details (RFC 9457) the API answers with.</summary>
public static class Problems
{
    /// <summary>400: one field is missing or not valid.</summary>
    public static IResult Invalid(string field, string message) =>
        Results.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] }, detail: message, title: $"'{field}' is not valid.");

    /// <summary>400: several fields are missing or not valid.</summary>
    public static IResult Invalid(IDictionary<string, string[]> errors) =>
        Results.ValidationProblem(errors, detail: string.Join(" ", errors.SelectMany(e => e.Value)), title: "The request has fields that are missing or not valid.");

    /// <summary>401: nobody is signed in.</summary>
    public static IResult Unauthenticated() =>
        Results.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Sign in first.",
            detail: "Sign in with POST /api/session (JSON userName and password) or at /sign-in.");

    /// <summary>403: the signed-in account may not do this.</summary>
    public static IResult Forbidden(string detail) =>
        Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Not allowed.", detail: detail);

    /// <summary>404.</summary>
    public static IResult NotFound(string detail) =>
        Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found.", detail: detail);

    /// <summary>428: a command needs <c>If-Match</c>.</summary>
    public static IResult PreconditionRequired() =>
        Results.Problem(statusCode: StatusCodes.Status428PreconditionRequired, title: "If-Match is required.",
            detail: "Send If-Match with the ETag of the version you read, for example If-Match: \"3\".");

    /// <summary>412: the record changed since the caller read it.</summary>
    public static IResult Stale(int expected, int current) =>
        Results.Problem(statusCode: StatusCodes.Status412PreconditionFailed, title: "The record has changed since you read it.",
            detail: $"You sent version {expected.ToString(CultureInfo.InvariantCulture)}; it is now at version {current.ToString(CultureInfo.InvariantCulture)}. Read it again and retry.",
            extensions: new Dictionary<string, object?> { ["currentVersion"] = current });

    /// <summary>422: the library refused the command under one of its rules.</summary>
    public static IResult Refused(Rejection rejection, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(rejection);
        return Results.Problem(statusCode: StatusCodes.Status422UnprocessableEntity, title: rejection.Code, detail: rejection.Describe(culture),
            extensions: new Dictionary<string, object?> { ["code"] = rejection.Code, ["ruleId"] = rejection.RuleId, ["field"] = rejection.Field });
    }
}
