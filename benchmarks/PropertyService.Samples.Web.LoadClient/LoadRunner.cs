using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text;

namespace PropertyService.Samples.Web.LoadClient;

/// <summary>
/// Signs in, then keeps <see cref="LoadOptions.Concurrency"/> requests in flight for <see cref="LoadOptions.Duration"/>
/// each: first repair-ticket creates, then lists of the reported (open) tickets; each request is timed with a
/// <see cref="Stopwatch"/>.
/// </summary>
public static class LoadRunner
{
    /// <summary>Runs both phases.</summary>
    /// <param name="client">A client whose base address is the host and which keeps cookies (the sign-in).</param>
    /// <param name="options">What to run.</param>
    /// <param name="cancellationToken">Stops the run early.</param>
    /// <returns>The report.</returns>
    /// <exception cref="InvalidOperationException">Signing in failed.</exception>
    public static async Task<LoadReport> RunAsync(HttpClient client, LoadOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(options);
        using (var signIn = await client.PostAsJsonAsync("/api/session", new { userName = options.UserName, password = options.Password }, cancellationToken))
        {
            if (signIn.StatusCode != HttpStatusCode.NoContent)
            {
                throw new InvalidOperationException($"Signing in as {options.UserName} answered {(int)signIn.StatusCode}: {await signIn.Content.ReadAsStringAsync(cancellationToken)}");
            }
        }

        var repairs = $"/api/sites/{Uri.EscapeDataString(options.Site)}/repairs";
        var run = Guid.NewGuid().ToString("N")[..8];
        var next = 0;
        var creates = await PhaseAsync("create", HttpStatusCode.Created, options, cancellationToken, () =>
        {
            var id = $"LC-{run}-{Interlocked.Increment(ref next)}";
            return client.PostAsync(repairs, new StringContent(TicketJson(id), Encoding.UTF8, "application/json"), cancellationToken);
        });
        var lists = await PhaseAsync("list-reported", HttpStatusCode.OK, options, cancellationToken, () =>
            client.GetAsync(repairs + "?state=reported", HttpCompletionOption.ResponseContentRead, cancellationToken));
        return new LoadReport(options, creates, lists);
    }

    private static async Task<OperationStats> PhaseAsync(string name, HttpStatusCode expected, LoadOptions options, CancellationToken cancellationToken,
        Func<Task<HttpResponseMessage>> send)
    {
        var errors = 0;
        string? firstError = null;
        var latencies = new List<double>[options.Concurrency];
        var phase = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, options.Concurrency).Select(w => Task.Run(async () =>
        {
            var mine = latencies[w] = new List<double>(4096);
            while (phase.Elapsed < options.Duration && !cancellationToken.IsCancellationRequested)
            {
                var started = Stopwatch.GetTimestamp();
                string? error = null;
                try
                {
                    using var response = await send();
                    if (response.StatusCode != expected)
                    {
                        error = $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(cancellationToken)}";
                    }
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException or IOException)
                {
                    error = e.GetType().Name + ": " + e.Message;
                }

                mine.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                if (error is not null)
                {
                    Interlocked.Increment(ref errors);
                    Interlocked.CompareExchange(ref firstError, error, null);
                }
            }
        }, CancellationToken.None)).ToArray();
        await Task.WhenAll(workers);
        var elapsed = phase.Elapsed;
        return new OperationStats(name, latencies.SelectMany(l => l), errors, elapsed, firstError);
    }

    private static string TicketJson(string id) =>
        "{\"id\":\"" + id + "\",\"channel\":\"call\",\"resident\":{\"name\":\"李女士\",\"phone\":\"138 1234 5678\",\"owner\":true,\"id\":\"R-3-2-1201\"},"
        + "\"unit\":\"3-2-1201\",\"category\":\"unit\",\"description\":\"Kitchen tap drips\",\"items\":[\"W-01\"]}";
}
