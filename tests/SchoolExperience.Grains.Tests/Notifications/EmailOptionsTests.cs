using System.ComponentModel.DataAnnotations;
using SchoolExperience.Grains.Notifications;

namespace SchoolExperience.Grains.Tests.Notifications;

public sealed class EmailOptionsTests
{
    [Fact]
    public void RetryDelayAfter_NothingConfigured_FollowsNotifyThenGivesUpAfterSevenRetries()
    {
        // Arrange
        var options = new EmailOptions();

        // Act
        var delays = Enumerable.Range(1, 8).Select(options.RetryDelayAfter).ToList();

        // Assert
        Assert.Equal(
            [
                TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(10), TimeSpan.FromHours(1), TimeSpan.FromHours(2),
                TimeSpan.FromHours(4), TimeSpan.FromHours(4), TimeSpan.FromHours(4), null,
            ],
            delays);
    }

    [Fact]
    public void RetryDelayAfter_DelaysConfigured_UsesThemThenGivesUp()
    {
        // Arrange
        var options = new EmailOptions { RetryDelays = [TimeSpan.FromSeconds(5)] };

        // Act + Assert
        Assert.Equal(TimeSpan.FromSeconds(5), options.RetryDelayAfter(1));
        Assert.Null(options.RetryDelayAfter(2));
    }

    [Fact]
    public void Validate_ZeroDelay_IsRefused()
    {
        // Arrange
        var options = new EmailOptions { RetryDelays = [TimeSpan.FromSeconds(5), TimeSpan.Zero] };

        // Act
        var results = new List<ValidationResult>();
        var valid = Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true);

        // Assert
        Assert.False(valid);
        Assert.Contains(nameof(EmailOptions.RetryDelays), results.Single().MemberNames);
    }
}
