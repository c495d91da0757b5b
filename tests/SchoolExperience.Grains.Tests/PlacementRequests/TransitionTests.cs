using SchoolExperience.GrainInterfaces.Common;
using SchoolExperience.GrainInterfaces.PlacementRequests;
using SchoolExperience.Grains.PlacementRequests;

namespace SchoolExperience.Grains.Tests.PlacementRequests;

/// <summary>Every command against every status: the table says which may happen, and the grain agrees.</summary>
[Collection(ClusterCollection.Name)]
public sealed class TransitionTests(ClusterFixture fixture)
{
    private readonly Arrange _arrange = new(fixture);

    public static TheoryData<PlacementRequestStatus, RequestEvent> EveryPair()
    {
        var data = new TheoryData<PlacementRequestStatus, RequestEvent>();
        foreach (var status in Enum.GetValues<PlacementRequestStatus>())
        {
            // Expiry is the system's alone; acknowledging is what viewing a withdrawal or cancellation does.
            foreach (var @event in Enum.GetValues<RequestEvent>().Where(e => e is not (RequestEvent.Expire or RequestEvent.Acknowledge)))
            {
                data.Add(status, @event);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EveryPair))]
    public async Task Command_InEachStatus_IsAllowedExactlyWhenTheTableSays(PlacementRequestStatus from, RequestEvent @event)
    {
        // Arrange
        var request = await _arrange.RequestInAsync(from);
        var before = (await request.GetAsync())!;

        // Act
        var result = await SendAsync(request, @event);

        // Assert
        var after = (await request.GetAsync())!;
        var allowed = @event == RequestEvent.View
            ? [.. PlacementRequestTransitions.AllowedFrom[RequestEvent.View], .. PlacementRequestTransitions.AllowedFrom[RequestEvent.Acknowledge]]
            : PlacementRequestTransitions.AllowedFrom[@event];
        if (allowed.Contains(from) && @event == RequestEvent.RecordAttendance)
        {
            // Legal, but the arranged booking is ten days ahead: refused for its date, not for its status.
            Assert.Equal(Refusal.TooEarly, result.Refusal);
            Assert.Equal(before.Version, after.Version);
        }
        else if (allowed.Contains(from))
        {
            Assert.True(result.Succeeded, result.Reason);
            Assert.Equal(before.Version + 1, after.Version);
        }
        else
        {
            Assert.Equal(CommandOutcome.Refused, result.Outcome);
            Assert.Equal(Refusal.IllegalTransition, result.Refusal);
            Assert.Contains(from.Label().ToLowerInvariant(), result.Reason);
            Assert.Equal(before.Version, after.Version);
            Assert.Equal(from, after.Status);
        }
    }

    private Task<CommandResult> SendAsync(IPlacementRequestGrain request, RequestEvent @event) => @event switch
    {
        RequestEvent.View => request.MarkViewedAsync(Arrange.Staff),
        RequestEvent.Consider => request.PlaceUnderConsiderationAsync(Arrange.Staff),
        RequestEvent.Accept => request.AcceptAsync(_arrange.Acceptance(_arrange.Today.AddDays(12))),
        RequestEvent.Reject => request.RejectAsync(new RejectPlacementRequest { Actor = Arrange.Staff, Reasons = [RejectionReason.NotLocal] }),
        RequestEvent.Withdraw => request.WithdrawAsync(new WithdrawPlacementRequest { Reason = "Changed my mind" }),
        RequestEvent.ChangeDate => request.ChangeBookingDateAsync(new ChangeBookingDate { Actor = Arrange.Staff, NewDate = _arrange.Today.AddDays(15) }),
        RequestEvent.CancelBySchool => request.CancelBookingAsync(new CancelBooking { Actor = Arrange.Staff, Reason = "Closure" }),
        RequestEvent.CancelByCandidate => request.CancelBookingAsync(new CancelBooking { Actor = Actor.Candidate, Reason = "Ill" }),
        RequestEvent.RecordAttendance => request.RecordAttendanceAsync(new RecordAttendance { Actor = Arrange.Staff, Attended = true }),
        _ => throw new ArgumentOutOfRangeException(nameof(@event)),
    };
}
