using LocationBoards.Hub.Components;
using LocationBoards.Hub.Features.Admin;
using LocationBoards.Hub.Features.Boards;
using LocationBoards.Hub.Features.Dispatch;
using LocationBoards.Hub.Features.Email;
using LocationBoards.Hub.Features.Kiosk;
using LocationBoards.Hub.Features.Locations;
using LocationBoards.Hub.Features.Online;
using LocationBoards.Hub.Features.Ordering;
using LocationBoards.Hub.Features.Phone;
using LocationBoards.Hub.Features.Sales;
using LocationBoards.Hub.Infrastructure.Auth;
using LocationBoards.Hub.Infrastructure.Startup;
using LocationBoards.Hub.Infrastructure.Storage;
using LocationBoards.Hub.Realtime;
using Microsoft.Extensions.Options;
using Radzen;

var builder = WebApplication.CreateBuilder(args);

builder.AddPlatform();
builder.AddStore();
builder.AddAuth();
builder.AddRealtime();
builder.AddKiosk();
builder.AddOrdering();
builder.AddPhoneLine();
builder.AddOnlineOrdering();
builder.AddLocations();
builder.AddAdmin();
builder.AddBoards();
builder.AddDispatch();
builder.AddSales();
builder.AddEmail();
builder.Services.AddRazorComponents().AddInteractiveServerComponents();
builder.Services.AddRadzenComponents();

var app = builder.Build();

app.UsePlatform();
app.UseRateLimiter();
app.UseAuthentication();
app.UseAuthorization();
app.UseAntiforgery();
app.UseKioskPrivacy();

app.MapStaticAssets().AllowAnonymous();
app.MapPlatform();
app.MapAuth();
app.MapOrdering();
app.MapPhoneLine();
app.MapBoards();
app.MapDispatch();
app.MapSales();
app.MapRealtime();
app.MapRazorComponents<App>()
    .AddInteractiveServerRenderMode(options => options.ConfigureWebSocketAcceptContext = (_, accept) =>
    {
        // Compressed, as by default, but each message on its own: with context takeover every open circuit kept
        // a compressor's whole state (zlib: about 260 KB outside the managed heap) for as long as it was open.
        accept.DangerousEnableCompression = true;
        accept.DisableServerContextTakeover = true;
        return Task.CompletedTask;
    })
    .Add(CircuitEndpointAccess.Declare);

// Read before running: a host that failed to start has disposed its services.
var underTestHost = app.Environment.IsEnvironment("Testing");
try
{
    await app.RunAsync();
    return 0;
}
catch (Exception ex) when ((ex is StartupFailureException or OptionsValidationException) && !underTestHost)
{
    // One clear message naming what is wrong, instead of a stack trace.
    await Console.Error.WriteLineAsync($"LocationBoards cannot start: {ex.Message}");
    return 1;
}
