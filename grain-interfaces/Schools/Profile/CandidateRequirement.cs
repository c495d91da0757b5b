namespace SchoolExperience.GrainInterfaces.Schools.Profile;

/// <summary>What a school asks of candidates; shown on the profile as entry requirements, not enforced.</summary>
[GenerateSerializer, Alias("se.candidate-requirement")]
public enum CandidateRequirement
{
    ApplyingToOurOrPartnerCourse = 0,
    NotOnAnotherCourse = 1,
    HasOrWorkingTowardsDegree = 2,
    LivesNearby = 3,
    PhotoId = 4,
    Other = 5,
}
