using Microsoft.AspNetCore.SignalR;

namespace SchoolExperience.Web.Realtime;

/// <summary>Dashboards join their school's group here; the relay pushes to the group. No business logic.</summary>
public sealed class DashboardHub(DashboardRelay relay) : Hub<IDashboardClient>
{
    public const string Path = "/hubs/dashboard";

    public static string GroupFor(long urn) => $"school:{urn}";

    public async Task WatchSchool(long urn)
    {
        await Groups.AddToGroupAsync(Context.ConnectionId, GroupFor(urn));
        await relay.WatchAsync(urn, Context.ConnectionId);
    }

    public override async Task OnDisconnectedAsync(Exception? exception)
    {
        await relay.ForgetAsync(Context.ConnectionId);
        await base.OnDisconnectedAsync(exception);
    }
}
