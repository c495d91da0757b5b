namespace SchoolExperience.GrainInterfaces.Common;

/// <summary>Why a command was refused, for callers that act on it; the result's Reason is the text a user reads.</summary>
[GenerateSerializer, Alias("se.refusal")]
public enum Refusal
{
    None = 0,
    IllegalTransition = 1,
    AlreadySubmitted = 2,
    SchoolNotTakingRequests = 3,
    DateFull = 4,
    DateNotAvailable = 5,
    DbsRequirementNotMet = 6,
    OpenRequestAtSchool = 7,
    OpenRequestLimitReached = 8,
    TooEarly = 9,
    TooLate = 10,
}
