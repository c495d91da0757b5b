using SchoolExperience.GrainInterfaces.Common;
using SchoolExperience.GrainInterfaces.Schools;
using static SchoolExperience.GrainInterfaces.PlacementRequests.Rules.Checks;
using Fields = SchoolExperience.GrainInterfaces.PlacementRequests.Rules.PlacementRequestFields;

namespace SchoolExperience.GrainInterfaces.PlacementRequests.Rules;

/// <summary>
/// The DBS question, and whether a school's DBS policy lets a candidate ask at all. A candidate without a
/// certificate may still ask a school that does not need one, that arranges the check itself, or that needs
/// one only in school when the experience is virtual.
/// </summary>
public static class DbsRules
{
    /// <summary>For the page: the question must be answered before the answer becomes a bool.</summary>
    public static IReadOnlyList<FieldError> ValidateAnswer(bool? hasDbsCertificate) =>
        hasDbsCertificate is null ? [Error(Fields.HasDbsCertificate, "Select yes if you have a DBS certificate")] : [];

    /// <summary>Null when the candidate may ask; otherwise why not, in words the candidate sees.</summary>
    public static string? Check(DbsPolicy policy, bool hasCertificate, bool experienceIsVirtual) =>
        (policy, hasCertificate, experienceIsVirtual) switch
        {
            (_, true, _) => null,
            (DbsPolicy.NotRequired, _, _) => null,
            (DbsPolicy.SchoolArrangesIt, _, _) => null,
            (DbsPolicy.RequiredForInSchoolOnly, _, true) => null,
            (DbsPolicy.RequiredForInSchoolOnly, _, false) =>
                "This school needs you to have a DBS certificate for experience in school",
            // Required, and any value this build does not know: refusing is the safe side.
            _ => "This school needs you to have a DBS certificate",
        };
}
