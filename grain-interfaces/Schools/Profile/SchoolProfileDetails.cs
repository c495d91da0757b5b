namespace SchoolExperience.GrainInterfaces.Schools.Profile;

/// <summary>
/// Everything a school says about itself and its experience, as the on-boarding sections collect it; publishing
/// it on-boards the school. <see cref="ProfileRules"/> validates and normalises it.
/// </summary>
[GenerateSerializer, Immutable, Alias("se.school-profile-details")]
public sealed record SchoolProfileDetails
{
    [Id(0)] public required PhasesAndSubjects PhasesAndSubjects { get; init; }
    [Id(1)] public CandidateRequirements CandidateRequirements { get; init; } = new();
    /// <summary>May be empty.</summary>
    [Id(2)] public string? Description { get; init; }
    [Id(3)] public DressCode DressCode { get; init; } = new();
    [Id(4)] public required Parking Parking { get; init; }
    [Id(5)] public required ExperienceSchedule Schedule { get; init; }
    /// <summary>What candidates will do.</summary>
    [Id(6)] public required string ExperienceOutline { get; init; }
    [Id(7)] public required TeacherTraining TeacherTraining { get; init; }
    [Id(8)] public required DbsRequirement Dbs { get; init; }
    /// <summary>None to three, one of each kind.</summary>
    [Id(9)] public IReadOnlyList<SchoolFee> Fees { get; init; } = [];
    [Id(10)] public required AccessNeeds AccessNeeds { get; init; }
    [Id(11)] public required AdminContact AdminContact { get; init; }
}
