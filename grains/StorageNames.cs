namespace SchoolExperience.Grains;

/// <summary>Grain-storage provider names; the silo registers providers under these.</summary>
public static class StorageNames
{
    public const string Main = "main";
}
