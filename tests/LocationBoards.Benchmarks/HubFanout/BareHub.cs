using Microsoft.AspNetCore.SignalR;

namespace LocationBoards.Benchmarks.HubFanout;

/// <summary>A hub with nothing in it: no authentication, no groups, no store. Messages reach it only through its hub context.</summary>
public sealed class BareHub : Hub
{
    public const string Path = "/bare";
}
