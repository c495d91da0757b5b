using System.Collections;

namespace SchoolExperience.GrainInterfaces.PlacementRequests.Content;

/// <summary>
/// A fixed list of names a candidate chooses from. Matching ignores case and surrounding spaces, because a
/// no-JavaScript fallback or an API caller may send "physics" for "Physics"; what is stored is the listed name.
/// </summary>
public sealed class ReferenceList(IReadOnlyList<string> names) : IReadOnlyList<string>
{
    private readonly Dictionary<string, string> _byName =
        names.ToDictionary(name => name, name => name, StringComparer.OrdinalIgnoreCase);

    public int Count => names.Count;

    public string this[int index] => names[index];

    /// <summary>The listed spelling of <paramref name="value"/>, or null when it is not on the list.</summary>
    public string? Find(string? value) =>
        value is not null && _byName.TryGetValue(value.Trim(), out var name) ? name : null;

    public bool Contains(string? value) => Find(value) is not null;

    public IEnumerator<string> GetEnumerator() => names.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
