using Orleans.Concurrency;

namespace SchoolExperience.GrainInterfaces.Schools;

/// <summary>Held by each web process that shows a school's dashboard; told after every saved change.</summary>
public interface ISchoolDashboardObserver : IGrainObserver
{
    // One-way: a slow or dead web process must never hold up the school grain.
    [OneWay]
    Task OnDashboardChangedAsync(SchoolDashboardChange change);
}
