using SchoolExperience.GrainInterfaces.PlacementRequests.Rules;
using SchoolExperience.GrainInterfaces.Schools;
using Fields = SchoolExperience.GrainInterfaces.PlacementRequests.Rules.PlacementRequestFields;

namespace SchoolExperience.GrainInterfaces.Tests.PlacementRequests.Rules;

public sealed class DbsRulesTests
{
    private const string NeedsCertificate = "This school needs you to have a DBS certificate";
    private const string NeedsCertificateInSchool =
        "This school needs you to have a DBS certificate for experience in school";

    // Every policy × certificate × virtual combination: 4 × 2 × 2 = 16 rows.
    [Theory]
    [InlineData(DbsPolicy.Required, true, false, null)]
    [InlineData(DbsPolicy.Required, true, true, null)]
    [InlineData(DbsPolicy.Required, false, false, NeedsCertificate)]
    [InlineData(DbsPolicy.Required, false, true, NeedsCertificate)]
    [InlineData(DbsPolicy.RequiredForInSchoolOnly, true, false, null)]
    [InlineData(DbsPolicy.RequiredForInSchoolOnly, true, true, null)]
    [InlineData(DbsPolicy.RequiredForInSchoolOnly, false, false, NeedsCertificateInSchool)]
    [InlineData(DbsPolicy.RequiredForInSchoolOnly, false, true, null)]
    [InlineData(DbsPolicy.NotRequired, true, false, null)]
    [InlineData(DbsPolicy.NotRequired, true, true, null)]
    [InlineData(DbsPolicy.NotRequired, false, false, null)]
    [InlineData(DbsPolicy.NotRequired, false, true, null)]
    [InlineData(DbsPolicy.SchoolArrangesIt, true, false, null)]
    [InlineData(DbsPolicy.SchoolArrangesIt, true, true, null)]
    [InlineData(DbsPolicy.SchoolArrangesIt, false, false, null)]
    [InlineData(DbsPolicy.SchoolArrangesIt, false, true, null)]
    public void Check_PolicyCertificateAndExperience_AllowsOrGivesTheReason(DbsPolicy policy, bool hasCertificate,
        bool experienceIsVirtual, string? expected)
    {
        // Act
        var refusal = DbsRules.Check(policy, hasCertificate, experienceIsVirtual);

        // Assert
        Assert.Equal(expected, refusal);
    }

    [Fact]
    public void Check_UnknownPolicyWithoutCertificate_Refuses()
    {
        // Act
        var refusal = DbsRules.Check((DbsPolicy)9, hasCertificate: false, experienceIsVirtual: true);

        // Assert
        Assert.Equal(NeedsCertificate, refusal);
    }

    [Fact]
    public void ValidateAnswer_Unanswered_AsksForAnAnswer()
    {
        // Act
        var errors = DbsRules.ValidateAnswer(null);

        // Assert
        Expect.OnlyError(Fields.HasDbsCertificate, "Select yes if you have a DBS certificate", errors);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void ValidateAnswer_Answered_HasNoErrors(bool hasCertificate)
    {
        // Act
        var errors = DbsRules.ValidateAnswer(hasCertificate);

        // Assert
        Assert.Empty(errors);
    }
}
