namespace SchoolExperience.GrainInterfaces.Common;

[GenerateSerializer, Alias("se.actor-kind")]
public enum ActorKind
{
    System = 0,
    Candidate = 1,
    School = 2,
    Operator = 3,
}
