namespace SchoolExperience.Grains.Schools;

public static class SchoolReminders
{
    public const string Housekeeping = "housekeeping";
}
