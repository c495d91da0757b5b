using SchoolExperience.GrainInterfaces.Schools;
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
    public static readonly IReadOnlyList<(long Urn, RegisterSchool School, SetAvailability Availability)> Schools =
    [
        (100001, new RegisterSchool { Name = "Oakfield Primary School", Town = "Leeds", Postcode = "LS6 2AA", Enabled = true },
            new SetAvailability { Mode = AvailabilityMode.Flexible, FlexibleDescription = "Tuesdays and Thursdays in term time", DbsPolicy = DbsPolicy.NotRequired }),
        (100002, new RegisterSchool { Name = "Riverside Academy", Town = "Bristol", Postcode = "BS1 5TR", Enabled = true },
            new SetAvailability { Mode = AvailabilityMode.FixedDates, DbsPolicy = DbsPolicy.RequiredForInSchoolOnly }),
        (100003, new RegisterSchool { Name = "St Anne's Church of England School", Town = "Norwich", Postcode = "NR2 1PB", Enabled = true },
            new SetAvailability { Mode = AvailabilityMode.Flexible, FlexibleDescription = "Any weekday in the summer term", DbsPolicy = DbsPolicy.Required }),
    ];

    public async Task Execute(CancellationToken cancellationToken)
    {
        foreach (var (urn, school, availability) in Schools)
        {
            var grain = grains.GetGrain<ISchoolGrain>(urn);
            if (await grain.GetProfileAsync() is not null)
            {
                continue;
            }

            await grain.RegisterAsync(school);
            await grain.SetAvailabilityAsync(availability);
            if (availability.Mode == AvailabilityMode.FixedDates)
            {
                await AddDatesAsync(grain);
            }
        }

        logger.LogInformation("Demo schools ready: {Urns}", string.Join(", ", Schools.Select(s => s.Urn)));
    }

    private async Task AddDatesAsync(ISchoolGrain school)
    {
        var next = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime).AddDays(14);
        for (var i = 0; i < 3; i++, next = next.AddDays(7))
        {
            var date = next.DayOfWeek switch { DayOfWeek.Saturday => next.AddDays(2), DayOfWeek.Sunday => next.AddDays(1), _ => next };
            await school.AddPlacementDateAsync(new AddPlacementDate
            {
                Id = Guid.NewGuid(),
                Date = date,
                Places = 3,
                Virtual = i == 2,
            });
        }
    }
}
