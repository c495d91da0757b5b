namespace SchoolExperience.Web.Realtime;

/// <summary>What a dashboard in the browser is told: something changed, re-fetch if the version is new.</summary>
public interface IDashboardClient
{
    Task DashboardChanged(DashboardChangedMessage message);
}
