using System.Globalization;
using LocationBoards.Core.Dispatch;

namespace LocationBoards.Data.Seeding;

/// <summary>
/// Makes a seeded job the way the dispatch desk would: opened by its reporter, then moved step by step through
/// <see cref="JobStateMachine"/>, which writes the history. Used twice: with stand-in technician ids to check
/// the steps while reading, and with the stored ids when writing.
/// </summary>
internal static class JobPlayback
{
    public const string SystemName = "seed-data";

    public static FieldJob Play(JobSeed seed, DateTime nowUtc, Func<TechnicianSeed, int> idOf)
    {
        var address = seed.Address.Address;
        var addressText = $"{address.Street}, {address.City} {address.Postcode}";
        var job = new FieldJob
        {
            CustomerId = seed.Customer.Id,
            OwnedProductId = seed.Product?.Id,
            Symptoms = seed.Symptoms,
            Latitude = seed.Address.Latitude,
            Longitude = seed.Address.Longitude,
            AddressText = addressText.Length > FieldJob.MaxAddressLength ? addressText[..FieldJob.MaxAddressLength] : addressText,
            DeliveryAddressId = seed.Address.Id,
            Priority = seed.Priority,
            SkillNeeded = seed.Skill,
            CreatedBy = seed.ReportedBy,
        };
        JobStateMachine.Open(job, seed.ReportedBy, nowUtc.AddMinutes(-seed.CreatedMinutesAgo));
        TechnicianSeed? holder = null;
        for (var i = 0; i < seed.Steps.Count; i++)
        {
            var step = seed.Steps[i];
            var move = step.Move switch
            {
                JobMoveKind.Assign => JobMove.Assign(idOf(step.Technician!)),
                JobMoveKind.Reassign => JobMove.Reassign(idOf(step.Technician!)),
                JobMoveKind.Cancel => JobMove.Cancel(step.Reason),
                _ => new JobMove(step.Move),
            };

            // The desk assigns and cancels; the technician who has the job sets off, arrives and completes it.
            var by = step.Move is JobMoveKind.Start or JobMoveKind.Arrive or JobMoveKind.Complete && holder is not null ? holder.User.User.Id : seed.ReportedBy;
            var result = JobStateMachine.Apply(job, move, by, nowUtc.AddMinutes(-step.MinutesAgo));
            if (!result.Allowed)
            {
                throw SeedDataException.AtPath(
                    SeedFiles.Jobs,
                    seed.Where,
                    string.Create(CultureInfo.InvariantCulture, $"steps[{i}].move"),
                    result.Refusal!.Replace(string.Create(CultureInfo.InvariantCulture, $"Job {job.Id} "), "The job ", StringComparison.Ordinal));
            }

            holder = step.Technician ?? holder;
        }

        return job;
    }
}
