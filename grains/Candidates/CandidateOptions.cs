using System.ComponentModel.DataAnnotations;

namespace SchoolExperience.Grains.Candidates;

public sealed class CandidateOptions
{
    public const string Section = "Candidates";

    /// <summary>
    /// The secret for the keyed hash that turns an email address into a directory key. Keep it stable and
    /// secret: changing it loses the link from addresses to existing candidates.
    /// </summary>
    [Required, MinLength(16)]
    public string EmailKey { get; set; } = "";

    /// <summary>How many requests a candidate may have open at once, across all schools.</summary>
    [Range(1, 100)]
    public int MaxOpenRequests { get; set; } = 3;
}
