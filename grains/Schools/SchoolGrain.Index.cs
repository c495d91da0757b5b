using SchoolExperience.GrainInterfaces.PlacementRequests;
using SchoolExperience.GrainInterfaces.Schools;
using SchoolExperience.Grains.Common;

namespace SchoolExperience.Grains.Schools;

/// <summary>
/// The dashboard index: a summary per request, projected by the request grains after they saved, versioned,
/// pushed to subscribed web processes after each saved change, and kept small by housekeeping.
/// </summary>
public sealed partial class SchoolGrain
{
    public Task<SchoolDashboard> GetDashboardAsync()
    {
        var today = LondonCalendar.Today(_time);
        var requests = State.Requests.Values.OrderByDescending(r => r.ReceivedAt).ToList();
        return Task.FromResult(new SchoolDashboard
        {
            Urn = Urn,
            SchoolName = State.Name,
            IndexVersion = State.IndexVersion,
            Requests = requests,
            Counts = SchoolCountsCalculator.Count(requests, today),
        });
    }

    public async Task RecordRequestAsync(PlacementRequestSummary summary)
    {
        var held = State.Requests.GetValueOrDefault(summary.RequestId)
                   ?? _archive.State.Requests.GetValueOrDefault(summary.RequestId);
        if (held is not null && held.Version >= summary.Version)
        {
            return;
        }

        // A newer version of an archived request brings it back to the live index.
        if (_archive.State.Requests.Remove(summary.RequestId))
        {
            await _archive.SaveOrDeactivateAsync(this);
        }

        State.Requests[summary.RequestId] = summary;
        State.IndexVersion++;
        await _state.SaveOrDeactivateAsync(this);
        await NotifyDashboardsAsync();
    }

    public Task<IReadOnlyList<PlacementRequestSummary>> GetArchivedRequestsAsync()
    {
        IReadOnlyList<PlacementRequestSummary> archived =
            _archive.State.Requests.Values.OrderByDescending(r => r.ReceivedAt).ToList();
        return Task.FromResult(archived);
    }

    public Task SubscribeAsync(ISchoolDashboardObserver observer)
    {
        _dashboards.Subscribe(observer, observer);
        return Task.CompletedTask;
    }

    public Task UnsubscribeAsync(ISchoolDashboardObserver observer)
    {
        _dashboards.Unsubscribe(observer);
        return Task.CompletedTask;
    }

    /// <summary>
    /// Moves closed requests untouched for the retention period to the archive. The archive is written
    /// first: a failure between the two writes leaves a request in both, never in neither.
    /// </summary>
    private async Task HousekeepAsync()
    {
        var cutoff = _time.GetUtcNow() - _options.ClosedRequestRetention;
        var leaving = State.Requests.Values
            .Where(r => !r.Status.IsOpen() && !r.Unseen && r.LastChangedAt < cutoff)
            .ToList();
        if (leaving.Count > 0)
        {
            foreach (var request in leaving)
            {
                _archive.State.Requests[request.RequestId] = request;
            }

            await _archive.SaveOrDeactivateAsync(this);
            foreach (var request in leaving)
            {
                State.Requests.Remove(request.RequestId);
            }

            State.IndexVersion++;
        }

        State.LastHousekeepingAt = _time.GetUtcNow();
        State.HousekeepingRuns++;
        await _state.SaveOrDeactivateAsync(this);
        if (leaving.Count > 0)
        {
            await NotifyDashboardsAsync();
        }
    }

    private Task NotifyDashboardsAsync() =>
        _dashboards.Notify(o => o.OnDashboardChangedAsync(new SchoolDashboardChange
        {
            Urn = Urn,
            IndexVersion = State.IndexVersion,
        }));
}
