namespace SchoolExperience.Grains.Common;

/// <summary>
/// The business clock is a keyed TimeProvider of its own, so tests can move it days ahead without moving the
/// clock Orleans runs its membership, timers and reminders on.
/// </summary>
public static class Clocks
{
    public const string Business = "business";
}
