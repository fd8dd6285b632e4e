using System.Globalization;
using System.Security.Claims;
using LocationBoards.Core.Dispatch;

namespace LocationBoards.Core.Access;

/// <summary>
/// Who may do what with field jobs: dispatchers and admins make every move; a technician starts,
/// arrives at and completes only the jobs assigned to them, and reports only their own position.
/// </summary>
public static class DispatchAccess
{
    public static bool CanDispatch(this ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.IsInRole(Roles.Admin) || user.IsInRole(Roles.Dispatcher);
    }

    /// <summary>The technician the user signs in as, or null when they are not a technician.</summary>
    public static int? TechnicianIdOf(this ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.IsInRole(Roles.Technician)
            && int.TryParse(user.FindFirst(LocationClaims.TechnicianId)?.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            ? id
            : null;
    }

    public static bool MayMove(this ClaimsPrincipal user, FieldJob job, JobMoveKind move)
    {
        ArgumentNullException.ThrowIfNull(job);
        if (user.CanDispatch())
        {
            return true;
        }

        return move is JobMoveKind.Start or JobMoveKind.Arrive or JobMoveKind.Complete
            && user.TechnicianIdOf() is { } technicianId
            && job.TechnicianId == technicianId;
    }
}
