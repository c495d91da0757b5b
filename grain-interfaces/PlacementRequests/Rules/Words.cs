namespace SchoolExperience.GrainInterfaces.PlacementRequests.Rules;

/// <summary>Counts words the way the limits on free text are stated ("fewer than 150 words").</summary>
public static class Words
{
    public static int Count(string? text) =>
        text?.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length ?? 0;
}
