using Microsoft.AspNetCore.SignalR;
using SchoolExperience.GrainInterfaces.Schools;

namespace SchoolExperience.Web.Realtime;

/// <summary>The one observer object of this web process: forwards a school's changes to its SignalR group.</summary>
public sealed class DashboardObserver(IHubContext<DashboardHub, IDashboardClient> hub) : ISchoolDashboardObserver
{
    public Task OnDashboardChangedAsync(SchoolDashboardChange change) =>
        hub.Clients.Group(DashboardHub.GroupFor(change.Urn))
            .DashboardChanged(new DashboardChangedMessage(change.Urn, change.IndexVersion));
}
