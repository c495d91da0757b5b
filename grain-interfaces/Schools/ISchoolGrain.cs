using SchoolExperience.GrainInterfaces.Common;
using SchoolExperience.GrainInterfaces.PlacementRequests;
using SchoolExperience.GrainInterfaces.Schools.Profile;

namespace SchoolExperience.GrainInterfaces.Schools;

/// <summary>A school, keyed by its URN from the school register (GIAS).</summary>
public interface ISchoolGrain : IGrainWithIntegerKey
{
    /// <summary>Adds the school from the register, or refreshes its register details.</summary>
    Task<CommandResult> RegisterAsync(RegisterSchool command);

    /// <summary>The public profile, or null when the URN is not a registered school.</summary>
    Task<SchoolProfile?> GetProfileAsync();

    /// <summary>What the school's dashboard shows: its requests, newest first, and the index version.</summary>
    Task<SchoolDashboard> GetDashboardAsync();

    /// <summary>Operational facts an operator looks at: flags, index version, last housekeeping.</summary>
    Task<SchoolStatus> GetStatusAsync();

    /// <summary>
    /// Upserts the summary of one of the school's requests; called by the request grain after it saved.
    /// Idempotent: a summary older than the one held (by request version) is ignored.
    /// </summary>
    Task RecordRequestAsync(PlacementRequestSummary summary);

    Task<CommandResult> SetFlagsAsync(SchoolFlags flags);

    Task<CommandResult> SetAvailabilityAsync(SetAvailability command);

    Task<CommandResult> AddPlacementDateAsync(AddPlacementDate command);

    Task<CommandResult> ClosePlacementDateAsync(Guid placementDateId);

    Task<IReadOnlyList<PlacementDateView>> GetPlacementDatesAsync();

    /// <summary>
    /// Takes one place on a published date for a request. The school grain decides, one call at a time, so
    /// two staff accepting the last place at once make exactly one booking. Idempotent per request.
    /// </summary>
    Task<CommandResult> TakePlaceAsync(Guid placementDateId, Guid requestId);

    /// <summary>Gives a cancelled booking's place back. Idempotent.</summary>
    Task ReleasePlaceAsync(Guid placementDateId, Guid requestId);

    /// <summary>Closed requests that housekeeping moved out of the live index, newest first.</summary>
    Task<IReadOnlyList<PlacementRequestSummary>> GetArchivedRequestsAsync();

    /// <summary>Subscribes a web process's observer to dashboard changes; renew well inside the expiry.</summary>
    Task SubscribeAsync(ISchoolDashboardObserver observer);

    Task UnsubscribeAsync(ISchoolDashboardObserver observer);

    /// <summary>
    /// Validates and publishes the school's profile: the school becomes on-boarded, its DBS policy is the profile's,
    /// and its notifications go to the profile's admin contact email.
    /// </summary>
    Task<CommandResult> UpdateProfileAsync(UpdateSchoolProfile command);

    /// <summary>The published profile, normalised as stored; null until one is published.</summary>
    Task<SchoolProfileDetails?> GetProfileDetailsAsync();
}
