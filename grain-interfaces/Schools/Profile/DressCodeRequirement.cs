namespace SchoolExperience.GrainInterfaces.Schools.Profile;

[GenerateSerializer, Alias("se.dress-code-requirement")]
public enum DressCodeRequirement
{
    BusinessDress = 0,
    CoverTattoos = 1,
    RemovePiercings = 2,
    SmartCasual = 3,
    Other = 4,
}
