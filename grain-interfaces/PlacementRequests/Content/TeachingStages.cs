namespace SchoolExperience.GrainInterfaces.PlacementRequests.Content;

/// <summary>
/// The teaching stages in the order a form lists them, with the labels candidates see; the first four are the
/// Get Into Teaching "consideration journey" stages, so reports line up with that service's.
/// </summary>
public static class TeachingStages
{
    public static IReadOnlyList<TeachingStage> All { get; } =
    [
        TeachingStage.JustAnIdea,
        TeachingStage.NotSureFindingOutMore,
        TeachingStage.FairlySureExploringOptions,
        TeachingStage.VerySureThinkWillApply,
        TeachingStage.AppliedForTeacherTraining,
        TeachingStage.AcceptedOntoTeacherTraining,
    ];

    public static string Label(TeachingStage stage) => stage switch
    {
        TeachingStage.JustAnIdea => "It’s just an idea",
        TeachingStage.NotSureFindingOutMore => "I’m not sure and finding out more",
        TeachingStage.FairlySureExploringOptions => "I’m fairly sure and exploring my options",
        TeachingStage.VerySureThinkWillApply => "I’m very sure and think I’ll apply",
        TeachingStage.AppliedForTeacherTraining => "I’ve applied for teacher training",
        TeachingStage.AcceptedOntoTeacherTraining => "I’ve been accepted onto a teacher training course",
        _ => throw new ArgumentOutOfRangeException(nameof(stage), stage, "Not a teaching stage"),
    };
}
