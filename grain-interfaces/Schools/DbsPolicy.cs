namespace SchoolExperience.GrainInterfaces.Schools;

/// <summary>What a school asks of a candidate's DBS (criminal record) check.</summary>
[GenerateSerializer, Alias("se.dbs-policy")]
public enum DbsPolicy
{
    Required = 0,
    /// <summary>Needed for experience in the school building, not for virtual experience.</summary>
    RequiredForInSchoolOnly = 1,
    NotRequired = 2,
    /// <summary>The school gets the check done itself (the old service's "charges a DBS fee").</summary>
    SchoolArrangesIt = 3,
}
