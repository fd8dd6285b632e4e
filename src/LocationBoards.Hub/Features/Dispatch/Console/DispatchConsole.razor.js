// The console's keyboard shortcuts: single keys, ignored while typing in a field or with a modifier held.
const keys = new Set(["j", "k", "d", "s", "c", "n"]);

export function listen(root, console) {
    const onKey = event => {
        if (!root.isConnected) {
            document.removeEventListener("keydown", onKey);
            return;
        }
        if (event.ctrlKey || event.metaKey || event.altKey || event.isComposing) return;
        const target = event.target;
        if (target instanceof HTMLElement && (target.isContentEditable || target.closest("input, textarea, select"))) return;
        const key = event.key.toLowerCase();
        if (!keys.has(key)) return;
        event.preventDefault();
        console.invokeMethodAsync("Shortcut", key);
    };
    document.addEventListener("keydown", onKey);
    root._dispatchShortcuts = onKey;
}

export function stop(root) {
    if (root?._dispatchShortcuts) {
        document.removeEventListener("keydown", root._dispatchShortcuts);
    }
}

export function reveal(selector) {
    document.querySelector(selector)?.scrollIntoView({ block: "nearest" });
}
