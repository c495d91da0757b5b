namespace SchoolExperience.GrainInterfaces.PlacementRequests.Content;

/// <summary>How close the candidate is to teaching and what they would teach, from <see cref="SchoolSubjects"/>.</summary>
[GenerateSerializer, Immutable, Alias("se.teaching-preference")]
public sealed record TeachingPreference
{
    /// <summary>Null until answered; the rules reject null.</summary>
    [Id(0)] public TeachingStage? TeachingStage { get; init; }
    [Id(1)] public required string FirstChoiceSubject { get; init; }
    /// <summary>Optional; must differ from the first choice.</summary>
    [Id(2)] public string? SecondChoiceSubject { get; init; }
}
