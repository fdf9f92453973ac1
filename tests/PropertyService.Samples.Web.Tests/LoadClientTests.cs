using PropertyService.Samples.Web.LoadClient;

namespace PropertyService.Samples.Web.Tests;

public sealed class LoadClientTests : IClassFixture<WebHost>
{
    private readonly WebHost _host;

    public LoadClientTests(WebHost host) => _host = host;

    [Fact]
    public async Task The_load_client_signs_in_creates_and_lists_and_reports_counts_and_latencies()
    {
        using var client = _host.Factory.CreateClient();
        var options = new LoadOptions { Url = client.BaseAddress!, Duration = TimeSpan.FromSeconds(0.5), Concurrency = 4 };

        var report = await LoadRunner.RunAsync(client, options);
        using var text = new StringWriter();
        report.Print(text);

        Assert.True(report.Creates.Count > 0);
        Assert.Equal(0, report.Creates.Errors);
        Assert.True(report.Lists.Count > 0);
        Assert.Equal(0, report.Lists.Errors);
        Assert.True(report.Creates.RequestsPerSecond > 0);
        Assert.InRange(report.Creates.P50, 0, report.Creates.P99);
        Assert.InRange(report.Creates.P99, report.Creates.P50, report.Creates.Max);
        Assert.Contains("create", text.ToString(), StringComparison.Ordinal);
        Assert.Contains("list-reported", text.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_wrong_password_stops_the_run_before_any_load()
    {
        using var client = _host.Factory.CreateClient();
        var options = new LoadOptions { Url = client.BaseAddress!, Password = "wrong", Duration = TimeSpan.FromSeconds(0.1), Concurrency = 1 };

        await Assert.ThrowsAsync<InvalidOperationException>(() => LoadRunner.RunAsync(client, options));
    }

    [Fact]
    public void The_options_read_the_command_line_and_list_every_problem()
    {
        var options = LoadOptions.Parse(["--url", "http://127.0.0.1:6000", "--duration", "2.5", "--concurrency", "8", "--site", "SZ-VK-02"], out var none);
        LoadOptions.Parse(["--duration", "-1", "--concurrency", "lots", "--color", "red"], out var errors);

        Assert.Empty(none);
        Assert.Equal(new Uri("http://127.0.0.1:6000"), options.Url);
        Assert.Equal(TimeSpan.FromSeconds(2.5), options.Duration);
        Assert.Equal(8, options.Concurrency);
        Assert.Equal("SZ-VK-02", options.Site);
        Assert.Equal(3, errors.Count);
    }

    [Fact]
    public void Percentiles_are_nearest_rank()
    {
        var stats = new OperationStats("create", Enumerable.Range(1, 100).Select(i => (double)i), errors: 1, TimeSpan.FromSeconds(1), "500");

        Assert.Equal(50, stats.P50);
        Assert.Equal(99, stats.P99);
        Assert.Equal(100, stats.Max);
        Assert.Equal(99, stats.RequestsPerSecond);
    }
}
