namespace LocationBoards.Core.Geography.Gazetteer;

/// <summary>Postcodes in one form for comparing: trimmed, upper case, a US ZIP+4 cut to its five digits.</summary>
public static class Postcodes
{
    public static string Normalise(string? postcode)
    {
        var text = (postcode ?? string.Empty).Trim().ToUpperInvariant();
        if (text.Length == 10 && text[5] == '-' && text[..5].All(char.IsAsciiDigit))
        {
            return text[..5];
        }

        return text;
    }
}
