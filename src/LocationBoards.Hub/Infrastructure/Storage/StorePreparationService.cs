namespace LocationBoards.Hub.Infrastructure.Storage;

/// <summary>
/// Runs the store preparation in the host's "starting" phase, before any hosted service starts and
/// before the server listens, so no request ever meets a store without its schema or seed data.
/// </summary>
public sealed class StorePreparationService(StorePreparation preparation) : IHostedLifecycleService
{
    public Task StartingAsync(CancellationToken cancellationToken) => preparation.PrepareAsync(cancellationToken);

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
