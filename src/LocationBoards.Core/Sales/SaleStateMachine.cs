using LocationBoards.Core.Dispatch;

namespace LocationBoards.Core.Sales;

/// <summary>
/// The one place that says how a sale moves: Draft → Agreed → Submitted → Processed, or Refused with a reason
/// from any state before that; a revised agreed sale goes back to Draft (the customer agrees again). A sale is
/// recorded (opened, revised, agreed) only for the customer of a job its technician has On site; whether the job is
/// still On site when the sale is processed is <see cref="SaleProcessing"/>'s question.
/// </summary>
public static class SaleStateMachine
{
    /// <summary>The <c>By</c> of moves the automatic processing makes.</summary>
    public const string ProcessingActor = "sales-processing";

    /// <summary>Why a sale cannot be recorded against this job for this technician (and customer) now, or null.</summary>
    public static string? RecordingRefusal(FieldJob job, int technicianId, int? customerId = null)
    {
        ArgumentNullException.ThrowIfNull(job);
        if (job.TechnicianId != technicianId)
        {
            return $"Job {job.Id} is not this technician's job.";
        }

        if (job.Status != JobStatus.OnSite)
        {
            return $"Job {job.Id} is {JobStateMachine.Words(job.Status)}; a sale is recorded only while the technician is on site.";
        }

        return customerId is { } customer && customer != job.CustomerId
            ? $"Customer {customer} is not the customer of job {job.Id}."
            : null;
    }

    /// <summary>A new draft for the job's customer, with the first line of its history.</summary>
    /// <exception cref="InvalidOperationException">The sale cannot be recorded (see <see cref="RecordingRefusal"/>).</exception>
    public static Sale Open(FieldJob job, int technicianId, SaleChannel channel, string sellerUserId, Guid clientKey, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(job);
        ArgumentException.ThrowIfNullOrWhiteSpace(sellerUserId);
        if (RecordingRefusal(job, technicianId) is { } refusal)
        {
            throw new InvalidOperationException(refusal);
        }

        var sale = new Sale
        {
            ClientKey = clientKey, Channel = channel, JobId = job.Id, CustomerId = job.CustomerId, TechnicianId = technicianId,
            SellerUserId = sellerUserId, Status = SaleStatus.Draft, CreatedUtc = nowUtc,
        };
        sale.History.Add(new SaleStatusChange { From = null, To = SaleStatus.Draft, AtUtc = nowUtc, By = sellerUserId });
        return sale;
    }

    /// <summary>Why the sale cannot be copied into a new draft on this job, or null.</summary>
    public static string? CopyRefusal(Sale sale, FieldJob job, int technicianId)
    {
        ArgumentNullException.ThrowIfNull(sale);
        ArgumentNullException.ThrowIfNull(job);
        if (sale.Status != SaleStatus.Refused)
        {
            return $"Sale {sale.Id} is {SaleWords.Of(sale.Status)}; only a refused sale is copied into a new draft.";
        }

        return RecordingRefusal(job, technicianId, sale.CustomerId);
    }

    /// <summary>
    /// A new draft with the refused sale's lines and payment (not its agreement), on a job the technician has On site
    /// for the same customer. Its prices are those of the refused sale until the draft is revised, and processing
    /// prices it again whatever happens.
    /// </summary>
    /// <exception cref="InvalidOperationException">See <see cref="CopyRefusal"/>.</exception>
    public static Sale CopyAsDraft(
        Sale refused, FieldJob job, int technicianId, SaleChannel channel, string sellerUserId, Guid clientKey, DateTime nowUtc)
    {
        if (CopyRefusal(refused, job, technicianId) is { } refusal)
        {
            throw new InvalidOperationException(refusal);
        }

        var copy = Open(job, technicianId, channel, sellerUserId, clientKey, nowUtc);
        copy.CopiedFromSaleId = refused.Id;
        copy.History[0].Note = $"Copied from refused sale {refused.Id}.";
        copy.PaymentMethod = refused.PaymentMethod;
        copy.PaymentReference = refused.PaymentReference;
        copy.Lines.AddRange(refused.Lines.Select(l => new SaleLine
        {
            CatalogItemId = l.CatalogItemId, ItemName = l.ItemName, Quantity = l.Quantity, UnitPriceMinor = l.UnitPriceMinor, Fulfilment = l.Fulfilment,
        }));
        copy.TotalMinor = copy.Lines.Sum(l => l.LineTotalMinor);
        return copy;
    }

    /// <summary>Where the move takes the sale, or why it cannot.</summary>
    /// <param name="sale">The sale as it is now.</param>
    /// <param name="move">The move asked for.</param>
    /// <param name="job">The sale's job as it is now: revising and agreeing need it On site with the sale's technician.</param>
    public static SaleMoveResult Decide(Sale sale, SaleMove move, FieldJob job)
    {
        ArgumentNullException.ThrowIfNull(sale);
        ArgumentNullException.ThrowIfNull(move);
        ArgumentNullException.ThrowIfNull(job);
        if (job.Id != sale.JobId)
        {
            throw new ArgumentException($"Job {job.Id} is not the job of sale {sale.Id}.", nameof(job));
        }

        var standing = $"Sale {sale.Id} is {SaleWords.Of(sale.Status)}";
        switch (move.Kind)
        {
            case SaleMoveKind.Revise:
                if (sale.Status is not (SaleStatus.Draft or SaleStatus.Agreed))
                {
                    return SaleMoveResult.Refused($"{standing}; only a draft or an agreed sale can be changed.");
                }

                return (SaleRevision.RevisionProblem(move) ?? RecordingRefusal(job, sale.TechnicianId)) is { } revisionProblem
                    ? SaleMoveResult.Refused(revisionProblem)
                    : SaleMoveResult.To(sale.Status == SaleStatus.Agreed && SaleRevision.Changes(sale, move) ? SaleStatus.Draft : sale.Status);
            case SaleMoveKind.Agree:
                if (sale.Status != SaleStatus.Draft)
                {
                    return SaleMoveResult.Refused(sale.Status == SaleStatus.Agreed
                        ? $"{standing} already."
                        : $"{standing} and cannot be agreed again.");
                }

                return (SaleRevision.AgreementProblem(sale, move) ?? RecordingRefusal(job, sale.TechnicianId)) is { } problem
                    ? SaleMoveResult.Refused(problem)
                    : SaleMoveResult.To(SaleStatus.Agreed);
            case SaleMoveKind.Submit:
                return sale.Status switch
                {
                    SaleStatus.Agreed => SaleMoveResult.To(SaleStatus.Submitted),
                    SaleStatus.Draft => SaleMoveResult.Refused($"{standing}; the customer agrees before it is submitted."),
                    SaleStatus.Submitted => SaleMoveResult.Refused($"{standing} already; it is processed once."),
                    _ => SaleMoveResult.Refused($"{standing} and cannot be submitted."),
                };
            case SaleMoveKind.Process:
                return sale.Status == SaleStatus.Submitted
                    ? SaleMoveResult.To(SaleStatus.Processed)
                    : SaleMoveResult.Refused($"{standing}; only a submitted sale is processed.");
            case SaleMoveKind.Refuse:
                if (!sale.IsInProgress)
                {
                    return SaleMoveResult.Refused($"{standing} and cannot be refused.");
                }

                if (move.RefusalReason is not { } reason || !Enum.IsDefined(reason))
                {
                    return SaleMoveResult.Refused("Say why the sale is refused.");
                }

                return move.Note is { } note && note.Trim().Length > Sale.MaxNoteLength
                    ? SaleMoveResult.Refused($"Keep the refusal note to {Sale.MaxNoteLength} characters.")
                    : SaleMoveResult.To(SaleStatus.Refused);
            default:
                return SaleMoveResult.Refused("That is not a move.");
        }
    }

    /// <summary>
    /// Decides the move and, when allowed, makes it: lines and payment, agreement, times, refusal, a status history
    /// line when the status changes, and <see cref="Sale.Version"/> bumped by one. The caller checks the version the
    /// user saw before, and tells the store which version it expects.
    /// </summary>
    public static SaleMoveResult Apply(Sale sale, SaleMove move, FieldJob job, string by, DateTime nowUtc)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(by);
        var result = Decide(sale, move, job);
        if (!result.Allowed)
        {
            return result;
        }

        var from = sale.Status;
        var target = result.Target!.Value;
        string? note = null;
        switch (move.Kind)
        {
            case SaleMoveKind.Revise:
                SaleRevision.Revise(sale, move.Priced!, move.Payment?.Normalised());
                if (from == SaleStatus.Agreed && target == SaleStatus.Draft)
                {
                    SaleRevision.ClearAgreement(sale);
                    note = "Changed after the customer agreed; they agree again.";
                }

                break;
            case SaleMoveKind.Agree:
                sale.AgreedName = move.AgreedName!.Trim();
                sale.Signature = string.IsNullOrWhiteSpace(move.Signature) ? null : move.Signature.Trim();
                sale.AgreedUtc = nowUtc;
                sale.AgreedTotalMinor = sale.TotalMinor;
                break;
            case SaleMoveKind.Submit:
                sale.SubmittedUtc = nowUtc;
                break;
            case SaleMoveKind.Process:
                sale.FinishedUtc = nowUtc;
                break;
            case SaleMoveKind.Refuse:
                sale.RefusalReason = move.RefusalReason;
                sale.RefusalNote = string.IsNullOrWhiteSpace(move.Note) ? null : move.Note.Trim();
                sale.FinishedUtc = nowUtc;
                note = SaleWords.Refusal(move.RefusalReason!.Value, sale.RefusalNote);
                break;
        }

        sale.Status = target;
        if (target != from)
        {
            sale.History.Add(new SaleStatusChange { SaleId = sale.Id, From = from, To = target, AtUtc = nowUtc, By = by, Note = note });
        }

        sale.Version++;
        return result;
    }

    /// <summary>The dispatch event a move produces (a new draft is <see cref="DispatchEventKind.SaleDrafted"/>).</summary>
    public static DispatchEventKind EventKindOf(SaleMoveKind move) => move switch
    {
        SaleMoveKind.Revise => DispatchEventKind.SaleUpdated,
        SaleMoveKind.Agree => DispatchEventKind.SaleAgreed,
        SaleMoveKind.Submit => DispatchEventKind.SaleSubmitted,
        SaleMoveKind.Process => DispatchEventKind.SaleProcessed,
        _ => DispatchEventKind.SaleRefused,
    };
}
