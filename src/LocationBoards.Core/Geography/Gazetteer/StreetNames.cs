using System.Text;

namespace LocationBoards.Core.Geography.Gazetteer;

/// <summary>
/// Turns a street as written into words for comparing: lower case, punctuation dropped, every word in its
/// canonical form ("SE Cesar E. Chavez Boulevard" → se cesar e chavez blvd).
/// </summary>
public static class StreetNames
{
    /// <summary>The canonical words of a street name.</summary>
    public static IReadOnlyList<string> Words(string street)
    {
        ArgumentNullException.ThrowIfNull(street);
        return [.. RawWords(street).Select(StreetVocabulary.Canonical)];
    }

    /// <summary>The canonical words joined by single spaces: the key streets are looked up by.</summary>
    public static string Key(string street) => string.Join(' ', Words(street));

    /// <summary>Lower-case words with apostrophes and full stops removed and other punctuation as spaces.</summary>
    public static IReadOnlyList<string> RawWords(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
            else if (c is not ('\'' or '’' or '.'))
            {
                builder.Append(' ');
            }
        }

        return builder.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
    }
}
