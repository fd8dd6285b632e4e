using Microsoft.Playwright;

namespace LocationBoards.E2E.Tests.Support;

/// <summary>The technician's phone app (/tech), as a technician uses it.</summary>
public sealed class TechScreen(IPage page)
{
    public IPage Page { get; } = page;

    /// <summary>The live region that says online or offline and what is waiting.</summary>
    public ILocator Connection => Page.Locator("[data-connection]");

    public ILocator CurrentJob => Page.Locator("[data-current] article.tech-job");

    public ILocator Job(long jobId) => Page.Locator($"article.tech-job[data-job-id='{jobId}']");

    public ILocator NextJob(long jobId) => Page.Locator($"[data-next] li[data-job-id='{jobId}']");

    public ILocator AccountName => Page.Locator("[data-account-name]");

    public ILocator ShareSwitch => Page.GetByRole(AriaRole.Switch, new() { Name = "Share my position" });

    public Task OpenAsync() => Page.GotoAsync("/tech");

    /// <summary>Back to the top of the app (connection, current job), as the technician sees it first.</summary>
    public Task ScrollToTopAsync() => Page.EvaluateAsync("() => window.scrollTo(0, 0)");

    public async Task MoveAsync(string button, string? note = null)
    {
        if (note is not null)
        {
            await Page.GetByLabel("Note with this step (optional)").FillAsync(note);
        }

        await Page.GetByRole(AriaRole.Button, new() { Name = button, Exact = true }).ClickAsync();
    }
}
