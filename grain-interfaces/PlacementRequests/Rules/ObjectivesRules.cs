using SchoolExperience.GrainInterfaces.Common;
using static SchoolExperience.GrainInterfaces.PlacementRequests.Rules.Checks;
using Fields = SchoolExperience.GrainInterfaces.PlacementRequests.Rules.PlacementRequestFields;

namespace SchoolExperience.GrainInterfaces.PlacementRequests.Rules;

/// <summary>What the candidate wants to get out of the experience: required, and fewer than 150 words.</summary>
public static class ObjectivesRules
{
    public const int WordLimit = 150;

    public static IReadOnlyList<FieldError> Validate(string? objectives)
    {
        var errors = new List<FieldError>();
        RequiredWords(errors, Fields.Objectives, objectives, "Enter what you want to get out of your school experience",
            WordLimit, "What you want to get out of it must be fewer than 150 words");
        return errors;
    }
}
