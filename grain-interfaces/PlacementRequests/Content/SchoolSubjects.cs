namespace SchoolExperience.GrainInterfaces.PlacementRequests.Content;

/// <summary>
/// The 30 subjects schools teach and candidates choose from, as seeded in the service this one replaces
/// ("Maths" written out, and capitals as GOV.UK sentence case).
/// </summary>
public static class SchoolSubjects
{
    public static ReferenceList All { get; } = new(
    [
        "Art and design",
        "Biology",
        "Business studies",
        "Chemistry",
        "Citizenship",
        "Classics",
        "Computing",
        "Dance",
        "Design and technology",
        "Drama",
        "Economics",
        "English",
        "French",
        "Geography",
        "German",
        "Health and social care",
        "History",
        "Languages (other)",
        "Mathematics",
        "Media studies",
        "Music",
        "Physical education",
        "Physics",
        "Physics with maths",
        "Primary",
        "Psychology",
        "Religious education",
        "Social sciences",
        "Spanish",
        "Vocational health",
    ]);
}
