namespace SchoolExperience.GrainInterfaces.PlacementRequests;

[GenerateSerializer, Alias("se.placement-request-status")]
public enum PlacementRequestStatus
{
    New = 0,
}
