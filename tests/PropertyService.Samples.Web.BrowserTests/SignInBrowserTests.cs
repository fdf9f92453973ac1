using Microsoft.Playwright;

namespace PropertyService.Samples.Web.BrowserTests;

public sealed class SignInBrowserTests
{
    [SkippableFact]
    public async Task A_wrong_password_in_the_browser_shows_the_form_again_with_an_error()
    {
        await using var host = await BrowserHost.StartAsync();
        var page = await host.NewPageAsync();

        await page.GotoAsync("/sign-in");
        await page.FillAsync("#userName", "officer");
        await page.FillAsync("#password", "not-the-password");
        await page.ClickAsync("#sign-in");

        await Assertions.Expect(page.Locator("#sign-in-error")).ToBeVisibleAsync();
        await BrowserHost.ScreenshotAsync(page, "sign-in-refused");
    }
}
