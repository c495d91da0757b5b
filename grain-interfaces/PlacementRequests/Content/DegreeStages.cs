namespace SchoolExperience.GrainInterfaces.PlacementRequests.Content;

/// <summary>The degree stages in the order a form lists them, with the labels candidates see.</summary>
public static class DegreeStages
{
    public static IReadOnlyList<DegreeStage> All { get; } =
    [
        DegreeStage.GraduateOrPostgraduate,
        DegreeStage.FinalYear,
        DegreeStage.SecondYear,
        DegreeStage.FirstYear,
        DegreeStage.NoDegreeAndNotStudying,
        DegreeStage.Other,
    ];

    public static string Label(DegreeStage stage) => stage switch
    {
        DegreeStage.GraduateOrPostgraduate => "Graduate or postgraduate",
        DegreeStage.FinalYear => "Final year",
        DegreeStage.SecondYear => "Second year",
        DegreeStage.FirstYear => "First year",
        DegreeStage.NoDegreeAndNotStudying => "I don’t have a degree and am not studying for one",
        DegreeStage.Other => "Other",
        _ => throw new ArgumentOutOfRangeException(nameof(stage), stage, "Not a degree stage"),
    };
}
