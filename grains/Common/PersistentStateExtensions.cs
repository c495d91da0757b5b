namespace SchoolExperience.Grains.Common;

public static class PersistentStateExtensions
{
    /// <summary>
    /// Writes the state; if the write fails, the activation is dropped after this call, because it holds
    /// changes storage never saw. The next call then reads what is really stored, and the caller still gets
    /// the failure (success is never reported before the write).
    /// </summary>
    public static async Task SaveOrDeactivateAsync<T>(this IPersistentState<T> state, IGrainBase grain)
    {
        try
        {
            await state.WriteStateAsync();
        }
        catch
        {
            grain.DeactivateOnIdle();
            throw;
        }
    }
}
