using System.Globalization;
using LocationBoards.Core.Customers;

namespace LocationBoards.Core.Geography.Gazetteer;

/// <summary>
/// A local, offline geocoder: street-range stretches (an address is placed by interpolating its house
/// number along the stretch, as TIGER-style geocoders do) with postcode centres as the fallback.
/// Built once from its rows; look-ups and suggestions touch only in-memory indexes.
/// </summary>
public sealed class Gazetteer
{
    private readonly Dictionary<string, List<GazetteerStreet>> _byKey = new(StringComparer.Ordinal);
    private readonly List<GazetteerStreet> _streets = [];
    private readonly Dictionary<string, PostcodeArea> _postcodes = new(StringComparer.Ordinal);

    public Gazetteer(IEnumerable<StreetSegment> segments, IEnumerable<PostcodeArea> postcodes)
    {
        ArgumentNullException.ThrowIfNull(segments);
        ArgumentNullException.ThrowIfNull(postcodes);
        var byStreetCityPostcode = new Dictionary<(string, string, string), GazetteerStreet>();
        foreach (var segment in segments)
        {
            var id = (StreetNames.Key(segment.Street), segment.City.Trim().ToUpperInvariant(), Postcodes.Normalise(segment.Postcode));
            if (!byStreetCityPostcode.TryGetValue(id, out var street))
            {
                street = new GazetteerStreet(segment.Street.Trim(), segment.City.Trim(), segment.Postcode.Trim());
                byStreetCityPostcode.Add(id, street);
                _streets.Add(street);
                if (!_byKey.TryGetValue(street.Key, out var sameName))
                {
                    sameName = [];
                    _byKey.Add(street.Key, sameName);
                }

                sameName.Add(street);
            }

            street.Add(segment);
            SegmentCount++;
        }

        foreach (var area in postcodes)
        {
            _postcodes[Postcodes.Normalise(area.Postcode)] = area;
        }

        _streets.Sort((a, b) => string.CompareOrdinal(a.Key, b.Key));
    }

    public int SegmentCount { get; }

    public int StreetCount => _streets.Count;

    public int PostcodeCount => _postcodes.Count;

    public GazetteerResult Resolve(PostalAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        return Resolve(address.Street, address.City, address.Postcode);
    }

    /// <summary>
    /// Places an address: on its street when the street and house number are known (preferring the stretch
    /// in the same postcode, then the same city), otherwise at its postcode's centre, otherwise not found.
    /// </summary>
    public GazetteerResult Resolve(string street, string city, string postcode)
    {
        var postcodeKey = Postcodes.Normalise(postcode);
        if (StreetAddress.TryParse(street, out var parsed) && _byKey.TryGetValue(parsed.StreetKey, out var named))
        {
            var cityKey = (city ?? string.Empty).Trim().ToUpperInvariant();
            var withNumber = named
                .Select(s => (Street: s, Segment: s.SegmentFor(parsed.HouseNumber)))
                .Where(c => c.Segment is not null)
                .ToList();
            var chosen = withNumber.FirstOrDefault(c => c.Street.PostcodeKey == postcodeKey);
            if (chosen.Segment is null)
            {
                chosen = withNumber.FirstOrDefault(c => c.Street.CityKey == cityKey);
            }

            if (chosen.Segment is null && withNumber.Select(c => c.Street.CityKey).Distinct().Count() == 1)
            {
                chosen = withNumber[0];
            }

            if (chosen.Segment is not null)
            {
                var point = GazetteerStreet.Interpolate(chosen.Segment, parsed.HouseNumber);
                return new GazetteerResult(AddressResolution.StreetInterpolation, point, Format(parsed.HouseNumber, chosen.Street));
            }
        }

        if (_postcodes.TryGetValue(postcodeKey, out var area) && GeoPoint.TryCreate(area.Latitude, area.Longitude, out var centre))
        {
            return new GazetteerResult(AddressResolution.PostcodeCentroid, centre, $"{area.City} {area.Postcode}");
        }

        return GazetteerResult.NotFound;
    }

    /// <summary>
    /// As-you-type suggestions: "3214 se haw" offers "3214 SE Hawthorne Blvd, Portland 97214". The last word
    /// may be unfinished; abbreviations and spelled-out forms both match; a leading directional may be left out.
    /// Text after a comma narrows by city or postcode.
    /// </summary>
    public IReadOnlyList<AddressSuggestion> Suggest(string typed, int max = 8)
    {
        if (string.IsNullOrWhiteSpace(typed) || max <= 0)
        {
            return [];
        }

        var comma = typed.IndexOf(',', StringComparison.Ordinal);
        var streetPart = comma >= 0 ? typed[..comma] : typed;
        var place = comma >= 0 ? StreetNames.RawWords(typed[(comma + 1)..]) : [];
        var words = StreetNames.RawWords(streetPart).ToList();
        int? number = null;
        if (words.Count > 0 && int.TryParse(words[0], NumberStyles.None, CultureInfo.InvariantCulture, out var n))
        {
            number = n;
            words.RemoveAt(0);
        }

        if (words.Count == 0)
        {
            return [];
        }

        var lastIsPartial = comma < 0 && !char.IsWhiteSpace(typed[^1]);
        var matches = new List<(GazetteerStreet Street, int Rank)>();
        foreach (var street in _streets)
        {
            var rank = MatchRank(street.Words, words, lastIsPartial);
            if (rank < 0 || !InPlace(street, place) || (number is { } houseNumber && street.SegmentFor(houseNumber) is null))
            {
                continue;
            }

            matches.Add((street, rank));
        }

        return [.. matches
            .OrderBy(m => m.Rank)
            .ThenBy(m => m.Street.Street, StringComparer.Ordinal)
            .ThenBy(m => m.Street.Postcode, StringComparer.Ordinal)
            .Select(m => number is { } houseNumber
                ? new AddressSuggestion(Format(houseNumber, m.Street), m.Street.City, m.Street.Postcode, GazetteerStreet.Interpolate(m.Street.SegmentFor(houseNumber)!, houseNumber))
                : new AddressSuggestion(m.Street.Street, m.Street.City, m.Street.Postcode, m.Street.Middle()))
            .DistinctBy(s => s.Text)
            .Take(max)];
    }

    private static string Format(int houseNumber, GazetteerStreet street) =>
        string.Create(CultureInfo.InvariantCulture, $"{houseNumber} {street.Street}");

    /// <summary>0: all words typed; 1: a prefix with the directional typed; 2: a prefix without it; -1: no match.</summary>
    private static int MatchRank(IReadOnlyList<string> streetWords, List<string> typedWords, bool lastIsPartial)
    {
        if (MatchesFrom(0))
        {
            return typedWords.Count == streetWords.Count ? 0 : 1;
        }

        return streetWords.Count > 1 && StreetVocabulary.IsDirectional(streetWords[0]) && MatchesFrom(1) ? 2 : -1;

        bool MatchesFrom(int start)
        {
            if (typedWords.Count > streetWords.Count - start)
            {
                return false;
            }

            for (var i = 0; i < typedWords.Count; i++)
            {
                var target = streetWords[start + i];
                var typedWord = typedWords[i];
                var ok = i == typedWords.Count - 1 && lastIsPartial
                    ? StreetVocabulary.CouldBecome(typedWord, target)
                    : StreetVocabulary.Canonical(typedWord) == target;
                if (!ok)
                {
                    return false;
                }
            }

            return true;
        }
    }

    private static bool InPlace(GazetteerStreet street, IReadOnlyList<string> place)
    {
        if (place.Count == 0)
        {
            return true;
        }

        var cityWords = StreetNames.RawWords(street.City);
        return place.All(word =>
            street.PostcodeKey.StartsWith(word.ToUpperInvariant(), StringComparison.Ordinal)
            || cityWords.Any(c => c.StartsWith(word, StringComparison.Ordinal)));
    }
}
