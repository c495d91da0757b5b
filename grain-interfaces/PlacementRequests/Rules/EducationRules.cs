using SchoolExperience.GrainInterfaces.Common;
using SchoolExperience.GrainInterfaces.PlacementRequests.Content;
using static SchoolExperience.GrainInterfaces.PlacementRequests.Rules.Checks;
using Fields = SchoolExperience.GrainInterfaces.PlacementRequests.Rules.PlacementRequestFields;

namespace SchoolExperience.GrainInterfaces.PlacementRequests.Rules;

/// <summary>
/// Degree stage and subject. "Other" needs an explanation; with no degree and no study there is no subject.
/// An explanation left behind for another stage is not an error: a GOV.UK conditional reveal still posts the
/// hidden field, so normalising drops it instead.
/// </summary>
public static class EducationRules
{
    public const int DegreeStageExplanationMaxLength = 300;

    public static IReadOnlyList<FieldError> Validate(EducationDetails education)
    {
        var errors = new List<FieldError>();
        var stage = education.DegreeStage;
        if (stage is null || !Enum.IsDefined(stage.Value))
        {
            errors.Add(Error(Fields.DegreeStage, "Select a degree stage"));
        }
        else if (stage == DegreeStage.Other)
        {
            Required(errors, Fields.DegreeStageExplanation, education.DegreeStageExplanation,
                "Enter details of your degree stage", DegreeStageExplanationMaxLength,
                "Details of your degree stage must be 300 characters or fewer");
        }

        if (stage == DegreeStage.NoDegreeAndNotStudying)
        {
            if (!string.IsNullOrWhiteSpace(education.DegreeSubject))
            {
                errors.Add(Error(Fields.DegreeSubject,
                    "Leave the degree subject empty if you do not have a degree and are not studying for one"));
            }
        }
        else if (string.IsNullOrWhiteSpace(education.DegreeSubject))
        {
            errors.Add(Error(Fields.DegreeSubject, "Select a degree subject"));
        }
        else if (!DegreeSubjects.All.Contains(education.DegreeSubject))
        {
            errors.Add(Error(Fields.DegreeSubject, "Select a degree subject from the list"));
        }

        return errors;
    }

    public static EducationDetails Normalise(EducationDetails education) => new()
    {
        DegreeStage = education.DegreeStage,
        DegreeStageExplanation = education.DegreeStage == DegreeStage.Other
            ? Tidy(education.DegreeStageExplanation)
            : null,
        DegreeSubject = DegreeSubjects.All.Find(education.DegreeSubject) ?? Tidy(education.DegreeSubject),
    };
}
