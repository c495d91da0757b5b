namespace SchoolExperience.GrainInterfaces.Schools;

/// <summary>A published date with a number of places; the caller chooses the id so a retry adds nothing twice.</summary>
[GenerateSerializer, Immutable, Alias("se.add-placement-date")]
public sealed record AddPlacementDate
{
    [Id(0)] public required Guid Id { get; init; }
    [Id(1)] public required DateOnly Date { get; init; }
    [Id(2)] public int DurationDays { get; init; } = 1;
    [Id(3)] public bool Virtual { get; init; }
    /// <summary>Empty means any subject.</summary>
    [Id(4)] public IReadOnlyList<string> Subjects { get; init; } = [];
    [Id(5)] public required int Places { get; init; }
    /// <summary>Candidates can choose the date from this many days before it (1-180)...</summary>
    [Id(6)] public int ListingOpensDaysBefore { get; init; } = 60;
    /// <summary>...until this many days before it (0-100).</summary>
    [Id(7)] public int ListingClosesDaysBefore { get; init; }
}
