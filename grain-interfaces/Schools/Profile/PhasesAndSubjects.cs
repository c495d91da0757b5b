namespace SchoolExperience.GrainInterfaces.Schools.Profile;

/// <summary>Key stages are asked for a primary school; subjects for a secondary school or college.</summary>
[GenerateSerializer, Immutable, Alias("se.phases-and-subjects")]
public sealed record PhasesAndSubjects
{
    [Id(0)] public required IReadOnlyList<SchoolPhase> Phases { get; init; }
    [Id(1)] public IReadOnlyList<KeyStage> KeyStages { get; init; } = [];
    /// <summary>Names from <see cref="PlacementRequests.Content.SchoolSubjects"/>.</summary>
    [Id(2)] public IReadOnlyList<string> Subjects { get; init; } = [];
}
