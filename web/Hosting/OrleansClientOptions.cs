namespace SchoolExperience.Web.Hosting;

public sealed class OrleansClientOptions
{
    public const string Section = "Orleans";

    /// <summary>
    /// A page waits at most this long for a grain. Orleans' default of 30 s would hold a request that far
    /// when its silo dies mid-call; a few seconds is ample for a grain call and lets the page fail fast.
    /// </summary>
    public TimeSpan ResponseTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How often the list of gateways is re-read from the membership table, so new silos are used.</summary>
    public TimeSpan GatewayListRefreshPeriod { get; set; } = TimeSpan.FromSeconds(10);
}
