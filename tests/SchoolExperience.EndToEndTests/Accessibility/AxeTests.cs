using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace SchoolExperience.EndToEndTests.Accessibility;

/// <summary>Every page of the slice passes axe's WCAG 2.2 AA rules, in its plain state and with errors shown.</summary>
[Collection(EndToEndCollection.Name)]
public sealed class AxeTests(ServiceHostFixture service, BrowserFixture browser)
{
    private static readonly AxeRunOptions WcagAa = new()
    {
        RunOnly = new RunOnlyOptions
        {
            Type = "tag",
            Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"],
        },
    };

    public static TheoryData<string> Pages => new()
    {
        "/",
        "/candidates/schools/{urn}",
        "/candidates/schools/{urn}/request",
        "/candidates/schools/{urn}/request/sent",
        "/schools/{urn}/dashboard",
        "/candidates/schools/1/request",
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Page_PassesAxeWcag22Aa(string path)
    {
        var urn = await service.RegisterSchoolAsync();
        await using var context = await browser.Browser.NewContextAsync();
        var page = await context.NewPageAsync();

        await page.GotoAsync(service.Web.BaseUrl + path.Replace("{urn}", urn.ToString()));

        await AssertNoViolationsAsync(page);
    }

    [Fact]
    public async Task RequestFormWithErrors_PassesAxeWcag22Aa()
    {
        var urn = await service.RegisterSchoolAsync();
        await using var context = await browser.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync($"{service.Web.BaseUrl}/candidates/schools/{urn}/request");

        await page.ClickSendRequestAsync();

        await Expect(page.Locator(".govuk-error-summary")).ToBeVisibleAsync();
        await AssertNoViolationsAsync(page);
    }

    private static async Task AssertNoViolationsAsync(IPage page)
    {
        var result = await page.RunAxe(WcagAa);
        Assert.True(result.Violations.Length == 0,
            string.Join("\n", result.Violations.Select(v => $"{v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Select(n => n.Html))})")));
    }
}
