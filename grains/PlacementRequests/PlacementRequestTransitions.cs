using SchoolExperience.GrainInterfaces.Common;
using SchoolExperience.GrainInterfaces.PlacementRequests;
using static SchoolExperience.GrainInterfaces.PlacementRequests.PlacementRequestStatus;

namespace SchoolExperience.Grains.PlacementRequests;

/// <summary>Which statuses each event may leave from: the whole life cycle in one table.</summary>
public static class PlacementRequestTransitions
{
    public static readonly IReadOnlyDictionary<RequestEvent, PlacementRequestStatus[]> AllowedFrom =
        new Dictionary<RequestEvent, PlacementRequestStatus[]>
        {
            [RequestEvent.View] = [New],
            [RequestEvent.Consider] = [New, Viewed],
            [RequestEvent.Accept] = [New, Viewed, UnderConsideration],
            [RequestEvent.Reject] = [New, Viewed, UnderConsideration],
            [RequestEvent.Withdraw] = [New, Viewed, UnderConsideration],
            [RequestEvent.Expire] = [New, Viewed, UnderConsideration],
            [RequestEvent.ChangeDate] = [Booked],
            [RequestEvent.CancelBySchool] = [Booked],
            [RequestEvent.CancelByCandidate] = [Booked],
            [RequestEvent.RecordAttendance] = [Booked],
            [RequestEvent.Acknowledge] = [Withdrawn, CancelledByCandidate],
        };

    /// <summary>Null when the event may happen now; otherwise the refusal that says why not.</summary>
    public static CommandResult? Check(RequestEvent @event, PlacementRequestStatus from) =>
        AllowedFrom[@event].Contains(from)
            ? null
            : CommandResult.Refused(Refusal.IllegalTransition,
                $"You cannot {Verb(@event)} a request that is {from.Label().ToLowerInvariant()}");

    private static string Verb(RequestEvent @event) => @event switch
    {
        RequestEvent.View => "mark as viewed",
        RequestEvent.Consider => "put under consideration",
        RequestEvent.Accept => "accept",
        RequestEvent.Reject => "reject",
        RequestEvent.Withdraw => "withdraw",
        RequestEvent.Expire => "expire",
        RequestEvent.ChangeDate => "change the booking date of",
        RequestEvent.CancelBySchool or RequestEvent.CancelByCandidate => "cancel the booking of",
        RequestEvent.RecordAttendance => "record attendance for",
        RequestEvent.Acknowledge => "acknowledge",
        _ => @event.ToString(),
    };
}
