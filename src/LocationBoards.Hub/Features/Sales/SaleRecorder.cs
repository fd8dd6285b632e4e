using System.Security.Claims;
using LocationBoards.Core.Access;
using LocationBoards.Core.Dispatch;
using LocationBoards.Core.Sales;

namespace LocationBoards.Hub.Features.Sales;

/// <summary>
/// Who records a sale on a job, and through which channel: the job's own technician on <c>/tech</c>, or a dispatcher
/// or admin for the job's technician who phoned it in. Anyone else records nothing.
/// </summary>
public sealed record SaleRecorder(string UserId, int TechnicianId, SaleChannel Channel)
{
    public const string NotYours = "You may record a sale only for the customer of a job on site with you (or, dispatching, with a technician who phoned it in).";

    /// <summary>The recorder, or null when the caller may not record for this job at all.</summary>
    public static SaleRecorder? For(ClaimsPrincipal user, string userId, FieldJob job)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(job);
        if (user.TechnicianIdOf() is { } own && user.IsInRole(Roles.Technician))
        {
            return job.TechnicianId == own ? new SaleRecorder(userId, own, SaleChannel.TechnicianApp) : null;
        }

        return user.CanDispatch() && job.TechnicianId is { } technician ? new SaleRecorder(userId, technician, SaleChannel.PhonedIn) : null;
    }

    /// <summary>Whether the caller may read the sale: its seller, its technician, dispatchers, admins, the technician's supervisor.</summary>
    public static bool MayRead(ClaimsPrincipal user, string userId, Sale sale, string? supervisorUserId)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(sale);
        return user.CanDispatch()
            || sale.SellerUserId == userId
            || user.TechnicianIdOf() == sale.TechnicianId
            || (user.IsInRole(Roles.Supervisor) && supervisorUserId == userId);
    }
}
