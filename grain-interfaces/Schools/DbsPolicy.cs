namespace SchoolExperience.GrainInterfaces.Schools;

/// <summary>What a school asks of candidates about a DBS certificate.</summary>
[GenerateSerializer, Alias("se.dbs-policy")]
public enum DbsPolicy
{
    Required = 0,
    RequiredForInSchoolOnly = 1,
    NotRequired = 2,
    SchoolArrangesIt = 3,
}
