using System.Globalization;
using System.Xml.Linq;

namespace LocationBoards.Hub.Features.Phone;

/// <summary>
/// A reply in the voice-XML dialect common telephony providers speak (TwiML-style &lt;Response&gt;,
/// &lt;Say&gt;, &lt;Gather&gt;, &lt;Dial&gt;). Text is escaped by the XML writer.
/// </summary>
public sealed class VoiceResponse(string voice, string actionUrl)
{
    private readonly XElement _response = new("Response");

    public VoiceResponse Say(string text)
    {
        _response.Add(new XElement("Say", new XAttribute("voice", voice), text));
        return this;
    }

    /// <summary>Ask for keypad digits; the provider posts them back to the webhook. Says "we didn't get that" and asks again on silence.</summary>
    public VoiceResponse Gather(string prompt, int numDigits = 1, string? finishOnKey = null)
    {
        var gather = new XElement(
            "Gather",
            new XAttribute("input", "dtmf"),
            new XAttribute("action", actionUrl),
            new XAttribute("method", "POST"),
            new XAttribute("timeout", "8"),
            new XAttribute("numDigits", numDigits.ToString(CultureInfo.InvariantCulture)),
            new XElement("Say", new XAttribute("voice", voice), prompt));
        if (finishOnKey is not null)
        {
            gather.Add(new XAttribute("finishOnKey", finishOnKey));
        }

        _response.Add(gather);
        _response.Add(new XElement("Say", new XAttribute("voice", voice), "We didn't get that."));
        _response.Add(new XElement("Redirect", new XAttribute("method", "POST"), actionUrl));
        return this;
    }

    public VoiceResponse Dial(string number)
    {
        _response.Add(new XElement("Dial", number));
        return this;
    }

    public VoiceResponse Hangup()
    {
        _response.Add(new XElement("Hangup"));
        return this;
    }

    public override string ToString() => new XDocument(new XDeclaration("1.0", "utf-8", null), _response).Declaration + "\n" + _response;
}
