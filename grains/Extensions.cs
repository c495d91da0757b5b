using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using SchoolExperience.Grains.Candidates;
using SchoolExperience.Grains.Common;
using SchoolExperience.Grains.PlacementRequests;
using SchoolExperience.Grains.Notifications;
using SchoolExperience.Grains.Notifications.Recording;
using SchoolExperience.Grains.Schools;

namespace SchoolExperience.Grains;

public static class Extensions
{
    /// <summary>Registers what the grains need besides Orleans itself: options, the clock and the email provider.</summary>
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
        services.AddOptions<EmailOptions>()
            .Bind(configuration.GetSection(EmailOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        // The plain clock is for operational timing (email retries and back-off); business deadlines use the keyed one.
        services.TryAddSingleton(TimeProvider.System);
        // Records instead of sending until the email issue brings the real providers (GOV.UK Notify, SMTP,
        // a mail folder); tests replace it with one shared by every silo of their cluster.
        services.AddSingleton<IEmailSender, RecordingEmailSender>();
        return services;
    }
}
