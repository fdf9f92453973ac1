using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Npgsql;
using PropertyService.Storage.PostgreSql;

namespace PropertyService.Samples.Web.Tests;

/// <summary>The same host on PostgreSQL, chosen by configuration alone.</summary>
public sealed class PostgreSqlHostTests
{
    [SkippableFact]
    public async Task Set_to_postgresql_the_host_keeps_tickets_in_the_database_across_a_restart()
    {
        var connectionString = PostgresServer.ConnectionString;
        var schema = PostgresServer.NewSchemaName("web");
        var keys = Path.Combine(Path.GetTempPath(), "ps-web-keys-" + Guid.NewGuid().ToString("N"));
        WebApplicationFactory<Program> Start() => new WebApplicationFactory<Program>().WithWebHostBuilder(b => b
            .UseSetting("Storage:Provider", "postgresql")
            .UseSetting("Storage:PostgreSqlConnectionString", connectionString)
            .UseSetting("Storage:PostgreSqlSchema", schema)
            .UseSetting("Storage:KeysPath", keys)
            .UseSetting("Storage:SqlitePath", Path.Combine(keys, "unused.db"))
            .UseSetting("Security:SignInPermitLimit", "1000"));
        try
        {
            using (var first = Start())
            {
                var client = await SignedInAsync(first);
                var created = await client.PostAsJsonAsync($"/api/sites/{WebHost.Site}/repairs", WebHost.NewTicket("RT-pg"));
                Assert.Equal(HttpStatusCode.Created, created.StatusCode);
            }

            using var second = Start();
            var again = await SignedInAsync(second);
            var ticket = JsonDocument.Parse(await again.GetStringAsync($"/api/sites/{WebHost.Site}/repairs/RT-pg")).RootElement;

            Assert.Equal("reported", ticket.GetProperty("state").GetString());
            await using var connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync();
            await using var count = new NpgsqlCommand($"select count(*) from {schema}.events", connection);
            Assert.Equal(1L, (long)(await count.ExecuteScalarAsync())!);
        }
        finally
        {
            await using var connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"drop schema if exists {schema} cascade", connection);
            await drop.ExecuteNonQueryAsync();
            Directory.Delete(keys, recursive: true);
        }
    }

    private static async Task<HttpClient> SignedInAsync(WebApplicationFactory<Program> factory)
    {
        var client = factory.CreateClient();
        var response = await client.PostAsJsonAsync("/api/session", new { userName = WebHost.Officer, password = WebHost.Officer + "-demo" });
        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        return client;
    }
}
