using SchoolExperience.GrainInterfaces.Schools;
using SchoolExperience.GrainInterfaces.Schools.Profile;

namespace SchoolExperience.GrainInterfaces.Tests.Schools.Profile;

/// <summary>A profile that passes every rule, every optional part filled; each test changes only what it is about.</summary>
internal static class ValidProfile
{
    public static PhasesAndSubjects Phases { get; } = new()
    {
        Phases = [SchoolPhase.Primary, SchoolPhase.Secondary],
        KeyStages = [KeyStage.EarlyYears, KeyStage.KeyStage2],
        Subjects = ["Mathematics", "Physics"],
    };

    public static CandidateRequirements Requirements { get; } = new()
    {
        Requirements = [.. Enum.GetValues<CandidateRequirement>()],
        MaxTravelMiles = 10,
        PhotoIdDetails = "A passport or driving licence",
        OtherDetails = "A short personal statement",
    };

    public static DressCode DressCode { get; } = new()
    {
        Requirements = [DressCodeRequirement.BusinessDress, DressCodeRequirement.Other],
        OtherDetails = "No trainers",
    };

    public static ExperienceSchedule Schedule { get; } = new()
    {
        StartTime = new TimeOnly(8, 30),
        EndTime = new TimeOnly(15, 30),
        Flexible = true,
        FlexibleDetails = "Part days are fine",
    };

    public static TeacherTraining TeacherTraining { get; } = new()
    {
        Offers = true,
        Details = "School Direct with our partner university",
        Url = "https://www.example.com/training",
    };

    public static DbsRequirement Dbs { get; } = new()
    {
        Policy = DbsPolicy.RequiredForInSchoolOnly,
        PolicyText = "You need a DBS certificate to come into school.",
    };

    public static SchoolFee AdministrationFee { get; } = new()
    {
        Kind = FeeKind.Administration,
        Amount = 25.50m,
        Description = "Covers printing and a lanyard",
        Interval = FeeInterval.OneOff,
        PaymentMethod = "Card at reception",
    };

    public static AccessNeeds AccessNeeds { get; } = new()
    {
        Supported = true,
        Detail = "Step-free access to every classroom",
        DisabilityConfident = true,
        HasPolicy = true,
        PolicyUrl = "https://www.example.com/access",
    };

    public static AdminContact AdminContact { get; } = new()
    {
        Phone = "01632 960 001",
        Email = "office@school.example.com",
        SecondaryEmail = "head@school.example.com",
    };

    public static SchoolProfileDetails Details { get; } = new()
    {
        PhasesAndSubjects = Phases,
        CandidateRequirements = Requirements,
        Description = "A friendly school by the sea.",
        DressCode = DressCode,
        Parking = new Parking { OnSite = true, Details = "Visitor spaces by the main gate" },
        Schedule = Schedule,
        ExperienceOutline = "Observe lessons and help in class.",
        TeacherTraining = TeacherTraining,
        Dbs = Dbs,
        Fees =
        [
            AdministrationFee,
            AdministrationFee with { Kind = FeeKind.Dbs, Amount = 40m, Description = "The DBS check" },
            AdministrationFee with { Kind = FeeKind.Other, Amount = 5m, Interval = FeeInterval.Daily, Description = "Lunch" },
        ],
        AccessNeeds = AccessNeeds,
        AdminContact = AdminContact,
    };
}
