using SchoolExperience.GrainInterfaces.Common;

namespace SchoolExperience.GrainInterfaces.PlacementRequests;

/// <summary>
/// One candidate's request for school experience at one school, keyed by a generated Guid: the single writer
/// of the request and its booking. Every command is a checked transition; a refusal says why.
/// </summary>
public interface IPlacementRequestGrain : IGrainWithGuidKey
{
    /// <summary>Submits the request. Submitting the same grain twice is refused, never stored twice.</summary>
    Task<CommandResult> SubmitAsync(SubmitPlacementRequest command);

    /// <summary>The request, or null when nothing was submitted under this id.</summary>
    Task<PlacementRequestDetails?> GetAsync();

    Task<IReadOnlyList<AuditEntry>> GetAuditTrailAsync();

    /// <summary>The school opened the request (or acknowledged a withdrawal or cancellation).</summary>
    Task<CommandResult> MarkViewedAsync(Actor actor);

    Task<CommandResult> PlaceUnderConsiderationAsync(Actor actor);

    Task<CommandResult> AcceptAsync(AcceptPlacementRequest command);

    Task<CommandResult> RejectAsync(RejectPlacementRequest command);

    Task<CommandResult> WithdrawAsync(WithdrawPlacementRequest command);

    Task<CommandResult> ChangeBookingDateAsync(ChangeBookingDate command);

    Task<CommandResult> CancelBookingAsync(CancelBooking command);

    Task<CommandResult> RecordAttendanceAsync(RecordAttendance command);
}
