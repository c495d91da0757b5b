using SchoolExperience.GrainInterfaces.Common;

namespace SchoolExperience.GrainInterfaces.Tests;

internal static class Expect
{
    /// <summary>Asserts exactly one error, with this field name and this message.</summary>
    public static void OnlyError(string field, string message, IReadOnlyList<FieldError> errors) =>
        Assert.Equal(new FieldError { Field = field, Message = message }, Assert.Single(errors));
}
