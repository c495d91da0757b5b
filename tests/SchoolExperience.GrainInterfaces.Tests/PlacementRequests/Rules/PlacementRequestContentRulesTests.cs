using SchoolExperience.GrainInterfaces.PlacementRequests.Content;
using SchoolExperience.GrainInterfaces.PlacementRequests.Rules;
using SchoolExperience.GrainInterfaces.Schools;
using Fields = SchoolExperience.GrainInterfaces.PlacementRequests.Rules.PlacementRequestFields;

namespace SchoolExperience.GrainInterfaces.Tests.PlacementRequests.Rules;

public sealed class PlacementRequestContentRulesTests
{
    [Fact]
    public void Validate_CompleteFlexibleRequest_HasNoErrors()
    {
        // Act
        var errors = PlacementRequestContentRules.Validate(Valid.FlexibleContent, AvailabilityMode.Flexible);

        // Assert
        Assert.Empty(errors);
    }

    [Fact]
    public void Validate_CompleteFixedDateRequest_HasNoErrors()
    {
        // Act
        var errors = PlacementRequestContentRules.Validate(Valid.FixedDateContent, AvailabilityMode.FixedDates);

        // Assert
        Assert.Empty(errors);
    }

    [Fact]
    public void Validate_FlexibleRequestSentToFixedDateSchool_ReportsThePlacementChoice()
    {
        // Act
        var errors = PlacementRequestContentRules.Validate(Valid.FlexibleContent, AvailabilityMode.FixedDates);

        // Assert
        Assert.Equal(
            [
                (Fields.PlacementDateId, "Select a date"),
                (Fields.Availability, "This school only offers the dates it has published"),
            ],
            errors.Select(e => (e.Field, e.Message)));
    }

    [Fact]
    public void Validate_NothingAnswered_ReportsEveryQuestionWithItsDottedFieldName()
    {
        // Arrange
        var content = new PlacementRequestContent
        {
            Contact = new ContactDetails
            {
                FirstName = "",
                LastName = "",
                Email = "",
                Address = new PostalAddress { Building = "", TownOrCity = "", Postcode = "" },
                Phone = "",
            },
            Education = new EducationDetails(),
            TeachingPreference = new TeachingPreference { FirstChoiceSubject = "" },
            Objectives = "",
            HasDbsCertificate = false,
        };

        // Act
        var errors = PlacementRequestContentRules.Validate(content, AvailabilityMode.Flexible);

        // Assert
        Assert.Equal(
            [
                ("Contact.FirstName", "Enter your first name"),
                ("Contact.LastName", "Enter your last name"),
                ("Contact.Email", "Enter your email address"),
                ("Contact.Address.Building", "Enter your building name or number"),
                ("Contact.Address.TownOrCity", "Enter your town or city"),
                ("Contact.Address.Postcode", "Enter your postcode"),
                ("Contact.Phone", "Enter a UK telephone number"),
                ("Education.DegreeStage", "Select a degree stage"),
                ("Education.DegreeSubject", "Select a degree subject"),
                ("TeachingPreference.TeachingStage", "Select a teaching stage"),
                ("TeachingPreference.FirstChoiceSubject", "Select a first choice subject"),
                ("Objectives", "Enter what you want to get out of your school experience"),
                ("Availability", "Enter your availability"),
            ],
            errors.Select(e => (e.Field, e.Message)));
    }

    [Fact]
    public void Normalise_TypedRequest_StoresEveryFieldInItsStoredForm()
    {
        // Arrange
        var content = Valid.FixedDateContent with
        {
            Contact = Valid.Contact with
            {
                FirstName = " Ada ",
                Address = Valid.Address with { Street = " ", Postcode = "sw1a2aa" },
                Phone = "+44 7700 900123",
            },
            Education = Valid.Education with { DegreeSubject = "mathematics", DegreeStageExplanation = "left over" },
            TeachingPreference = Valid.TeachingPreference with { SecondChoiceSubject = "" },
            Objectives = "  To learn.  ",
            Availability = "   ",
            PlacementSubject = " physics ",
        };

        // Act
        var normalised = PlacementRequestContentRules.Normalise(content);

        // Assert
        Assert.Equal("Ada", normalised.Contact.FirstName);
        Assert.Null(normalised.Contact.Address.Street);
        Assert.Equal("SW1A 2AA", normalised.Contact.Address.Postcode);
        Assert.Equal("+447700900123", normalised.Contact.Phone);
        Assert.Equal("Mathematics", normalised.Education.DegreeSubject);
        Assert.Null(normalised.Education.DegreeStageExplanation);
        Assert.Null(normalised.TeachingPreference.SecondChoiceSubject);
        Assert.Equal("To learn.", normalised.Objectives);
        Assert.Null(normalised.Availability);
        Assert.Equal(Valid.FixedDateContent.PlacementDateId, normalised.PlacementDateId);
        Assert.Equal("Physics", normalised.PlacementSubject);
        Assert.True(normalised.HasDbsCertificate);
    }

    [Fact]
    public void Normalise_EmptyDateId_IsNull()
    {
        // Act
        var normalised = PlacementRequestContentRules.Normalise(
            Valid.FixedDateContent with { PlacementDateId = Guid.Empty });

        // Assert
        Assert.Null(normalised.PlacementDateId);
    }

    [Fact]
    public void Normalise_Twice_ChangesNothingMore()
    {
        // Arrange
        var once = PlacementRequestContentRules.Normalise(Valid.FlexibleContent with
        {
            Contact = Valid.Contact with { Address = Valid.Address with { Postcode = "gir0aa" }, Phone = "020 7946 0018" },
        });

        // Act
        var twice = PlacementRequestContentRules.Normalise(once);

        // Assert
        Assert.Equal(once, twice);
    }

    [Fact]
    public void Validate_BeforeAndAfterNormalising_GivesTheSameErrors()
    {
        // Arrange: valid values as typed, and invalid ones that normalising only trims
        var content = Valid.FlexibleContent with
        {
            Contact = Valid.Contact with
            {
                Address = Valid.Address with { Postcode = "sw1a 2aa", County = Valid.Text(51) },
                Phone = " +33 1 23 45 67 89 ",
            },
            Education = Valid.Education with { DegreeStage = DegreeStage.NoDegreeAndNotStudying },
        };

        // Act
        var before = PlacementRequestContentRules.Validate(content, AvailabilityMode.Flexible);
        var after = PlacementRequestContentRules.Validate(
            PlacementRequestContentRules.Normalise(content), AvailabilityMode.Flexible);

        // Assert
        Assert.Equal(3, before.Count);
        Assert.Equal(before, after);
    }
}
