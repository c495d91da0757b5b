using SchoolExperience.GrainInterfaces.Schools;

namespace SchoolExperience.Web.Realtime;

/// <summary>
/// Keeps this process subscribed to exactly the schools it has open dashboards for: subscribes on the
/// first viewer, renews while any remain (observers are in memory and a deactivated school forgets
/// them), unsubscribes after the last one leaves.
/// </summary>
public sealed class DashboardRelay(IGrainFactory grains, DashboardObserver observer, ILogger<DashboardRelay> logger)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<long, HashSet<string>> _viewersBySchool = [];
    private readonly Dictionary<string, HashSet<long>> _schoolsByConnection = [];
    private ISchoolDashboardObserver? _reference;

    // Created once and held for the life of the process: the reference stays valid only while the object lives.
    private ISchoolDashboardObserver Reference
    {
        get
        {
            lock (_gate)
            {
                return _reference ??= grains.CreateObjectReference<ISchoolDashboardObserver>(observer);
            }
        }
    }

    public async Task WatchAsync(long urn, string connectionId)
    {
        bool first;
        lock (_gate)
        {
            if (!_viewersBySchool.TryGetValue(urn, out var viewers))
            {
                _viewersBySchool[urn] = viewers = [];
            }

            first = viewers.Count == 0;
            viewers.Add(connectionId);
            if (!_schoolsByConnection.TryGetValue(connectionId, out var schools))
            {
                _schoolsByConnection[connectionId] = schools = [];
            }

            schools.Add(urn);
        }

        if (first)
        {
            await grains.GetGrain<ISchoolGrain>(urn).SubscribeAsync(Reference);
        }
    }

    public async Task ForgetAsync(string connectionId)
    {
        var emptied = new List<long>();
        lock (_gate)
        {
            if (!_schoolsByConnection.Remove(connectionId, out var schools))
            {
                return;
            }

            foreach (var urn in schools)
            {
                if (_viewersBySchool.TryGetValue(urn, out var viewers) && viewers.Remove(connectionId) && viewers.Count == 0)
                {
                    _viewersBySchool.Remove(urn);
                    emptied.Add(urn);
                }
            }
        }

        foreach (var urn in emptied)
        {
            try
            {
                await grains.GetGrain<ISchoolGrain>(urn).UnsubscribeAsync(Reference);
            }
            catch (Exception e)
            {
                // Harmless: an unrenewed subscription expires on its own.
                logger.LogInformation(e, "Could not unsubscribe from school {Urn}", urn);
            }
        }
    }

    /// <summary>Renews every school that still has viewers; called on the renewal period.</summary>
    public async Task RenewAsync()
    {
        long[] watched;
        lock (_gate)
        {
            watched = [.. _viewersBySchool.Keys];
        }

        foreach (var urn in watched)
        {
            try
            {
                await grains.GetGrain<ISchoolGrain>(urn).SubscribeAsync(Reference);
            }
            catch (Exception e)
            {
                logger.LogWarning(e, "Could not renew the dashboard subscription for school {Urn}", urn);
            }
        }
    }
}
