namespace SchoolExperience.GrainInterfaces.PlacementRequests.Content;

/// <summary>The candidate's degree, if any. Null choices are unanswered questions, which the rules reject.</summary>
[GenerateSerializer, Immutable, Alias("se.education-details")]
public sealed record EducationDetails
{
    [Id(0)] public DegreeStage? DegreeStage { get; init; }
    /// <summary>Only for <see cref="Content.DegreeStage.Other"/>; normalising drops it for any other stage.</summary>
    [Id(1)] public string? DegreeStageExplanation { get; init; }
    /// <summary>From <see cref="DegreeSubjects"/>; empty when the candidate has no degree and is not studying.</summary>
    [Id(2)] public string? DegreeSubject { get; init; }
}
