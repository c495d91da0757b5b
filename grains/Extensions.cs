using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
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
        services.AddSingleton(TimeProvider.System);
        return services;
    }
}
