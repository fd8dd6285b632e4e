using System.Security.Claims;
using LocationBoards.Core.Access;
using LocationBoards.Core.Dispatch;
using Microsoft.Extensions.Options;

namespace LocationBoards.Hub.Features.Dispatch;

/// <summary>
/// Takes a technician's position from their phone: refused when it is out of range, from the future or for
/// someone else; ignored when it is not newer than the one held; otherwise kept as the latest and offered to the trail.
/// </summary>
public sealed class PositionIntake(TechnicianPositions positions, BreadcrumbTrail trail, IOptions<DispatchOptions> options, TimeProvider clock)
{
    public PositionVerdict Accept(ClaimsPrincipal user, PositionReport report)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(report);
        var verdict = PositionAcceptance.Check(
            user.TechnicianIdOf(), report, positions.Latest(report.TechnicianId)?.RecordedUtc, clock.GetUtcNow().UtcDateTime, options.Value);
        if (verdict.IsAccepted && positions.Put(verdict.Position!))
        {
            trail.Offer(verdict.Position!);
        }

        return verdict;
    }
}
