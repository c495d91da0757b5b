using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans.Utilities;
using SchoolExperience.GrainInterfaces.Common;
using SchoolExperience.GrainInterfaces.Schools;
using SchoolExperience.Grains.Common;

namespace SchoolExperience.Grains.Schools;

/// <summary>
/// A school: its register details, rollout flags and availability here; its published profile in
/// SchoolGrain.Profile.cs; its placement dates and places in
/// SchoolGrain.PlacementDates.cs; the dashboard index and its subscribers in SchoolGrain.Index.cs.
/// </summary>
[GrainType("school")]
public sealed partial class SchoolGrain : Grain, ISchoolGrain, IRemindable
{
    private readonly IPersistentState<SchoolState> _state;
    private readonly IPersistentState<SchoolArchiveState> _archive;
    private readonly TimeProvider _time;
    private readonly SchoolOptions _options;
    private readonly ObserverManager<ISchoolDashboardObserver> _dashboards;

    public SchoolGrain(
        [PersistentState("school", StorageNames.Main)] IPersistentState<SchoolState> state,
        [PersistentState("school-archive", StorageNames.Main)] IPersistentState<SchoolArchiveState> archive,
        [FromKeyedServices(Clocks.Business)] TimeProvider time,
        IOptions<SchoolOptions> options,
        ILogger<SchoolGrain> logger)
    {
        _state = state;
        _archive = archive;
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
        State.ContactEmail = command.ContactEmail?.Trim();
        await _state.SaveOrDeactivateAsync(this);

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
            Onboarded = State.Onboarded,
            Switchover = State.Switchover,
            AvailabilityMode = State.AvailabilityMode,
            FlexibleAvailability = State.FlexibleAvailability,
            DbsPolicy = State.DbsPolicy,
            ContactEmail = State.ContactEmail,
        }
        : null);

    public async Task<CommandResult> SetFlagsAsync(SchoolFlags flags)
    {
        if (!State.Registered)
        {
            return NotRegistered();
        }

        State.Enabled = flags.Enabled;
        State.Onboarded = flags.Onboarded;
        State.Switchover = flags.Switchover;
        await _state.SaveOrDeactivateAsync(this);
        return CommandResult.Done;
    }

    public async Task<CommandResult> SetAvailabilityAsync(SetAvailability command)
    {
        if (!State.Registered)
        {
            return NotRegistered();
        }

        var description = command.FlexibleDescription?.Trim();
        if (command.Mode == AvailabilityMode.Flexible && string.IsNullOrEmpty(description))
        {
            return CommandResult.Invalid([new FieldError
            {
                Field = nameof(command.FlexibleDescription),
                Message = "Enter when you can offer school experience",
            }]);
        }

        State.AvailabilityMode = command.Mode;
        State.FlexibleAvailability = description;
        await _state.SaveOrDeactivateAsync(this);
        return CommandResult.Done;
    }

    public Task<SchoolStatus> GetStatusAsync() => Task.FromResult(new SchoolStatus
    {
        Registered = State.Registered,
        Enabled = State.Enabled,
        IndexVersion = State.IndexVersion,
        LastHousekeepingAt = State.LastHousekeepingAt,
        HousekeepingRuns = State.HousekeepingRuns,
        LiveIndexSize = State.Requests.Count,
        ArchivedRequests = _archive.State.Requests.Count,
    });

    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        if (reminderName == SchoolReminders.Housekeeping)
        {
            await HousekeepAsync();
        }
    }

    private CommandResult NotRegistered() => CommandResult.NotFound($"There is no school with URN {Urn}");
}
