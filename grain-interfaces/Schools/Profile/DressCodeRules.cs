using SchoolExperience.GrainInterfaces.Common;
using static SchoolExperience.GrainInterfaces.PlacementRequests.Rules.Checks;
using Fields = SchoolExperience.GrainInterfaces.Schools.Profile.ProfileFields;

namespace SchoolExperience.GrainInterfaces.Schools.Profile;

public static class DressCodeRules
{
    public static IReadOnlyList<FieldError> Validate(DressCode dressCode)
    {
        var errors = new List<FieldError>();
        if (!dressCode.Requirements.All(r => Enum.IsDefined(r)))
        {
            errors.Add(Error(Fields.DressCode, "Select dress code requirements from the list"));
        }

        if (dressCode.Requirements.Contains(DressCodeRequirement.Other) && string.IsNullOrWhiteSpace(dressCode.OtherDetails))
        {
            errors.Add(Error(Fields.DressCodeOtherDetails, "Enter details of the other dress code requirements"));
        }

        return errors;
    }

    public static DressCode Normalise(DressCode dressCode) => new()
    {
        Requirements = [.. dressCode.Requirements.Distinct()],
        OtherDetails = dressCode.Requirements.Contains(DressCodeRequirement.Other) ? Tidy(dressCode.OtherDetails) : null,
    };
}
