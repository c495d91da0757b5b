using SchoolExperience.GrainInterfaces.PlacementRequests;
using SchoolExperience.GrainInterfaces.Schools;

namespace SchoolExperience.Grains.Schools;

/// <summary>The dashboard's counters, from the summaries and today's date, so they can never drift from the list.</summary>
public static class SchoolCountsCalculator
{
    public static SchoolCounts Count(IReadOnlyCollection<PlacementRequestSummary> requests, DateOnly today) => new()
    {
        New = requests.Count(r => r.Status == PlacementRequestStatus.New),
        UnderConsideration = requests.Count(r => r.Status == PlacementRequestStatus.UnderConsideration),
        UpcomingBookings = requests.Count(r => r.Status == PlacementRequestStatus.Booked && r.BookingDate >= today),
        AwaitingAttendance = requests.Count(r => r.Status == PlacementRequestStatus.Booked && r.BookingDate < today),
        UnseenWithdrawalsAndCancellations = requests.Count(r => r.Unseen),
    };
}
