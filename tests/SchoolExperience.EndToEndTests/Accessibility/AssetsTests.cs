using Microsoft.Playwright;

namespace SchoolExperience.EndToEndTests.Accessibility;

[Collection(EndToEndCollection.Name)]
public sealed class AssetsTests(ServiceHostFixture service, BrowserFixture browser)
{
    [Fact]
    public async Task Page_LoadsGovUkStylesScriptsAndFontsWithoutAFailedRequest()
    {
        await using var context = await browser.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        var failures = new List<string>();
        page.RequestFailed += (_, request) => failures.Add(request.Url);
        page.Response += (_, response) =>
        {
            if (response.Status >= 400)
            {
                failures.Add($"{response.Status} {response.Url}");
            }
        };

        await page.GotoAsync($"{service.Web.BaseUrl}/schools/{await service.RegisterSchoolAsync()}/dashboard");
        await page.AssertLiveUpdatesConnectedAsync();

        Assert.Empty(failures);
        await Expect(page.Locator("body")).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("govuk-frontend-supported"));
        var fontLoaded = await page.EvaluateAsync<bool>(
            "async () => { await document.fonts.ready; return [...document.fonts].some(f => f.family.includes('GDS Transport') && f.status === 'loaded'); }");
        Assert.True(fontLoaded);
    }
}
