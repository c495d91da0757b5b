namespace SchoolExperience.GrainInterfaces.PlacementRequests.Content;

/// <summary>Where a candidate is with a degree; <see cref="DegreeStages"/> has the labels candidates see.</summary>
[GenerateSerializer, Alias("se.degree-stage")]
public enum DegreeStage
{
    GraduateOrPostgraduate = 0,
    FinalYear = 1,
    SecondYear = 2,
    FirstYear = 3,
    NoDegreeAndNotStudying = 4,
    /// <summary>Needs a written explanation.</summary>
    Other = 5,
}
