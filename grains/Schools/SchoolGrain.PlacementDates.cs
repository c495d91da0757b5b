using SchoolExperience.GrainInterfaces.Common;
using SchoolExperience.GrainInterfaces.Schools;
using SchoolExperience.Grains.Common;

namespace SchoolExperience.Grains.Schools;

/// <summary>Published dates and their places. The grain runs one call at a time, which is what makes places safe.</summary>
public sealed partial class SchoolGrain
{
    public async Task<CommandResult> AddPlacementDateAsync(AddPlacementDate command)
    {
        if (!State.Registered)
        {
            return NotRegistered();
        }

        if (State.PlacementDates.ContainsKey(command.Id))
        {
            return CommandResult.Done;
        }

        var errors = PlacementDateRules.Validate(command, LondonCalendar.Today(_time));
        if (errors.Count > 0)
        {
            return CommandResult.Invalid(errors);
        }

        State.PlacementDates[command.Id] = new PlacementDateState
        {
            Id = command.Id,
            Date = command.Date,
            DurationDays = command.DurationDays,
            Virtual = command.Virtual,
            Subjects = [.. command.Subjects],
            Places = command.Places,
            ListingOpensDaysBefore = command.ListingOpensDaysBefore,
            ListingClosesDaysBefore = command.ListingClosesDaysBefore,
        };
        await _state.SaveOrDeactivateAsync(this);
        return CommandResult.Done;
    }

    public async Task<CommandResult> ClosePlacementDateAsync(Guid placementDateId)
    {
        if (!State.PlacementDates.TryGetValue(placementDateId, out var date))
        {
            return CommandResult.NotFound("There is no such placement date");
        }

        if (!date.Closed)
        {
            date.Closed = true;
            await _state.SaveOrDeactivateAsync(this);
        }

        return CommandResult.Done;
    }

    public Task<IReadOnlyList<PlacementDateView>> GetPlacementDatesAsync()
    {
        var today = LondonCalendar.Today(_time);
        IReadOnlyList<PlacementDateView> dates = State.PlacementDates.Values
            .OrderBy(d => d.Date)
            .Select(d => new PlacementDateView
            {
                Id = d.Id,
                Date = d.Date,
                DurationDays = d.DurationDays,
                Virtual = d.Virtual,
                Subjects = d.Subjects,
                Places = d.Places,
                PlacesTaken = d.Holders.Count,
                Closed = d.Closed,
                Available = d.IsListedOn(today) && !d.IsFull,
            })
            .ToList();
        return Task.FromResult(dates);
    }

    public async Task<CommandResult> TakePlaceAsync(Guid placementDateId, Guid requestId)
    {
        if (!State.PlacementDates.TryGetValue(placementDateId, out var date))
        {
            return CommandResult.Refused(Refusal.DateNotAvailable, "That date is no longer offered");
        }

        if (date.Holders.Contains(requestId))
        {
            return CommandResult.Done;
        }

        if (date.Closed || date.Date <= LondonCalendar.Today(_time))
        {
            return CommandResult.Refused(Refusal.DateNotAvailable, $"{date.Date:d MMMM yyyy} is no longer offered");
        }

        if (date.IsFull)
        {
            return CommandResult.Refused(Refusal.DateFull, $"There are no places left on {date.Date:d MMMM yyyy}");
        }

        date.Holders.Add(requestId);
        await _state.SaveOrDeactivateAsync(this);
        return CommandResult.Done;
    }

    public async Task ReleasePlaceAsync(Guid placementDateId, Guid requestId)
    {
        if (State.PlacementDates.TryGetValue(placementDateId, out var date) && date.Holders.Remove(requestId))
        {
            await _state.SaveOrDeactivateAsync(this);
        }
    }
}
