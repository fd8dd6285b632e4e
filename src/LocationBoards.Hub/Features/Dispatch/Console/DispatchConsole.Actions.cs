using LocationBoards.Core.Dispatch;
using Microsoft.JSInterop;

namespace LocationBoards.Hub.Features.Dispatch.Console;

/// <summary>The dispatcher's moves: choose a job, ask for suggestions, deploy, reassign, cancel, report a new job; and the keys for them.</summary>
public sealed partial class DispatchConsole
{
    private async Task SelectAsync(long jobId)
    {
        _selectedJobId = jobId;
        _refusedTechnicianId = null;
        _refusal = null;
        _suggestError = null;
        Refresh();
        if (!_readOnly && _state.Find(jobId) is { Status: JobStatus.New } && SuggestionsFor(jobId) is null)
        {
            await SuggestAsync(jobId);
        }
    }

    private async Task SuggestAsync(long jobId)
    {
        if (_readOnly)
        {
            return;
        }

        _suggesting = true;
        _suggestError = null;
        StateHasChanged();
        try
        {
            var found = await Suggester.ForAsync(jobId, _closing.Token);
            if (found is null)
            {
                _suggestError = $"Job #{jobId} is no longer there.";
            }
            else if (_selectedJobId == jobId)
            {
                _suggestions = (jobId, found);
                _revealSuggestions = true;
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogSuggestFailed(Logger, ex, jobId);
            _suggestError = "Suggestions could not be worked out: the store did not answer. Try again.";
        }
        finally
        {
            _suggesting = false;
        }
    }

    private async Task DeployAsync(DeployRequest request)
    {
        if (_readOnly || _busy || Selected is not { } job)
        {
            return;
        }

        var move = job.Status == JobStatus.New
            ? JobMove.Assign(request.TechnicianId, request.OverrideReason)
            : JobMove.Reassign(request.TechnicianId, request.OverrideReason);
        var name = NameOf(request.TechnicianId);
        var outcome = await MoveAsync(job, move);
        switch (outcome)
        {
            case JobMoveOutcome.Moved moved:
                Notice = $"Job #{moved.Job.JobId} {(move.Kind == JobMoveKind.Assign ? "assigned to" : "reassigned to")} {name}"
                    + (request.OverrideReason is null ? "." : $" (override: {request.OverrideReason}).");
                _suggestions = null;
                break;
            case JobMoveOutcome.Refused refused:
                _refusedTechnicianId = request.TechnicianId;
                _refusal = refused.Message;
                break;
            case JobMoveOutcome.Stale:
                await SuggestAsync(job.JobId);
                break;
        }
    }

    private async Task CancelAsync(string reason)
    {
        if (_readOnly || Selected is not { } job)
        {
            return;
        }

        if (await MoveAsync(job, JobMove.Cancel(reason)) is JobMoveOutcome.Moved)
        {
            Notice = $"Job #{job.JobId} cancelled ({reason}).";
            _selectedJobId = null;
        }
        else if (_refusal is null && Notice is null)
        {
            Notice = $"Job #{job.JobId} was not cancelled.";
        }
    }

    /// <summary>One move through the desk; the job shown is replaced by the desk's answer, whatever it is.</summary>
    private async Task<JobMoveOutcome?> MoveAsync(JobCard job, JobMove move)
    {
        _busy = true;
        _refusal = null;
        _refusedTechnicianId = null;
        try
        {
            var outcome = await Desk.MoveAsync(await UserAsync(), job.JobId, job.Version, move, null, _closing.Token);
            switch (outcome)
            {
                case JobMoveOutcome.Moved moved:
                    _state.Refresh(moved.Job);
                    _situationsDirty = true;
                    break;
                case JobMoveOutcome.Stale stale:
                    _state.Refresh(stale.Job);
                    Notice = $"{stale.Message} It is now {JobOrder.Status(stale.Job.Status).ToLowerInvariant()}"
                        + (stale.Job.TechnicianId is { } id ? $", with {NameOf(id)}." : ".");
                    break;
                case JobMoveOutcome.Refused refused:
                    _state.Refresh(refused.Job);
                    if (move.Kind is not (JobMoveKind.Assign or JobMoveKind.Reassign))
                    {
                        Notice = refused.Message;
                    }

                    break;
                default:
                    Notice = $"Job #{job.JobId} is no longer there.";
                    break;
            }

            return outcome;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogMoveFailed(Logger, ex, job.JobId);
            Notice = $"Job #{job.JobId} could not be changed: the store did not answer. Nothing changed; try again.";
            return null;
        }
        finally
        {
            _busy = false;
            if (_situationsDirty)
            {
                await LoadSituationsAsync();
            }

            Refresh();
        }
    }

    private async Task CreatedAsync(JobCard job)
    {
        _state.Refresh(job);
        Notice = $"Job #{job.JobId} reported for {job.CustomerName}.";
        Refresh();
        await SelectAsync(job.JobId);
    }

    /// <summary>A key from the browser (never while typing in a field).</summary>
    [JSInvokable]
    public Task Shortcut(string key) => InvokeAsync(async () =>
    {
        if (_readOnly && key is not ("j" or "k"))
        {
            return;
        }

        switch (key)
        {
            case "j":
            case "k":
                await StepAsync(key == "j" ? 1 : -1);
                break;
            case "s" when Selected is { } job:
                await SuggestAsync(job.JobId);
                break;
            case "d" when Selected is { } job:
                if (SuggestionsFor(job.JobId)?.Best is { } best)
                {
                    await DeployAsync(new DeployRequest(best.TechnicianId, null));
                }
                else
                {
                    await SuggestAsync(job.JobId);
                    Notice = SuggestionsFor(job.JobId)?.Best is { } top
                        ? $"Top suggestion for job #{job.JobId}: {top.Name}. Press D again to deploy."
                        : $"Nobody available to suggest for job #{job.JobId}.";
                }

                break;
            case "c":
                _panel?.StartCancel();
                break;
            case "n" when _form is not null:
                await _form.FocusAsync();
                break;
        }

        StateHasChanged();
    });

    private async Task StepAsync(int by)
    {
        if (_jobs.Count == 0)
        {
            return;
        }

        var index = _selectedJobId is { } id ? _jobs.ToList().FindIndex(j => j.JobId == id) : -1;
        var next = index < 0 ? (by > 0 ? 0 : _jobs.Count - 1) : Math.Clamp(index + by, 0, _jobs.Count - 1);
        await SelectAsync(_jobs[next].JobId);
        if (_module is not null)
        {
            try
            {
                await _module.InvokeVoidAsync("reveal", _closing.Token, $"tr[data-job-id='{_jobs[next].JobId}']");
            }
            catch (JSException)
            {
                // Scrolling is a courtesy.
            }
        }
    }

    /// <summary>Fresh suggestions are scrolled into view (they sit below the job's facts, often below the fold).</summary>
    private async Task RevealSuggestionsAsync()
    {
        if (!_revealSuggestions || _module is null)
        {
            return;
        }

        _revealSuggestions = false;
        try
        {
            await _module.InvokeVoidAsync("reveal", _closing.Token, ".suggestions");
        }
        catch (JSException)
        {
            // Scrolling is a courtesy.
        }
        catch (JSDisconnectedException)
        {
            // The browser went away.
        }
        catch (OperationCanceledException)
        {
            // The console closed.
        }
    }

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
                await _module.InvokeVoidAsync("stop", _root);
                await _module.DisposeAsync();
            }
            catch (JSDisconnectedException)
            {
                // Nothing to release in a browser that is gone.
            }
        }

        _self?.Dispose();
        _gate.Dispose();
        _closing.Dispose();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Dispatch console could not be loaded")]
    private static partial void LogLoadFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Dispatch console could not catch up from the store")]
    private static partial void LogCatchUpFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Dispatch console could not load its browser script")]
    private static partial void LogScriptFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Suggestions for job {JobId} failed")]
    private static partial void LogSuggestFailed(ILogger logger, Exception exception, long jobId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Move of job {JobId} failed")]
    private static partial void LogMoveFailed(ILogger logger, Exception exception, long jobId);
}
