namespace SchoolExperience.GrainInterfaces.Schools.Profile;

/// <summary>Whether the school offers initial teacher training; details and an http(s) web address when it does.</summary>
[GenerateSerializer, Immutable, Alias("se.teacher-training")]
public sealed record TeacherTraining
{
    [Id(0)] public required bool Offers { get; init; }
    [Id(1)] public string? Details { get; init; }
    [Id(2)] public string? Url { get; init; }
}
