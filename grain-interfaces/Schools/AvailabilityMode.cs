namespace SchoolExperience.GrainInterfaces.Schools;

/// <summary>How a school offers experience: candidates describe when they are free, or pick a published date.</summary>
[GenerateSerializer, Alias("se.availability-mode")]
public enum AvailabilityMode
{
    Flexible = 0,
    FixedDates = 1,
}
