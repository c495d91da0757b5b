using SchoolExperience.GrainInterfaces.Notifications;

namespace SchoolExperience.Grains.PlacementRequests;

/// <summary>
/// Tells a candidate their request reached the school (Notify's CandidateRequestConfirmationNoPii). It names
/// the school only: the request's personal details stay in the service, not in a mailbox.
/// </summary>
public sealed record CandidateRequestReceivedEmail
{
    public const string TemplateKey = "candidate-request-received";

    public required string SchoolName { get; init; }

    public EmailMessage ToMessage(string to, DateTimeOffset createdAt) => new()
    {
        Id = Guid.NewGuid(),
        To = to,
        TemplateKey = TemplateKey,
        Personalisation = new Dictionary<string, string> { ["school_name"] = SchoolName },
        CreatedAt = createdAt,
    };
}
