using LocationBoards.Hub.Components;
using LocationBoards.Hub.Features.Admin;
using LocationBoards.Hub.Features.Kiosk;
using LocationBoards.Hub.Features.Locations;
using LocationBoards.Hub.Infrastructure.Auth;
using LocationBoards.Hub.Infrastructure.Startup;
using LocationBoards.Hub.Infrastructure.Storage;
using Radzen;

var builder = WebApplication.CreateBuilder(args);

builder.AddPlatform();
builder.AddStore();
builder.AddAuth();
builder.AddKiosk();
builder.AddLocations();
builder.AddAdmin();
builder.Services.AddRazorComponents().AddInteractiveServerComponents();
builder.Services.AddRadzenComponents();

var app = builder.Build();

app.UsePlatform();
app.UseRateLimiter();
app.UseAuthentication();
app.UseAuthorization();
app.UseAntiforgery();

app.MapStaticAssets().AllowAnonymous();
app.MapPlatform();
app.MapAuth();
app.MapRazorComponents<App>().AddInteractiveServerRenderMode();

await app.Services.GetRequiredService<StorePreparation>().MigrateAsync(app.Lifetime.ApplicationStopping);
await app.RunAsync();
