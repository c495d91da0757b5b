using System.Net;
using SchoolExperience.Testing;

namespace SchoolExperience.Web.Tests.Pages.Candidates.Schools;

[Collection(WebCollection.Name)]
public sealed class ShowTests(WebFixture fixture)
{
    private readonly HttpClient _client = fixture.Web.CreateClient(followRedirects: true);

    [Fact]
    public async Task Get_KnownSchool_ShowsItsNameAndAStartLink()
    {
        var urn = await fixture.RegisterSchoolAsync("Willow Junior School");

        var response = await _client.GetAsync($"/candidates/schools/{urn}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await Html.ParseAsync(response);
        Assert.Equal("Willow Junior School", page.QuerySelector("h1")?.TextContent.Trim());
        Assert.Equal($"/candidates/schools/{urn}/request", page.QuerySelector("a.govuk-button--start")?.GetAttribute("href"));
    }

    [Fact]
    public async Task Get_SchoolNotTakingRequests_HasNoStartLink()
    {
        var urn = await fixture.RegisterSchoolAsync(enabled: false);

        var page = await Html.ParseAsync(await _client.GetAsync($"/candidates/schools/{urn}"));

        Assert.Null(page.QuerySelector("a.govuk-button--start"));
        Assert.Contains("not taking requests", page.QuerySelector(".govuk-inset-text")?.TextContent);
    }

    [Fact]
    public async Task Get_UnknownUrn_ReturnsNotFoundPage()
    {
        var response = await _client.GetAsync($"/candidates/schools/{ServiceFixture.NextUrn()}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Page not found", (await Html.ParseAsync(response)).QuerySelector("h1")?.TextContent.Trim());
    }
}
