using SchoolExperience.GrainInterfaces.Schools;

namespace SchoolExperience.Silo.Demo;

/// <summary>
/// Registers a few schools so a newcomer can try the service at once (./run.sh turns it on with
/// Demo__Seed=true). Registering is idempotent, so it is safe on every start and on every silo.
/// </summary>
public sealed class DemoSchoolsStartupTask(IGrainFactory grains, ILogger<DemoSchoolsStartupTask> logger) : IStartupTask
{
    public static readonly IReadOnlyList<(long Urn, RegisterSchool School)> Schools =
    [
        (100001, new RegisterSchool { Name = "Oakfield Primary School", Town = "Leeds", Postcode = "LS6 2AA", Enabled = true }),
        (100002, new RegisterSchool { Name = "Riverside Academy", Town = "Bristol", Postcode = "BS1 5TR", Enabled = true }),
        (100003, new RegisterSchool { Name = "St Anne's Church of England School", Town = "Norwich", Postcode = "NR2 1PB", Enabled = true }),
    ];

    public async Task Execute(CancellationToken cancellationToken)
    {
        foreach (var (urn, school) in Schools)
        {
            var grain = grains.GetGrain<ISchoolGrain>(urn);
            if (await grain.GetProfileAsync() is null)
            {
                await grain.RegisterAsync(school);
            }
        }

        logger.LogInformation("Demo schools ready: {Urns}", string.Join(", ", Schools.Select(s => s.Urn)));
    }
}
