using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;
using SchoolExperience.GrainInterfaces.PlacementRequests.Content;

namespace SchoolExperience.GrainInterfaces.Tests.PlacementRequests.Content;

public sealed class PlacementRequestContentSerializationTests
{
    [Fact]
    public void RoundTrip_FullContent_ComesBackEqual()
    {
        // Arrange: every optional part filled, so a property without an [Id] would come back empty
        using var services = new ServiceCollection().AddSerializer().BuildServiceProvider();
        var serializer = services.GetRequiredService<Serializer>();
        var content = Valid.FixedDateContent with
        {
            Availability = "Mondays",
            Education = new EducationDetails
            {
                DegreeStage = DegreeStage.Other,
                DegreeStageExplanation = "Sabbatical",
                DegreeSubject = "Law",
            },
        };

        // Act
        var copy = serializer.Deserialize<PlacementRequestContent>(serializer.SerializeToArray(content));

        // Assert
        Assert.Equal(content, copy);
    }
}
