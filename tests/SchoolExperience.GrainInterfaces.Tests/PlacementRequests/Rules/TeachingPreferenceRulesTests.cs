using SchoolExperience.GrainInterfaces.PlacementRequests.Content;
using SchoolExperience.GrainInterfaces.PlacementRequests.Rules;
using Fields = SchoolExperience.GrainInterfaces.PlacementRequests.Rules.PlacementRequestFields;

namespace SchoolExperience.GrainInterfaces.Tests.PlacementRequests.Rules;

public sealed class TeachingPreferenceRulesTests
{
    [Fact]
    public void Validate_StageAndTwoDifferentSubjects_HasNoErrors()
    {
        // Act
        var errors = TeachingPreferenceRules.Validate(Valid.TeachingPreference);

        // Assert
        Assert.Empty(errors);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void Validate_NoSecondChoice_HasNoErrors(string? second)
    {
        // Act
        var errors = TeachingPreferenceRules.Validate(Valid.TeachingPreference with { SecondChoiceSubject = second });

        // Assert
        Assert.Empty(errors);
    }

    [Fact]
    public void Validate_NoStage_ReportsMissingStage()
    {
        // Act
        var errors = TeachingPreferenceRules.Validate(Valid.TeachingPreference with { TeachingStage = null });

        // Assert
        Expect.OnlyError(Fields.TeachingStage, "Select a teaching stage", errors);
    }

    [Fact]
    public void Validate_UnknownStage_ReportsMissingStage()
    {
        // Act
        var errors = TeachingPreferenceRules.Validate(
            Valid.TeachingPreference with { TeachingStage = (TeachingStage)42 });

        // Assert
        Expect.OnlyError(Fields.TeachingStage, "Select a teaching stage", errors);
    }

    [Fact]
    public void Validate_NoFirstChoice_ReportsMissingFirstChoice()
    {
        // Act
        var errors = TeachingPreferenceRules.Validate(
            Valid.TeachingPreference with { FirstChoiceSubject = "", SecondChoiceSubject = null });

        // Assert
        Expect.OnlyError(Fields.FirstChoiceSubject, "Select a first choice subject", errors);
    }

    [Fact]
    public void Validate_FirstChoiceNotOnTheList_ReportsNotOnTheList()
    {
        // Act
        var errors = TeachingPreferenceRules.Validate(Valid.TeachingPreference with { FirstChoiceSubject = "Astronomy" });

        // Assert
        Expect.OnlyError(Fields.FirstChoiceSubject, "Select a first choice subject from the list", errors);
    }

    [Fact]
    public void Validate_SecondChoiceNotOnTheList_ReportsNotOnTheList()
    {
        // Act
        var errors = TeachingPreferenceRules.Validate(Valid.TeachingPreference with { SecondChoiceSubject = "Astronomy" });

        // Assert
        Expect.OnlyError(Fields.SecondChoiceSubject, "Select a second choice subject from the list", errors);
    }

    [Theory]
    [InlineData("Mathematics")]
    [InlineData(" mathematics ")]
    public void Validate_SecondChoiceSameAsFirst_AsksForADifferentSubject(string second)
    {
        // Act
        var errors = TeachingPreferenceRules.Validate(Valid.TeachingPreference with { SecondChoiceSubject = second });

        // Assert
        Expect.OnlyError(Fields.SecondChoiceSubject,
            "Select a second choice subject that is different from your first choice", errors);
    }

    [Fact]
    public void Normalise_TypedSubjects_TakeTheListedSpelling()
    {
        // Arrange
        var preference = Valid.TeachingPreference with { FirstChoiceSubject = " art AND design", SecondChoiceSubject = "" };

        // Act
        var normalised = TeachingPreferenceRules.Normalise(preference);

        // Assert
        Assert.Equal(TeachingStage.VerySureThinkWillApply, normalised.TeachingStage);
        Assert.Equal("Art and design", normalised.FirstChoiceSubject);
        Assert.Null(normalised.SecondChoiceSubject);
    }
}
