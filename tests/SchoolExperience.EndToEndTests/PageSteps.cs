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
        await page.GetByLabel("UK telephone number").FillAsync("07700 900123");
        await page.GetByLabel("Building and street", new() { Exact = true }).FillAsync("1 Test Lane");
        await page.GetByLabel("Town or city").FillAsync("York");
        await page.GetByLabel("Postcode").FillAsync("YO1 7HH");
        await page.GetByRole(AriaRole.Group, new() { Name = "What stage are you at with your degree?" })
            .GetByLabel("Final year").CheckAsync();
        await page.GetByLabel("What subject is your degree?").SelectOptionAsync("Mathematics");
        await page.GetByRole(AriaRole.Group, new() { Name = "How far have you got with becoming a teacher?" })
            .GetByLabel("It’s just an idea").CheckAsync();
        await page.GetByLabel("First choice of subject to teach").SelectOptionAsync("Mathematics");
        await page.GetByLabel("What do you want to get out of your school experience?").FillAsync(objectives);
        await page.GetByLabel("When are you available?").FillAsync("Any Wednesday after Easter.");
        await page.GetByRole(AriaRole.Group, new() { Name = "Do you have a DBS certificate?" })
            .GetByLabel("Yes").CheckAsync();
    }

    public static Task ClickSendRequestAsync(this IPage page) =>
        page.GetByRole(AriaRole.Button, new() { Name = "Send request" }).ClickAsync();

    public static Task AssertLiveUpdatesConnectedAsync(this IPage page) =>
        Expect(page.Locator("#live-status")).ToHaveAttributeAsync("data-state", "connected");
}
