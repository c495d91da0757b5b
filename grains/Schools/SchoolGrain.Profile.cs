using SchoolExperience.GrainInterfaces.Common;
using SchoolExperience.GrainInterfaces.Schools;
using SchoolExperience.GrainInterfaces.Schools.Profile;

using SchoolExperience.Grains.Common;

namespace SchoolExperience.Grains.Schools;

/// <summary>The school's published profile, and what publishing it changes for requests and notifications.</summary>
public sealed partial class SchoolGrain
{
    public async Task<CommandResult> UpdateProfileAsync(UpdateSchoolProfile command)
    {
        if (!State.Registered)
        {
            return NotRegistered();
        }

        var errors = ProfileRules.Validate(command.Details);
        if (errors.Count > 0)
        {
            return CommandResult.Invalid(errors);
        }

        var details = ProfileRules.Normalise(command.Details);
        State.Details = details;
        State.Onboarded = true;
        // Submissions check the state's policy and request emails go to the state's address: the profile sets both.
        State.DbsPolicy = details.Dbs.Policy;
        State.ContactEmail = details.AdminContact.Email;
        await _state.SaveOrDeactivateAsync(this);
        return CommandResult.Done;
    }

    public Task<SchoolProfileDetails?> GetProfileDetailsAsync() => Task.FromResult(State.Details);
}
