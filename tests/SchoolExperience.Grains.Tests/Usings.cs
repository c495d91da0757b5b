// The classes share one cluster and move its business clock; they run one at a time.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
