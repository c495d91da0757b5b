using SchoolExperience.GrainInterfaces.Schools;
using SchoolExperience.GrainInterfaces.Schools.Profile;

namespace SchoolExperience.Testing;

/// <summary>A short profile that passes every rule, for tests that need a published school with a given DBS policy.</summary>
public static class TestProfiles
{
    public static SchoolProfileDetails Minimal(DbsPolicy dbs, string contactEmail) => new()
    {
        PhasesAndSubjects = new PhasesAndSubjects { Phases = [SchoolPhase.Secondary], Subjects = ["Biology", "Mathematics"] },
        CandidateRequirements = new CandidateRequirements { Requirements = [] },
        Description = "A school that welcomes visitors.",
        Parking = new Parking { OnSite = true, Details = "Visitor spaces by the gate" },
        Schedule = new ExperienceSchedule { StartTime = new TimeOnly(8, 30), EndTime = new TimeOnly(15, 30) },
        ExperienceOutline = "Observe lessons and help in class.",
        TeacherTraining = new TeacherTraining { Offers = false },
        Dbs = new DbsRequirement { Policy = dbs, PolicyText = "We follow the law on DBS checks." },
        Fees = [],
        AccessNeeds = new AccessNeeds { Supported = false, DisabilityConfident = false },
        AdminContact = new AdminContact { Phone = "0114 496 0000", Email = contactEmail },
    };
}
