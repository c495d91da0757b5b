using SchoolExperience.GrainInterfaces.Common;
using SchoolExperience.GrainInterfaces.Schools;
using SchoolExperience.GrainInterfaces.Schools.Profile;
using SchoolExperience.Grains.Common;

namespace SchoolExperience.Silo.Demo;

/// <summary>
/// Registers a few schools so a newcomer can try the service at once (./run.sh turns it on with
/// Demo__Seed=true): two flexible schools and one that publishes dates with a few places each.
/// Only a school not yet registered is seeded, so restarts and extra silos change nothing.
/// </summary>
public sealed class DemoSchoolsStartupTask(
    IGrainFactory grains,
    [FromKeyedServices(Clocks.Business)] TimeProvider time,
    ILogger<DemoSchoolsStartupTask> logger)
    : IStartupTask
{
    public static readonly IReadOnlyList<(long Urn, RegisterSchool School, SetAvailability Availability, SchoolPhase Phase, DbsPolicy Dbs)> Schools =
    [
        (100001, new RegisterSchool { Name = "Oakfield Primary School", Town = "Leeds", Postcode = "LS6 2AA", Enabled = true },
            new SetAvailability { Mode = AvailabilityMode.Flexible, FlexibleDescription = "Tuesdays and Thursdays in term time" },
            SchoolPhase.Primary, DbsPolicy.NotRequired),
        (100002, new RegisterSchool { Name = "Riverside Academy", Town = "Bristol", Postcode = "BS1 5TR", Enabled = true },
            new SetAvailability { Mode = AvailabilityMode.FixedDates }, SchoolPhase.Secondary, DbsPolicy.RequiredForInSchoolOnly),
        (100003, new RegisterSchool { Name = "St Anne's Church of England School", Town = "Norwich", Postcode = "NR2 1PB", Enabled = true },
            new SetAvailability { Mode = AvailabilityMode.Flexible, FlexibleDescription = "Any weekday in the summer term" },
            SchoolPhase.Secondary, DbsPolicy.Required),
    ];

    public async Task Execute(CancellationToken cancellationToken)
    {
        foreach (var (urn, school, availability, phase, dbs) in Schools)
        {
            var grain = grains.GetGrain<ISchoolGrain>(urn);
            if (await grain.GetProfileAsync() is not null)
            {
                continue;
            }

            Ensure(await grain.RegisterAsync(school));
            Ensure(await grain.SetAvailabilityAsync(availability));
            Ensure(await grain.UpdateProfileAsync(new UpdateSchoolProfile
            {
                Actor = Actor.System,
                Details = DemoProfiles.For(school.Name, phase, dbs, $"school-experience@{urn}.demo.example"),
            }));
            if (availability.Mode == AvailabilityMode.FixedDates)
            {
                await AddDatesAsync(grain);
            }
        }

        logger.LogInformation("Demo schools ready: {Urns}", string.Join(", ", Schools.Select(s => s.Urn)));
    }

    /// <summary>Demo data that breaks a rule is a bug here, not something to start without.</summary>
    private static void Ensure(CommandResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(
                $"Demo data was refused: {result.Reason} {string.Join("; ", result.Errors.Select(e => $"{e.Field}: {e.Message}"))}");
        }
    }

    /// <summary>Three Tuesdays, three weeks ahead and on, clear of the Christmas holidays.</summary>
    private async Task AddDatesAsync(ISchoolGrain school)
    {
        var first = NextTuesday(DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime).AddDays(21));
        if ((first.Month == 12 && first.Day >= 18) || (first.Month == 1 && first.Day <= 5))
        {
            first = NextTuesday(new DateOnly(first.Month == 12 ? first.Year + 1 : first.Year, 1, 6));
        }

        for (var week = 0; week < 3; week++)
        {
            Ensure(await school.AddPlacementDateAsync(new AddPlacementDate
            {
                Id = Guid.NewGuid(),
                Date = first.AddDays(7 * week),
                Places = 3,
                Virtual = week == 2,
            }));
        }
    }

    private static DateOnly NextTuesday(DateOnly from) =>
        from.AddDays(((int)DayOfWeek.Tuesday - (int)from.DayOfWeek + 7) % 7);
}
