namespace SchoolExperience.GrainInterfaces.Schools;

/// <summary>Whether a school publishes fixed dates with places, or describes when it is flexible.</summary>
[GenerateSerializer, Alias("se.availability-mode")]
public enum AvailabilityMode
{
    Flexible = 0,
    FixedDates = 1,
}
