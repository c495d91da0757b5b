using System.Security.Cryptography;
using System.Text;

namespace SchoolExperience.Grains.Candidates;

/// <summary>The directory key for an email address: an HMAC of the normalised address, hex encoded.</summary>
public static class CandidateEmailKey
{
    public static string For(string email, string secret)
    {
        var normalised = email.Trim().ToLowerInvariant();
        var hash = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(normalised));
        return Convert.ToHexStringLower(hash);
    }
}
