namespace SchoolExperience.Silo.Hosting;

/// <summary>A setting the silo cannot start with; the message says which one and how to fix it.</summary>
public sealed class SiloConfigurationException(string message) : Exception(message);
