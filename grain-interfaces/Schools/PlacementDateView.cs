namespace SchoolExperience.GrainInterfaces.Schools;

[GenerateSerializer, Immutable, Alias("se.placement-date-view")]
public sealed record PlacementDateView
{
    [Id(0)] public required Guid Id { get; init; }
    [Id(1)] public required DateOnly Date { get; init; }
    [Id(2)] public required int DurationDays { get; init; }
    [Id(3)] public required bool Virtual { get; init; }
    [Id(4)] public required IReadOnlyList<string> Subjects { get; init; }
    [Id(5)] public required int Places { get; init; }
    [Id(6)] public required int PlacesTaken { get; init; }
    [Id(7)] public required bool Closed { get; init; }
    /// <summary>Open for requests today: listed, not closed, not in the past and not full.</summary>
    [Id(8)] public required bool Available { get; init; }
}
