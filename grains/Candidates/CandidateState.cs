using SchoolExperience.GrainInterfaces.Candidates;

namespace SchoolExperience.Grains.Candidates;

[GenerateSerializer, Alias("se.candidate-state")]
public sealed class CandidateState
{
    [Id(0)] public Dictionary<Guid, CandidateRequestEntry> Requests { get; set; } = [];
    [Id(1)] public CandidateDetails? Details { get; set; }
}
