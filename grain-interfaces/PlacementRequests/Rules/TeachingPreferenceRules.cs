using SchoolExperience.GrainInterfaces.Common;
using SchoolExperience.GrainInterfaces.PlacementRequests.Content;
using static SchoolExperience.GrainInterfaces.PlacementRequests.Rules.Checks;
using Fields = SchoolExperience.GrainInterfaces.PlacementRequests.Rules.PlacementRequestFields;

namespace SchoolExperience.GrainInterfaces.PlacementRequests.Rules;

/// <summary>Teaching stage, a first-choice subject, and an optional second choice that is not the first again.</summary>
public static class TeachingPreferenceRules
{
    public static IReadOnlyList<FieldError> Validate(TeachingPreference preference)
    {
        var errors = new List<FieldError>();
        if (preference.TeachingStage is not { } stage || !Enum.IsDefined(stage))
        {
            errors.Add(Error(Fields.TeachingStage, "Select a teaching stage"));
        }

        var first = SchoolSubjects.All.Find(preference.FirstChoiceSubject);
        if (string.IsNullOrWhiteSpace(preference.FirstChoiceSubject))
        {
            errors.Add(Error(Fields.FirstChoiceSubject, "Select a first choice subject"));
        }
        else if (first is null)
        {
            errors.Add(Error(Fields.FirstChoiceSubject, "Select a first choice subject from the list"));
        }

        if (!string.IsNullOrWhiteSpace(preference.SecondChoiceSubject))
        {
            var second = SchoolSubjects.All.Find(preference.SecondChoiceSubject);
            if (second is null)
            {
                errors.Add(Error(Fields.SecondChoiceSubject, "Select a second choice subject from the list"));
            }
            else if (second == first)
            {
                errors.Add(Error(Fields.SecondChoiceSubject,
                    "Select a second choice subject that is different from your first choice"));
            }
        }

        return errors;
    }

    public static TeachingPreference Normalise(TeachingPreference preference) => new()
    {
        TeachingStage = preference.TeachingStage,
        FirstChoiceSubject = SchoolSubjects.All.Find(preference.FirstChoiceSubject)
            ?? preference.FirstChoiceSubject.Trim(),
        SecondChoiceSubject = SchoolSubjects.All.Find(preference.SecondChoiceSubject)
            ?? Tidy(preference.SecondChoiceSubject),
    };
}
