namespace SchoolExperience.GrainInterfaces.Schools.Profile;

/// <summary>The school day a candidate keeps. Times are nullable so a page can post an unanswered question.</summary>
[GenerateSerializer, Immutable, Alias("se.experience-schedule")]
public sealed record ExperienceSchedule
{
    [Id(0)] public TimeOnly? StartTime { get; init; }
    /// <summary>After <see cref="StartTime"/>.</summary>
    [Id(1)] public TimeOnly? EndTime { get; init; }
    [Id(2)] public bool Flexible { get; init; }
    [Id(3)] public string? FlexibleDetails { get; init; }
}
