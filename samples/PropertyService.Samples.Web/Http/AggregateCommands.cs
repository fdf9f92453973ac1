using PropertyService.Pipeline;
using PropertyService.Storage;

namespace PropertyService.Samples.Web.Http;

/// <summary>
/// Runs one command on a stored aggregate the way every endpoint does: load (404), compare with the version the caller
/// read (412 with <c>currentVersion</c>), build the command from the body (400), run it (422 for a rejection), append
/// with optimistic concurrency (412 when someone was faster), publish the events and answer with the new version.
/// </summary>
public static class AggregateCommands
{
    /// <summary>Runs the command.</summary>
    /// <typeparam name="T">The aggregate.</typeparam>
    /// <param name="context">The request's context.</param>
    /// <param name="aggregate">The aggregate as loaded, or null when there is none.</param>
    /// <param name="notFound">What to say when there is none.</param>
    /// <param name="expected">The version the caller read (from <c>If-Match</c>).</param>
    /// <param name="build">Builds the command, or a 400 problem with the body.</param>
    /// <param name="view">The aggregate as the API shows it, after the command.</param>
    /// <returns>The response.</returns>
    public static async Task<IResult> RunAsync<T>(
        HttpContext context, T? aggregate, string notFound, int expected,
        Func<T, (Func<T, Result<IReadOnlyList<DomainEvent>>>? Command, IResult? Problem)> build, Func<T, object> view)
        where T : class, IEventSourced
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(build);
        ArgumentNullException.ThrowIfNull(view);
        if (aggregate is null)
        {
            return Problems.NotFound(notFound);
        }

        if (aggregate.Version != expected)
        {
            ETags.Set(context, aggregate.Version);
            return Problems.Stale(expected, aggregate.Version);
        }

        var (command, problem) = build(aggregate);
        if (problem is not null)
        {
            return problem;
        }

        var result = command!(aggregate);
        if (result.IsRejected)
        {
            ETags.Set(context, expected);
            return Problems.Refused(result.Rejection!, RequestCulture.Of(context.Request));
        }

        var services = context.RequestServices;
        if (await AggregateCommit.CommitAsync(services.GetRequiredService<IEventStore>(), services.GetRequiredService<ServiceCenter>(),
            aggregate, expected, result.Value, context.RequestAborted) is { } current)
        {
            ETags.Set(context, current);
            return Problems.Stale(expected, current);
        }

        ETags.Set(context, aggregate.Version);
        return Results.Ok(view(aggregate));
    }
}
