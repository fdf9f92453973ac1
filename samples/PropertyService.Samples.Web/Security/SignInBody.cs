namespace PropertyService.Samples.Web.Security;

/// <summary>The body of <c>POST /api/session</c>.</summary>
/// <param name="UserName">The account's user name.</param>
/// <param name="Password">The password.</param>
public sealed record SignInBody(string? UserName, string? Password);
