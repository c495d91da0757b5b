namespace SchoolExperience.GrainInterfaces.Schools.Profile;

/// <summary>The primary key stages a school offers experience in.</summary>
[GenerateSerializer, Alias("se.key-stage")]
public enum KeyStage
{
    EarlyYears = 0,
    KeyStage1 = 1,
    KeyStage2 = 2,
}
