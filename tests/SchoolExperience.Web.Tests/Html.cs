using AngleSharp;
using AngleSharp.Dom;

namespace SchoolExperience.Web.Tests;

/// <summary>Reads pages as a browser would, and submits their forms with the antiforgery token they carry.</summary>
public static class Html
{
    public static async Task<IDocument> ParseAsync(HttpResponseMessage response)
    {
        var html = await response.Content.ReadAsStringAsync();
        return await BrowsingContext.New(Configuration.Default).OpenAsync(r => r.Content(html));
    }

    /// <summary>GETs the page, then POSTs its form with <paramref name="fields"/> and the page's token.</summary>
    public static async Task<HttpResponseMessage> SubmitFormAsync(HttpClient client, string path,
        IDictionary<string, string> fields)
    {
        var page = await ParseAsync(await client.GetAsync(path));
        var token = page.QuerySelector("form input[name=__RequestVerificationToken]")?.GetAttribute("value")
            ?? throw new InvalidOperationException($"{path} has no form with an antiforgery token");
        var content = new FormUrlEncodedContent(fields.Append(new("__RequestVerificationToken", token)));
        return await client.PostAsync(path, content);
    }

    public static string? ErrorMessageFor(IDocument page, string field) =>
        page.GetElementById($"{IdOf(field)}-error")?.TextContent.Replace("Error:", "").Trim();

    /// <summary>The element id of a field with a dotted name, as the pages write it.</summary>
    public static string IdOf(string field) => field.Replace('.', '_');

    public static IReadOnlyList<string> ErrorSummary(IDocument page) =>
        page.QuerySelectorAll(".govuk-error-summary__list li").Select(li => li.TextContent.Trim()).ToList();
}
