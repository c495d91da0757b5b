using Microsoft.Playwright;
using SchoolExperience.GrainInterfaces.Common;
using SchoolExperience.GrainInterfaces.PlacementRequests;
using SchoolExperience.GrainInterfaces.Schools;

namespace SchoolExperience.EndToEndTests.Journeys;

[Collection(EndToEndCollection.Name)]
public sealed class LiveDashboardTests(ServiceHostFixture service, BrowserFixture browser)
{
    [Fact]
    public async Task RequestSentInOneBrowser_AppearsOnTheDashboardOpenInAnother_WithoutReload()
    {
        // Arrange: school staff have the dashboard open
        var urn = await service.RegisterSchoolAsync("Maple Primary School");
        await using var school = await browser.Browser.NewContextAsync();
        var dashboard = await school.NewPageAsync();
        await dashboard.GotoAsync($"{service.Web.BaseUrl}/schools/{urn}/dashboard");
        await dashboard.AssertLiveUpdatesConnectedAsync();
        await Expect(dashboard.Locator("#request-count")).ToHaveTextAsync("0 requests");
        var loads = 0;
        dashboard.Load += (_, _) => loads++;

        // Act: a candidate sends a request from their own browser
        await using var candidate = await browser.Browser.NewContextAsync();
        var form = await candidate.NewPageAsync();
        await form.GotoAsync($"{service.Web.BaseUrl}/candidates/schools/{urn}");
        await form.GetByRole(AriaRole.Button, new() { Name = "Start request" }).ClickAsync();
        await form.FillRequestFormAsync("Katherine", "Johnson", "katherine@example.com", "To see how maths is taught.");
        await form.ClickSendRequestAsync();
        await Expect(form.Locator("h1")).ToHaveTextAsync("Request sent");

        // Assert: within 2 s, and the dashboard never reloaded
        await Expect(dashboard.Locator("#requests")).ToContainTextAsync("Katherine Johnson", new() { Timeout = 2000 });
        await Expect(dashboard.Locator("#request-count")).ToHaveTextAsync("1 request");
        await Expect(dashboard.Locator("#count-new")).ToHaveTextAsync("1");
        Assert.Equal(0, loads);
    }

    [Fact]
    public async Task RequestChangesStatus_TheOpenDashboardShowsTheNewStatusAndCounts_WithoutReload()
    {
        // Arrange
        var urn = await service.RegisterSchoolAsync("Rowan Primary School");
        await using var candidate = await browser.Browser.NewContextAsync();
        var form = await candidate.NewPageAsync();
        await form.GotoAsync($"{service.Web.BaseUrl}/candidates/schools/{urn}/request");
        await form.FillRequestFormAsync("Rosalind", "Franklin", "rosalind@example.com", "To see a chemistry practical.");
        await form.ClickSendRequestAsync();
        await using var school = await browser.Browser.NewContextAsync();
        var dashboard = await school.NewPageAsync();
        await dashboard.GotoAsync($"{service.Web.BaseUrl}/schools/{urn}/dashboard");
        await dashboard.AssertLiveUpdatesConnectedAsync();
        var request = (await service.Cluster.Client.GetGrain<ISchoolGrain>(urn).GetDashboardAsync()).Requests.Single();

        // Act
        var result = await service.Cluster.Client.GetGrain<IPlacementRequestGrain>(request.RequestId)
            .PlaceUnderConsiderationAsync(Actor.SchoolStaff("Head teacher"));

        // Assert
        Assert.True(result.Succeeded);
        await Expect(dashboard.Locator($"tr[data-request-id='{request.RequestId}'] .govuk-tag"))
            .ToHaveTextAsync("Under consideration", new() { Timeout = 2000 });
        await Expect(dashboard.Locator("#count-under-consideration")).ToHaveTextAsync("1");
        await Expect(dashboard.Locator("#count-new")).ToHaveTextAsync("0");
    }

    [Fact]
    public async Task Dashboard_WithoutJavaScript_StillListsTheRequests()
    {
        var urn = await service.RegisterSchoolAsync();
        await using var context = await browser.Browser.NewContextAsync(new() { JavaScriptEnabled = false });
        var candidate = await context.NewPageAsync();
        await candidate.GotoAsync($"{service.Web.BaseUrl}/candidates/schools/{urn}/request");
        await candidate.FillRequestFormAsync("Alan", "Turing", "alan@example.com", "To help in a computing lesson.");
        await candidate.ClickSendRequestAsync();

        var dashboard = await context.NewPageAsync();
        await dashboard.GotoAsync($"{service.Web.BaseUrl}/schools/{urn}/dashboard");

        await Expect(dashboard.Locator("#requests")).ToContainTextAsync("Alan Turing");
        await Expect(dashboard.Locator("#live-status")).ToHaveAttributeAsync("data-state", "offline");
    }
}
