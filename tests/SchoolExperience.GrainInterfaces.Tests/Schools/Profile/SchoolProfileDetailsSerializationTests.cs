using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;
using SchoolExperience.GrainInterfaces.Schools.Profile;

namespace SchoolExperience.GrainInterfaces.Tests.Schools.Profile;

/// <summary>The profile crosses the wire with Orleans' serializer and is stored as JSON; both must keep every part.</summary>
public sealed class SchoolProfileDetailsSerializationTests
{
    [Fact]
    public void RoundTrip_OrleansSerializer_KeepsEveryPart()
    {
        // Arrange: every optional part filled, so a property without an [Id] would come back empty
        using var services = new ServiceCollection().AddSerializer().BuildServiceProvider();
        var serializer = services.GetRequiredService<Serializer>();

        // Act
        var copy = serializer.Deserialize<SchoolProfileDetails>(serializer.SerializeToArray(ValidProfile.Details));

        // Assert: lists compare by reference in records, so compare the JSON forms
        Assert.Equal(JsonSerializer.Serialize(ValidProfile.Details), JsonSerializer.Serialize(copy));
    }

    [Fact]
    public void RoundTrip_Json_KeepsEveryPart()
    {
        // Act
        var json = JsonSerializer.Serialize(ValidProfile.Details);
        var copy = JsonSerializer.Deserialize<SchoolProfileDetails>(json);

        // Assert
        Assert.Equal(json, JsonSerializer.Serialize(copy));
    }
}
