using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PropertyService.Escalation;
using PropertyService.Pipeline;
using PropertyService.Storage;

namespace PropertyService.Samples.Web.Tests;

/// <summary>Damage and failure from outside the request: a forged cookie, an altered store, collaborators that throw.</summary>
public sealed class HostileCallerTests
{
    private static readonly SiteId Site = new(WebHost.Site);

    [Fact]
    public async Task A_forged_sign_in_cookie_is_nobody()
    {
        using var host = new WebHost();
        var client = host.Client(account: null);
        client.DefaultRequestHeaders.Add("Cookie", "ps-auth=CfDJ8forged" + new string('A', 200));

        var response = await client.GetAsync($"/api/sites/{WebHost.Site}/repairs");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task A_history_altered_at_rest_stops_the_host_at_start_naming_the_record()
    {
        using var host = new WebHost();
        await WebHost.CreateAsync(host.Client(), "RT-forged");
        host.Factory.Dispose();
        SqliteConnection.ClearAllPools();
        await using (var connection = new SqliteConnection($"Data Source={host.DatabasePath}"))
        {
            await connection.OpenAsync();
            await using var forge = connection.CreateCommand();
            forge.CommandText = "UPDATE events SET payload = CAST(REPLACE(CAST(payload AS TEXT), 'Kitchen tap drips', 'Kitchen tap is fine') AS BLOB) WHERE stream_id = 'RT-forged'";
            Assert.Equal(1, await forge.ExecuteNonQueryAsync());
        }

        var error = Assert.ThrowsAny<Exception>(() =>
        {
            host.Restart();
            host.Client();
        });

        var damaged = Assert.IsType<StoredEventException>(Unwrap(error));
        Assert.Equal("RT-forged", damaged.StreamId);
        Assert.Equal(1, damaged.Version);
    }

    [Fact]
    public async Task A_record_the_store_cannot_vouch_for_is_a_specific_500_and_nothing_is_decided_on_it()
    {
        DamagingEventStore? store = null;
        using var host = WebHost.WithServices(services =>
        {
            var registered = services.Last(d => d.ServiceType == typeof(IEventStore));
            services.Replace(ServiceDescriptor.Singleton<IEventStore>(provider =>
                store = new DamagingEventStore((IEventStore)registered.ImplementationFactory!(provider), "RT-damaged")));
        });
        var officer = host.Client();
        await WebHost.CreateAsync(officer, "RT-damaged");
        store!.Damaged = true;

        var read = await officer.GetAsync($"/api/sites/{WebHost.Site}/repairs/RT-damaged");
        var act = await WebHost.ActAsync(officer, "RT-damaged", "issue-work-order", 1);

        foreach (var response in new[] { read, act })
        {
            Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
            Assert.Equal("RT-damaged", json.GetProperty("streamId").GetString());
            Assert.Equal(nameof(TamperKind.Edited), json.GetProperty("tamperKind").GetString());
        }

        store.Damaged = false;
        Assert.Single(await store.ReadAsync(Site, "RT-damaged"));
    }

    [Fact]
    public async Task A_notifier_that_throws_does_not_undo_or_refuse_the_command_that_escalated_HR_08()
    {
        using var host = WebHost.WithServices(services => services.AddSingleton<IEscalationNotifier, ThrowingNotifier>());
        var officer = host.Client();
        var created = await officer.PostAsJsonAsync($"/api/sites/{WebHost.Site}/help-requests", new { id = "HR-throwing", kind = "medical-emergency", major = true });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);

        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/sites/{WebHost.Site}/help-requests/HR-throwing/actions/record-contact")
        {
            Content = JsonContent.Create(new { unit = "3-2-1201", phone = "138 1234 5678" }),
        };
        request.Headers.IfMatch.Add(new System.Net.Http.Headers.EntityTagHeaderValue("\"1\""));
        var contact = await officer.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, contact.StatusCode);
        var center = host.Factory.Services.GetRequiredService<ServiceCenter>();
        Assert.NotNull(center.Escalations.Find(Site, "HR-08/HR-throwing"));
        Assert.Equal(3, (await host.Factory.Services.GetRequiredService<IEventStore>().ReadAsync(Site, "HR-throwing")).Count);
    }

    private static Exception Unwrap(Exception error)
    {
        while (error is AggregateException or InvalidOperationException && error.InnerException is { } inner && error is not StoredEventException)
        {
            error = inner;
        }

        return error;
    }

    private sealed class ThrowingNotifier : IEscalationNotifier
    {
        public ValueTask NotifyAsync(EscalationNotice notice, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("The pager gateway is down.");
    }
}
