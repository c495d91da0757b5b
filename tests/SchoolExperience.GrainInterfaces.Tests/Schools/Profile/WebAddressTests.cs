using SchoolExperience.GrainInterfaces.Schools.Profile;

namespace SchoolExperience.GrainInterfaces.Tests.Schools.Profile;

public sealed class WebAddressTests
{
    [Theory]
    [InlineData("https://www.example.com")]
    [InlineData("http://example.com/teacher-training?year=2025")]
    [InlineData("HTTPS://school.example.org.uk/access")]
    public void IsValid_HttpOrHttpsAddress_IsTrue(string value) => Assert.True(WebAddress.IsValid(value));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("www.example.com")]
    [InlineData("ftp://example.com")]
    [InlineData("mailto:office@example.com")]
    [InlineData("http:example.com")]
    [InlineData("https://localhost/page")]
    [InlineData("https://exa mple.com")]
    [InlineData("javascript:alert(1)")]
    [InlineData("/relative/page")]
    public void IsValid_AnythingElse_IsFalse(string? value) => Assert.False(WebAddress.IsValid(value));
}
