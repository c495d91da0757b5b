using SchoolExperience.GrainInterfaces.Common;
using SchoolExperience.GrainInterfaces.Schools.Profile;

namespace SchoolExperience.GrainInterfaces.Schools;

/// <summary>Publishes the school's profile: it is validated, stored, and the school is on-boarded.</summary>
[GenerateSerializer, Immutable, Alias("se.update-school-profile")]
public sealed record UpdateSchoolProfile
{
    [Id(0)] public required Actor Actor { get; init; }
    [Id(1)] public required SchoolProfileDetails Details { get; init; }
}
