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
            EntityTags.Set(context, aggregate.Version);
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
            EntityTags.Set(context, expected);
            return Problems.Refused(result.Rejection!, RequestCulture.Of(context.Request));
        }

        return await AppendAsync(context, aggregate, expected, result.Value) ?? Results.Ok(view(aggregate));
    }

    /// <summary>Appends what a command recorded and publishes it; sets the new <c>ETag</c>.</summary>
    /// <param name="context">The request's context.</param>
    /// <param name="aggregate">The aggregate after the command.</param>
    /// <param name="expected">The version it had before.</param>
    /// <param name="events">The events the command recorded.</param>
    /// <returns>Null when stored; a 412 problem when another request stored first.</returns>
    public static async Task<IResult?> AppendAsync(HttpContext context, IEventSourced aggregate, int expected, IReadOnlyList<DomainEvent> events)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(aggregate);
        var store = context.RequestServices.GetRequiredService<IEventStore>();
        var center = context.RequestServices.GetRequiredService<ServiceCenter>();
        var status = aggregate.Status with { DueAt = center.NextDeadline(aggregate) };
        var append = await store.AppendAsync(new AppendRequest(aggregate.Site, aggregate.Id, expected, events, status), context.RequestAborted);
        if (append.Conflict is { } conflict)
        {
            EntityTags.Set(context, conflict.CurrentVersion);
            return Problems.Stale(expected, conflict.CurrentVersion);
        }

        await center.PublishAsync(events, context.RequestAborted);
        EntityTags.Set(context, aggregate.Version);
        return null;
    }
}
