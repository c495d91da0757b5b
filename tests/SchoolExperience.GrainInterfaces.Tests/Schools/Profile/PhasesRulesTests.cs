using SchoolExperience.GrainInterfaces.Schools.Profile;
using Fields = SchoolExperience.GrainInterfaces.Schools.Profile.ProfileFields;

namespace SchoolExperience.GrainInterfaces.Tests.Schools.Profile;

public sealed class PhasesRulesTests
{
    [Fact]
    public void Validate_PrimaryAndSecondaryWithKeyStagesAndSubjects_HasNoErrors()
    {
        // Act
        var errors = PhasesRules.Validate(ValidProfile.Phases);

        // Assert
        Assert.Empty(errors);
    }

    [Fact]
    public void Validate_NoPhase_AsksForOneAndNothingElse()
    {
        // Act
        var errors = PhasesRules.Validate(new PhasesAndSubjects { Phases = [] });

        // Assert
        Expect.OnlyError(Fields.Phases, "Select at least one phase", errors);
    }

    [Fact]
    public void Validate_UnknownPhase_AsksForAPhase()
    {
        // Act
        var errors = PhasesRules.Validate(ValidProfile.Phases with { Phases = [(SchoolPhase)99] });

        // Assert
        Expect.OnlyError(Fields.Phases, "Select at least one phase", errors);
    }

    [Fact]
    public void Validate_PrimaryWithoutKeyStages_AsksForAKeyStage()
    {
        // Act
        var errors = PhasesRules.Validate(new PhasesAndSubjects { Phases = [SchoolPhase.Primary] });

        // Assert
        Expect.OnlyError(Fields.KeyStages, "Select at least one key stage", errors);
    }

    [Fact]
    public void Validate_UnknownKeyStage_AsksForAKeyStage()
    {
        // Act
        var errors = PhasesRules.Validate(ValidProfile.Phases with { KeyStages = [(KeyStage)7] });

        // Assert
        Expect.OnlyError(Fields.KeyStages, "Select at least one key stage", errors);
    }

    [Theory]
    [InlineData(SchoolPhase.Secondary)]
    [InlineData(SchoolPhase.College)]
    [InlineData(SchoolPhase.SecondaryAndCollege)]
    public void Validate_BeyondPrimaryWithoutSubjects_AsksForASubject(SchoolPhase phase)
    {
        // Act
        var errors = PhasesRules.Validate(new PhasesAndSubjects { Phases = [phase] });

        // Assert
        Expect.OnlyError(Fields.Subjects, "Select at least one subject", errors);
    }

    [Fact]
    public void Validate_SubjectNotOnTheList_AsksForListedSubjects()
    {
        // Act
        var errors = PhasesRules.Validate(ValidProfile.Phases with { Subjects = ["Physics", "Astrology"] });

        // Assert
        Expect.OnlyError(Fields.Subjects, "Select subjects from the list", errors);
    }

    [Fact]
    public void Validate_PrimaryOnlyWithoutSubjects_HasNoErrors()
    {
        // Act
        var errors = PhasesRules.Validate(new PhasesAndSubjects { Phases = [SchoolPhase.Primary], KeyStages = [KeyStage.KeyStage1] });

        // Assert
        Assert.Empty(errors);
    }

    [Fact]
    public void Normalise_SecondaryOnly_DropsKeyStagesAndSpellsSubjectsAsListed()
    {
        // Arrange
        var phases = new PhasesAndSubjects
        {
            Phases = [SchoolPhase.Secondary, SchoolPhase.Secondary],
            KeyStages = [KeyStage.KeyStage1],
            Subjects = [" physics ", "Physics", "mathematics"],
        };

        // Act
        var normalised = PhasesRules.Normalise(phases);

        // Assert
        Assert.Equal([SchoolPhase.Secondary], normalised.Phases);
        Assert.Empty(normalised.KeyStages);
        Assert.Equal(["Physics", "Mathematics"], normalised.Subjects);
    }

    [Fact]
    public void Normalise_PrimaryOnly_DropsSubjectsAndRepeatedKeyStages()
    {
        // Arrange
        var phases = new PhasesAndSubjects
        {
            Phases = [SchoolPhase.Primary],
            KeyStages = [KeyStage.KeyStage1, KeyStage.KeyStage1],
            Subjects = ["Physics"],
        };

        // Act
        var normalised = PhasesRules.Normalise(phases);

        // Assert
        Assert.Equal([KeyStage.KeyStage1], normalised.KeyStages);
        Assert.Empty(normalised.Subjects);
    }
}
