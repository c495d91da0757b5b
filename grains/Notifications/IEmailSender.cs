using SchoolExperience.GrainInterfaces.Notifications;

namespace SchoolExperience.Grains.Notifications;

/// <summary>
/// Hands a message to an email provider (GOV.UK Notify, SMTP, a mail folder). Implementations pass
/// <see cref="EmailMessage.Id"/> to the provider (Notify's <c>reference</c>), so the message can be found again.
/// </summary>
public interface IEmailSender
{
    /// <summary>The provider's receipt once it has accepted the message; throws when it did not.</summary>
    Task<EmailReceipt> SendAsync(EmailMessage message, CancellationToken cancellationToken);

    /// <summary>
    /// The receipt of a message the provider already accepted under this id, or null when it holds none.
    /// Asked before a message is sent again, because an attempt that was cut short may still have reached
    /// the provider (Notify lists notifications by the reference the client gave).
    /// </summary>
    Task<EmailReceipt?> FindSentAsync(Guid messageId, CancellationToken cancellationToken);
}
