using SchoolExperience.GrainInterfaces.PlacementRequests.Content;

namespace SchoolExperience.Web.Pages.Candidates.Request.Inputs;

public sealed class EducationInput
{
    public DegreeStage? DegreeStage { get; set; }
    public string? DegreeStageExplanation { get; set; }
    public string? DegreeSubject { get; set; }

    public EducationDetails ToContent() => new()
    {
        DegreeStage = DegreeStage,
        DegreeStageExplanation = DegreeStageExplanation,
        DegreeSubject = string.IsNullOrWhiteSpace(DegreeSubject) ? null : DegreeSubject,
    };
}
