using SchoolExperience.GrainInterfaces.PlacementRequests.Rules;
using SchoolExperience.GrainInterfaces.Schools;
using Fields = SchoolExperience.GrainInterfaces.PlacementRequests.Rules.PlacementRequestFields;

namespace SchoolExperience.GrainInterfaces.Tests.PlacementRequests.Rules;

public sealed class PlacementChoiceRulesTests
{
    private static readonly Guid DateId = Guid.Parse("0f8fad5b-d9cb-469f-a165-70867728950e");

    [Fact]
    public void Validate_FlexibleWithAvailabilityOf149Words_HasNoErrors()
    {
        // Act
        var errors = PlacementChoiceRules.Validate(AvailabilityMode.Flexible, Valid.WordsOf(149), null, null);

        // Assert
        Assert.Empty(errors);
    }

    [Fact]
    public void Validate_FlexibleWithAvailabilityOf150Words_ReportsTooMany()
    {
        // Act
        var errors = PlacementChoiceRules.Validate(AvailabilityMode.Flexible, Valid.WordsOf(150), null, null);

        // Assert
        Expect.OnlyError(Fields.Availability, "Your availability must be fewer than 150 words", errors);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("  ")]
    public void Validate_FlexibleWithoutAvailability_ReportsMissing(string? availability)
    {
        // Act
        var errors = PlacementChoiceRules.Validate(AvailabilityMode.Flexible, availability, null, null);

        // Assert
        Expect.OnlyError(Fields.Availability, "Enter your availability", errors);
    }

    [Fact]
    public void Validate_FlexibleWithADate_RefusesTheDate()
    {
        // Act
        var errors = PlacementChoiceRules.Validate(AvailabilityMode.Flexible, "Mondays", DateId, null);

        // Assert
        Expect.OnlyError(Fields.PlacementDateId, "This school does not offer fixed dates", errors);
    }

    [Fact]
    public void Validate_FlexibleWithASubject_RefusesTheSubject()
    {
        // Act
        var errors = PlacementChoiceRules.Validate(AvailabilityMode.Flexible, "Mondays", null, "Physics");

        // Assert
        Expect.OnlyError(Fields.PlacementSubject, "This school does not offer fixed dates", errors);
    }

    [Fact]
    public void Validate_FixedWithADate_HasNoErrors()
    {
        // Act
        var errors = PlacementChoiceRules.Validate(AvailabilityMode.FixedDates, null, DateId, null);

        // Assert
        Assert.Empty(errors);
    }

    [Theory]
    [InlineData("Physics")]
    [InlineData("physics")]
    public void Validate_FixedWithADateAndListedSubject_HasNoErrors(string subject)
    {
        // Act
        var errors = PlacementChoiceRules.Validate(AvailabilityMode.FixedDates, "", DateId, subject);

        // Assert
        Assert.Empty(errors);
    }

    [Fact]
    public void Validate_FixedWithoutADate_AsksForADate()
    {
        // Act
        var errors = PlacementChoiceRules.Validate(AvailabilityMode.FixedDates, null, null, null);

        // Assert
        Expect.OnlyError(Fields.PlacementDateId, "Select a date", errors);
    }

    [Fact]
    public void Validate_FixedWithEmptyGuid_AsksForADate()
    {
        // Act
        var errors = PlacementChoiceRules.Validate(AvailabilityMode.FixedDates, null, Guid.Empty, null);

        // Assert
        Expect.OnlyError(Fields.PlacementDateId, "Select a date", errors);
    }

    [Fact]
    public void Validate_FixedWithUnlistedSubject_ReportsNotOnTheList()
    {
        // Act
        var errors = PlacementChoiceRules.Validate(AvailabilityMode.FixedDates, null, DateId, "Astronomy");

        // Assert
        Expect.OnlyError(Fields.PlacementSubject, "Select a subject from the list", errors);
    }

    [Fact]
    public void Validate_FixedWithAvailabilityText_RefusesTheText()
    {
        // Act
        var errors = PlacementChoiceRules.Validate(AvailabilityMode.FixedDates, "Mondays", DateId, null);

        // Assert
        Expect.OnlyError(Fields.Availability, "This school only offers the dates it has published", errors);
    }

    [Fact]
    public void Validate_UnknownMode_Throws()
    {
        // Act
        var act = () => PlacementChoiceRules.Validate((AvailabilityMode)7, "Mondays", null, null);

        // Assert
        Assert.Throws<ArgumentOutOfRangeException>(act);
    }
}
