using LocationBoards.Core.Customers;
using LocationBoards.Core.Dispatch;

namespace LocationBoards.Hub.Features.Dispatch;

public static class JobCards
{
    public static JobCard For(FieldJob job, Customer customer, PriorityTargets targets)
    {
        ArgumentNullException.ThrowIfNull(job);
        ArgumentNullException.ThrowIfNull(customer);
        return new JobCard(
            job.Id, job.Status, job.Version, job.Priority, job.SkillNeeded, job.CustomerId,
            $"{customer.FirstName} {customer.LastName}".Trim(), job.AddressText, job.Latitude, job.Longitude, job.Symptoms,
            job.OwnedProductId, job.TechnicianId, job.CreatedUtc, JobLateness.TargetUtc(job, targets),
            job.CancelReason, job.OverrideReason, job.OrderId);
    }
}
