namespace SchoolExperience.GrainInterfaces.PlacementRequests.Content;

/// <summary>
/// Everything a candidate's request says, as the web collects it step by step and sends it once. A school with
/// flexible dates gets <see cref="Availability"/>; a school with fixed dates gets <see cref="PlacementDateId"/>
/// and, for a subject-specific date, <see cref="PlacementSubject"/>.
/// </summary>
[GenerateSerializer, Immutable, Alias("se.placement-request-content")]
public sealed record PlacementRequestContent
{
    [Id(0)] public required ContactDetails Contact { get; init; }
    [Id(1)] public required EducationDetails Education { get; init; }
    [Id(2)] public required TeachingPreference TeachingPreference { get; init; }
    /// <summary>What the candidate wants to get out of the experience.</summary>
    [Id(3)] public required string Objectives { get; init; }
    [Id(4)] public string? Availability { get; init; }
    [Id(5)] public Guid? PlacementDateId { get; init; }
    [Id(6)] public string? PlacementSubject { get; init; }
    [Id(7)] public required bool HasDbsCertificate { get; init; }
}
