namespace SchoolExperience.Testing;

/// <summary>Polls until a condition holds, for behaviour that happens on a timer, reminder or another process.</summary>
public static class Eventually
{
    public static async Task<T> ValueAsync<T>(Func<Task<T>> read, Func<T, bool> done, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        Exception? last = null;
        while (DateTime.UtcNow < deadline)
        {
            try
            {
                var value = await read();
                if (done(value))
                {
                    return value;
                }

                last = null;
            }
            catch (Exception e)
            {
                // A cluster that is recovering may refuse a call or two; keep asking until the deadline.
                last = e;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"The condition did not hold within {timeout}.", last);
    }
}
