using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace PropertyService.Samples.Web.Tests;

/// <summary>Calls shared by the endpoint tests: commands with If-Match, and JSON answers.</summary>
internal static class Api
{
    public static string Site(string path) => $"/api/sites/{WebHost.Site}/{path}";

    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, string path, object? body, int? version = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = body is null ? null : JsonContent.Create(body) };
        if (version is { } v)
        {
            request.Headers.IfMatch.Add(new EntityTagHeaderValue($"\"{v}\""));
        }

        return await client.SendAsync(request);
    }

    public static async Task<JsonElement> OkAsync(Task<HttpResponseMessage> call)
    {
        var response = await call;
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement;
    }

    public static async Task<JsonElement> JsonAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

    public static async Task AssertProblemAsync(HttpResponseMessage response, int status, string? ruleId = null, string? field = null)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True((int)response.StatusCode == status, $"expected {status}, got {(int)response.StatusCode}: {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var json = JsonDocument.Parse(text).RootElement;
        if (ruleId is not null)
        {
            Assert.Equal(ruleId, json.GetProperty("ruleId").GetString());
            Assert.False(string.IsNullOrEmpty(json.GetProperty("code").GetString()));
        }

        if (field is not null)
        {
            Assert.True(json.GetProperty("errors").TryGetProperty(field, out _), $"no error for '{field}': {text}");
        }
    }
}
