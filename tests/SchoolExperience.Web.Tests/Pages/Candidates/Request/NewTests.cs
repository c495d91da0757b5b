using System.Net;
using SchoolExperience.GrainInterfaces.Schools;
using SchoolExperience.Testing;

namespace SchoolExperience.Web.Tests.Pages.Candidates.Request;

[Collection(WebCollection.Name)]
public sealed class NewTests(WebFixture fixture)
{
    private readonly HttpClient _client = fixture.Web.CreateClient(followRedirects: false);

    private static Dictionary<string, string> ValidForm() => RequestForms.Valid();

    [Fact]
    public async Task Get_KnownSchool_ShowsTheFormWithTheSchoolName()
    {
        // Arrange
        var urn = await fixture.RegisterSchoolAsync("Hazel Primary");

        // Act
        var response = await _client.GetAsync($"/candidates/schools/{urn}/request");

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await Html.ParseAsync(response);
        Assert.Equal("Hazel Primary", page.QuerySelector(".govuk-caption-l")?.TextContent.Trim());
        Assert.NotNull(page.GetElementById("Contact_FirstName"));
        Assert.NotNull(page.GetElementById("Objectives"));
        Assert.NotNull(page.GetElementById("Availability"));
    }

    [Fact]
    public async Task Get_UnknownUrn_ReturnsNotFoundPage()
    {
        var response = await _client.GetAsync($"/candidates/schools/{ServiceFixture.NextUrn()}/request");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var page = await Html.ParseAsync(response);
        Assert.Equal("Page not found", page.QuerySelector("h1")?.TextContent.Trim());
    }

    [Fact]
    public async Task Post_ValidRequest_RedirectsToConfirmationAndTheSchoolHasIt()
    {
        // Arrange
        var urn = await fixture.RegisterSchoolAsync();

        // Act
        var response = await Html.SubmitFormAsync(_client, $"/candidates/schools/{urn}/request", ValidForm());

        // Assert
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/candidates/schools/{urn}/request/sent", response.Headers.Location?.OriginalString);
        var dashboard = await fixture.Cluster.Client.GetGrain<ISchoolGrain>(urn).GetDashboardAsync();
        var request = Assert.Single(dashboard.Requests);
        Assert.Equal("Ada Lovelace", request.CandidateName);
        Assert.Equal("Mathematics", request.Subject);
    }

    [Fact]
    public async Task Post_UnknownUrn_ReturnsNotFound()
    {
        var urn = await fixture.RegisterSchoolAsync();
        var token = (await Html.ParseAsync(await _client.GetAsync($"/candidates/schools/{urn}/request")))
            .QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var form = ValidForm();
        form["__RequestVerificationToken"] = token;

        var response = await _client.PostAsync($"/candidates/schools/{ServiceFixture.NextUrn()}/request",
            new FormUrlEncodedContent(form));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    public static TheoryData<string, string, string> InvalidFields => new()
    {
        { "Contact.FirstName", "", "Enter your first name" },
        { "Contact.FirstName", new string('a', 51), "First name must be 50 characters or fewer" },
        { "Contact.LastName", "  ", "Enter your last name" },
        { "Contact.Email", "", "Enter your email address" },
        { "Contact.Email", "ada.example.com", "Enter an email address in the correct format, like name@example.com" },
        { "Contact.Phone", "12345", "Enter a UK telephone number, like 01632 960 001 or 07700 900 982" },
        { "Contact.Address.Postcode", "SW1A", "Enter a full postcode, like SW1A 1AA" },
        { "Contact.Address.TownOrCity", "", "Enter your town or city" },
        { "Education.DegreeStage", "", "Select a degree stage" },
        { "TeachingPreference.FirstChoiceSubject", "", "Select a first choice subject" },
        { "Objectives", "", "Enter what you want to get out of your school experience" },
        { "Objectives", string.Join(' ', Enumerable.Repeat("word", 150)), "What you want to get out of it must be fewer than 150 words" },
        { "Availability", "", "Enter your availability" },
        { "HasDbsCertificate", "", "Select yes if you have a DBS certificate" },
    };

    [Theory]
    [MemberData(nameof(InvalidFields))]
    public async Task Post_InvalidField_Returns400WithTheGovUkMessageAndStoresNothing(string field, string value,
        string message)
    {
        // Arrange
        var urn = await fixture.RegisterSchoolAsync();
        var form = ValidForm();
        form[field] = value;

        // Act
        var response = await Html.SubmitFormAsync(_client, $"/candidates/schools/{urn}/request", form);

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await Html.ParseAsync(response);
        Assert.Equal(message, Html.ErrorMessageFor(page, field));
        Assert.Equal([message], Html.ErrorSummary(page));
        Assert.Equal($"#{Html.IdOf(field)}", page.QuerySelector(".govuk-error-summary__list a")?.GetAttribute("href"));
        Assert.StartsWith("Error: ", page.Title);
        var control = page.GetElementById(Html.IdOf(field));
        if (control?.TagName == "TEXTAREA" || (control?.TagName == "INPUT" && control.GetAttribute("type") != "radio"))
        {
            Assert.Equal(value.Trim() == "" ? "" : value, ValueOf(page, field));
        }

        var dashboard = await fixture.Cluster.Client.GetGrain<ISchoolGrain>(urn).GetDashboardAsync();
        Assert.Empty(dashboard.Requests);
    }

    [Fact]
    public async Task Post_SchoolNotTakingRequests_Returns400SayingSoAndStoresNothing()
    {
        var urn = await fixture.RegisterSchoolAsync("Closed School", enabled: false);

        var response = await Html.SubmitFormAsync(_client, $"/candidates/schools/{urn}/request", ValidForm());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await Html.ParseAsync(response);
        Assert.Equal(["Closed School is not taking requests for school experience"], Html.ErrorSummary(page));
        Assert.Empty((await fixture.Cluster.Client.GetGrain<ISchoolGrain>(urn).GetDashboardAsync()).Requests);
    }

    private static string? ValueOf(AngleSharp.Dom.IDocument page, string field)
    {
        var element = page.GetElementById(Html.IdOf(field));
        return element?.TagName == "TEXTAREA" ? element.TextContent.Trim() : element?.GetAttribute("value")?.Trim();
    }
}
