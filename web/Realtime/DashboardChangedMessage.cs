namespace SchoolExperience.Web.Realtime;

public sealed record DashboardChangedMessage(long Urn, long IndexVersion);
