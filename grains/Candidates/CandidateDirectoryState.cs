namespace SchoolExperience.Grains.Candidates;

[GenerateSerializer, Alias("se.candidate-directory-state")]
public sealed class CandidateDirectoryState
{
    [Id(0)] public Guid CandidateId { get; set; }
}
