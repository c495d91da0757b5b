namespace SchoolExperience.Grains.PlacementRequests;

/// <summary>What can happen to a request; the audit trail names each by these.</summary>
public enum RequestEvent
{
    View,
    Consider,
    Accept,
    Reject,
    Withdraw,
    Expire,
    ChangeDate,
    CancelBySchool,
    CancelByCandidate,
    RecordAttendance,
    /// <summary>The school saw a withdrawal or a candidate's cancellation; the status stays.</summary>
    Acknowledge,
}
