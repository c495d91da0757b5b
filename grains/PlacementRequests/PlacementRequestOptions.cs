using System.ComponentModel.DataAnnotations;

namespace SchoolExperience.Grains.PlacementRequests;

public sealed class PlacementRequestOptions
{
    public const string Section = "PlacementRequests";

    /// <summary>The school is reminded of a request still unanswered after this many working days.</summary>
    [Range(1, 30)]
    public int SchoolFollowUpWorkingDays { get; set; } = 5;

    /// <summary>A flexible request nobody answered expires this long after it arrived.</summary>
    [Range(1, 24)]
    public int FlexibleExpiryMonths { get; set; } = 2;

    /// <summary>If attendance is still unrecorded this many days after the first ask, the school is asked again.</summary>
    [Range(1, 30)]
    public int AttendanceAskAgainAfterDays { get; set; } = 3;

    /// <summary>
    /// How often an open request wakes to check its deadlines. Deadlines are days apart, so an hour late is
    /// harmless, and one reminder row per open request at this period stays light on the reminders table.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "1.00:00:00")]
    public TimeSpan DeadlineCheckPeriod { get; set; } = TimeSpan.FromHours(1);
}
