// Each test builds its own cluster on its own database; running them side by side on two cores makes
// failure-detection and reminder timings flaky, so they run one after another.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
