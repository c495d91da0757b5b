using System.ComponentModel.DataAnnotations;

namespace SchoolExperience.Grains.Schools;

public sealed class SchoolOptions
{
    public const string Section = "Schools";

    /// <summary>How often a school tidies its dashboard index; an hour keeps the reminders table quiet.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "7.00:00:00")]
    public TimeSpan HousekeepingPeriod { get; set; } = TimeSpan.FromHours(1);

    /// <summary>
    /// How long a dashboard subscription lives without renewal. Observers are in memory, so a web process
    /// that died must drop out; web processes renew at a third of this.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan DashboardSubscriptionExpiry { get; set; } = TimeSpan.FromMinutes(3);

    /// <summary>A closed request leaves the live index this long after its last change (it stays in the archive).</summary>
    [Range(typeof(TimeSpan), "1.00:00:00", "3650.00:00:00")]
    public TimeSpan ClosedRequestRetention { get; set; } = TimeSpan.FromDays(183);
}
