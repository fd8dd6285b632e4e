using System.ComponentModel.DataAnnotations;

namespace LocationBoards.Hub.Features.Kiosk;

/// <summary>Bound from "Kiosk".</summary>
public sealed class KioskOptions
{
    public const string Section = "Kiosk";

    /// <summary>With no touch for this long, the kiosk warns and then starts over for the next person.</summary>
    [Range(typeof(TimeSpan), "00:00:10", "00:30:00")]
    public TimeSpan IdleTimeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>How long the "are you still there?" warning shows before the reset.</summary>
    [Range(typeof(TimeSpan), "00:00:03", "00:02:00")]
    public TimeSpan IdleWarning { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>Phone look-ups a kiosk may make per minute before further ones are slowed down.</summary>
    [Range(1, 600)]
    public int PhoneLookupsPerMinute { get; set; } = 6;

    /// <summary>Look-ups allowed back to back before the rate applies (a person correcting a typo).</summary>
    [Range(1, 50)]
    public int PhoneLookupBurst { get; set; } = 3;
}
