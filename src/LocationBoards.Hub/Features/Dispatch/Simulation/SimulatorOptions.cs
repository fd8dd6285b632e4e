namespace LocationBoards.Hub.Features.Dispatch.Simulation;

/// <summary>
/// The dispatch simulator's settings, bound from "Dispatch:Simulator". On in the embedded default so a fresh install
/// shows technicians moving; turn it off (Enabled = false) wherever real technicians send positions.
/// </summary>
public sealed class SimulatorOptions
{
    public const string SectionName = "Dispatch:Simulator";

    /// <summary>Whether the simulator moves technicians at all.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How often every simulated technician moves, in seconds.</summary>
    public double TickSeconds { get; set; } = 1;

    /// <summary>The average road speed; each technician drives at this within <see cref="SpeedSpread"/>.</summary>
    public double SpeedKmh { get; set; } = 35;

    /// <summary>How far a technician's own speed may lie from the average, as a fraction (0.2 is ±20 %).</summary>
    public double SpeedSpread { get; set; } = 0.2;

    /// <summary>The shortest time a simulated technician spends on site before completing the job.</summary>
    public TimeSpan OnSiteMin { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>The longest time a simulated technician spends on site before completing the job.</summary>
    public TimeSpan OnSiteMax { get; set; } = TimeSpan.FromSeconds(180);

    /// <summary>With nothing to do, a technician potters about within this many metres of their home location.</summary>
    public double WanderMetres { get; set; } = 400;

    /// <summary>
    /// A technician whose latest position was not written by the simulator and is younger than this has a real phone
    /// reporting: the simulator leaves them (and their jobs) alone.
    /// </summary>
    public TimeSpan PhoneQuietPeriod { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Technicians the simulator never moves.</summary>
    public IList<int> ExcludedTechnicianIds { get; } = [];

    /// <summary>Whether the simulator also sends technicians to new jobs now and then, as a dispatcher would.</summary>
    public bool AutoDeploy { get; set; } = true;

    /// <summary>How often the simulator sends one technician to a waiting job.</summary>
    public TimeSpan AutoDeployEvery { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Only jobs waiting longer than this are sent by the simulator, so dispatchers keep fresh ones to send by hand.</summary>
    public TimeSpan AutoDeployAfter { get; set; } = TimeSpan.FromMinutes(20);

    public TimeSpan Tick => TimeSpan.FromSeconds(TickSeconds);

    /// <summary>What is wrong with the settings, in words for the start-up log; empty when they will do.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (!double.IsFinite(TickSeconds) || TickSeconds < 0.05 || TickSeconds > 60)
        {
            problems.Add("Dispatch:Simulator:TickSeconds must be from 0.05 to 60.");
        }

        if (!double.IsFinite(SpeedKmh) || SpeedKmh <= 0 || SpeedKmh > 300)
        {
            problems.Add("Dispatch:Simulator:SpeedKmh must be above 0 and at most 300.");
        }

        if (!double.IsFinite(SpeedSpread) || SpeedSpread < 0 || SpeedSpread >= 1)
        {
            problems.Add("Dispatch:Simulator:SpeedSpread must be from 0 up to (not including) 1.");
        }

        if (OnSiteMin < TimeSpan.Zero || OnSiteMax < OnSiteMin)
        {
            problems.Add("Dispatch:Simulator:OnSiteMin must not be negative and OnSiteMax must not be below it.");
        }

        if (!double.IsFinite(WanderMetres) || WanderMetres < 0 || WanderMetres > 50_000)
        {
            problems.Add("Dispatch:Simulator:WanderMetres must be from 0 to 50000.");
        }

        if (PhoneQuietPeriod < TimeSpan.Zero)
        {
            problems.Add("Dispatch:Simulator:PhoneQuietPeriod must not be negative.");
        }

        if (AutoDeployEvery <= TimeSpan.Zero || AutoDeployAfter < TimeSpan.Zero)
        {
            problems.Add("Dispatch:Simulator:AutoDeployEvery must be a positive time and AutoDeployAfter must not be negative.");
        }

        return problems;
    }

    /// <summary>A technician's own speed in metres a second, from a number in [0, 1) drawn for them.</summary>
    public double SpeedMetresPerSecond(double draw) => SpeedKmh * (1 + (SpeedSpread * ((2 * draw) - 1))) / 3.6;

    /// <summary>How long a job keeps its technician on site, from a number in [0, 1) drawn for the job.</summary>
    public TimeSpan OnSiteFor(double draw) => OnSiteMin + ((OnSiteMax - OnSiteMin) * draw);
}
