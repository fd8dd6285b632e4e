using System.Diagnostics.CodeAnalysis;

namespace LocationBoards.Core.Customers;

/// <summary>
/// Phone numbers in one form, E.164 ("+15035550142"), so a caller ID, a keypad entry and a stored
/// number compare equal. National numbers are read in the business's country (North America: +1).
/// </summary>
public static class PhoneNumber
{
    public static bool TryNormalise(string? input, [NotNullWhen(true)] out string? normalised)
    {
        normalised = null;
        if (string.IsNullOrWhiteSpace(input) || input.Length > 32)
        {
            return false;
        }

        var trimmed = input.Trim();
        var international = trimmed.StartsWith('+') || trimmed.StartsWith("00", StringComparison.Ordinal);
        Span<char> digits = stackalloc char[32];
        var count = 0;
        foreach (var c in trimmed)
        {
            if (char.IsAsciiDigit(c))
            {
                digits[count++] = c;
            }
            else if (c is not (' ' or '-' or '(' or ')' or '.' or '+'))
            {
                return false;
            }
        }

        var text = new string(digits[..count]);
        if (international)
        {
            if (trimmed.StartsWith("00", StringComparison.Ordinal))
            {
                text = text[2..];
            }

            if (text.Length is < 8 or > 15 || text[0] == '0')
            {
                return false;
            }

            normalised = "+" + text;
            return true;
        }

        if (text.Length == 11 && text[0] == '1')
        {
            text = text[1..];
        }

        // North American numbers: area code and exchange never start with 0 or 1.
        if (text.Length != 10 || text[0] is '0' or '1' || text[3] is '0' or '1')
        {
            return false;
        }

        normalised = "+1" + text;
        return true;
    }

    /// <summary>Only the last four digits, for screens other people can see: "…0142".</summary>
    public static string Mask(string number)
    {
        ArgumentNullException.ThrowIfNull(number);
        var digits = new string(number.Where(char.IsAsciiDigit).ToArray());
        return digits.Length <= 4 ? "…" : "…" + digits[^4..];
    }
}
