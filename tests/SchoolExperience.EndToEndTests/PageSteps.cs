using Microsoft.Playwright;

namespace SchoolExperience.EndToEndTests;

/// <summary>The steps a person takes, named as they would say them.</summary>
public static class PageSteps
{
    public static async Task FillRequestFormAsync(this IPage page, string firstName, string lastName, string email,
        string objectives)
    {
        await page.GetByLabel("First name").FillAsync(firstName);
        await page.GetByLabel("Last name").FillAsync(lastName);
        await page.GetByLabel("Email address").FillAsync(email);
        await page.GetByLabel("What do you want to get out of your school experience?").FillAsync(objectives);
        await page.GetByRole(AriaRole.Group, new() { Name = "Do you have a DBS certificate?" })
            .GetByLabel("Yes").CheckAsync();
    }

    public static Task ClickSendRequestAsync(this IPage page) =>
        page.GetByRole(AriaRole.Button, new() { Name = "Send request" }).ClickAsync();

    public static Task AssertLiveUpdatesConnectedAsync(this IPage page) =>
        Expect(page.Locator("#live-status")).ToHaveAttributeAsync("data-state", "connected");
}
