using SchoolExperience.GrainInterfaces.PlacementRequests.Content;
using SchoolExperience.GrainInterfaces.PlacementRequests.Rules;
using Fields = SchoolExperience.GrainInterfaces.PlacementRequests.Rules.PlacementRequestFields;

namespace SchoolExperience.GrainInterfaces.Tests.PlacementRequests.Rules;

public sealed class EducationRulesTests
{
    [Theory]
    [InlineData(DegreeStage.GraduateOrPostgraduate)]
    [InlineData(DegreeStage.FinalYear)]
    [InlineData(DegreeStage.SecondYear)]
    [InlineData(DegreeStage.FirstYear)]
    public void Validate_StudyingOrGraduatedWithSubject_HasNoErrors(DegreeStage stage)
    {
        // Act
        var errors = EducationRules.Validate(Valid.Education with { DegreeStage = stage });

        // Assert
        Assert.Empty(errors);
    }

    [Fact]
    public void Validate_NoStage_ReportsMissingStage()
    {
        // Act
        var errors = EducationRules.Validate(Valid.Education with { DegreeStage = null });

        // Assert
        Expect.OnlyError(Fields.DegreeStage, "Select a degree stage", errors);
    }

    [Fact]
    public void Validate_UnknownStage_ReportsMissingStage()
    {
        // Act
        var errors = EducationRules.Validate(Valid.Education with { DegreeStage = (DegreeStage)99 });

        // Assert
        Expect.OnlyError(Fields.DegreeStage, "Select a degree stage", errors);
    }

    [Fact]
    public void Validate_OtherWithExplanationAt300Characters_HasNoErrors()
    {
        // Arrange
        var education = Valid.Education with
        {
            DegreeStage = DegreeStage.Other,
            DegreeStageExplanation = Valid.Text(300),
        };

        // Act
        var errors = EducationRules.Validate(education);

        // Assert
        Assert.Empty(errors);
    }

    [Fact]
    public void Validate_OtherWithExplanationOf301Characters_ReportsTooLong()
    {
        // Arrange
        var education = Valid.Education with
        {
            DegreeStage = DegreeStage.Other,
            DegreeStageExplanation = Valid.Text(301),
        };

        // Act
        var errors = EducationRules.Validate(education);

        // Assert
        Expect.OnlyError(Fields.DegreeStageExplanation, "Details of your degree stage must be 300 characters or fewer",
            errors);
    }

    [Fact]
    public void Validate_OtherWithoutExplanation_AsksForExplanation()
    {
        // Arrange
        var education = Valid.Education with { DegreeStage = DegreeStage.Other, DegreeStageExplanation = " " };

        // Act
        var errors = EducationRules.Validate(education);

        // Assert
        Expect.OnlyError(Fields.DegreeStageExplanation, "Enter details of your degree stage", errors);
    }

    [Fact]
    public void Validate_ExplanationLeftBehindForAnotherStage_HasNoErrors()
    {
        // Arrange: a conditional reveal still posts its hidden field
        var education = Valid.Education with { DegreeStageExplanation = Valid.Text(400) };

        // Act
        var errors = EducationRules.Validate(education);

        // Assert
        Assert.Empty(errors);
    }

    [Fact]
    public void Validate_NoDegreeWithoutSubject_HasNoErrors()
    {
        // Arrange
        var education = new EducationDetails { DegreeStage = DegreeStage.NoDegreeAndNotStudying };

        // Act
        var errors = EducationRules.Validate(education);

        // Assert
        Assert.Empty(errors);
    }

    [Fact]
    public void Validate_NoDegreeWithSubject_AsksToLeaveSubjectEmpty()
    {
        // Arrange
        var education = Valid.Education with { DegreeStage = DegreeStage.NoDegreeAndNotStudying };

        // Act
        var errors = EducationRules.Validate(education);

        // Assert
        Expect.OnlyError(Fields.DegreeSubject,
            "Leave the degree subject empty if you do not have a degree and are not studying for one", errors);
    }

    [Fact]
    public void Validate_StudyingWithoutSubject_ReportsMissingSubject()
    {
        // Act
        var errors = EducationRules.Validate(Valid.Education with { DegreeSubject = "" });

        // Assert
        Expect.OnlyError(Fields.DegreeSubject, "Select a degree subject", errors);
    }

    [Fact]
    public void Validate_SubjectNotOnTheList_ReportsNotOnTheList()
    {
        // Act
        var errors = EducationRules.Validate(Valid.Education with { DegreeSubject = "Underwater basket weaving" });

        // Assert
        Expect.OnlyError(Fields.DegreeSubject, "Select a degree subject from the list", errors);
    }

    [Theory]
    [InlineData("Other")]
    [InlineData("physics")]
    [InlineData(" Law ")]
    public void Validate_SubjectOnTheListInAnyCase_HasNoErrors(string subject)
    {
        // Act
        var errors = EducationRules.Validate(Valid.Education with { DegreeSubject = subject });

        // Assert
        Assert.Empty(errors);
    }

    [Fact]
    public void Validate_NothingAnswered_ReportsStageAndSubject()
    {
        // Act
        var errors = EducationRules.Validate(new EducationDetails());

        // Assert
        Assert.Equal(
            [(Fields.DegreeStage, "Select a degree stage"), (Fields.DegreeSubject, "Select a degree subject")],
            errors.Select(e => (e.Field, e.Message)));
    }

    [Fact]
    public void Normalise_ExplanationForAnotherStage_IsDropped()
    {
        // Act
        var normalised = EducationRules.Normalise(Valid.Education with { DegreeStageExplanation = "Sabbatical" });

        // Assert
        Assert.Null(normalised.DegreeStageExplanation);
    }

    [Fact]
    public void Normalise_OtherStage_KeepsTrimmedExplanationAndListedSubjectSpelling()
    {
        // Arrange
        var education = new EducationDetails
        {
            DegreeStage = DegreeStage.Other,
            DegreeStageExplanation = "  Open University, part time ",
            DegreeSubject = " computer SCIENCE",
        };

        // Act
        var normalised = EducationRules.Normalise(education);

        // Assert
        Assert.Equal(DegreeStage.Other, normalised.DegreeStage);
        Assert.Equal("Open University, part time", normalised.DegreeStageExplanation);
        Assert.Equal("Computer science", normalised.DegreeSubject);
    }

    [Fact]
    public void Normalise_EmptySubject_IsNull()
    {
        // Act
        var normalised = EducationRules.Normalise(
            new EducationDetails { DegreeStage = DegreeStage.NoDegreeAndNotStudying, DegreeSubject = "  " });

        // Assert
        Assert.Null(normalised.DegreeSubject);
    }
}
