namespace SchoolExperience.GrainInterfaces.Schools.Profile;

/// <summary>
/// The names field errors carry: each property's dotted path from <see cref="SchoolProfileDetails"/>, so a page
/// binding its input under the same names gets matching ModelState keys.
/// </summary>
public static class ProfileFields
{
    public const string Phases = "PhasesAndSubjects.Phases";
    public const string KeyStages = "PhasesAndSubjects.KeyStages";
    public const string Subjects = "PhasesAndSubjects.Subjects";
    public const string CandidateRequirements = "CandidateRequirements.Requirements";
    public const string MaxTravelMiles = "CandidateRequirements.MaxTravelMiles";
    public const string PhotoIdDetails = "CandidateRequirements.PhotoIdDetails";
    public const string OtherRequirementDetails = "CandidateRequirements.OtherDetails";
    public const string DressCode = "DressCode.Requirements";
    public const string DressCodeOtherDetails = "DressCode.OtherDetails";
    public const string ParkingDetails = "Parking.Details";
    public const string StartTime = "Schedule.StartTime";
    public const string EndTime = "Schedule.EndTime";
    public const string FlexibleDetails = "Schedule.FlexibleDetails";
    public const string ExperienceOutline = "ExperienceOutline";
    public const string TeacherTrainingDetails = "TeacherTraining.Details";
    public const string TeacherTrainingUrl = "TeacherTraining.Url";
    public const string DbsPolicy = "Dbs.Policy";
    public const string DbsPolicyText = "Dbs.PolicyText";
    public const string Fees = "Fees";
    public const string AccessNeedsDetail = "AccessNeeds.Detail";
    public const string AccessNeedsPolicyUrl = "AccessNeeds.PolicyUrl";
    public const string AdminPhone = "AdminContact.Phone";
    public const string AdminEmail = "AdminContact.Email";
    public const string AdminSecondaryEmail = "AdminContact.SecondaryEmail";

    /// <summary>A property of the fee at <paramref name="index"/>, as MVC binds lists: "Fees[0].Amount".</summary>
    public static string Fee(int index, string property) => $"Fees[{index}].{property}";
}
