using SchoolExperience.GrainInterfaces.Notifications;

namespace SchoolExperience.Grains.Notifications;

/// <summary>
/// The emails a grain owes but has not yet handed to their <see cref="IEmailGrain"/>s. A grain keeps one in its
/// own state, so an email is saved in the same write as the change it tells of; see <see cref="Outbox"/>.
/// </summary>
[GenerateSerializer, Alias("se.outbox-state")]
public sealed class OutboxState
{
    [Id(0)] public List<EmailMessage> Pending { get; set; } = [];
}
