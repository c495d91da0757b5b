namespace SchoolExperience.Grains.PlacementRequests;

/// <summary>
/// When each follow-up falls due, and whether it was done. Reminders only wake the grain; these decide, against
/// the business clock, so a missed or repeated tick changes nothing.
/// </summary>
[GenerateSerializer, Alias("se.placement-request-deadlines")]
public sealed class PlacementRequestDeadlines
{
    [Id(0)] public DateTimeOffset? SchoolFollowUpAt { get; set; }
    [Id(1)] public DateTimeOffset? SchoolFollowedUpAt { get; set; }
    [Id(2)] public DateTimeOffset? ExpiresAt { get; set; }
    [Id(3)] public DateTimeOffset? WeekBeforeReminderAt { get; set; }
    [Id(4)] public DateTimeOffset? WeekBeforeRemindedAt { get; set; }
    [Id(5)] public DateTimeOffset? DayBeforeReminderAt { get; set; }
    [Id(6)] public DateTimeOffset? DayBeforeRemindedAt { get; set; }
    [Id(7)] public DateTimeOffset? AttendanceAskAt { get; set; }
    [Id(8)] public DateTimeOffset? AttendanceAskedAt { get; set; }
    [Id(9)] public DateTimeOffset? AttendanceAskAgainAt { get; set; }
    [Id(10)] public DateTimeOffset? AttendanceAskedAgainAt { get; set; }
}
