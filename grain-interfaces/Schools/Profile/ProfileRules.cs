using SchoolExperience.GrainInterfaces.Common;
using static SchoolExperience.GrainInterfaces.PlacementRequests.Rules.Checks;
using Fields = SchoolExperience.GrainInterfaces.Schools.Profile.ProfileFields;

namespace SchoolExperience.GrainInterfaces.Schools.Profile;

/// <summary>
/// The whole profile's rules, section by section in the order on-boarding asks. As with a request, the web
/// validates each section and the grain normalises and validates again before it stores; validating before or
/// after <see cref="Normalise"/> gives the same errors.
/// </summary>
public static class ProfileRules
{
    public static IReadOnlyList<FieldError> Validate(SchoolProfileDetails details) =>
    [
        .. PhasesRules.Validate(details.PhasesAndSubjects),
        .. CandidateRequirementsRules.Validate(details.CandidateRequirements),
        .. DressCodeRules.Validate(details.DressCode),
        .. ParkingErrors(details.Parking),
        .. ExperienceScheduleRules.Validate(details.Schedule),
        .. OutlineErrors(details.ExperienceOutline),
        .. TeacherTrainingRules.Validate(details.TeacherTraining),
        .. DbsRequirementRules.Validate(details.Dbs),
        .. FeeRules.Validate(details.Fees),
        .. AccessNeedsRules.Validate(details.AccessNeeds),
        .. AdminContactRules.Validate(details.AdminContact),
    ];

    /// <summary>
    /// The profile as stored: text trimmed and empty optional text null, choices once each, the phone number in
    /// E.164, subjects in the list's spelling, and details kept only for the answers that ask for them.
    /// Normalising twice changes nothing.
    /// </summary>
    public static SchoolProfileDetails Normalise(SchoolProfileDetails details) => details with
    {
        PhasesAndSubjects = PhasesRules.Normalise(details.PhasesAndSubjects),
        CandidateRequirements = CandidateRequirementsRules.Normalise(details.CandidateRequirements),
        Description = Tidy(details.Description),
        DressCode = DressCodeRules.Normalise(details.DressCode),
        Parking = details.Parking with { Details = details.Parking.Details.Trim() },
        Schedule = ExperienceScheduleRules.Normalise(details.Schedule),
        ExperienceOutline = details.ExperienceOutline.Trim(),
        TeacherTraining = TeacherTrainingRules.Normalise(details.TeacherTraining),
        Dbs = DbsRequirementRules.Normalise(details.Dbs),
        Fees = FeeRules.Normalise(details.Fees),
        AccessNeeds = AccessNeedsRules.Normalise(details.AccessNeeds),
        AdminContact = AdminContactRules.Normalise(details.AdminContact),
    };

    private static IEnumerable<FieldError> ParkingErrors(Parking parking) =>
        string.IsNullOrWhiteSpace(parking.Details)
            ? [Error(Fields.ParkingDetails, parking.OnSite ? "Enter details of parking on site" : "Enter details of parking nearby")]
            : [];

    private static IEnumerable<FieldError> OutlineErrors(string? outline) =>
        string.IsNullOrWhiteSpace(outline)
            ? [Error(Fields.ExperienceOutline, "Enter what candidates will do during their school experience")]
            : [];
}
