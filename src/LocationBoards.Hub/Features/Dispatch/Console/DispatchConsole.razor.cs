using System.Security.Claims;
using LocationBoards.Core.Access;
using LocationBoards.Core.Dispatch;
using LocationBoards.Core.Sales;
using LocationBoards.Hub.Features.Boards;
using LocationBoards.Hub.Features.Ordering;
using LocationBoards.Hub.Features.Sales;
using LocationBoards.Hub.Realtime;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.Options;
using Microsoft.JSInterop;

namespace LocationBoards.Hub.Features.Dispatch.Console;

/// <summary>
/// Keeps the console in step with the store while it is open, as boards do: a snapshot, then every dispatch event
/// from the bus in sequence order, catching up from the store after a gap or when a quiet check finds it behind.
/// A heartbeat refreshes the technicians (their positions age; their states follow the jobs). Moves go through
/// <see cref="JobDesk"/>; its refusals and stale answers are shown as they are, with the fresh job.
/// </summary>
public sealed partial class DispatchConsole : IAsyncDisposable
{
    private static readonly TimeSpan Beat = TimeSpan.FromSeconds(3);
    private const int StoreCheckEveryBeats = 5;
    private const int SituationsEveryBeats = 10;
    private static readonly TimeSpan NoticeShownFor = TimeSpan.FromSeconds(15);

    private readonly DispatchConsoleState _state = new();
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly CancellationTokenSource _closing = new();

    private ElementReference _root;
    private DispatchBoard? _board;
    private IReadOnlyList<TechnicianSituation> _situations = [];
    private IReadOnlyList<TechnicianRow> _rows = [];
    private IReadOnlyList<JobCard> _jobs = [];
    private IReadOnlyList<MapJob> _mapJobs = [];
    private IReadOnlyList<MapTechnician> _mapTechnicians = [];
    private IReadOnlyList<SaleCard> _sales = [];
    private Dictionary<int, string> _names = [];
    private bool _loading = true;
    private bool _notAllowed;
    private bool _readOnly = true;
    private string? _error;
    private string? _notice;
    private DateTimeOffset _noticeSince;
    private long? _selectedJobId;
    private (long JobId, TechnicianSuggestions Found)? _suggestions;
    private bool _suggesting;
    private string? _suggestError;
    private bool _busy;
    private int? _refusedTechnicianId;
    private string? _refusal;
    private bool _situationsDirty;
    private bool _revealSuggestions;
    private long _beats;
    private DateTime _now;
    private JobPanel? _panel;
    private NewJobForm? _form;
    private IDisposable? _subscription;
    private ITimer? _heartbeat;
    private IJSObjectReference? _module;
    private DotNetObjectReference<DispatchConsole>? _self;

    [Inject] private DispatchBoardSnapshots Snapshots { get; set; } = default!;

    [Inject] private DispatchFeed Feed { get; set; } = default!;

    [Inject] private IDispatchEventBus Bus { get; set; } = default!;

    [Inject] private DispatchSituations Situations { get; set; } = default!;

    [Inject] private TechnicianPositions Positions { get; set; } = default!;

    [Inject] private JobSuggestions Suggester { get; set; } = default!;

    [Inject] private JobDesk Desk { get; set; } = default!;

    [Inject] private TimeProvider Clock { get; set; } = default!;

    [Inject] private IOptions<DispatchOptions> Options { get; set; } = default!;

    [Inject] private IOptions<DispatchMapOptions> MapOptions { get; set; } = default!;

    [Inject] private IOptions<SalesOptions> SalesOptions { get; set; } = default!;

    [Inject] private PriceFormatter Prices { get; set; } = default!;


    [Inject] private IJSRuntime JS { get; set; } = default!;

    [Inject] private ILogger<DispatchConsole> Logger { get; set; } = default!;

    [CascadingParameter] private Task<AuthenticationState> AuthenticationState { get; set; } = default!;

    private JobCard? Selected => _selectedJobId is { } id ? _state.Find(id) : null;

    /// <summary>The jobs a phoned-in sale may be recorded for: on site, with their technician.</summary>
    private IReadOnlyList<JobCard> OnSiteJobs => [.. _jobs.Where(j => j.Status == JobStatus.OnSite && j.TechnicianId is not null)];

    /// <summary>What just happened, floating at the top of the screen until dismissed or for <see cref="NoticeShownFor"/>.</summary>
    private string? Notice
    {
        get => _notice;
        set
        {
            _notice = value;
            _noticeSince = Clock.GetUtcNow();
        }
    }

    protected override Task OnInitializedAsync() => LoadAsync();

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (!firstRender)
        {
            await RevealSuggestionsAsync();
            return;
        }

        // Only once interactive: a prerendered page has no circuit to push to.
        _subscription = Bus.Subscribe(OnEventAsync);
        _heartbeat = Clock.CreateTimer(_ => _ = InvokeAsync(BeatAsync), null, Beat, Beat);
        await CatchUpAsync();
        Refresh();
        StateHasChanged();
        try
        {
            _module = await JS.InvokeAsync<IJSObjectReference>("import", _closing.Token, $"./{Assets["Features/Dispatch/Console/DispatchConsole.razor.js"]}");
            _self = DotNetObjectReference.Create(this);
            await _module.InvokeVoidAsync("listen", _closing.Token, _root, _self);
        }
        catch (JSDisconnectedException)
        {
            // The browser went away while the console opened.
        }
        catch (JSException ex)
        {
            // Every shortcut has a button; only the keys are missing.
            LogScriptFailed(Logger, ex);
        }
    }

    private async Task LoadAsync()
    {
        _loading = true;
        _error = null;
        try
        {
            var user = await UserAsync();
            _readOnly = !user.CanDispatch();
            await _gate.WaitAsync(_closing.Token);
            try
            {
                _board = await Snapshots.LoadAsync(user, _closing.Token);
                _notAllowed = _board is null;
                if (_board is not null)
                {
                    _state.Load(_board);
                }
            }
            finally
            {
                _gate.Release();
            }

            _now = Clock.GetUtcNow().UtcDateTime;
            await LoadSituationsAsync();
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogLoadFailed(Logger, ex);
            _error = "Dispatch could not be loaded: the store did not answer. Nothing was changed.";
        }
        finally
        {
            _loading = false;
        }
    }

    private async Task ReloadAsync()
    {
        await LoadAsync();
        await CatchUpAsync();
        Refresh();
    }

    private async Task LoadSituationsAsync()
    {
        if (_board is null)
        {
            return;
        }

        var everyone = await Situations.LoadAsync(null, null, _closing.Token);
        _situations = [.. everyone.Where(s => _board.Shows(s.TechnicianId))];
        _names = _situations.ToDictionary(s => s.TechnicianId, s => s.Name);
        _situationsDirty = false;
        Refresh();
    }

    /// <summary>Works out what the lists, counts and map show from the jobs held and the technicians' latest positions.</summary>
    private void Refresh()
    {
        var options = Options.Value;
        _sales = _state.Sales.Shown(_now, SalesOptions.Value.FinishedSaleShownFor);
        _rows = [.. _situations.Select(s => Selling(TechnicianRow.From(s with { Position = Positions.Latest(s.TechnicianId) ?? s.Position }, _now, options)))];
        _jobs = JobOrder.Ordered(_state.Jobs, _now);
        _mapJobs = [.. _jobs.Select(j => new MapJob(
            j.JobId, j.Priority.ToString(), JobOrder.IsLate(j, _now), j.Status.ToString(), j.Latitude, j.Longitude,
            $"Job #{j.JobId}: {j.Priority}, {JobOrder.Timing(j, _now)}, {JobOrder.Status(j.Status)}, {j.CustomerName}",
            j.JobId == _selectedJobId))];
        _mapTechnicians = [.. _rows.Select(r => new MapTechnician(
            r.TechnicianId, r.Name, r.State.ToString(), r.Letter, r.StateWords, r.Latitude, r.Longitude,
            r.RecordedUtc is { } at ? DispatchMap.ToMs(at) : null, r.Sale))];
    }

    /// <summary>A technician with a sale in progress shows as selling, with the sale in words.</summary>
    private TechnicianRow Selling(TechnicianRow row) =>
        _state.Sales.InProgressFor(row.TechnicianId) is { } sale ? row.SellingAs(SaleSummary.Line(sale, Prices.Format)) : row;

    private Task OnEventAsync(DispatchEventMessage message) => InvokeAsync(async () =>
    {
        if (_board is null || _closing.IsCancellationRequested)
        {
            return;
        }

        await _gate.WaitAsync(_closing.Token);
        try
        {
            if (_state.Apply(message) == EventFit.Gap)
            {
                await CatchUpLockedAsync();
            }
        }
        finally
        {
            _gate.Release();
        }

        _situationsDirty = true;
        _now = Clock.GetUtcNow().UtcDateTime;
        Refresh();
        StateHasChanged();
    });

    private async Task CatchUpAsync()
    {
        if (_board is null)
        {
            return;
        }

        await _gate.WaitAsync(_closing.Token);
        try
        {
            await CatchUpLockedAsync();
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The next heartbeat's store check tries again.
            LogCatchUpFailed(Logger, ex);
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task CatchUpLockedAsync()
    {
        while (true)
        {
            var events = await Feed.EventsAfterAsync(_state.Sequence, _closing.Token);
            foreach (var message in events)
            {
                _state.Apply(message);
            }

            if (events.Count < DispatchFeed.MaxPerCall)
            {
                return;
            }
        }
    }

    private async Task BeatAsync()
    {
        if (_closing.IsCancellationRequested || _board is null)
        {
            return;
        }

        _beats++;
        _now = Clock.GetUtcNow().UtcDateTime;
        if (_notice is not null && Clock.GetUtcNow() - _noticeSince > NoticeShownFor)
        {
            _notice = null;
        }

        try
        {
            if (_beats % StoreCheckEveryBeats == 0 && await Feed.LastSequenceAsync(_closing.Token) > _state.Sequence)
            {
                await CatchUpAsync();
                _situationsDirty = true;
            }

            if (_situationsDirty || _beats % SituationsEveryBeats == 0)
            {
                await LoadSituationsAsync();
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogCatchUpFailed(Logger, ex);
        }

        Refresh();
        StateHasChanged();
    }

    private string NameOf(int technicianId) => _names.GetValueOrDefault(technicianId) ?? $"Technician {technicianId}";

    private TechnicianSuggestions? SuggestionsFor(long jobId) => _suggestions is { } held && held.JobId == jobId ? held.Found : null;

    private async Task<ClaimsPrincipal> UserAsync() => (await AuthenticationState).User;
}
