namespace SchoolExperience.GrainInterfaces.Common;

/// <summary>Who did something: kept in audit trails.</summary>
[GenerateSerializer, Immutable, Alias("se.actor")]
public sealed record Actor
{
    [Id(0)] public required ActorKind Kind { get; init; }
    /// <summary>A person's name or user id where known; empty for the system.</summary>
    [Id(1)] public string Name { get; init; } = "";

    public static Actor System { get; } = new() { Kind = ActorKind.System, Name = "service" };

    public static Actor Candidate { get; } = new() { Kind = ActorKind.Candidate };

    public static Actor SchoolStaff(string name) => new() { Kind = ActorKind.School, Name = name };
}
