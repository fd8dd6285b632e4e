using LocationBoards.Core.Dispatch;
using LocationBoards.Hub.Features.Ordering;

namespace LocationBoards.Hub.Features.Dispatch;

/// <summary>Checks a job submission's fields on their own (the store checks the rest inside the transaction).</summary>
public static class JobRequestValidator
{
    public static FieldErrors Validate(JobRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var errors = new FieldErrors();
        if (request.CustomerId is null)
        {
            errors.Add("customerId", "Say whose problem it is (a customer id).");
        }

        if (string.IsNullOrWhiteSpace(request.Symptoms) || request.Symptoms.Trim().Length > FieldJob.MaxSymptomsLength)
        {
            errors.Add("symptoms", $"Describe the symptoms (1 to {FieldJob.MaxSymptomsLength:N0} characters).");
        }

        if (string.IsNullOrWhiteSpace(request.SkillNeeded) || request.SkillNeeded.Trim().Length > TechnicianSkill.MaxSkillLength)
        {
            errors.Add("skillNeeded", "Say which skill the job needs.");
        }

        if (request.Priority is { } priority && !Enum.IsDefined(priority))
        {
            errors.Add("priority", "The priority is urgent, high, normal or low.");
        }

        if (request.DeliveryAddressId is null)
        {
            if (request.Latitude is not (>= -90 and <= 90) || request.Longitude is not (>= -180 and <= 180))
            {
                errors.Add("place", "Give one of the customer's addresses (deliveryAddressId), or a latitude from -90 to 90 and a longitude from -180 to 180.");
            }

            if (string.IsNullOrWhiteSpace(request.AddressText) || request.AddressText.Trim().Length > FieldJob.MaxAddressLength)
            {
                errors.Add("addressText", $"Give the address of the place in words (up to {FieldJob.MaxAddressLength} characters).");
            }
        }

        return errors;
    }
}
