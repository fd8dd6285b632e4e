using System.Globalization;
using LocationBoards.Core.Access;
using LocationBoards.Core.Boards;
using LocationBoards.Core.Ordering;
using LocationBoards.Hub.Realtime;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.JSInterop;

namespace LocationBoards.Hub.Features.Boards;

/// <summary>
/// Keeps a board in step with the store while it is open: a snapshot first, then every event from the
/// bus in sequence order; a gap (or a quiet store check that finds it behind) fetches the events after
/// the last one seen, so nothing is missed or applied twice. A heartbeat re-renders it regularly so the
/// browser can tell a quiet board from a dead one.
/// </summary>
public sealed partial class LocationBoard : IAsyncDisposable
{
    private readonly BoardState _board = new();
    private readonly Dictionary<long, DateTime> _fresh = [];
    private readonly HashSet<long> _busy = [];
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly CancellationTokenSource _closing = new();

    private ElementReference _root;
    private BoardSnapshot? _snapshot;
    private bool _loading = true;
    private bool _notAllowed;
    private string? _error;
    private string? _notice;
    private UndoOffer? _undo;
    private long? _cancelling;
    private bool _showFinished;
    private SoundState _sound;
    private long _beats;
    private DateTime _now;
    private DateTime _lastHeardUtc;
    private IDisposable? _subscription;
    private ITimer? _heartbeat;
    private IJSObjectReference? _module;

    [Inject]
    private BoardSnapshots Snapshots { get; set; } = default!;

    [Inject]
    private BoardFeed Feed { get; set; } = default!;

    [Inject]
    private IBoardEventBus Bus { get; set; } = default!;

    [Inject]
    private OrderMoves Moves { get; set; } = default!;

    [Inject]
    private TimeProvider Clock { get; set; } = default!;

    [Inject]
    private IJSRuntime JS { get; set; } = default!;

    [Inject]
    private ILogger<LocationBoard> Logger { get; set; } = default!;

    [CascadingParameter]
    private Task<AuthenticationState> AuthenticationState { get; set; } = default!;

    [Parameter, EditorRequired]
    public int LocationId { get; set; }

    /// <summary>A wall display: read-only cards, no navigation, heals itself after restarts.</summary>
    [Parameter]
    public bool Wall { get; set; }

    protected override async Task OnParametersSetAsync()
    {
        if (_snapshot?.LocationId != LocationId)
        {
            await LoadAsync();
        }
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (!firstRender)
        {
            return;
        }

        // Only once interactive: a prerendered page has no circuit to push to.
        _subscription = Bus.SubscribeToLocation(LocationId, OnEventAsync);
        _heartbeat = Clock.CreateTimer(_ => _ = InvokeAsync(BeatAsync), null, BoardHeartbeat.Interval, BoardHeartbeat.Interval);
        await CatchUpAsync();
        StateHasChanged();
        try
        {
            _module = await JS.InvokeAsync<IJSObjectReference>("import", _closing.Token, $"./{Assets["Features/Boards/LocationBoard.razor.js"]}");
            await _module.InvokeVoidAsync("watchFreshness", _closing.Token, _root);
        }
        catch (JSDisconnectedException)
        {
            // The browser went away while the board opened.
        }
        catch (JSException ex)
        {
            // The board still shows live orders; only the offline notice and the chime are missing.
            LogScriptFailed(Logger, ex, LocationId);
        }
    }

    private async Task LoadAsync()
    {
        _loading = true;
        _error = null;
        try
        {
            var user = (await AuthenticationState).User;
            _notAllowed = !user.CanSeeLocation(LocationId);
            if (_notAllowed)
            {
                return;
            }

            await _gate.WaitAsync(_closing.Token);
            try
            {
                _snapshot = await Snapshots.LoadAsync(LocationId, _closing.Token);
                if (_snapshot is not null)
                {
                    _board.Load(_snapshot);
                }
            }
            finally
            {
                _gate.Release();
            }

            _now = _lastHeardUtc = Clock.GetUtcNow().UtcDateTime;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogLoadFailed(Logger, ex, LocationId);
            _error = "The board could not be loaded: the store did not answer. Nothing was changed.";
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
    }

    private Task OnEventAsync(BoardEventMessage message) => InvokeAsync(async () =>
    {
        if (_snapshot is null || _closing.IsCancellationRequested)
        {
            return;
        }

        await _gate.WaitAsync(_closing.Token);
        try
        {
            var fit = _board.Apply(message);
            if (fit == EventFit.Applied)
            {
                await NoticeAsync(message);
            }
            else if (fit == EventFit.Gap)
            {
                await CatchUpLockedAsync();
            }

            _lastHeardUtc = _now = Clock.GetUtcNow().UtcDateTime;
        }
        finally
        {
            _gate.Release();
        }

        StateHasChanged();
    });

    private async Task CatchUpAsync()
    {
        if (_snapshot is null)
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
            // The next heartbeat's store check tries again; the board says nothing false meanwhile.
            LogCatchUpFailed(Logger, ex, LocationId);
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
            var events = await Feed.EventsAfterAsync(LocationId, _board.Sequence, _closing.Token);
            foreach (var message in events)
            {
                if (_board.Apply(message) == EventFit.Applied)
                {
                    await NoticeAsync(message);
                }
            }

            if (events.Count < BoardFeed.MaxPerCall)
            {
                return;
            }
        }
    }

    private async Task NoticeAsync(BoardEventMessage message)
    {
        if (message.Kind == BoardEventKind.OrderPlaced)
        {
            _fresh[message.OrderId] = Clock.GetUtcNow().UtcDateTime;
            if (_sound == SoundState.On && _module is not null)
            {
                try
                {
                    await _module.InvokeVoidAsync("chime", _closing.Token);
                }
                catch (JSDisconnectedException)
                {
                    // The chime is lost with the connection; the card is still highlighted.
                }
            }
        }
        else if (message.Card.Status != OrderStatus.New)
        {
            _fresh.Remove(message.OrderId);
        }
    }

    private async Task BeatAsync()
    {
        if (_closing.IsCancellationRequested)
        {
            return;
        }

        _beats++;
        _now = _lastHeardUtc = Clock.GetUtcNow().UtcDateTime;
        foreach (var (orderId, since) in _fresh.Where(f => _now - f.Value > BoardHeartbeat.NewFor).ToList())
        {
            _fresh.Remove(orderId);
        }

        if (_undo is not null && _undo.UntilUtc <= _now)
        {
            _undo = null;
        }

        if (_beats % BoardHeartbeat.StoreCheckEveryBeats == 0)
        {
            try
            {
                if (await Feed.LastSequenceAsync(LocationId, _closing.Token) > _board.Sequence)
                {
                    await CatchUpAsync();
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogCatchUpFailed(Logger, ex, LocationId);
            }
        }

        StateHasChanged();
    }

    private Task AdvanceAsync(BoardCard card) => MoveAsync(card, OrderMove.Advance, null);

    private void StartCancel(BoardCard card) => _cancelling = card.OrderId;

    private async Task CancelAsync(string reason)
    {
        if (_cancelling is { } orderId && _board.Cards.FirstOrDefault(c => c.OrderId == orderId) is { } card)
        {
            await MoveAsync(card, OrderMove.Cancel, reason);
        }
    }

    private async Task UndoAsync()
    {
        if (_undo is { } undo)
        {
            var shown = _board.Cards.FirstOrDefault(c => c.OrderId == undo.Card.OrderId) ?? undo.Card;
            await MoveAsync(shown, OrderMove.Undo, null);
        }
    }

    private async Task MoveAsync(BoardCard card, OrderMove move, string? reason)
    {
        if (!_busy.Add(card.OrderId))
        {
            return;
        }

        try
        {
            var user = (await AuthenticationState).User;
            var outcome = await Moves.MoveAsync(user, card.OrderId, card.Version, move, reason, _closing.Token);
            switch (outcome)
            {
                case MoveOutcome.Moved moved:
                    _board.Refresh(moved.Card);
                    _fresh.Remove(card.OrderId);
                    _cancelling = null;
                    _notice = null;
                    _undo = move == OrderMove.Undo
                        ? null
                        : new UndoOffer(moved.Card, UndoWords(moved.Card), Clock.GetUtcNow().UtcDateTime + OrderStateMachine.UndoWindow);
                    break;
                case MoveOutcome.Stale stale:
                    _board.Refresh(stale.Card);
                    _cancelling = null;
                    _notice = stale.Message;
                    break;
                case MoveOutcome.Refused refused:
                    if (refused.Card is not null)
                    {
                        _board.Refresh(refused.Card);
                    }

                    _notice = refused.Message;
                    break;
                default:
                    _notice = $"Order {card.OrderId} is no longer on this board.";
                    break;
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogMoveFailed(Logger, ex, card.OrderId);
            _notice = $"Order {card.OrderId} could not be moved: the store did not answer. Nothing changed; try again.";
        }
        finally
        {
            _busy.Remove(card.OrderId);
        }
    }

    private async Task ToggleSoundAsync()
    {
        if (_module is null)
        {
            return;
        }

        var wanted = _sound != SoundState.On;
        var answer = await _module.InvokeAsync<string>("setSound", _closing.Token, wanted);
        _sound = answer switch
        {
            "on" => SoundState.On,
            "blocked" => SoundState.Blocked,
            _ => SoundState.Off,
        };
    }

    private static string UndoWords(BoardCard card) => card.Status == OrderStatus.Cancelled
        ? $"Order #{card.OrderId} cancelled ({card.CancelReason})."
        : $"Order #{card.OrderId} moved to {BoardWords.Column(card.Status)}.";

    private string LocalTime(DateTime utc, string format) =>
        _snapshot is null ? string.Empty : TimeZoneInfo.ConvertTimeFromUtc(utc, _snapshot.TimeZone).ToString(format, CultureInfo.InvariantCulture);

    public async ValueTask DisposeAsync()
    {
        await _closing.CancelAsync();
        _subscription?.Dispose();
        if (_heartbeat is not null)
        {
            await _heartbeat.DisposeAsync();
        }

        if (_module is not null)
        {
            try
            {
                await _module.DisposeAsync();
            }
            catch (JSDisconnectedException)
            {
                // Nothing to release in a browser that is gone.
            }
        }

        _closing.Dispose();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Board of location {LocationId} could not be loaded")]
    private static partial void LogLoadFailed(ILogger logger, Exception exception, int locationId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Board of location {LocationId} could not catch up from the store")]
    private static partial void LogCatchUpFailed(ILogger logger, Exception exception, int locationId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Board of location {LocationId} could not load its browser script")]
    private static partial void LogScriptFailed(ILogger logger, Exception exception, int locationId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Move of order {OrderId} failed")]
    private static partial void LogMoveFailed(ILogger logger, Exception exception, long orderId);
}
