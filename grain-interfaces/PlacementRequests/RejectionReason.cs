namespace SchoolExperience.GrainInterfaces.PlacementRequests;

/// <summary>The twelve reasons a school can give when it declines a request (one or more).</summary>
[GenerateSerializer, Alias("se.rejection-reason")]
public enum RejectionReason
{
    FullyBooked = 0,
    AcceptedOnTeacherTraining = 1,
    DateUnavailable = 2,
    NoRelevantDegree = 3,
    NoPhaseAvailability = 4,
    NotLocal = 5,
    Duplicate = 6,
    NoReplyToInformationRequest = 7,
    CandidateAskedToCancel = 8,
    WrongChoiceSecondary = 9,
    WrongChoicePrimary = 10,
    Other = 11,
}
