namespace SchoolExperience.Grains.Schools;

[GenerateSerializer, Alias("se.placement-date-state")]
public sealed class PlacementDateState
{
    [Id(0)] public Guid Id { get; set; }
    [Id(1)] public DateOnly Date { get; set; }
    [Id(2)] public int DurationDays { get; set; }
    [Id(3)] public bool Virtual { get; set; }
    [Id(4)] public List<string> Subjects { get; set; } = [];
    [Id(5)] public int Places { get; set; }
    [Id(6)] public int ListingOpensDaysBefore { get; set; }
    [Id(7)] public int ListingClosesDaysBefore { get; set; }
    [Id(8)] public bool Closed { get; set; }
    /// <summary>The requests holding a place: the count of places taken, and what makes taking one idempotent.</summary>
    [Id(9)] public HashSet<Guid> Holders { get; set; } = [];

    public bool IsListedOn(DateOnly today) =>
        !Closed
        && Date > today
        && today >= Date.AddDays(-ListingOpensDaysBefore)
        && today <= Date.AddDays(-ListingClosesDaysBefore);

    public bool IsFull => Holders.Count >= Places;
}
