using SchoolExperience.GrainInterfaces.Common;
using SchoolExperience.GrainInterfaces.PlacementRequests.Content;
using static SchoolExperience.GrainInterfaces.PlacementRequests.Rules.Checks;
using Fields = SchoolExperience.GrainInterfaces.Schools.Profile.ProfileFields;

namespace SchoolExperience.GrainInterfaces.Schools.Profile;

/// <summary>At least one phase; at least one key stage for primary; at least one listed subject beyond primary.</summary>
public static class PhasesRules
{
    public static IReadOnlyList<FieldError> Validate(PhasesAndSubjects phases)
    {
        var errors = new List<FieldError>();
        if (!AllDefined(phases.Phases))
        {
            errors.Add(Error(Fields.Phases, "Select at least one phase"));
            return errors;
        }

        if (phases.Phases.Contains(SchoolPhase.Primary) && !AllDefined(phases.KeyStages))
        {
            errors.Add(Error(Fields.KeyStages, "Select at least one key stage"));
        }

        if (TeachesSubjects(phases))
        {
            if (phases.Subjects.Count == 0)
            {
                errors.Add(Error(Fields.Subjects, "Select at least one subject"));
            }
            else if (!phases.Subjects.All(SchoolSubjects.All.Contains))
            {
                errors.Add(Error(Fields.Subjects, "Select subjects from the list"));
            }
        }

        return errors;
    }

    /// <summary>Each choice once; key stages kept only for primary and subjects (in the list's spelling) beyond it.</summary>
    public static PhasesAndSubjects Normalise(PhasesAndSubjects phases) => new()
    {
        Phases = [.. phases.Phases.Distinct()],
        KeyStages = phases.Phases.Contains(SchoolPhase.Primary) ? [.. phases.KeyStages.Distinct()] : [],
        Subjects = TeachesSubjects(phases)
            ? [.. phases.Subjects.Select(s => SchoolSubjects.All.Find(s) ?? s.Trim()).Distinct()]
            : [],
    };

    private static bool TeachesSubjects(PhasesAndSubjects phases) =>
        phases.Phases.Any(p => p is SchoolPhase.Secondary or SchoolPhase.College or SchoolPhase.SecondaryAndCollege);

    /// <summary>At least one choice, each one a value this build knows.</summary>
    internal static bool AllDefined<T>(IReadOnlyList<T> choices) where T : struct, Enum =>
        choices.Count > 0 && choices.All(c => Enum.IsDefined(c));
}
