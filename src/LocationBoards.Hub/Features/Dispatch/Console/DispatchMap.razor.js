// The dispatcher's live map: one Leaflet map kept alive in this module. Technicians' positions come straight from
// LiveHub in batches and are applied once per animation frame; jobs and technicians' states come from the console's
// circuit as batches of changes. Everything is drawn on one canvas, so 2,000 technicians stay smooth. The view is
// fitted once, to the locations, and never moved under the dispatcher again.

const colours = {
    Available: "#1b7f3a", Assigned: "#1a4fd6", EnRoute: "#7a2fb5", OnSite: "#9a4a00", Selling: "#006e73",
    Stale: "#8a8f99", OffShift: "#4a4e57", Unavailable: "#2b2b2b",
};
const priorityColours = { Urgent: "#b3261e", High: "#9a4a00", Normal: "#1a4fd6", Low: "#555a64" };

let loading = null;

function loadScript(src) {
    return new Promise((resolve, reject) => {
        if (document.querySelector(`script[src="${src}"]`)) {
            resolve();
            return;
        }
        const script = document.createElement("script");
        script.src = src;
        script.onload = () => resolve();
        script.onerror = () => reject(new Error(`${src} did not load`));
        document.head.appendChild(script);
    });
}

function loadLibraries() {
    loading ??= (async () => {
        if (!document.querySelector('link[href="/lib/leaflet/leaflet.css"]')) {
            const css = document.createElement("link");
            css.rel = "stylesheet";
            css.href = "/lib/leaflet/leaflet.css";
            document.head.appendChild(css);
        }
        await Promise.all([
            window.L ? Promise.resolve() : loadScript("/lib/leaflet/leaflet.js"),
            window.signalR ? Promise.resolve() : loadScript("/lib/signalr/signalr.min.js"),
        ]);
    })();
    return loading;
}

function ageWords(ms) {
    const minutes = Math.floor(Math.max(0, ms) / 60000);
    if (minutes === 0) return "under a minute";
    if (minutes < 60) return `${minutes} min`;
    if (minutes < 48 * 60) return `${Math.floor(minutes / 60)} h ${String(minutes % 60).padStart(2, "0")} min`;
    return `${Math.floor(minutes / 1440)} d ${Math.floor((minutes % 1440) / 60)} h`;
}

// A dot (technician) or a square (job) on the shared canvas, with a letter in it so colour is never the only cue.
function markerClass(L) {
    return L.CircleMarker.extend({
        options: { letter: "", square: false, diamond: false, ring: false, chosen: false, label: "", badge: false },
        // The canvas redraws only the areas layers claim: claim the frame, the circle and the name drawn around the
        // dot too, or a neighbour's redraw leaves them cut.
        _updateBounds() {
            L.CircleMarker.prototype._updateBounds.call(this);
            const around = this.options.chosen ? 12 : this.options.ring || this.options.badge ? 9 : 0;
            const right = this.options.label ? this.options.label.length * 8 + 10 : 0;
            if (around || right) {
                const b = this._pxBounds;
                this._pxBounds = L.bounds(b.min.subtract([around, around]), b.max.add([Math.max(around, right), around]));
            }
        },
        _updatePath() {
            const renderer = this._renderer;
            if (!renderer._drawing || this._empty()) return;
            const ctx = renderer._ctx;
            const p = this._point;
            const r = Math.max(Math.round(this._radius), 1);
            // Solid lines for our frames: the canvas may still hold the dashes of a service area drawn before.
            ctx.setLineDash([]);
            if (this.options.chosen) {
                ctx.beginPath();
                ctx.arc(p.x, p.y, r + 9, 0, Math.PI * 2, false);
                ctx.globalAlpha = 1;
                ctx.lineWidth = 4;
                ctx.strokeStyle = "#0b3aa8";
                ctx.stroke();
            }
            if (this.options.ring) {
                ctx.beginPath();
                ctx.rect(p.x - r - 4, p.y - r - 4, 2 * r + 8, 2 * r + 8);
                ctx.globalAlpha = 1;
                ctx.lineWidth = 3;
                ctx.strokeStyle = "#000";
                ctx.stroke();
            }
            ctx.beginPath();
            if (this.options.square) {
                ctx.rect(p.x - r, p.y - r, 2 * r, 2 * r);
            } else if (this.options.diamond) {
                ctx.moveTo(p.x, p.y - r);
                ctx.lineTo(p.x + r, p.y);
                ctx.lineTo(p.x, p.y + r);
                ctx.lineTo(p.x - r, p.y);
                ctx.closePath();
            } else {
                ctx.arc(p.x, p.y, r, 0, Math.PI * 2, false);
            }
            renderer._fillStroke(ctx, this);
            if (this.options.letter) {
                ctx.globalAlpha = 1;
                ctx.fillStyle = "#fff";
                ctx.font = `bold ${Math.round(r * 1.2)}px system-ui, sans-serif`;
                ctx.textAlign = "center";
                ctx.textBaseline = "middle";
                ctx.fillText(this.options.letter, p.x, p.y + 1);
            }
            if (this.options.badge) {
                // Selling: a yellow "$" badge on the dot's upper right, so the state is not told by colour alone.
                const bx = p.x + r * 0.85;
                const by = p.y - r * 0.85;
                ctx.beginPath();
                ctx.arc(bx, by, 6, 0, Math.PI * 2, false);
                ctx.globalAlpha = 1;
                ctx.fillStyle = "#ffd23f";
                ctx.fill();
                ctx.lineWidth = 2;
                ctx.strokeStyle = "#111";
                ctx.stroke();
                ctx.fillStyle = "#111";
                ctx.font = "800 9px system-ui, sans-serif";
                ctx.textAlign = "center";
                ctx.textBaseline = "middle";
                ctx.fillText("$", bx, by + 0.5);
            }
            if (this.options.label) {
                // A name beside the point, haloed so it reads over areas and other markers.
                ctx.globalAlpha = 1;
                ctx.font = "600 13px system-ui, sans-serif";
                ctx.textAlign = "left";
                ctx.textBaseline = "middle";
                ctx.lineJoin = "round";
                ctx.lineWidth = 4;
                ctx.strokeStyle = "#fff";
                ctx.strokeText(this.options.label, p.x + r + 4, p.y);
                ctx.fillStyle = "#111";
                ctx.fillText(this.options.label, p.x + r + 4, p.y);
            }
        },
    });
}

export async function start(element, settings) {
    await loadLibraries();
    const L = window.L;
    const Marker = markerClass(L);
    const renderer = L.canvas({ padding: 0.2 });
    // Quarter zoom steps let the first view fit the seed area closely; the +/- buttons still step by one.
    const map = L.map(element, { preferCanvas: true, renderer, zoomSnap: 0.25, keyboard: true });
    const state = {
        map, renderer, Marker, settings, element,
        clockOffset: settings.serverNowMs - Date.now(),
        technicians: new Map(), // id -> { marker, info, recordedMs, lat, lng }
        jobs: new Map(),
        pending: new Map(),
        looksChanged: false,
        frame: 0,
        connection: null,
        closed: false,
    };
    element._dispatchMap = state;

    if (settings.tileUrl) {
        L.tileLayer(settings.tileUrl, { attribution: settings.tileAttribution || "", maxZoom: 19 }).addTo(map);
    }
    L.control.scale({ imperial: true, metric: true }).addTo(map);

    // Fitted once, now, to the locations (vector layers need a view first); never again while the dispatcher works.
    const bounds = settings.locations.map(l => [l.latitude, l.longitude]);
    if (bounds.length > 0) {
        // More room on the right: locations' names are written to the right of their points.
        map.fitBounds(bounds, { paddingTopLeft: [30, 30], paddingBottomRight: [90, 30], maxZoom: 13 });
    } else {
        map.setView([45.52, -122.68], 11);
    }
    const areas = L.layerGroup().addTo(map);
    for (const location of settings.locations) {
        try {
            L.geoJSON(JSON.parse(location.serviceAreaGeoJson), {
                renderer, interactive: false,
                style: { color: "#1a4fd6", weight: 1.5, opacity: 0.7, fillOpacity: 0.06, dashArray: "4 4" },
            }).addTo(areas);
        } catch {
            // An unreadable service area is left out; the location's point is still drawn.
        }
        // A diamond with the name beside it: no letter, so it is never taken for a Low-priority job ("L").
        new Marker([location.latitude, location.longitude], {
            renderer, radius: 10, diamond: true, label: location.name, color: "#fff", weight: 2, fillColor: "#111", fillOpacity: 1,
        }).bindTooltip(`Location: ${location.name}`).addTo(map);
    }

    // Positions age in the browser between batches: grey out the stale ones every few seconds.
    state.ageTimer = setInterval(() => refreshStaleness(state), 5000);
    listenForFocus(state);
    // Positions follow as soon as the hub answers; the map does not wait for them.
    connect(state).catch(() => state.element.dataset.connection = "failed");
    return true;
}

function nowMs(state) {
    return Date.now() + state.clockOffset;
}

function isStale(state, entry) {
    return entry.recordedMs == null || nowMs(state) - entry.recordedMs > state.settings.staleAfterMs;
}

function styleTechnician(state, entry) {
    const stale = isStale(state, entry) || entry.info.state === "Stale";
    const onJob = entry.info.state === "OnSite" || entry.info.state === "EnRoute" || entry.info.state === "Selling";
    const look = stale && !onJob ? "Stale" : entry.info.state;
    const letter = stale ? "?" : entry.info.letter;
    const badge = entry.info.state === "Selling";
    if (entry.marker.options.badge !== badge) {
        entry.marker.options.badge = badge;
        // The claimed area grows with the badge: recompute it before the redraw.
        entry.marker.redraw();
    }
    entry.shownStale = stale;
    if (entry.shownLook !== look) {
        entry.shownLook = look;
        state.looksChanged = true;
    }
    entry.marker.options.letter = letter;
    entry.marker.setStyle({
        color: stale ? "#5a5e66" : "#fff", weight: 2, fillColor: colours[look] || "#2b2b2b", fillOpacity: stale ? 0.55 : 1,
    });
    if (entry.marker.isTooltipOpen()) {
        entry.marker.getTooltip().update();
    }
}

function technicianTooltip(state, entry) {
    const age = entry.recordedMs == null ? "no position yet" : `position ${ageWords(nowMs(state) - entry.recordedMs)} old`;
    const stale = isStale(state, entry) ? " (stale)" : "";
    const sale = entry.info.sale ? `; ${entry.info.sale}` : "";
    return `${entry.info.name}: ${entry.info.stateWords}${sale}; ${age}${stale}`;
}

function putTechnician(state, info) {
    let entry = state.technicians.get(info.id);
    if (!entry) {
        entry = { info, marker: null, recordedMs: null, lat: null, lng: null };
        state.technicians.set(info.id, entry);
    }
    entry.info = info;
    if (info.latitude != null && info.recordedMs != null && (entry.recordedMs == null || info.recordedMs > entry.recordedMs)) {
        entry.lat = info.latitude;
        entry.lng = info.longitude;
        entry.recordedMs = info.recordedMs;
    }
    placeTechnician(state, entry);
}

function placeTechnician(state, entry) {
    if (entry.lat == null) return;
    if (!entry.marker) {
        entry.marker = new state.Marker([entry.lat, entry.lng], { renderer: state.renderer, radius: 8, letter: entry.info.letter })
            .bindTooltip(() => technicianTooltip(state, entry))
            .addTo(state.map);
    } else {
        entry.marker.setLatLng([entry.lat, entry.lng]);
    }
    styleTechnician(state, entry);
}

function refreshStaleness(state) {
    if (!state.element.isConnected) {
        stop(state);
        return;
    }
    for (const entry of state.technicians.values()) {
        if (entry.marker && entry.shownStale !== (isStale(state, entry) || entry.info.state === "Stale")) {
            styleTechnician(state, entry);
        }
    }
    countMarkers(state);
}

function countMarkers(state) {
    let technicians = 0, stale = 0;
    for (const entry of state.technicians.values()) {
        if (entry.marker) {
            technicians++;
            if (entry.shownStale) stale++;
        }
    }
    state.element.dataset.technicianMarkers = String(technicians);
    state.element.dataset.staleMarkers = String(stale);
    state.element.dataset.jobMarkers = String(state.jobs.size);
    if (state.looksChanged) {
        state.looksChanged = false;
        state.element.dataset.technicianStates = describeLooks(state);
    }
}

// What each technician's dot shows ("12:EnRoute 13:Stale"), for tests and tools that cannot read a canvas;
// rebuilt only when a dot's look changes, not when it merely moves.
function describeLooks(state) {
    const looks = [];
    for (const [id, entry] of state.technicians) {
        if (entry.marker) looks.push(`${id}:${entry.shownLook}`);
    }
    return looks.join(" ");
}

// The console's batch of changes: jobs and technicians' looks (never positions one by one).
export function apply(element, changes, serverNowMs) {
    const state = element?._dispatchMap;
    if (!state) return;
    state.clockOffset = serverNowMs - Date.now();
    for (const id of changes.removedJobs) {
        state.jobs.get(id)?.remove();
        state.jobs.delete(id);
    }
    for (const job of changes.jobs) {
        state.jobs.get(job.id)?.remove();
        const marker = new state.Marker([job.latitude, job.longitude], {
            renderer: state.renderer, radius: job.selected ? 10 : 8, square: true, ring: job.late, chosen: job.selected,
            letter: job.priority[0], color: "#fff", weight: 2, fillColor: priorityColours[job.priority] || "#555a64", fillOpacity: 1,
        }).bindTooltip(job.label).addTo(state.map);
        state.jobs.set(job.id, marker);
        if (job.selected) {
            state.element.dataset.selectedJob = String(job.id);
        } else if (state.element.dataset.selectedJob === String(job.id)) {
            delete state.element.dataset.selectedJob;
        }
    }
    for (const id of changes.removedTechnicians) {
        state.technicians.get(id)?.marker?.remove();
        state.technicians.delete(id);
        state.looksChanged = true;
    }
    for (const technician of changes.technicians) {
        putTechnician(state, technician);
    }
    countMarkers(state);
}

// Live positions: straight from the hub, gathered and applied once per animation frame.
async function connect(state) {
    const status = state.element.parentElement?.querySelector("[data-map-connection]");
    const say = text => {
        if (status) status.textContent = text;
        state.element.dataset.connection = text;
    };
    const connection = new window.signalR.HubConnectionBuilder()
        .withUrl(state.settings.hubUrl)
        .withAutomaticReconnect()
        .build();
    state.connection = connection;
    connection.on("Positions", batch => {
        for (const update of batch) {
            state.pending.set(update.technicianId, update);
        }
        if (!state.frame) {
            state.frame = requestAnimationFrame(() => flushPositions(state));
        }
    });
    connection.onreconnecting(() => say("Live positions: reconnecting…"));
    connection.onreconnected(async () => {
        await join(state, say);
    });
    connection.onclose(() => {
        say("Live positions: offline, retrying…");
        if (!state.closed) setTimeout(() => restart(state, say), 5000);
    });
    await restart(state, say);
}

async function restart(state, say) {
    if (state.closed) return;
    try {
        if (state.connection.state === "Disconnected") {
            await state.connection.start();
        }
        await join(state, say);
    } catch {
        say("Live positions: offline, retrying…");
        setTimeout(() => restart(state, say), 5000);
    }
}

async function join(state, say) {
    try {
        await state.connection.invoke("JoinDispatch");
        say("Live positions: connected");
    } catch {
        say("Live positions: not allowed or not available");
    }
}

function flushPositions(state) {
    state.frame = 0;
    for (const update of state.pending.values()) {
        const recordedMs = Date.parse(update.recordedUtc.endsWith("Z") ? update.recordedUtc : `${update.recordedUtc}Z`);
        let entry = state.technicians.get(update.technicianId);
        if (!entry) {
            entry = {
                info: { id: update.technicianId, name: `Technician ${update.technicianId}`, state: "Available", letter: "A", stateWords: "state not known yet" },
                marker: null, recordedMs: null, lat: null, lng: null,
            };
            state.technicians.set(update.technicianId, entry);
        }
        if (entry.recordedMs != null && recordedMs <= entry.recordedMs) continue;
        entry.lat = update.latitude;
        entry.lng = update.longitude;
        entry.recordedMs = recordedMs;
        placeTechnician(state, entry);
    }
    state.pending.clear();
    countMarkers(state);
}

// A keyboard user in the lists: focusing a technician's or job's row opens its tooltip on the map.
function listenForFocus(state) {
    state.onFocus = event => {
        const row = event.target.closest?.("[data-technician-id],[data-job-id]");
        if (!row) return;
        const marker = row.dataset.technicianId
            ? state.technicians.get(Number(row.dataset.technicianId))?.marker
            : state.jobs.get(Number(row.dataset.jobId));
        marker?.openTooltip();
    };
    document.addEventListener("focusin", state.onFocus);
}

export function dispose(element) {
    const state = element?._dispatchMap;
    if (state) stop(state);
}

function stop(state) {
    if (state.closed) return;
    state.closed = true;
    clearInterval(state.ageTimer);
    document.removeEventListener("focusin", state.onFocus);
    if (state.frame) cancelAnimationFrame(state.frame);
    state.connection?.stop();
    state.map.remove();
}
