// Each test class builds its own cluster on its own database; running classes side by side on two cores
// makes failure-detection timings flaky, so the classes run one after another.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
