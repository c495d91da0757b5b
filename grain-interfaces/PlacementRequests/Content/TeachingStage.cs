namespace SchoolExperience.GrainInterfaces.PlacementRequests.Content;

/// <summary>How close a candidate is to training as a teacher; <see cref="TeachingStages"/> has the labels.</summary>
[GenerateSerializer, Alias("se.teaching-stage")]
public enum TeachingStage
{
    JustAnIdea = 0,
    NotSureFindingOutMore = 1,
    FairlySureExploringOptions = 2,
    VerySureThinkWillApply = 3,
    AppliedForTeacherTraining = 4,
    AcceptedOntoTeacherTraining = 5,
}
