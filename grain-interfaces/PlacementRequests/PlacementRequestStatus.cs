namespace SchoolExperience.GrainInterfaces.PlacementRequests;

/// <summary>
/// Where a request stands. The first seven are the request's own; the last four are what became of a booking.
/// Stored, never derived: every change is a checked transition with an audit entry.
/// </summary>
[GenerateSerializer, Alias("se.placement-request-status")]
public enum PlacementRequestStatus
{
    New = 0,
    Viewed = 1,
    UnderConsideration = 2,
    Booked = 3,
    Rejected = 4,
    Withdrawn = 5,
    Expired = 6,
    CancelledBySchool = 7,
    CancelledByCandidate = 8,
    Attended = 9,
    DidNotAttend = 10,
}
