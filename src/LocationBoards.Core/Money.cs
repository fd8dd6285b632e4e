using System.Globalization;

namespace LocationBoards.Core;

/// <summary>An amount in integer minor units (cents) of the business's one currency.</summary>
public readonly record struct Money(long MinorUnits) : IComparable<Money>
{
    public static readonly Money Zero = new(0);

    public static Money FromMajor(decimal major) =>
        new(checked((long)decimal.Round(major * 100m, 0, MidpointRounding.AwayFromZero)));

    public decimal Major => MinorUnits / 100m;

    public bool IsNegative => MinorUnits < 0;

    public static Money operator +(Money left, Money right) => new(checked(left.MinorUnits + right.MinorUnits));

    public static Money operator -(Money left, Money right) => new(checked(left.MinorUnits - right.MinorUnits));

    public static Money operator *(Money price, int quantity) => new(checked(price.MinorUnits * quantity));

    public static bool operator <(Money left, Money right) => left.MinorUnits < right.MinorUnits;

    public static bool operator >(Money left, Money right) => left.MinorUnits > right.MinorUnits;

    public static bool operator <=(Money left, Money right) => left.MinorUnits <= right.MinorUnits;

    public static bool operator >=(Money left, Money right) => left.MinorUnits >= right.MinorUnits;

    public static Money Add(Money left, Money right) => left + right;

    public static Money Subtract(Money left, Money right) => left - right;

    public static Money Multiply(Money price, int quantity) => price * quantity;

    public static Money Sum(IEnumerable<Money> amounts)
    {
        ArgumentNullException.ThrowIfNull(amounts);
        var total = Zero;
        foreach (var amount in amounts)
        {
            total += amount;
        }

        return total;
    }

    public int CompareTo(Money other) => MinorUnits.CompareTo(other.MinorUnits);

    /// <summary>Formats with the given culture's currency symbol, e.g. "$14.50" for en-US.</summary>
    public string Format(IFormatProvider culture) => Major.ToString("C2", culture);

    public override string ToString() => Format(CultureInfo.InvariantCulture);
}
