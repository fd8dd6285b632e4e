// The browser's half of a board: it says so when the server has gone quiet, and it chimes for new orders.

const reconnectStates = new Set(["show", "retrying", "failed", "paused", "resume-failed"]);

// The server re-renders data-heartbeat every few seconds. If it stops changing for longer than
// data-stale-after-ms, or Blazor reports the connection lost, the board dims and says since when.
export function watchFreshness(root) {
    const staleAfter = Number(root.dataset.staleAfterMs) || 10000;
    let lastBeat = root.dataset.heartbeat;
    let lastHeard = Date.now();
    let offlineSince = null;

    // "Since" is the last time the server spoke, in the location's own clock as the server rendered it.
    const setOffline = () => {
        if (offlineSince !== null) {
            return;
        }
        offlineSince = root.dataset.heardAt || "";
        root.dataset.offline = "true";
        const text = root.querySelector("[data-offline-text]");
        if (text) {
            text.textContent = `Offline since ${offlineSince}, reconnecting… These orders may be out of date.`;
        }
    };

    const setLive = () => {
        offlineSince = null;
        delete root.dataset.offline;
        const text = root.querySelector("[data-offline-text]");
        if (text) {
            text.textContent = "";
        }
    };

    const check = () => {
        if (!root.isConnected) {
            clearInterval(timer);
            return;
        }
        if (root.dataset.heartbeat !== lastBeat) {
            lastBeat = root.dataset.heartbeat;
            lastHeard = Date.now();
            if (offlineSince !== null) {
                setLive();
            }
        } else if (Date.now() - lastHeard > staleAfter) {
            setOffline();
        }
    };

    const timer = setInterval(check, 1000);
    const modal = document.getElementById("components-reconnect-modal");
    modal?.addEventListener("components-reconnect-state-changed", event => {
        if (reconnectStates.has(event.detail.state)) {
            setOffline();
        }
    });
}

let audio = null;
let soundOn = false;

// Browsers keep audio suspended until someone has touched the page; the answer says which it is.
export async function setSound(on) {
    soundOn = on;
    if (!on) {
        return "off";
    }
    audio ??= new AudioContext();
    if (audio.state !== "running") {
        try {
            await Promise.race([audio.resume(), new Promise(resolve => setTimeout(resolve, 500))]);
        } catch {
            // Stays suspended: reported as blocked below.
        }
    }
    return audio.state === "running" ? "on" : "blocked";
}

export function chime() {
    if (!soundOn || !audio || audio.state !== "running") {
        return;
    }
    const now = audio.currentTime;
    [880, 1320].forEach((frequency, i) => {
        const tone = audio.createOscillator();
        const gain = audio.createGain();
        tone.frequency.value = frequency;
        gain.gain.setValueAtTime(0.0001, now + i * 0.18);
        gain.gain.exponentialRampToValueAtTime(0.3, now + i * 0.18 + 0.02);
        gain.gain.exponentialRampToValueAtTime(0.0001, now + i * 0.18 + 0.3);
        tone.connect(gain).connect(audio.destination);
        tone.start(now + i * 0.18);
        tone.stop(now + i * 0.18 + 0.32);
    });
}
