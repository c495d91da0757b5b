using SchoolExperience.GrainInterfaces.Common;
using static SchoolExperience.GrainInterfaces.PlacementRequests.Rules.Checks;
using Fields = SchoolExperience.GrainInterfaces.Schools.Profile.ProfileFields;

namespace SchoolExperience.GrainInterfaces.Schools.Profile;

/// <summary>A school that supports access needs says how, and links its policy when it has one.</summary>
public static class AccessNeedsRules
{
    public static IReadOnlyList<FieldError> Validate(AccessNeeds access)
    {
        var errors = new List<FieldError>();
        if (!access.Supported)
        {
            return errors;
        }

        if (string.IsNullOrWhiteSpace(access.Detail))
        {
            errors.Add(Error(Fields.AccessNeedsDetail, "Enter details of how you support candidates with access needs"));
        }

        if (access.HasPolicy)
        {
            if (string.IsNullOrWhiteSpace(access.PolicyUrl))
            {
                errors.Add(Error(Fields.AccessNeedsPolicyUrl, "Enter the web address of your access needs policy"));
            }
            else if (!WebAddress.IsValid(access.PolicyUrl.Trim()))
            {
                errors.Add(Error(Fields.AccessNeedsPolicyUrl, WebAddress.FormatMessage));
            }
        }

        return errors;
    }

    /// <summary>The statement and policy are dropped when access needs are not supported.</summary>
    public static AccessNeeds Normalise(AccessNeeds access)
    {
        var hasPolicy = access.Supported && access.HasPolicy;
        return new()
        {
            Supported = access.Supported,
            Detail = access.Supported ? Tidy(access.Detail) : null,
            DisabilityConfident = access.DisabilityConfident,
            HasPolicy = hasPolicy,
            PolicyUrl = hasPolicy ? Tidy(access.PolicyUrl) : null,
        };
    }
}
