namespace SchoolExperience.Grains.Notifications;

public static class EmailReminders
{
    /// <summary>Wakes an email that is not yet sent; registered when it is queued, removed once sent or failed.</summary>
    public const string Delivery = "email-delivery";
}
