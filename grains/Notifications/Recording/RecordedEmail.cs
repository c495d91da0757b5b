using SchoolExperience.GrainInterfaces.Notifications;

namespace SchoolExperience.Grains.Notifications.Recording;

/// <summary>A message the recording provider accepted, with the receipt it gave.</summary>
public sealed record RecordedEmail(EmailMessage Message, EmailReceipt Receipt);
