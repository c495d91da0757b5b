namespace SchoolExperience.Web.Tests;

/// <summary>A complete, valid request form as a browser would post it to a flexible school.</summary>
public static class RequestForms
{
    public static Dictionary<string, string> Valid(string firstName = "Ada", string lastName = "Lovelace") => new()
    {
        ["Contact.FirstName"] = firstName,
        ["Contact.LastName"] = lastName,
        // A new address each time: a candidate may only have a few requests open at once.
        ["Contact.Email"] = $"{firstName.ToLowerInvariant()}.{Guid.NewGuid():N}@example.com",
        ["Contact.Phone"] = "0114 496 0123",
        ["Contact.Address.Building"] = "12 Analytical Row",
        ["Contact.Address.TownOrCity"] = "London",
        ["Contact.Address.Postcode"] = "sw1a1aa",
        ["Education.DegreeStage"] = "FinalYear",
        ["Education.DegreeSubject"] = "Mathematics",
        ["TeachingPreference.TeachingStage"] = "JustAnIdea",
        ["TeachingPreference.FirstChoiceSubject"] = "Mathematics",
        ["TeachingPreference.SecondChoiceSubject"] = "",
        ["Objectives"] = "To see how maths is taught to year 9.",
        ["Availability"] = "Tuesdays and Thursdays in March.",
        ["HasDbsCertificate"] = "true",
    };
}
