// One host of a site group: it polls the due-queue shared through PostgreSQL every 20 ms on a simulated clock and
// prints "sent <aggregate> <key>" when its notifier delivers a notice, then "done <aggregate> <key>" once the poll that
// raised it has recorded it in the queue, and "alert <aggregate> <key>" for each SLA alert it raised.
// Arguments: <connection string> <schema> <host name> <simulated start, unix ms> <real start, unix ms> <speed> <lease seconds>
// [<milliseconds the notifier takes per notice>]
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using PropertyService.DependencyInjection;
using PropertyService.Escalation;
using PropertyService.Pipeline;
using PropertyService.Storage.PostgreSql;

var (connection, schema, name) = (args[0], args[1], args[2]);
var simulatedStart = Instant.FromUnixTimeMilliseconds(long.Parse(args[3], CultureInfo.InvariantCulture));
var realStart = Instant.FromUnixTimeMilliseconds(long.Parse(args[4], CultureInfo.InvariantCulture));
var speed = double.Parse(args[5], CultureInfo.InvariantCulture);
var lease = Duration.FromSeconds(double.Parse(args[6], CultureInfo.InvariantCulture));
PrintingNotifier.Delay = args.Length > 7 ? int.Parse(args[7], CultureInfo.InvariantCulture) : 0;

var services = new ServiceCollection();
services.AddPropertyService()
    .UseEscalationNotifier<PrintingNotifier>()
    .UsePostgreSqlStore(connection, o => o.Schema = schema)
    .UsePostgreSqlDueQueue(o => { o.HostId = name; o.Lease = lease; o.BatchSize = 10; });
await using var provider = services.BuildServiceProvider();
var queue = provider.GetRequiredService<PostgreSqlDueQueue>();
Instant Now() => simulatedStart + ((SystemClock.Instance.GetCurrentInstant() - realStart) * speed);

using var stop = new CancellationTokenSource();
_ = Task.Run(() =>
{
    Console.In.ReadToEnd(); // the test closes our input to stop us
    stop.Cancel();
});

await queue.PollAsync(Now());
Console.WriteLine("ready");
while (!stop.IsCancellationRequested)
{
    var result = await queue.PollAsync(Now());
    foreach (var alert in result.Alerts)
    {
        Console.WriteLine($"alert {alert.AggregateId} {StreamEvaluation.KeyOf(alert)}");
    }

    foreach (var notice in result.Notices)
    {
        Console.WriteLine($"done {notice.AggregateId} {StreamEvaluation.KeyOf(notice)}");
    }

    foreach (var failure in result.Failures)
    {
        Console.Error.WriteLine($"failure {failure.Component} {failure.Item} {failure.AggregateId}: {failure.Exception.Message}");
    }

    try
    {
        await Task.Delay(20, stop.Token);
    }
    catch (OperationCanceledException)
    {
    }
}

/// <summary>Prints each notice as it is delivered.</summary>
internal sealed class PrintingNotifier : IEscalationNotifier
{
    /// <summary>How long each notice takes to deliver (a slow SMS gateway, say), in milliseconds.</summary>
    internal static int Delay { get; set; }

    public async ValueTask NotifyAsync(EscalationNotice notice, CancellationToken cancellationToken)
    {
        Console.WriteLine($"sent {notice.AggregateId} {StreamEvaluation.KeyOf(notice)}");
        await Task.Delay(Delay, cancellationToken);
    }
}
