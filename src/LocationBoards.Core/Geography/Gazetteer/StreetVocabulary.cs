namespace LocationBoards.Core.Geography.Gazetteer;

/// <summary>
/// The words addresses abbreviate: directionals (N, NE, Northeast…) and street types (St, Street, Ave…).
/// Every word has one canonical form, so "Southeast Hawthorne Boulevard" and "SE Hawthorne Blvd" compare equal.
/// </summary>
public static class StreetVocabulary
{
    private static readonly Dictionary<string, string[]> CanonicalToLong = new(StringComparer.Ordinal)
    {
        ["n"] = ["north"],
        ["s"] = ["south"],
        ["e"] = ["east"],
        ["w"] = ["west"],
        ["ne"] = ["northeast"],
        ["nw"] = ["northwest"],
        ["se"] = ["southeast"],
        ["sw"] = ["southwest"],
        ["st"] = ["street", "str"],
        ["ave"] = ["avenue", "av"],
        ["blvd"] = ["boulevard", "boul"],
        ["rd"] = ["road"],
        ["dr"] = ["drive"],
        ["ct"] = ["court"],
        ["pl"] = ["place"],
        ["hwy"] = ["highway"],
        ["pkwy"] = ["parkway", "pky"],
        ["ln"] = ["lane"],
        ["ter"] = ["terrace"],
        ["cir"] = ["circle"],
        ["sq"] = ["square"],
        ["trl"] = ["trail"],
        ["hts"] = ["heights"],
    };

    private static readonly Dictionary<string, string> LongToCanonical = CanonicalToLong
        .SelectMany(pair => pair.Value.Select(longForm => (longForm, pair.Key)))
        .ToDictionary(p => p.longForm, p => p.Key, StringComparer.Ordinal);

    private static readonly HashSet<string> Directionals = new(StringComparer.Ordinal)
    {
        "n", "s", "e", "w", "ne", "nw", "se", "sw",
    };

    /// <summary>The canonical form of one lower-case word: "boulevard" → "blvd", "39th" → "39", "hawthorne" unchanged.</summary>
    public static string Canonical(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (LongToCanonical.TryGetValue(word, out var canonical))
        {
            return canonical;
        }

        return StripOrdinal(word);
    }

    public static bool IsDirectional(string canonicalWord) => Directionals.Contains(canonicalWord);

    /// <summary>Whether a partly typed word could become the canonical word (its own or its spelled-out form).</summary>
    public static bool CouldBecome(string typedPrefix, string canonicalWord)
    {
        ArgumentNullException.ThrowIfNull(typedPrefix);
        ArgumentNullException.ThrowIfNull(canonicalWord);
        if (canonicalWord.StartsWith(typedPrefix, StringComparison.Ordinal)
            || canonicalWord.StartsWith(StripOrdinal(typedPrefix), StringComparison.Ordinal))
        {
            return true;
        }

        return CanonicalToLong.TryGetValue(canonicalWord, out var longForms)
            && longForms.Any(l => l.StartsWith(typedPrefix, StringComparison.Ordinal));
    }

    /// <summary>"39th" → "39", "1st" → "1"; other words unchanged.</summary>
    private static string StripOrdinal(string word)
    {
        if (word.Length > 2 && char.IsAsciiDigit(word[0]) && word[^2..] is "st" or "nd" or "rd" or "th")
        {
            var digits = word[..^2];
            if (digits.All(char.IsAsciiDigit))
            {
                return digits;
            }
        }

        return word;
    }
}
