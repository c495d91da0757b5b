using SchoolExperience.GrainInterfaces.Schools;
using SchoolExperience.GrainInterfaces.Schools.Profile;

namespace SchoolExperience.Silo.Demo;

/// <summary>Believable published profiles for the demo schools, differing where a visitor would notice.</summary>
public static class DemoProfiles
{
    public static SchoolProfileDetails For(string schoolName, SchoolPhase phase, DbsPolicy dbs, string contactEmail) => new()
    {
        PhasesAndSubjects = phase == SchoolPhase.Primary
            ? new PhasesAndSubjects { Phases = [SchoolPhase.Primary], KeyStages = [KeyStage.KeyStage1, KeyStage.KeyStage2] }
            : new PhasesAndSubjects { Phases = [phase], Subjects = ["Mathematics", "English", "Biology", "History"] },
        CandidateRequirements = new CandidateRequirements { Requirements = [CandidateRequirement.HasOrWorkingTowardsDegree] },
        Description = $"{schoolName} welcomes people who are thinking about teaching.",
        DressCode = new DressCode { Requirements = [DressCodeRequirement.SmartCasual] },
        Parking = new Parking { OnSite = false, Details = "Street parking nearby; the bus stops outside." },
        Schedule = new ExperienceSchedule { StartTime = new TimeOnly(8, 30), EndTime = new TimeOnly(15, 30) },
        ExperienceOutline = "Observe lessons, help in small-group work and talk to teachers about training.",
        TeacherTraining = new TeacherTraining { Offers = false },
        Dbs = new DbsRequirement { Policy = dbs, PolicyText = "Ask us if you are unsure what you need." },
        Fees = [],
        AccessNeeds = new AccessNeeds { Supported = true, Detail = "Step-free entrance and lifts.", DisabilityConfident = true },
        AdminContact = new AdminContact { Phone = "0113 496 0000", Email = contactEmail },
    };
}
