namespace SchoolExperience.Web.Realtime;

public sealed class DashboardRelayOptions
{
    public const string Section = "Dashboards";

    /// <summary>
    /// How often this process renews its subscription with each school it shows. Schools drop a
    /// subscription after three minutes without renewal, and forget it on deactivation, so one minute
    /// renews three times per expiry and restores a dropped one within a minute.
    /// </summary>
    public TimeSpan RenewalPeriod { get; set; } = TimeSpan.FromMinutes(1);
}
