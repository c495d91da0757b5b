namespace SchoolExperience.GrainInterfaces.Schools.Profile;

[GenerateSerializer, Alias("se.fee-kind")]
public enum FeeKind
{
    Administration = 0,
    Dbs = 1,
    Other = 2,
}
