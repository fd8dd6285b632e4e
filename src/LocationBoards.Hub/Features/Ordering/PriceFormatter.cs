using System.Globalization;
using LocationBoards.Core;
using Microsoft.Extensions.Options;

namespace LocationBoards.Hub.Features.Ordering;

/// <summary>Prices as the business writes them ("$14.50"), in its configured culture.</summary>
public sealed class PriceFormatter(IOptions<OrderingOptions> options)
{
    private readonly CultureInfo _culture = CultureInfo.GetCultureInfo(options.Value.Culture);

    public CultureInfo Culture => _culture;

    public string Format(long minorUnits) => new Money(minorUnits).Format(_culture);
}
