using Bunit;
using Radzen;

namespace LocationBoards.Hub.Tests.Support;

/// <summary>A bUnit context with Radzen's services and loose JS interop (Radzen calls into its own script, which bUnit does not run).</summary>
public abstract class RadzenComponentTest : BunitContext
{
    protected RadzenComponentTest()
    {
        Services.AddRadzenComponents();
        JSInterop.Mode = JSRuntimeMode.Loose;
    }
}
