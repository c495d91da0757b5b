using SchoolExperience.GrainInterfaces.PlacementRequests.Rules;
using Fields = SchoolExperience.GrainInterfaces.PlacementRequests.Rules.PlacementRequestFields;

namespace SchoolExperience.GrainInterfaces.Tests.PlacementRequests.Rules;

public sealed class ObjectivesRulesTests
{
    [Fact]
    public void Validate_149Words_HasNoErrors()
    {
        // Act
        var errors = ObjectivesRules.Validate(Valid.WordsOf(149));

        // Assert
        Assert.Empty(errors);
    }

    [Fact]
    public void Validate_150Words_ReportsTooMany()
    {
        // Act
        var errors = ObjectivesRules.Validate(Valid.WordsOf(150));

        // Assert
        Expect.OnlyError(Fields.Objectives, "What you want to get out of it must be fewer than 150 words", errors);
    }

    [Fact]
    public void Validate_149WordsAcrossLinesAndExtraSpaces_HasNoErrors()
    {
        // Arrange
        var text = "  " + string.Join("\n\n  ", Enumerable.Repeat("word", 149)) + "\t";

        // Act
        var errors = ObjectivesRules.Validate(text);

        // Assert
        Assert.Empty(errors);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" \n ")]
    public void Validate_Missing_ReportsMissing(string? objectives)
    {
        // Act
        var errors = ObjectivesRules.Validate(objectives);

        // Assert
        Expect.OnlyError(Fields.Objectives, "Enter what you want to get out of your school experience", errors);
    }
}
