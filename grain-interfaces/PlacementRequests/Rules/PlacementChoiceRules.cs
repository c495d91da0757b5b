using SchoolExperience.GrainInterfaces.Common;
using SchoolExperience.GrainInterfaces.PlacementRequests.Content;
using SchoolExperience.GrainInterfaces.Schools;
using static SchoolExperience.GrainInterfaces.PlacementRequests.Rules.Checks;
using Fields = SchoolExperience.GrainInterfaces.PlacementRequests.Rules.PlacementRequestFields;

namespace SchoolExperience.GrainInterfaces.PlacementRequests.Rules;

/// <summary>
/// When the candidate wants to come: free text for a school with flexible dates, one published date (and
/// optionally its subject) for a school with fixed dates. Whether the date is one of this school's open dates,
/// and the subject one that date offers, only the school grain knows; this checks the shape of the answer.
/// </summary>
public static class PlacementChoiceRules
{
    public const int AvailabilityWordLimit = 150;

    public static IReadOnlyList<FieldError> Validate(AvailabilityMode mode, string? availability,
        Guid? placementDateId, string? placementSubject)
    {
        var errors = new List<FieldError>();
        switch (mode)
        {
            case AvailabilityMode.Flexible:
                RequiredWords(errors, Fields.Availability, availability, "Enter your availability",
                    AvailabilityWordLimit, "Your availability must be fewer than 150 words");
                // The pages never offer dates here; these guard the grain against a caller that does.
                if (placementDateId is { } dateId && dateId != Guid.Empty)
                {
                    errors.Add(Error(Fields.PlacementDateId, "This school does not offer fixed dates"));
                }

                if (!string.IsNullOrWhiteSpace(placementSubject))
                {
                    errors.Add(Error(Fields.PlacementSubject, "This school does not offer fixed dates"));
                }

                break;
            case AvailabilityMode.FixedDates:
                if (placementDateId is null || placementDateId == Guid.Empty)
                {
                    errors.Add(Error(Fields.PlacementDateId, "Select a date"));
                }

                if (!string.IsNullOrWhiteSpace(placementSubject) && !SchoolSubjects.All.Contains(placementSubject))
                {
                    errors.Add(Error(Fields.PlacementSubject, "Select a subject from the list"));
                }

                if (!string.IsNullOrWhiteSpace(availability))
                {
                    errors.Add(Error(Fields.Availability, "This school only offers the dates it has published"));
                }

                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(mode), mode, "Not an availability mode");
        }

        return errors;
    }
}
