using SchoolExperience.GrainInterfaces.Common;
using static SchoolExperience.GrainInterfaces.PlacementRequests.Rules.Checks;
using Fields = SchoolExperience.GrainInterfaces.Schools.Profile.ProfileFields;

namespace SchoolExperience.GrainInterfaces.Schools.Profile;

/// <summary>No fees, or one of each kind: an amount more than £0 and less than £10,000, and how it is charged.</summary>
public static class FeeRules
{
    public const decimal MaxAmountExclusive = 10_000m;

    public static IReadOnlyList<FieldError> Validate(IReadOnlyList<SchoolFee> fees)
    {
        var errors = new List<FieldError>();
        if (fees.GroupBy(f => f.Kind).Any(kind => kind.Count() > 1))
        {
            errors.Add(Error(Fields.Fees, "Enter each kind of fee only once"));
        }

        for (var i = 0; i < fees.Count; i++)
        {
            ValidateFee(errors, i, fees[i]);
        }

        return errors;
    }

    public static IReadOnlyList<SchoolFee> Normalise(IReadOnlyList<SchoolFee> fees) =>
    [
        .. fees.Select(f => f with { Description = f.Description.Trim(), PaymentMethod = f.PaymentMethod.Trim() }),
    ];

    /// <summary>How a fee is named in messages: "the DBS check fee".</summary>
    public static string Label(FeeKind kind) => kind switch
    {
        FeeKind.Administration => "administration fee",
        FeeKind.Dbs => "DBS check fee",
        FeeKind.Other => "other fee",
        _ => "fee",
    };

    private static void ValidateFee(List<FieldError> errors, int index, SchoolFee fee)
    {
        var label = Label(fee.Kind);
        if (!Enum.IsDefined(fee.Kind))
        {
            errors.Add(Error(Fields.Fee(index, nameof(fee.Kind)), "Select a kind of fee"));
        }

        if (fee.Amount is <= 0 or >= MaxAmountExclusive)
        {
            errors.Add(Error(Fields.Fee(index, nameof(fee.Amount)), "Enter an amount more than £0 and less than £10,000"));
        }
        else if (decimal.Round(fee.Amount, 2) != fee.Amount)
        {
            errors.Add(Error(Fields.Fee(index, nameof(fee.Amount)), "Enter an amount in pounds and pence, like 25 or 25.50"));
        }

        if (string.IsNullOrWhiteSpace(fee.Description))
        {
            errors.Add(Error(Fields.Fee(index, nameof(fee.Description)), $"Enter a description of the {label}"));
        }

        if (!Enum.IsDefined(fee.Interval))
        {
            errors.Add(Error(Fields.Fee(index, nameof(fee.Interval)), $"Select whether the {label} is daily or one-off"));
        }

        if (string.IsNullOrWhiteSpace(fee.PaymentMethod))
        {
            errors.Add(Error(Fields.Fee(index, nameof(fee.PaymentMethod)), $"Enter how candidates pay the {label}"));
        }
    }
}
