using SchoolExperience.GrainInterfaces.Common;
using static SchoolExperience.GrainInterfaces.PlacementRequests.Rules.Checks;
using Fields = SchoolExperience.GrainInterfaces.Schools.Profile.ProfileFields;

namespace SchoolExperience.GrainInterfaces.Schools.Profile;

/// <summary>Any requirements or none; distance, photo ID and "other" each need their detail.</summary>
public static class CandidateRequirementsRules
{
    public static IReadOnlyList<FieldError> Validate(CandidateRequirements requirements)
    {
        var errors = new List<FieldError>();
        var ticked = requirements.Requirements;
        if (!ticked.All(r => Enum.IsDefined(r)))
        {
            errors.Add(Error(Fields.CandidateRequirements, "Select candidate requirements from the list"));
        }

        if (ticked.Contains(CandidateRequirement.LivesNearby))
        {
            if (requirements.MaxTravelMiles is not { } miles)
            {
                errors.Add(Error(Fields.MaxTravelMiles, "Enter the number of miles"));
            }
            else if (miles <= 0)
            {
                errors.Add(Error(Fields.MaxTravelMiles, "Enter a number of miles more than 0"));
            }
        }

        if (ticked.Contains(CandidateRequirement.PhotoId) && string.IsNullOrWhiteSpace(requirements.PhotoIdDetails))
        {
            errors.Add(Error(Fields.PhotoIdDetails, "Enter details of the photo ID candidates need"));
        }

        if (ticked.Contains(CandidateRequirement.Other) && string.IsNullOrWhiteSpace(requirements.OtherDetails))
        {
            errors.Add(Error(Fields.OtherRequirementDetails, "Enter details of the other requirements"));
        }

        return errors;
    }

    /// <summary>Each requirement once; a detail kept only when its requirement is ticked.</summary>
    public static CandidateRequirements Normalise(CandidateRequirements requirements)
    {
        var ticked = requirements.Requirements.Distinct().ToList();
        return new()
        {
            Requirements = ticked,
            MaxTravelMiles = ticked.Contains(CandidateRequirement.LivesNearby) ? requirements.MaxTravelMiles : null,
            PhotoIdDetails = ticked.Contains(CandidateRequirement.PhotoId) ? Tidy(requirements.PhotoIdDetails) : null,
            OtherDetails = ticked.Contains(CandidateRequirement.Other) ? Tidy(requirements.OtherDetails) : null,
        };
    }
}
