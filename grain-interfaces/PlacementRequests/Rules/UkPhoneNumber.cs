using System.Diagnostics.CodeAnalysis;
using PhoneNumbers;

namespace SchoolExperience.GrainInterfaces.PlacementRequests.Rules;

/// <summary>
/// UK telephone numbers, checked against libphonenumber's numbering plan: anything in the +44 plan that it
/// knows to be allocated (the Channel Islands and the Isle of Man share the plan and some mobile ranges, so the
/// country code decides, not the region). Stored as E.164, shown in national format.
/// </summary>
public static class UkPhoneNumber
{
    private const int UkCountryCode = 44;
    private const string UkRegion = "GB";

    // Ofcom keeps these ranges for drama and documentation, and GOV.UK's own examples use them; libphonenumber
    // treats them as unallocated. Accepting them lets hints, demo data and tests use numbers that ring no one.
    // (The London 020 7946 0xxx and other geographic drama ranges already pass as allocated.)
    private static readonly (ulong From, ulong To)[] ReservedForDrama =
    [
        (7700_900_000, 7700_900_999),
        (1632_960_000, 1632_960_999),
    ];

    private static readonly PhoneNumberUtil Util = PhoneNumberUtil.GetInstance();

    /// <summary>The number in E.164 ("+447700900123"), when it is a UK number without an extension.</summary>
    public static bool TryNormalise(string? input, [NotNullWhen(true)] out string? e164)
    {
        e164 = null;
        if (string.IsNullOrWhiteSpace(input))
        {
            return false;
        }

        PhoneNumber number;
        try
        {
            number = Util.Parse(input, UkRegion);
        }
        catch (NumberParseException)
        {
            return false;
        }

        // An extension has nowhere to go in E.164; refusing it beats silently dropping it.
        if (number.CountryCode != UkCountryCode || number.HasExtension
            || !(Util.IsValidNumber(number) || IsReservedForDrama(number)))
        {
            return false;
        }

        e164 = Util.Format(number, PhoneNumberFormat.E164);
        return true;
    }

    /// <summary>How a UK number is shown to people ("07700 900123"); anything unparsable is shown as stored.</summary>
    public static string Display(string stored)
    {
        try
        {
            return Util.Format(Util.Parse(stored, UkRegion), PhoneNumberFormat.NATIONAL);
        }
        catch (NumberParseException)
        {
            return stored;
        }
    }

    private static bool IsReservedForDrama(PhoneNumber number) =>
        ReservedForDrama.Any(range => number.NationalNumber >= range.From && number.NationalNumber <= range.To);
}
