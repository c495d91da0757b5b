namespace SchoolExperience.GrainInterfaces.Schools.Profile;

/// <summary>The phases a school offers experience in.</summary>
[GenerateSerializer, Alias("se.school-phase")]
public enum SchoolPhase
{
    Primary = 0,
    Secondary = 1,
    /// <summary>College, ages 16 to 18.</summary>
    College = 2,
    SecondaryAndCollege = 3,
}
