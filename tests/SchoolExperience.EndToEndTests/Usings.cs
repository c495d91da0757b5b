global using static Microsoft.Playwright.Assertions;

// One service and one browser for every class; the classes run one after another on two cores.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
