namespace SchoolExperience.GrainInterfaces.PlacementRequests.Rules;

/// <summary>
/// The names field errors carry. Each is the property's dotted path from <c>PlacementRequestContent</c>, whichever
/// validator reports it, so a page that binds its input under the same names ("Contact", "Education", …) gets
/// matching ModelState keys, and errors the grain returns land beside the same fields.
/// </summary>
public static class PlacementRequestFields
{
    public const string FirstName = "Contact.FirstName";
    public const string LastName = "Contact.LastName";
    public const string Email = "Contact.Email";
    public const string Building = "Contact.Address.Building";
    public const string Street = "Contact.Address.Street";
    public const string TownOrCity = "Contact.Address.TownOrCity";
    public const string County = "Contact.Address.County";
    public const string Postcode = "Contact.Address.Postcode";
    public const string Phone = "Contact.Phone";
    public const string DegreeStage = "Education.DegreeStage";
    public const string DegreeStageExplanation = "Education.DegreeStageExplanation";
    public const string DegreeSubject = "Education.DegreeSubject";
    public const string TeachingStage = "TeachingPreference.TeachingStage";
    public const string FirstChoiceSubject = "TeachingPreference.FirstChoiceSubject";
    public const string SecondChoiceSubject = "TeachingPreference.SecondChoiceSubject";
    public const string Objectives = "Objectives";
    public const string Availability = "Availability";
    public const string PlacementDateId = "PlacementDateId";
    public const string PlacementSubject = "PlacementSubject";
    public const string HasDbsCertificate = "HasDbsCertificate";
}
