using SchoolExperience.GrainInterfaces.Common;
using static SchoolExperience.GrainInterfaces.PlacementRequests.Rules.Checks;
using Fields = SchoolExperience.GrainInterfaces.Schools.Profile.ProfileFields;

namespace SchoolExperience.GrainInterfaces.Schools.Profile;

public static class TeacherTrainingRules
{
    public static IReadOnlyList<FieldError> Validate(TeacherTraining training)
    {
        var errors = new List<FieldError>();
        if (!training.Offers)
        {
            return errors;
        }

        if (string.IsNullOrWhiteSpace(training.Details))
        {
            errors.Add(Error(Fields.TeacherTrainingDetails, "Enter details of the teacher training you offer"));
        }

        if (string.IsNullOrWhiteSpace(training.Url))
        {
            errors.Add(Error(Fields.TeacherTrainingUrl, "Enter the web address of your teacher training information"));
        }
        else if (!WebAddress.IsValid(training.Url.Trim()))
        {
            errors.Add(Error(Fields.TeacherTrainingUrl, WebAddress.FormatMessage));
        }

        return errors;
    }

    public static TeacherTraining Normalise(TeacherTraining training) => new()
    {
        Offers = training.Offers,
        Details = training.Offers ? Tidy(training.Details) : null,
        Url = training.Offers ? Tidy(training.Url) : null,
    };
}
