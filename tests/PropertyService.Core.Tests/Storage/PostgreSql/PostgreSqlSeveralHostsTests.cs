using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using NodaTime;
using PropertyService.DependencyInjection;
using PropertyService.Escalation;
using PropertyService.Pipeline;
using PropertyService.Repairs;
using static PropertyService.Repairs.RepairFixture;

namespace PropertyService.Storage.PostgreSql;

/// <summary>
/// Three host processes share one database and poll its due-queue on a simulated clock (two minutes a second) while
/// tickets are reported and left to breach; one host is killed (SIGKILL) mid-run. Every warning, breach and climb
/// reaches a notifier, none is lost, and none twice, except what the killed host delivered and could not record before
/// it died (the one case the queue delivers again, by design: its claims pass to the others when its lease passes).
/// </summary>
public sealed class PostgreSqlSeveralHostsTests(Xunit.Abstractions.ITestOutputHelper output) : IAsyncLifetime
{
    private const double Speed = 120;
    private const int Tickets = 40;

    // Long enough for a host's batch (claim, evaluate, deliver, record) on a busy 2-core machine; the killed host's
    // claims wait this long before the others take them over.
    private const string LeaseSeconds = "5";
    private readonly string _schema = PostgresServer.NewSchemaName("hosts");
    private string? _connection;

    [SkippableFact]
    [Trait("Speed", "Slow")]
    public async Task Three_host_processes_deliver_every_alert_once_in_total_and_a_killed_hosts_claims_are_taken_over()
    {
        _connection = PostgresServer.ConnectionString;
        var services = new ServiceCollection();
        services.AddPropertyService().UseEscalationNotifier<InMemoryEscalationNotifier>().UsePostgreSqlStore(_connection, o => o.Schema = _schema);
        await using var provider = services.BuildServiceProvider();
        var store = provider.GetRequiredService<PostgreSqlEventStore>();
        var center = provider.GetRequiredService<ServiceCenter>();
        var tickets = new EventStoreRepository<RepairTicket>(store, RepairTicket.FromEvents, center.NextDeadline);

        var realStart = SystemClock.Instance.GetCurrentInstant();
        Instant Now() => Start + ((SystemClock.Instance.GetCurrentInstant() - realStart) * Speed);
        // The second host's notifier is slow (300 ms a notice), so it is killed while delivering a batch it has claimed.
        var hosts = Enumerable.Range(1, 3).Select(n => new HostProcess($"host-{n}", _connection, _schema, realStart, n == 2 ? 300 : 0)).ToArray();
        try
        {
            await Task.WhenAll(hosts.Select(h => h.Ready));

            // Tickets reported over about four simulated minutes, as a front desk would. The second host is killed the
            // moment its notifier starts on its first notice: mid-alert, with a batch of claims in hand.
            for (var i = 0; i < Tickets; i++)
            {
                var at = Now();
                Assert.True((await tickets.CreateAsync(() => RepairTicket.Report($"RT-{i:00}", Request("S-01"), Officer, at))).IsSuccess);
                await Task.Delay(50);
            }

            await hosts[1].Killed.WaitAsync(TimeSpan.FromSeconds(60));

            // What must be raised, whoever raises it: each ticket evaluated far beyond its last climb.
            var expectedNotices = new HashSet<string>(StringComparer.Ordinal);
            var expectedAlerts = new HashSet<string>(StringComparer.Ordinal);
            for (var i = 0; i < Tickets; i++)
            {
                var history = (await store.ReadAsync(Site, $"RT-{i:00}")).Select(s => s.Event).ToArray();
                var evaluation = center.Evaluate(history, history[^1].OccurredAt + Duration.FromHours(3));
                Assert.Null(evaluation.NextDue);
                expectedNotices.UnionWith(evaluation.Notices.Select(n => $"RT-{i:00} {StreamEvaluation.KeyOf(n)}"));
                expectedAlerts.UnionWith(evaluation.Alerts.Select(a => $"RT-{i:00} {StreamEvaluation.KeyOf(a)}"));
            }

            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(120));
            while (!expectedNotices.IsSubsetOf(hosts.SelectMany(h => h.Sent)) && !timeout.IsCancellationRequested)
            {
                await Task.Delay(200);
            }

            await Task.Delay(1000); // anything delivered twice would show by now
            foreach (var host in hosts.Where(h => h != hosts[1]))
            {
                await host.StopAsync();
            }

            var sent = hosts.SelectMany(h => h.Sent).ToList();
            Assert.True(expectedNotices.SetEquals(sent), $"missing: {string.Join(", ", expectedNotices.Except(sent).Take(10))}; unexpected: {string.Join(", ", sent.Except(expectedNotices).Take(10))}");
            Assert.True(expectedAlerts.SetEquals(hosts.SelectMany(h => h.Alerts)), "every SLA warning and breach was raised by some host");
            Assert.All(hosts, h => Assert.NotEmpty(h.Sent));

            foreach (var host in hosts)
            {
                output.WriteLine($"{host.Name}: {host.Sent.Count} sent, {host.Done.Count} recorded, {host.Alerts.Count} alerts");
            }

            output.WriteLine($"{expectedNotices.Count} notices expected, {sent.Count} delivered");

            // Exactly once, except what the killed host delivered but had not recorded when it died.
            var unrecorded = hosts[1].Sent.Except(hosts[1].Done).ToHashSet(StringComparer.Ordinal);
            Assert.NotEmpty(unrecorded); // it died mid-alert: what it had claimed was delivered by the others
            Assert.All(unrecorded, key => Assert.Contains(key, hosts[0].Sent.Concat(hosts[2].Sent)));
            var twice = sent.GroupBy(k => k).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
            Assert.All(twice, key => Assert.Contains(key, unrecorded));
            Assert.All(twice, key => Assert.Equal(2, sent.Count(k => k == key)));
            Assert.All(hosts.Where(h => h != hosts[1]), h => Assert.Empty(h.Errors));
        }
        finally
        {
            foreach (var host in hosts)
            {
                host.Dispose();
            }
        }
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (_connection is null)
        {
            return;
        }

        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(_connection);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP SCHEMA IF EXISTS {_schema} CASCADE", connection);
        await drop.ExecuteNonQueryAsync();
    }

    /// <summary>One host process (tests/PropertyService.Storage.DueQueueHost) and what it reported.</summary>
    private sealed class HostProcess : IDisposable
    {
        private readonly Process _process;
        private readonly TaskCompletionSource _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly TaskCompletionSource _killed = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly bool _killOnFirstSent;
        private readonly ConcurrentQueue<string> _sent = new();
        private readonly ConcurrentQueue<string> _done = new();
        private readonly ConcurrentQueue<string> _alerts = new();

        public HostProcess(string name, string connection, string schema, Instant realStart, int notifierDelay)
        {
            Name = name;
            _killOnFirstSent = notifierDelay > 0;
            var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true, UseShellExecute = false };
            foreach (var argument in new[]
            {
                HostPath(), connection, schema, name, Start.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture),
                realStart.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture), Speed.ToString(CultureInfo.InvariantCulture), LeaseSeconds,
                notifierDelay.ToString(CultureInfo.InvariantCulture),
            })
            {
                start.ArgumentList.Add(argument);
            }

            _process = new Process { StartInfo = start };
            _process.OutputDataReceived += (_, e) => Read(e.Data);
            _process.ErrorDataReceived += (_, e) =>
            {
                if (e.Data is not null)
                {
                    Errors.Enqueue(e.Data);
                }
            };
            _process.Start();
            _process.BeginOutputReadLine();
            _process.BeginErrorReadLine();
        }

        public string Name { get; }

        public Task Ready => _ready.Task.WaitAsync(TimeSpan.FromSeconds(60));

        public List<string> Sent => [.. _sent];

        public List<string> Done => [.. _done];

        public List<string> Alerts => [.. _alerts];

        public ConcurrentQueue<string> Errors { get; } = new();

        public Task Killed => _killed.Task;

        public async Task StopAsync()
        {
            _process.StandardInput.Close();
            await _process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(30));
        }

        public void Dispose()
        {
            if (!_process.HasExited)
            {
                _process.Kill();
            }

            _process.Dispose();
        }

        private void Read(string? line)
        {
            if (line is null)
            {
                return;
            }

            var space = line.IndexOf(' ', StringComparison.Ordinal);
            var (kind, rest) = space < 0 ? (line, "") : (line[..space], line[(space + 1)..]);
            switch (kind)
            {
                case "ready":
                    _ready.TrySetResult();
                    break;
                case "sent":
                    _sent.Enqueue(rest);
                    if (_killOnFirstSent && !_killed.Task.IsCompleted)
                    {
                        _process.Kill(); // SIGKILL while its notifier works: no finally blocks, no claim released
                        _killed.TrySetResult();
                    }

                    break;
                case "done":
                    _done.Enqueue(rest);
                    break;
                case "alert":
                    _alerts.Enqueue(rest);
                    break;
            }
        }

        private static string HostPath()
        {
            var here = AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar);
            var framework = Path.GetFileName(here);
            var configuration = Path.GetFileName(Path.GetDirectoryName(here)!);
            var tests = Path.GetFullPath(Path.Combine(here, "..", "..", "..", ".."));
            var host = Path.Combine(tests, "PropertyService.Storage.DueQueueHost", "bin", configuration, framework, "PropertyService.Storage.DueQueueHost.dll");
            Assert.True(File.Exists(host), $"The host program is not built at {host}.");
            return host;
        }
    }
}
