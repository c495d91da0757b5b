using SchoolExperience.GrainInterfaces.PlacementRequests.Content;

namespace SchoolExperience.Web.Pages.Candidates.Request.Inputs;

public sealed class TeachingPreferenceInput
{
    public TeachingStage? TeachingStage { get; set; }
    public string? FirstChoiceSubject { get; set; }
    public string? SecondChoiceSubject { get; set; }

    public TeachingPreference ToContent() => new()
    {
        TeachingStage = TeachingStage,
        FirstChoiceSubject = FirstChoiceSubject ?? "",
        SecondChoiceSubject = string.IsNullOrWhiteSpace(SecondChoiceSubject) ? null : SecondChoiceSubject,
    };
}
