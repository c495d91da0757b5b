using System.ComponentModel.DataAnnotations;

namespace SchoolExperience.Grains.Notifications;

public sealed class EmailOptions : IValidatableObject
{
    public const string Section = "Email";

    /// <summary>
    /// GOV.UK Notify's own advice, which the existing service follows: retry a server error up to 7 times,
    /// after 1 min, 10 min, 1 h, 2 h, then 4 h. Eight attempts in all, over about 15 hours.
    /// </summary>
    public static readonly IReadOnlyList<TimeSpan> NotifyRetryDelays =
    [
        TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(10), TimeSpan.FromHours(1), TimeSpan.FromHours(2),
        TimeSpan.FromHours(4), TimeSpan.FromHours(4), TimeSpan.FromHours(4),
    ];

    /// <summary>
    /// The wait after each failed attempt, in order; when a failure has no wait left the email is Failed.
    /// Unset means <see cref="NotifyRetryDelays"/>. (An array with no default, because configuration binding
    /// appends to a collection that already has items.)
    /// </summary>
    public TimeSpan[]? RetryDelays { get; set; }

    /// <summary>
    /// How often an unsent email wakes to see whether its next attempt is due. A minute is the reminder
    /// service's floor and a small error on the shortest wait; the first attempt does not wait for it.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "01:00:00")]
    public TimeSpan ReminderPeriod { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// The longest one attempt may take. It bounds how long a hung provider holds the email grain, and an
    /// attempt cut short (its silo died) is not followed up until this has passed, so a slow call that is
    /// still running elsewhere is not overtaken.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:10:00")]
    public TimeSpan SendTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long to wait after the attempt numbered <paramref name="attempts"/> failed; null: give up.</summary>
    public TimeSpan? RetryDelayAfter(int attempts)
    {
        IReadOnlyList<TimeSpan> delays = RetryDelays ?? NotifyRetryDelays;
        return attempts >= 1 && attempts <= delays.Count ? delays[attempts - 1] : null;
    }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (RetryDelays?.Any(d => d <= TimeSpan.Zero) == true)
        {
            yield return new ValidationResult("Every retry delay must be longer than zero.", [nameof(RetryDelays)]);
        }
    }
}
