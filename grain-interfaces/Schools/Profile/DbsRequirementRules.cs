using SchoolExperience.GrainInterfaces.Common;
using static SchoolExperience.GrainInterfaces.PlacementRequests.Rules.Checks;
using Fields = SchoolExperience.GrainInterfaces.Schools.Profile.ProfileFields;

namespace SchoolExperience.GrainInterfaces.Schools.Profile;

/// <summary>A DBS policy, and its wording for candidates in fewer than 50 words.</summary>
public static class DbsRequirementRules
{
    public const int PolicyTextWordLimit = 50;

    public static IReadOnlyList<FieldError> Validate(DbsRequirement dbs)
    {
        var errors = new List<FieldError>();
        if (!Enum.IsDefined(dbs.Policy))
        {
            errors.Add(Error(Fields.DbsPolicy, "Select a DBS requirement"));
        }

        RequiredWords(errors, Fields.DbsPolicyText, dbs.PolicyText, "Enter details of your DBS policy",
            PolicyTextWordLimit, "Your DBS policy must be fewer than 50 words");
        return errors;
    }

    public static DbsRequirement Normalise(DbsRequirement dbs) => dbs with { PolicyText = dbs.PolicyText.Trim() };
}
