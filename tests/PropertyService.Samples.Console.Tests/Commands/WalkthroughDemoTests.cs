using PropertyService.Samples.Console.Cli;

namespace PropertyService.Samples.Console.Commands;

public class WalkthroughDemoTests
{
    [Fact]
    public async Task On_sqlite_with_db_the_events_are_kept_in_that_file_and_the_store_verifies()
    {
        using var file = new TempFile();

        var run = await CliRun.RunAsync("walkthrough", "--store", "sqlite", "--db", file.Path);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Equal($"Events are kept in {file.Path}.", run.Lines[0]);
        Assert.True(File.Exists(file.Path));
        Assert.StartsWith("Store check: intact: 1 streams, 9 events", run.Lines[^1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_older_spelling_store_sqlite_file_still_works()
    {
        using var file = new TempFile();

        var run = await CliRun.RunAsync("--store", "sqlite", file.Path);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.True(File.Exists(file.Path));
        Assert.StartsWith("Store check: intact", run.Lines[^1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_CI_spelling_on_the_memory_store_keeps_nothing_on_disk()
    {
        using var file = new TempFile();

        var run = await CliRun.RunAsync("--store", "memory", file.Path);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.False(File.Exists(file.Path));
        Assert.StartsWith("Store check: intact", run.Lines[^1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_walkthrough_follows_the_ticket_from_the_call_to_the_follow_up()
    {
        var run = await CliRun.RunAsync("walkthrough", "--lang", "en");

        Assert.Equal("43 items in 'Standard repair fee schedule 2026 (example)'. Site SZ-VK-01, officer 王小明.", run.Lines[0]);
        Assert.Contains("09:08  In the fee schedule: Quote ¥12.00: Resident ¥12.00", run.Output);
        Assert.Contains("10:44  Ticket RT-0001 is Closed after 9 recorded events; the resident owes ¥12.00.", run.Output);
        Assert.Contains("RP-12 arrival: Breached, due 09:17, 2 min late", run.Output);
    }

    [Theory]
    [InlineData("en", "REFUSED An officer tries to sign for the resident: SignOff is for Resident; 王小明 holds Officer.")]
    [InlineData("zh", "REFUSED An officer tries to sign for the resident: “签名确认”须由业主/住户办理；王小明的角色为客服管理员。")]
    public async Task Lang_sets_the_language_of_the_librarys_rejections(string lang, string refusal)
    {
        var run = await CliRun.RunAsync("walkthrough", "--lang", lang);

        Assert.Contains($"09:44  {refusal}", run.Output);
    }
}
