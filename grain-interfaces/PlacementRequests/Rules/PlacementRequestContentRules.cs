using SchoolExperience.GrainInterfaces.Common;
using SchoolExperience.GrainInterfaces.PlacementRequests.Content;
using SchoolExperience.GrainInterfaces.Schools;
using static SchoolExperience.GrainInterfaces.PlacementRequests.Rules.Checks;

namespace SchoolExperience.GrainInterfaces.PlacementRequests.Rules;

/// <summary>
/// The whole request's rules. The web validates each step with the section's rules and the whole before it
/// sends; the grain normalises, validates again and stores the normalised content, so a caller that skips the
/// web still cannot store a bad request. Validation accepts input as typed ("sw1a1aa", "07700 900123"), so
/// validating before or after <see cref="Normalise"/> gives the same errors.
/// </summary>
public static class PlacementRequestContentRules
{
    /// <summary>Every field error, named as in <see cref="PlacementRequestFields"/>, in the order the form asks.</summary>
    public static IReadOnlyList<FieldError> Validate(PlacementRequestContent content, AvailabilityMode mode) =>
    [
        .. ContactRules.Validate(content.Contact),
        .. EducationRules.Validate(content.Education),
        .. TeachingPreferenceRules.Validate(content.TeachingPreference),
        .. ObjectivesRules.Validate(content.Objectives),
        .. PlacementChoiceRules.Validate(mode, content.Availability, content.PlacementDateId, content.PlacementSubject),
    ];

    /// <summary>
    /// The content as stored: text trimmed and empty optional text null, the postcode and phone number in their
    /// stored forms, listed names in the list's spelling, and an explanation kept only for "Other". Values that
    /// are not valid are left trimmed for <see cref="Validate"/> to report. Normalising twice changes nothing.
    /// </summary>
    public static PlacementRequestContent Normalise(PlacementRequestContent content) => content with
    {
        Contact = ContactRules.Normalise(content.Contact),
        Education = EducationRules.Normalise(content.Education),
        TeachingPreference = TeachingPreferenceRules.Normalise(content.TeachingPreference),
        Objectives = content.Objectives.Trim(),
        Availability = Tidy(content.Availability),
        PlacementDateId = content.PlacementDateId == Guid.Empty ? null : content.PlacementDateId,
        PlacementSubject = SchoolSubjects.All.Find(content.PlacementSubject) ?? Tidy(content.PlacementSubject),
    };
}
