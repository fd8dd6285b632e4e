using System.Security.Claims;
using LocationBoards.Core.Catalog;
using LocationBoards.Core.Sales;
using LocationBoards.Hub.Features.Dispatch;
using LocationBoards.Hub.Features.Ordering;
using LocationBoards.Hub.Features.Sales.Api;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;

namespace LocationBoards.Hub.Features.Sales.Ui;

/// <summary>
/// The dispatcher's form for a sale phoned in by a technician on site. It keeps no rules of its own: the catalogue
/// comes from <see cref="SaleReader"/>, every change goes through <see cref="SaleDesk"/> (which prices from the
/// catalogue, checks the job is on site and records the channel as phoned in), so the dispatcher's panel and the
/// technician's phone see the same draft, agreement and processing. Each change is saved at once.
/// </summary>
public sealed partial class PhonedInSaleForm : IDisposable
{
    private const int MaxShown = 40;

    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly Dictionary<int, (int Quantity, SaleFulfilment Fulfilment)> _lines = [];
    private readonly Dictionary<string, string> _problems = new(StringComparer.Ordinal);
    private long? _jobId;
    private SaleCatalogForJob? _catalog;
    private Guid _clientKey = Guid.NewGuid();
    private SaleView? _sale;
    private FieldErrors? _errors;
    private string? _message;
    private string _search = string.Empty;
    private SalePaymentMethod? _payment;
    private string? _reference;
    private string? _agreedName;
    private bool _busy;

    [Inject] private SaleReader Reader { get; set; } = default!;

    [Inject] private SaleDesk Desk { get; set; } = default!;

    [Inject] private PriceFormatter Prices { get; set; } = default!;

    [CascadingParameter] private Task<AuthenticationState> AuthenticationState { get; set; } = default!;

    /// <summary>The jobs on site (with a technician) a sale may be recorded for.</summary>
    [Parameter, EditorRequired]
    public IReadOnlyList<JobCard> Jobs { get; set; } = [];

    [Parameter, EditorRequired]
    public Func<int, string> TechnicianName { get; set; } = default!;

    /// <summary>A draft started here and not yet processed or refused: the job stays chosen until it is.</summary>
    private bool InProgress => _sale is { Status: SaleStatus.Draft or SaleStatus.Agreed or SaleStatus.Submitted };

    private async Task ChooseJobAsync(ChangeEventArgs change)
    {
        Reset();
        if (!long.TryParse(change.Value?.ToString(), out var jobId))
        {
            return;
        }

        _jobId = jobId;
        var found = await Reader.CatalogForJobAsync(await UserAsync(), jobId, CancellationToken.None);
        if (_jobId != jobId)
        {
            return;
        }

        if (found is not { Catalog: { } catalog })
        {
            _message = found?.Forbidden ?? $"Job {jobId} is gone.";
            return;
        }

        _catalog = catalog;
    }

    private async Task SetQuantityAsync(SaleCatalogForJob.Item item, int quantity)
    {
        if (quantity <= 0)
        {
            _lines.Remove(item.CatalogItemId);
        }
        else
        {
            var fulfilment = _lines.TryGetValue(item.CatalogItemId, out var line)
                ? line.Fulfilment
                : item.Kind == CatalogItemKind.Service ? SaleFulfilment.Service
                : (item.VanStock ?? 0) >= quantity ? SaleFulfilment.HandedOverNow : SaleFulfilment.ToBeDelivered;
            _lines[item.CatalogItemId] = (Math.Min(quantity, _catalog?.MaxQuantityPerLine ?? quantity), fulfilment);
        }

        _problems.Remove("lines");
        await SaveDraftAsync();
    }

    private async Task SetFulfilmentAsync(SaleCatalogForJob.Item item, ChangeEventArgs change)
    {
        if (_lines.TryGetValue(item.CatalogItemId, out var line) && Enum.TryParse<SaleFulfilment>(change.Value?.ToString(), out var fulfilment))
        {
            _lines[item.CatalogItemId] = (line.Quantity, fulfilment);
        }

        await SaveDraftAsync();
    }

    private async Task SetPaymentAsync(SalePaymentMethod method)
    {
        _payment = method;
        _problems.Remove("payment");
        await SaveDraftAsync();
    }

    /// <summary>The draft as the form has it now, saved (created or revised); a stale version is taken up once.</summary>
    private async Task<bool> SaveDraftAsync()
    {
        if (_jobId is not { } jobId || (_lines.Count == 0 && _sale is null))
        {
            return false;
        }

        await _gate.WaitAsync();
        _busy = true;
        try
        {
            var user = await UserAsync();
            for (var attempt = 0; ; attempt++)
            {
                var request = new SaleDraftRequest(
                    jobId,
                    [.. _lines.Select(l => new SaleDraftLine(l.Key, l.Value.Quantity, l.Value.Fulfilment, null))],
                    _payment,
                    _payment is SalePaymentMethod.ChargeToAccount ? null : _reference,
                    _sale?.Version);
                var outcome = await Desk.SaveDraftAsync(user, _clientKey, request, CancellationToken.None);
                if (outcome is SaleOutcome.Stale stale && attempt == 0 && stale.Sale.Status is SaleStatus.Draft or SaleStatus.Agreed)
                {
                    _sale = stale.Sale;
                    continue;
                }

                return Take(outcome);
            }
        }
        finally
        {
            _busy = false;
            _gate.Release();
        }
    }

    private async Task SendAsync()
    {
        _problems.Clear();
        if (_lines.Count == 0)
        {
            _problems["lines"] = "Add at least one item.";
        }

        if (_payment is null)
        {
            _problems["payment"] = "Choose how the customer pays.";
        }
        else if (_payment == SalePaymentMethod.ChequeToTechnician && string.IsNullOrWhiteSpace(_reference))
        {
            _problems["reference"] = "Write the cheque number.";
        }

        if (string.IsNullOrWhiteSpace(_agreedName))
        {
            _problems["name"] = "Type the customer's name: it records that they agreed.";
        }

        if (_problems.Count > 0 || !await SaveDraftAsync() || _sale is not { } draft)
        {
            return;
        }

        await _gate.WaitAsync();
        _busy = true;
        try
        {
            var user = await UserAsync();
            if (draft.Status == SaleStatus.Draft && !Take(await Desk.AgreeAsync(user, draft.SaleId, new SaleAgreeRequest(_agreedName, null, draft.Version), CancellationToken.None)))
            {
                return;
            }

            Take(await Desk.SubmitAsync(user, _sale!.SaleId, new SaleSubmitRequest(_sale.Version), CancellationToken.None));
        }
        finally
        {
            _busy = false;
            _gate.Release();
        }
    }

    private async Task WithdrawAsync()
    {
        if (_sale is not { } sale)
        {
            return;
        }

        await _gate.WaitAsync();
        try
        {
            Take(await Desk.WithdrawAsync(await UserAsync(), sale.SaleId, new SaleWithdrawRequest("Withdrawn by the dispatcher on the phone.", sale.Version), CancellationToken.None));
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task CopyAsync()
    {
        if (_sale is not { } refused)
        {
            return;
        }

        var key = Guid.NewGuid();
        await _gate.WaitAsync();
        try
        {
            if (Take(await Desk.CopyAsync(await UserAsync(), refused.SaleId, new SaleCopyRequest(key), CancellationToken.None)))
            {
                _clientKey = key;
                TakeLines(_sale!);
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Shows what the desk answered; true when the change was stored.</summary>
    private bool Take(SaleOutcome outcome)
    {
        _errors = null;
        _message = null;
        switch (outcome)
        {
            case SaleOutcome.Saved saved:
                _sale = saved.Sale;
                return true;
            case SaleOutcome.Invalid invalid:
                _errors = invalid.Errors;
                _message = "The sale has problems (below); nothing was stored.";
                return false;
            case SaleOutcome.Stale stale:
                _sale = stale.Sale;
                _message = $"{stale.Message} The form shows the sale as it is now.";
                TakeLines(stale.Sale);
                return false;
            case SaleOutcome.Refused { Sale: { } other } refused when other.ClientKey != _clientKey && other.Status is SaleStatus.Draft or SaleStatus.Agreed:
                // The technician already has a sale in progress on this job: carry on with that one.
                _clientKey = other.ClientKey;
                _sale = other;
                TakeLines(other);
                _message = $"{refused.Message} The form now shows it.";
                return false;
            case SaleOutcome.Refused refused:
                if (refused.Sale is { } current)
                {
                    _sale = current;
                }

                _message = refused.Message;
                return false;
            case SaleOutcome.Forbidden forbidden:
                _message = forbidden.Message;
                return false;
            case SaleOutcome.NotFound notFound:
                _message = notFound.Message;
                return false;
            default:
                _message = "The sale could not be recorded.";
                return false;
        }
    }

    private void TakeLines(SaleView sale)
    {
        _lines.Clear();
        foreach (var line in sale.Lines)
        {
            _lines[line.CatalogItemId] = (line.Quantity, line.Fulfilment);
        }

        _payment = sale.PaymentMethod;
        _reference = sale.PaymentReference;
    }

    private void Reset()
    {
        _jobId = null;
        _catalog = null;
        _clientKey = Guid.NewGuid();
        _sale = null;
        _errors = null;
        _message = null;
        _lines.Clear();
        _problems.Clear();
        _payment = null;
        _reference = null;
        _agreedName = null;
        _search = string.Empty;
    }

    private IEnumerable<SaleCatalogForJob.Item> Shown(SaleCatalogForJob catalog)
    {
        var term = _search.Trim();
        return catalog.Items
            .Where(i => term.Length == 0 || i.Name.Contains(term, StringComparison.OrdinalIgnoreCase) || i.Category.Contains(term, StringComparison.OrdinalIgnoreCase))
            .OrderByDescending(i => _lines.ContainsKey(i.CatalogItemId));
    }

    private long Total(SaleCatalogForJob catalog) =>
        _lines.Sum(l => (catalog.Items.FirstOrDefault(i => i.CatalogItemId == l.Key)?.PriceMinor ?? 0) * l.Value.Quantity);

    private string? LinesError() =>
        _errors is null ? null : string.Join(" ", _errors.ToDictionary().Where(e => e.Key.StartsWith("lines", StringComparison.Ordinal)).SelectMany(e => e.Value));

    private static string ItemFacts(SaleCatalogForJob catalog, SaleCatalogForJob.Item item)
    {
        var facts = new List<string>();
        if (item.Kind == CatalogItemKind.Service)
        {
            facts.Add(item.TermMonths is { } months ? $"service, {(item.Renews ? "renews every" : "for")} {months} months" : "service");
            if (catalog.ServicesHeld.FirstOrDefault(s => s.CatalogItemId == item.CatalogItemId) is { } held)
            {
                facts.Add($"already held{(held.RenewsOn is { } renews ? $", renews {renews:yyyy-MM-dd}" : held.EndsOn is { } ends ? $", until {ends:yyyy-MM-dd}" : null)}");
            }
        }
        else
        {
            facts.Add($"in the van: {item.VanStock ?? 0}");
            var owned = catalog.ProductsOwned.Where(p => p.CatalogItemId == item.CatalogItemId).Sum(p => p.Quantity);
            if (owned > 0)
            {
                facts.Add($"customer owns {owned}");
            }
        }

        return string.Join(" · ", facts);
    }

    private static string PaymentWords(SalePaymentMethod method) => method switch
    {
        SalePaymentMethod.ChargeToAccount => "Charge to the customer's account",
        SalePaymentMethod.CashToTechnician => "Cash, paid to the technician",
        _ => "Cheque, paid to the technician",
    };

    private async Task<ClaimsPrincipal> UserAsync() => (await AuthenticationState).User;

    public void Dispose() => _gate.Dispose();
}
