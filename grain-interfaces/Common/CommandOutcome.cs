namespace SchoolExperience.GrainInterfaces.Common;

[GenerateSerializer, Alias("se.command-outcome")]
public enum CommandOutcome
{
    Done = 0,
    Invalid = 1,
    Refused = 2,
    NotFound = 3,
}
