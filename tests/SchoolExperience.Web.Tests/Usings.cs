// The page and relay tests share one cluster and web process per collection and run one class at a time:
// two cores do not run several clusters side by side reliably.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
