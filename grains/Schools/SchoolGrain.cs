using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans.Utilities;
using SchoolExperience.GrainInterfaces.Common;
using SchoolExperience.GrainInterfaces.PlacementRequests;
using SchoolExperience.GrainInterfaces.Schools;

namespace SchoolExperience.Grains.Schools;

[GrainType("school")]
public sealed class SchoolGrain : Grain, ISchoolGrain, IRemindable
{
    private readonly IPersistentState<SchoolState> _state;
    private readonly TimeProvider _time;
    private readonly SchoolOptions _options;
    private readonly ObserverManager<ISchoolDashboardObserver> _dashboards;

    public SchoolGrain(
        [PersistentState("school", StorageNames.Main)] IPersistentState<SchoolState> state,
        TimeProvider time,
        IOptions<SchoolOptions> options,
        ILogger<SchoolGrain> logger)
    {
        _state = state;
        _time = time;
        _options = options.Value;
        _dashboards = new ObserverManager<ISchoolDashboardObserver>(_options.DashboardSubscriptionExpiry, logger);
    }

    private SchoolState State => _state.State;

    private long Urn => this.GetPrimaryKeyLong();

    public async Task<CommandResult> RegisterAsync(RegisterSchool command)
    {
        if (string.IsNullOrWhiteSpace(command.Name))
        {
            return CommandResult.Invalid([new FieldError { Field = nameof(command.Name), Message = "Enter the school name" }]);
        }

        var firstRegistration = !State.Registered;
        State.Registered = true;
        State.Name = command.Name.Trim();
        State.Town = command.Town?.Trim();
        State.Postcode = command.Postcode?.Trim();
        State.Enabled = command.Enabled;
        await _state.WriteStateAsync();

        if (firstRegistration)
        {
            // A reminder, not a timer: housekeeping must go on while the school has no activation.
            await this.RegisterOrUpdateReminder(SchoolReminders.Housekeeping, _options.HousekeepingPeriod,
                _options.HousekeepingPeriod);
        }

        return CommandResult.Done;
    }

    public Task<SchoolProfile?> GetProfileAsync() => Task.FromResult(State.Registered
        ? new SchoolProfile
        {
            Urn = Urn,
            Name = State.Name,
            Town = State.Town,
            Postcode = State.Postcode,
            Enabled = State.Enabled,
        }
        : null);

    public Task<SchoolDashboard> GetDashboardAsync() => Task.FromResult(new SchoolDashboard
    {
        Urn = Urn,
        SchoolName = State.Name,
        IndexVersion = State.IndexVersion,
        Requests = State.Requests.Values.OrderByDescending(r => r.ReceivedAt).ToList(),
    });

    public Task<SchoolStatus> GetStatusAsync() => Task.FromResult(new SchoolStatus
    {
        Registered = State.Registered,
        Enabled = State.Enabled,
        IndexVersion = State.IndexVersion,
        LastHousekeepingAt = State.LastHousekeepingAt,
        HousekeepingRuns = State.HousekeepingRuns,
    });

    public async Task RecordRequestAsync(PlacementRequestSummary summary)
    {
        if (State.Requests.TryGetValue(summary.RequestId, out var held) && held.Version >= summary.Version)
        {
            return;
        }

        State.Requests[summary.RequestId] = summary;
        State.IndexVersion++;
        await _state.WriteStateAsync();
        await _dashboards.Notify(o => o.OnDashboardChangedAsync(new SchoolDashboardChange
        {
            Urn = Urn,
            IndexVersion = State.IndexVersion,
        }));
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

    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        if (reminderName != SchoolReminders.Housekeeping)
        {
            return;
        }

        State.LastHousekeepingAt = _time.GetUtcNow();
        State.HousekeepingRuns++;
        await _state.WriteStateAsync();
    }
}
