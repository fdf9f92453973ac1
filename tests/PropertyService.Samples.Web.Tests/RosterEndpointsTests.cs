using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace PropertyService.Samples.Web.Tests;

public sealed class RosterEndpointsTests : IClassFixture<WebHost>
{
    private readonly WebHost _host;

    public RosterEndpointsTests(WebHost host) => _host = host;

    [Fact]
    public async Task A_dates_roster_lists_its_four_shifts_with_local_hours_and_people_CS_12()
    {
        var response = await _host.Client().GetAsync(Api.Site("roster?date=2026-01-05"));
        var json = await Api.JsonAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("2026-01-05", json.GetProperty("date").GetString());
        var shifts = json.GetProperty("shifts").EnumerateArray().ToList();
        Assert.Equal(["Morning", "Noon", "Afternoon", "Night"], shifts.Select(s => s.GetProperty("name").GetString()));
        var night = shifts[3];
        Assert.Equal("2026-01-05T17:30", night.GetProperty("from").GetString());
        Assert.Equal("2026-01-06T08:30", night.GetProperty("to").GetString());
        Assert.Equal("technician", night.GetProperty("role").GetString());
        Assert.Equal("E2101", Assert.Single(night.GetProperty("people").EnumerateArray()).GetProperty("id").GetString());
        Assert.Equal("E1002", Assert.Single(shifts[1].GetProperty("people").EnumerateArray()).GetProperty("id").GetString());
        Assert.True(json.TryGetProperty("timeZone", out _));
    }

    [Theory]
    [InlineData("2026-01-06", "E2102", "E1001")]
    [InlineData("2026-01-07", "E2101", "E1002")]
    [InlineData("2030-01-08", "E2101", "E1002")]
    public async Task The_rotations_take_turns_day_by_day_from_the_rotation_start_CS_12(string date, string night, string noon)
    {
        var json = await _host.Client().GetFromJsonAsync<JsonElement>(Api.Site($"roster?date={date}"));
        var shifts = json.GetProperty("shifts").EnumerateArray().ToDictionary(s => s.GetProperty("name").GetString()!);

        Assert.Equal(night, shifts["Night"].GetProperty("people")[0].GetProperty("id").GetString());
        Assert.Equal(noon, shifts["Noon"].GetProperty("people")[0].GetProperty("id").GetString());
    }

    [Fact]
    public async Task Without_a_date_the_roster_is_todays_and_says_who_is_on_duty()
    {
        var json = await _host.Client().GetFromJsonAsync<JsonElement>(Api.Site("roster"));

        Assert.Equal(4, json.GetProperty("shifts").GetArrayLength());
        Assert.Equal(JsonValueKind.Object, json.GetProperty("onDutyNow").ValueKind); // CS-12's shifts cover the whole day
    }

    [Fact]
    public async Task The_second_site_has_its_own_roster()
    {
        var json = await _host.Client(WebHost.OfficerB).GetFromJsonAsync<JsonElement>($"/api/sites/{WebHost.OtherSite}/roster?date=2026-01-05");

        Assert.Equal("E5001", json.GetProperty("shifts")[0].GetProperty("people")[0].GetProperty("id").GetString());
    }

    [Theory]
    [InlineData("roster?date=yesterday")]
    [InlineData("roster?date=2026-02-30")]
    public async Task A_bad_date_answers_400_naming_it(string path)
    {
        await Api.AssertProblemAsync(await _host.Client().GetAsync(Api.Site(path)), 400, field: "date");
    }

    [Fact]
    public async Task The_tools_of_the_post_come_from_configuration()
    {
        var json = await _host.Client().GetFromJsonAsync<JsonElement>(Api.Site("tools"));

        Assert.Contains(json.EnumerateArray(), t => t.GetProperty("code").GetString() == "T-01" && t.GetProperty("replacementPrice").GetDecimal() == 180m);
    }

    [Theory]
    [InlineData("roster")]
    [InlineData("tools")]
    public async Task An_officer_of_another_site_is_refused_403_and_a_site_not_served_404(string path)
    {
        await Api.AssertProblemAsync(await _host.Client(WebHost.OfficerB).GetAsync(Api.Site(path)), 403);
        await Api.AssertProblemAsync(await _host.Client().GetAsync($"/api/sites/SZ-NOWHERE/{path}"), 404);
        await Api.AssertProblemAsync(await _host.Client(account: null).GetAsync(Api.Site(path)), 401);
    }
}
