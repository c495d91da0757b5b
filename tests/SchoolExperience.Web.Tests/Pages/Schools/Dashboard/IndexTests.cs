using System.Net;
using SchoolExperience.Testing;

namespace SchoolExperience.Web.Tests.Pages.Schools.Dashboard;

[Collection(WebCollection.Name)]
public sealed class IndexTests(WebFixture fixture)
{
    private readonly HttpClient _client = fixture.Web.CreateClient(followRedirects: false);

    [Fact]
    public async Task Get_AfterRequestsWereSent_ListsThemNewestFirstWithTheirCount()
    {
        // Arrange
        var urn = await fixture.RegisterSchoolAsync();
        foreach (var name in new[] { "Ada", "Brian", "Chloe" })
        {
            await Html.SubmitFormAsync(_client, $"/candidates/schools/{urn}/request", RequestForms.Valid(name, "Tester"));
        }

        // Act
        var response = await _client.GetAsync($"/schools/{urn}/dashboard");

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await Html.ParseAsync(response);
        Assert.Equal("3 requests", page.GetElementById("request-count")?.TextContent.Trim());
        Assert.Equal("3", page.GetElementById("count-new")?.TextContent.Trim());
        Assert.Equal("Mathematics", page.QuerySelector("tr[data-request-id] td:nth-child(3)")?.TextContent.Trim());
        var names = page.QuerySelectorAll("tr[data-request-id] td:first-child").Select(td => td.TextContent.Trim());
        Assert.Equal(["Chloe Tester", "Brian Tester", "Ada Tester"], names);
    }

    [Fact]
    public async Task GetRequests_ReturnsJustTheListWithItsIndexVersion()
    {
        var urn = await fixture.RegisterSchoolAsync();

        var response = await _client.GetAsync($"/schools/{urn}/dashboard?handler=Requests");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var fragment = await Html.ParseAsync(response);
        Assert.Null(fragment.QuerySelector("header"));
        Assert.Equal("0", fragment.QuerySelector("[data-index-version]")?.GetAttribute("data-index-version"));
        Assert.Equal("0 requests", fragment.GetElementById("request-count")?.TextContent.Trim());
    }

    [Fact]
    public async Task Get_UnknownUrn_ReturnsNotFoundPage()
    {
        var response = await _client.GetAsync($"/schools/{ServiceFixture.NextUrn()}/dashboard");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
