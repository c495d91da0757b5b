using SchoolExperience.GrainInterfaces.PlacementRequests.Content;

namespace SchoolExperience.GrainInterfaces.Tests;

/// <summary>A request that passes every rule; each test changes only what it is about.</summary>
internal static class Valid
{
    public static PostalAddress Address { get; } = new()
    {
        Building = "10",
        Street = "Downing Street",
        TownOrCity = "London",
        County = "Greater London",
        Postcode = "SW1A 2AA",
    };

    public static ContactDetails Contact { get; } = new()
    {
        FirstName = "Ada",
        LastName = "Lovelace",
        Email = "ada@example.com",
        Address = Address,
        Phone = "07700 900123",
    };

    public static EducationDetails Education { get; } = new()
    {
        DegreeStage = DegreeStage.FinalYear,
        DegreeSubject = "Mathematics",
    };

    public static TeachingPreference TeachingPreference { get; } = new()
    {
        TeachingStage = TeachingStage.VerySureThinkWillApply,
        FirstChoiceSubject = "Mathematics",
        SecondChoiceSubject = "Physics",
    };

    public static PlacementRequestContent FlexibleContent { get; } = new()
    {
        Contact = Contact,
        Education = Education,
        TeachingPreference = TeachingPreference,
        Objectives = "To see how a maths department plans its lessons.",
        Availability = "Any weekday in June.",
        HasDbsCertificate = true,
    };

    public static PlacementRequestContent FixedDateContent { get; } = FlexibleContent with
    {
        Availability = null,
        PlacementDateId = Guid.Parse("5d3c1a7e-0b7f-4c49-9d43-3f6f0d0c2a11"),
        PlacementSubject = "Physics",
    };

    public static string Text(int characters) => new('a', characters);

    public static string WordsOf(int count) => string.Join(' ', Enumerable.Repeat("word", count));
}
