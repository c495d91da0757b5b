using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SchoolExperience.Grains.Candidates;
using SchoolExperience.Grains.Common;
using SchoolExperience.Grains.PlacementRequests;
using SchoolExperience.Grains.Schools;

namespace SchoolExperience.Grains;

public static class Extensions
{
    /// <summary>Registers what the grains need besides Orleans itself: options and the clock.</summary>
    public static IServiceCollection AddSchoolExperienceGrains(this IServiceCollection services,
        IConfiguration configuration)
    {
        services.AddOptions<SchoolOptions>()
            .Bind(configuration.GetSection(SchoolOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddOptions<PlacementRequestOptions>()
            .Bind(configuration.GetSection(PlacementRequestOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddOptions<CandidateOptions>()
            .Bind(configuration.GetSection(CandidateOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddKeyedSingleton(Clocks.Business, TimeProvider.System);
        return services;
    }
}
