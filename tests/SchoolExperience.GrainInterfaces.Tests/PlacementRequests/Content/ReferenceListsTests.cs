using SchoolExperience.GrainInterfaces.PlacementRequests.Content;

namespace SchoolExperience.GrainInterfaces.Tests.PlacementRequests.Content;

public sealed class ReferenceListsTests
{
    [Fact]
    public void SchoolSubjects_All_AreTheThirtySubjectsOfTheServiceReplaced()
    {
        // Act
        var subjects = SchoolSubjects.All;

        // Assert
        Assert.Equal(30, subjects.Count);
        Assert.Equal("Art and design", subjects[0]);
        Assert.Contains("Primary", subjects);
        Assert.Equal("Vocational health", subjects[^1]);
    }

    [Fact]
    public void DegreeSubjects_All_EndWithOther()
    {
        // Act
        var subjects = DegreeSubjects.All;

        // Assert
        Assert.InRange(subjects.Count, 60, 80);
        Assert.Equal(DegreeSubjects.Other, subjects[^1]);
    }

    [Theory]
    [InlineData("physics", "Physics")]
    [InlineData("  Design AND technology ", "Design and technology")]
    [InlineData("Astronomy", null)]
    [InlineData("", null)]
    [InlineData(null, null)]
    public void Find_Name_GivesTheListedSpellingOrNull(string? value, string? expected)
    {
        // Act
        var found = SchoolSubjects.All.Find(value);

        // Assert
        Assert.Equal(expected, found);
    }

    [Fact]
    public void DegreeStages_Labels_AreTheOnesCandidatesSee()
    {
        // Act
        var labels = DegreeStages.All.Select(DegreeStages.Label);

        // Assert
        Assert.Equal(
            [
                "Graduate or postgraduate",
                "Final year",
                "Second year",
                "First year",
                "I don’t have a degree and am not studying for one",
                "Other",
            ],
            labels);
    }

    [Fact]
    public void TeachingStages_Labels_RunFromJustAnIdeaToAccepted()
    {
        // Act
        var labels = TeachingStages.All.Select(TeachingStages.Label);

        // Assert
        Assert.Equal(
            [
                "It’s just an idea",
                "I’m not sure and finding out more",
                "I’m fairly sure and exploring my options",
                "I’m very sure and think I’ll apply",
                "I’ve applied for teacher training",
                "I’ve been accepted onto a teacher training course",
            ],
            labels);
    }

    [Fact]
    public void DegreeStages_All_CoverEveryValue()
    {
        // Assert
        Assert.Equal(Enum.GetValues<DegreeStage>(), DegreeStages.All);
        Assert.Equal(Enum.GetValues<TeachingStage>(), TeachingStages.All);
    }
}
