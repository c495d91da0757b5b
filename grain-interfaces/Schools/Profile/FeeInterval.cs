namespace SchoolExperience.GrainInterfaces.Schools.Profile;

[GenerateSerializer, Alias("se.fee-interval")]
public enum FeeInterval
{
    Daily = 0,
    OneOff = 1,
}
