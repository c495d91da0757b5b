namespace SchoolExperience.GrainInterfaces.PlacementRequests;

public static class PlacementRequestStatusExtensions
{
    /// <summary>Still waiting for the school's answer.</summary>
    public static bool IsAwaitingDecision(this PlacementRequestStatus status) =>
        status is PlacementRequestStatus.New or PlacementRequestStatus.Viewed or PlacementRequestStatus.UnderConsideration;

    /// <summary>Open: awaiting a decision, or booked with the experience still to happen or be recorded.</summary>
    public static bool IsOpen(this PlacementRequestStatus status) =>
        status.IsAwaitingDecision() || status == PlacementRequestStatus.Booked;

    /// <summary>The words a user sees, in GOV.UK tag style.</summary>
    public static string Label(this PlacementRequestStatus status) => status switch
    {
        PlacementRequestStatus.New => "New",
        PlacementRequestStatus.Viewed => "Viewed",
        PlacementRequestStatus.UnderConsideration => "Under consideration",
        PlacementRequestStatus.Booked => "Booked",
        PlacementRequestStatus.Rejected => "Rejected",
        PlacementRequestStatus.Withdrawn => "Withdrawn",
        PlacementRequestStatus.Expired => "Expired",
        PlacementRequestStatus.CancelledBySchool => "Cancelled by school",
        PlacementRequestStatus.CancelledByCandidate => "Cancelled by candidate",
        PlacementRequestStatus.Attended => "Attended",
        PlacementRequestStatus.DidNotAttend => "Did not attend",
        _ => status.ToString(),
    };
}
