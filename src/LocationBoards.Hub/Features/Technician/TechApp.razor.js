// The technician's phone app: jobs from the REST API, moves queued on the phone and sent in order when the link
// is up, live job changes and position sharing over LiveHub. The server renders only the shell (TechApp.razor).
//
// Kept in localStorage: only the queue of actions: moves (job id, move, note, expected version, idempotency key) and
// sale actions (ids, quantities, payment, agreement, keys; see TechSale.razor.js), and the sales' ids and versions.
// Never stored: the job list, customers' names, addresses or accounts; those live in memory for this page only.

import { SaleForm } from "./TechSale.razor.js";

const moves = {
    start: { from: "assigned", to: "enRoute", button: "On my way", done: "On the way" },
    arrive: { from: "enRoute", to: "onSite", button: "Arrived", done: "Arrived" },
    complete: { from: "onSite", to: "done", button: "Job done", done: "Done" },
};

const nextMove = { assigned: "start", enRoute: "arrive", onSite: "complete" };

const statusWords = {
    new: "New", assigned: "Assigned", enRoute: "En route", onSite: "On site", done: "Done", cancelled: "Cancelled",
};

const priorityWords = { low: "Low", normal: "Normal", high: "High", urgent: "Urgent" };

const refreshEveryMs = 30_000;
const retryEveryMs = 10_000;
const positionEveryMs = 5_000;

export function start(root) {
    if (!root || root.dataset.started) {
        return;
    }
    root.dataset.started = "true";
    const app = new TechApp(root);
    app.run();
}

class TechApp {
    constructor(root) {
        this.root = root;
        this.queueKey = `lb.tech.queue.v1:${root.dataset.technicianId || "unknown"}`;
        this.jobs = null;            // in memory only
        this.loadError = null;
        this.account = null;         // { jobId, data } in memory only
        this.accountError = null;
        this.reachable = true;       // the last request reached the server
        this.authLost = false;
        this.sending = false;
        this.connection = null;
        this.hubConnected = false;
        this.latestPosition = null;
        this.lastPositionSent = 0;
        this.watchId = null;
        this.el = {
            connection: root.querySelector("[data-connection]"),
            share: root.querySelector("[data-share]"),
            shareText: root.querySelector("[data-share-text]"),
            notices: root.querySelector("[data-notices]"),
            current: root.querySelector("[data-current]"),
            accountSection: root.querySelector("[data-account-section]"),
            account: root.querySelector("[data-account]"),
            nextSection: root.querySelector("[data-next-section]"),
            next: root.querySelector("[data-next]"),
        };
        this.sendingKey = null;      // the queued item being sent (a draft still waiting behind it may be replaced)
        this.sale = new SaleForm(this, root.querySelector("[data-sale-section]"), root.querySelector("[data-sale]"));
    }

    run() {
        window.addEventListener("online", () => this.wake());
        window.addEventListener("offline", () => this.showConnection());
        document.addEventListener("visibilitychange", () => {
            if (document.visibilityState === "visible") {
                this.wake();
            }
        });
        setInterval(() => this.refresh(), refreshEveryMs);
        setInterval(() => this.flush(), retryEveryMs);
        this.setUpSharing();
        this.startHub();
        this.showConnection();
        this.refresh().then(() => this.flush());
    }

    wake() {
        this.showConnection();
        this.flush().then(() => this.refresh());
        this.sendPosition(true);
        if (this.connection && this.connection.state === "Disconnected") {
            this.startHub();
        }
    }

    // ---- talking to the server -------------------------------------------------------------------------

    async request(method, url, body) {
        let response;
        try {
            response = await fetch(url, {
                method,
                credentials: "same-origin",
                headers: body === undefined ? { Accept: "application/json" } : { Accept: "application/json", "Content-Type": "application/json" },
                body: body === undefined ? undefined : JSON.stringify(body),
                cache: "no-store",
            });
        } catch {
            this.reachable = false;
            this.showConnection();
            return { network: true };
        }
        this.reachable = response.status < 500;
        this.authLost = response.status === 401;
        this.showConnection();
        let json = null;
        if ((response.headers.get("Content-Type") || "").includes("json")) {
            try {
                json = await response.json();
            } catch {
                json = null;
            }
        }
        return { status: response.status, json };
    }

    async refresh() {
        const answer = await this.request("GET", "/api/technicians/me/jobs");
        if (answer.status === 200 && Array.isArray(answer.json)) {
            this.jobs = answer.json;
            this.loadError = null;
        } else if (answer.network) {
            this.loadError = this.jobs ? null : "Your jobs could not be loaded: no connection. They appear when the link returns.";
        } else if (answer.status === 401) {
            this.loadError = "You are signed out. Sign in again to see your jobs; waiting actions stay on this phone.";
        } else if (answer.status === 403) {
            this.loadError = "This account is not set up as a technician.";
        } else {
            this.loadError = `Your jobs could not be loaded (the server answered ${answer.status}). Trying again shortly.`;
        }
        this.render();
        await this.loadAccount();
    }

    // A sale was processed: the ledger, products owned and services held changed.
    accountChanged() {
        this.account = null;
        this.loadAccount();
    }

    async loadAccount() {
        const current = this.currentJob();
        if (!current) {
            this.account = null;
            this.accountError = null;
            this.renderAccount();
            return;
        }
        if (this.account && this.account.jobId === current.jobId) {
            this.renderAccount();
            return;
        }
        const answer = await this.request("GET", `/api/jobs/${current.jobId}/account`);
        if (answer.status === 200 && answer.json) {
            this.account = { jobId: current.jobId, data: answer.json };
            this.accountError = null;
        } else {
            this.account = null;
            this.accountError = answer.network
                ? "The customer's account needs a connection; it appears when the link returns."
                : answer.status === 403
                    ? "The account is shown only for your current job."
                    : "The customer's account could not be loaded.";
        }
        this.renderAccount();
        this.render();
    }

    // ---- the queue of moves (localStorage) ---------------------------------------------------------------

    readQueue() {
        try {
            const items = JSON.parse(localStorage.getItem(this.queueKey) || "[]");
            return Array.isArray(items) ? items : [];
        } catch {
            return [];
        }
    }

    writeQueue(items) {
        try {
            if (items.length === 0) {
                localStorage.removeItem(this.queueKey);
            } else {
                localStorage.setItem(this.queueKey, JSON.stringify(items));
            }
        } catch {
            this.notice("This phone could not keep the action (storage is full or blocked).", true);
        }
    }

    queueMove(job, move, note) {
        const queue = this.readQueue();
        // Several moves of one job queued offline: each expects the version the one before it will leave.
        const earlier = queue.filter(item => item.jobId === job.jobId).length;
        queue.push({
            jobId: job.jobId,
            move,
            note: note || null,
            expectedVersion: job.version + earlier,
            key: newKey(),
            queuedAt: new Date().toISOString(),
        });
        this.writeQueue(queue);
        this.render();
        this.flush();
    }

    // Sends the queued moves in order, each once. Stops at the first that cannot reach the server.
    async flush() {
        if (this.sending) {
            return;
        }
        this.sending = true;
        let changed = false;
        try {
            for (;;) {
                const queue = this.readQueue();
                if (queue.length === 0) {
                    break;
                }
                const item = queue[0];
                this.sendingKey = item.key;
                this.showConnection();
                const result = item.kind ? await this.sale.send(item) : await this.send(item);
                this.sendingKey = null;
                if (result === "retry-later") {
                    break;
                }
                // Applied, already applied, or refused for good: either way it leaves the queue.
                this.writeQueue(this.readQueue().filter(other => other.key !== item.key));
                changed = true;
            }
        } finally {
            this.sending = false;
            this.sendingKey = null;
            this.showConnection();
            this.sale.render();
        }
        if (changed) {
            this.render();
            await this.refresh();
        }
    }

    async send(item, again = false) {
        const answer = await this.request("POST", `/api/jobs/${item.jobId}/moves`, {
            expectedVersion: item.expectedVersion,
            move: item.move,
            note: item.note,
        });
        const move = moves[item.move];
        if (answer.network || answer.status >= 500 || answer.status === 401 || answer.status === 429) {
            return "retry-later";
        }
        if (answer.status === 200) {
            this.replaceJob(answer.json);
            return "applied";
        }
        if (answer.status === 409 && answer.json && answer.json.job) {
            const fresh = answer.json.job;
            this.replaceJob(fresh);
            if (fresh.status === move.to) {
                // Sent before and applied (the answer was lost), or someone did it already: applied once.
                return "applied";
            }
            if (fresh.status === move.from && !again) {
                // Changed meanwhile in a way that still allows this move (say, a dispatcher's edit): the technician's
                // intent stands, so it goes once more against the version now current.
                this.updateQueued(item.key, { expectedVersion: fresh.version });
                return this.send({ ...item, expectedVersion: fresh.version }, true);
            }
            this.notice(`Job ${item.jobId}: “${move.done}” was not sent, the job is now ${words(fresh.status)}.`, true);
            return "dropped";
        }
        if (answer.status === 422) {
            if (answer.json && answer.json.job) {
                this.replaceJob(answer.json.job);
            }
            this.notice(`Job ${item.jobId}: “${move.done}” was refused: ${(answer.json && answer.json.title) || "not allowed now"}.`, true);
            return "dropped";
        }
        if (answer.status === 404 || answer.status === 403) {
            this.notice(`Job ${item.jobId} is no longer yours; “${move.done}” was not sent.`, true);
            return "dropped";
        }
        this.notice(`Job ${item.jobId}: “${move.done}” was not accepted (${answer.status}).`, true);
        return "dropped";
    }

    updateQueued(key, changes) {
        this.writeQueue(this.readQueue().map(item => item.key === key ? { ...item, ...changes } : item));
    }

    replaceJob(job) {
        if (!job || !this.jobs) {
            return;
        }
        this.jobs = this.jobs.map(j => j.jobId === job.jobId ? job : j);
    }

    // The jobs as the technician should see them: the server's list with the moves still waiting applied on top.
    visibleJobs() {
        if (!this.jobs) {
            return null;
        }
        const queue = this.readQueue();
        const shown = [];
        for (const job of this.jobs) {
            let status = job.status;
            let waiting = 0;
            for (const item of queue.filter(i => i.jobId === job.jobId)) {
                const move = moves[item.move];
                if (move && status === move.from) {
                    status = move.to;
                    waiting++;
                }
            }
            if (status === "done" || status === "cancelled") {
                continue;
            }
            shown.push({ ...job, status, waiting });
        }
        // In progress first, as the server orders them.
        return shown.sort((a, b) => inProgress(b) - inProgress(a));
    }

    currentJob() {
        const jobs = this.visibleJobs();
        return jobs && jobs.length > 0 ? jobs[0] : null;
    }

    // ---- live updates (LiveHub) --------------------------------------------------------------------------

    startHub() {
        if (!window.signalR) {
            return;
        }
        if (!this.connection) {
            this.connection = new window.signalR.HubConnectionBuilder()
                .withUrl("/hubs/live")
                .withAutomaticReconnect({ nextRetryDelayInMilliseconds: c => Math.min(30_000, 1000 * 2 ** Math.min(c.previousRetryCount, 5)) })
                .build();
            this.connection.on("DispatchEvent", () => this.refresh());
            this.connection.onreconnecting(() => { this.hubConnected = false; this.showConnection(); });
            this.connection.onreconnected(() => this.joined());
            this.connection.onclose(() => {
                this.hubConnected = false;
                this.showConnection();
                setTimeout(() => this.startHub(), retryEveryMs);
            });
        }
        if (this.connection.state !== "Disconnected") {
            return;
        }
        this.connection.start().then(() => this.joined(), () => {
            this.hubConnected = false;
            this.showConnection();
            setTimeout(() => this.startHub(), retryEveryMs);
        });
    }

    async joined() {
        try {
            await this.connection.invoke("JoinMyJobs");
            this.hubConnected = true;
        } catch {
            this.hubConnected = false;
        }
        this.showConnection();
        // Whatever changed while away: the list again, the waiting moves, the latest position.
        this.flush().then(() => this.refresh());
        this.sendPosition(true);
    }

    // ---- position sharing ----------------------------------------------------------------------------------

    async setUpSharing() {
        const toggle = this.el.share;
        if (!toggle) {
            return;
        }
        if (!navigator.geolocation || !window.isSecureContext) {
            toggle.checked = false;
            toggle.disabled = true;
            this.el.shareText.textContent = "Position sharing needs the secure (https) address of this app.";
            return;
        }
        toggle.addEventListener("change", () => toggle.checked ? this.startSharing() : this.stopSharing("Not sharing your position."));
        let permission = "prompt";
        try {
            permission = (await navigator.permissions.query({ name: "geolocation" })).state;
        } catch {
            permission = "prompt";
        }
        if (permission === "denied") {
            toggle.checked = false;
            this.el.shareText.textContent = "This phone blocks location for this app. Allow it in the browser's site settings to share.";
            return;
        }
        toggle.checked = true;
        this.startSharing();
    }

    startSharing() {
        if (this.watchId !== null) {
            return;
        }
        this.el.shareText.textContent = "Finding your position…";
        this.watchId = navigator.geolocation.watchPosition(
            position => {
                this.latestPosition = {
                    latitude: position.coords.latitude,
                    longitude: position.coords.longitude,
                    recordedUtc: new Date(position.timestamp || Date.now()).toISOString(),
                };
                this.sendPosition(false);
            },
            error => {
                if (error.code === error.PERMISSION_DENIED) {
                    this.el.share.checked = false;
                    this.stopSharing("Location was refused on this phone, so your position is not shared.");
                } else {
                    this.el.shareText.textContent = "Sharing is on, but the phone has no position fix yet.";
                }
            },
            { enableHighAccuracy: true, maximumAge: 10_000, timeout: 60_000 });
    }

    stopSharing(text) {
        if (this.watchId !== null) {
            navigator.geolocation.clearWatch(this.watchId);
            this.watchId = null;
        }
        this.latestPosition = null;
        this.el.shareText.textContent = text;
    }

    // Positions are lossy by nature: only the latest is kept, in memory, and sent at most every few seconds.
    async sendPosition(force) {
        const position = this.latestPosition;
        if (!position || this.watchId === null) {
            return;
        }
        const now = Date.now();
        if (!force && now - this.lastPositionSent < positionEveryMs) {
            clearTimeout(this.positionTimer);
            this.positionTimer = setTimeout(() => this.sendPosition(false), positionEveryMs - (now - this.lastPositionSent));
            return;
        }
        this.lastPositionSent = now;
        let sent = false;
        if (this.connection && this.connection.state === "Connected") {
            try {
                await this.connection.invoke("SendPosition", position.latitude, position.longitude, position.recordedUtc);
                sent = true;
            } catch {
                sent = false;
            }
        }
        if (!sent) {
            const answer = await this.request("POST", "/api/technicians/me/position", position);
            sent = answer.status === 204 || answer.status === 202;
            if (answer.status === 400) {
                this.el.shareText.textContent = `Your position was refused: ${(answer.json && answer.json.title) || "check the phone's clock"}.`;
                return;
            }
        }
        const at = new Date().toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" });
        this.el.shareText.textContent = sent
            ? `Sharing your position (last sent ${at}).`
            : "Sharing is on; your position is sent when the link returns.";
    }

    // ---- drawing ---------------------------------------------------------------------------------------------

    showConnection() {
        const waiting = this.readQueue().length;
        const online = navigator.onLine && this.reachable;
        let state;
        let text;
        if (this.authLost) {
            state = "signed-out";
            text = "Signed out: sign in again.";
        } else if (!online) {
            state = "offline";
            text = "Offline.";
        } else if (this.sending && waiting > 0) {
            state = "sending";
            text = "Online, sending…";
        } else {
            state = "online";
            text = this.hubConnected || !window.signalR ? "Online." : "Online (live updates reconnecting).";
        }
        if (waiting > 0) {
            text += ` Waiting to send: ${waiting} ${waiting === 1 ? "action" : "actions"}.`;
        } else if (!online) {
            text += " Your actions are kept on this phone and sent when the link returns.";
        }
        this.root.dataset.link = state;
        this.root.dataset.waiting = String(waiting);
        const el = this.el.connection;
        if (el.textContent !== text) {
            el.textContent = text;
        }
        el.dataset.state = state;
    }

    render() {
        this.showConnection();
        const jobs = this.visibleJobs();
        const current = this.el.current;
        if (!jobs) {
            current.replaceChildren(this.loadError
                ? node("p", { class: "tech-error", role: "alert" }, this.loadError)
                : node("p", { class: "tech-loading" }, "Loading your jobs…"));
            this.el.nextSection.hidden = true;
            return;
        }
        const parts = [];
        if (this.loadError) {
            parts.push(node("p", { class: "tech-error", role: "alert" }, this.loadError));
        }
        if (jobs.length === 0) {
            parts.push(node("p", { class: "tech-empty" }, "No jobs right now. New jobs appear here by themselves."));
            current.replaceChildren(...parts);
            this.el.nextSection.hidden = true;
            this.sale.follow(null);
            return;
        }
        // A note being typed survives a redraw (a live update or the periodic refresh).
        const typing = current.querySelector("textarea.tech-note");
        const kept = typing ? { id: typing.id, value: typing.value, focused: document.activeElement === typing } : null;
        parts.push(this.currentCard(jobs[0]));
        current.replaceChildren(...parts);
        this.sale.follow(jobs[0]);
        const again = kept && (kept.value !== "" || kept.focused) ? document.getElementById(kept.id) : null;
        if (again) {
            again.value = kept.value;
            if (kept.focused) {
                again.focus();
            }
        }
        const rest = jobs.slice(1);
        this.el.nextSection.hidden = rest.length === 0;
        this.el.next.replaceChildren(...rest.map(job => node("li", { class: "tech-next-job", "data-job-id": job.jobId },
            node("span", { class: `tech-status tech-status-${job.status}` }, words(job.status)),
            node("strong", {}, job.customerName),
            node("span", {}, job.addressText),
            node("span", { class: "tech-small" }, `${priorityWords[job.priority] || job.priority} · ${job.skillNeeded}`))));
    }

    currentCard(job) {
        const account = this.account && this.account.jobId === job.jobId ? this.account.data : null;
        const product = account && job.ownedProductId
            ? (account.productsOwned || []).find(p => p.ownedProductId === job.ownedProductId)
            : null;
        const card = node("article", { class: "tech-job", "data-job-id": job.jobId, "data-status": job.status, "aria-labelledby": `job-${job.jobId}-name` });
        card.append(
            node("p", { class: "tech-job-head" },
                node("span", { class: `tech-status tech-status-${job.status}`, "data-job-status": "" }, words(job.status)),
                node("span", { class: "tech-small" }, `Job ${job.jobId} · ${priorityWords[job.priority] || job.priority}`)),
            node("h3", { class: "tech-customer", id: `job-${job.jobId}-name` }, job.customerName),
            node("p", { class: "tech-address" }, job.addressText));
        if (job.waiting > 0) {
            card.append(node("p", { class: "tech-waiting" }, "Not sent yet: kept on this phone, sent when the link returns."));
        }
        const lat = Number(job.latitude).toFixed(6);
        const lng = Number(job.longitude).toFixed(6);
        card.append(node("div", { class: "tech-links" },
            node("a", { class: "tech-link", href: `geo:${lat},${lng}?q=${lat},${lng}` }, "Open in maps app"),
            node("a", { class: "tech-link", href: `https://www.openstreetmap.org/directions?to=${lat},${lng}`, target: "_blank", rel: "noopener noreferrer" }, "Directions (OpenStreetMap)")));
        const contact = node("div", { class: "tech-contact" });
        if (account) {
            for (const phone of account.phones || []) {
                contact.append(node("a", { class: "tech-link", href: `tel:${phone}` }, `Call ${readablePhone(phone)}`));
            }
        }
        card.append(contact);
        const facts = node("dl", { class: "tech-facts" });
        facts.append(
            node("dt", {}, "Product"),
            node("dd", {}, product ? product.name + (product.serialNumber ? ` (serial ${product.serialNumber})` : "") : job.ownedProductId ? `Product ${job.ownedProductId}` : "Not given"),
            node("dt", {}, "Symptoms"),
            node("dd", {}, job.symptoms),
            node("dt", {}, "Skill"),
            node("dd", {}, job.skillNeeded));
        card.append(facts);

        if (job.status === "onSite") {
            // The customer asks for something else: a sale on this job (the form opens below the card).
            const sell = node("button", { type: "button", class: "tech-sell", "data-sell": "", "aria-expanded": String(this.sale.job !== null) }, "Sell something");
            sell.addEventListener("click", () => this.sale.open(job));
            card.append(sell);
        }

        const moveName = nextMove[job.status];
        if (moveName) {
            const move = moves[moveName];
            const noteId = `note-${job.jobId}`;
            const note = node("textarea", { id: noteId, class: "tech-note", rows: "2", maxlength: "500" });
            const button = node("button", { type: "button", class: "tech-action", "data-move": moveName }, move.button);
            button.addEventListener("click", () => {
                button.disabled = true;
                const text = note.value.trim();
                note.value = "";
                this.queueMove(job, moveName, text);
            });
            // The button is the card's own child so it can stay at the bottom of the screen, under the thumb,
            // while the technician scrolls through the job (position: sticky within the card).
            card.append(
                node("div", { class: "tech-move" },
                    node("label", { for: noteId }, "Note with this step (optional)"),
                    note),
                button);
        }
        return card;
    }

    renderAccount() {
        const section = this.el.accountSection;
        const current = this.currentJob();
        if (!current) {
            section.hidden = true;
            this.el.account.replaceChildren();
            return;
        }
        section.hidden = false;
        const account = this.account && this.account.jobId === current.jobId ? this.account.data : null;
        if (!account) {
            this.el.account.replaceChildren(node("p", { class: this.accountError ? "tech-error" : "tech-loading" }, this.accountError || "Loading the customer's account…"));
            return;
        }
        const parts = [
            node("p", { class: "tech-account-name", "data-account-name": "" }, account.name),
            node("dl", { class: "tech-facts" },
                node("dt", {}, "Phone"),
                node("dd", {}, (account.phones || []).map(readablePhone).join(", ") || "None on file"),
                node("dt", {}, "Email"),
                node("dd", {}, account.email || "None on file"),
                node("dt", {}, "Billing address"),
                node("dd", {}, account.billingAddress)),
            node("h3", {}, "Balance"),
            node("p", { class: "tech-balance", "data-account-balance": "" }, balanceWords(account.balanceMinor || 0)),
            node("h3", {}, "Account entries"),
            ledger(account.ledger),
            node("h3", {}, "Products owned"),
            list(account.productsOwned, p => `${p.quantity > 1 ? `${p.quantity} × ` : ""}${p.name}${p.serialNumber ? `, serial ${p.serialNumber}` : ""}, since ${p.acquiredOn}`, "None on file."),
            node("h3", {}, "Services held"),
            list(account.servicesHeld, s => `${s.name}: since ${s.startsOn}${s.renewsOn ? `, renews ${s.renewsOn}` : s.endsOn ? `, until ${s.endsOn}` : ""}`, "None."),
            node("h3", {}, "Past jobs"),
            list(account.pastJobs, j => `${day(j.createdUtc)} · ${j.status} · ${j.symptoms}`, "No earlier jobs."),
            node("h3", {}, "Past orders"),
            list(account.pastOrders, o => `${day(o.placedUtc)} · ${o.status} · ${money(o.totalMinor)} · ${(o.lines || []).join(", ")}`, "No orders."),
        ];
        this.el.account.replaceChildren(...parts);
    }

    notice(text, important) {
        const item = node("p", { class: important ? "tech-notice tech-notice-important" : "tech-notice" }, text);
        const dismiss = node("button", { type: "button", class: "tech-dismiss" }, "OK");
        dismiss.addEventListener("click", () => item.remove());
        item.append(" ", dismiss);
        this.el.notices.append(item);
    }
}

function node(tag, attributes, ...children) {
    const element = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes || {})) {
        element.setAttribute(name, String(value));
    }
    for (const child of children) {
        element.append(child instanceof Node ? child : document.createTextNode(String(child ?? "")));
    }
    return element;
}

function list(items, text, empty) {
    if (!items || items.length === 0) {
        return node("p", { class: "tech-small" }, empty);
    }
    return node("ul", { class: "tech-list" }, ...items.map(item => node("li", {}, text(item))));
}

// "+15035550142" as people read it, "(503) 555-0142"; numbers outside North America stay as stored.
const ledgerKinds = { Sale: "Sale", OrderChargedToAccount: "Order", Payment: "Payment", Adjustment: "Adjustment" };

// What the customer owes is positive; a negative balance is their credit.
function balanceWords(minor) {
    if (minor > 0) {
        return `Owes ${money(minor)}`;
    }
    return minor < 0 ? `In credit ${money(-minor)}` : "Nothing owed";
}

function ledger(entries) {
    if (!entries || entries.length === 0) {
        return node("p", { class: "tech-small" }, "No entries.");
    }
    const rows = entries.slice(0, 10).map(e => node("tr", {},
        node("td", {}, day(e.occurredUtc)),
        node("td", {}, `${ledgerKinds[e.kind] || e.kind}: ${e.description}`),
        node("td", { class: "tech-amount" }, money(e.amountMinor))));
    return node("table", { class: "tech-ledger" },
        node("caption", { class: "tech-small" }, entries.length > 10 ? "The latest 10 entries" : "Every entry"),
        node("thead", {}, node("tr", {}, node("th", { scope: "col" }, "Date"), node("th", { scope: "col" }, "Entry"), node("th", { scope: "col" }, "Amount"))),
        node("tbody", {}, ...rows));
}

function readablePhone(e164) {
    const nanp = /^\+1(\d{3})(\d{3})(\d{4})$/.exec(e164 || "");
    return nanp ? `(${nanp[1]}) ${nanp[2]}-${nanp[3]}` : e164;
}

function words(status) {
    return statusWords[status] || status;
}

function inProgress(job) {
    return job.status === "enRoute" || job.status === "onSite" ? 1 : 0;
}

function day(utc) {
    return new Date(utc).toLocaleDateString([], { year: "numeric", month: "short", day: "numeric" });
}

function money(minor) {
    return (Number(minor) / 100).toLocaleString([], { style: "currency", currency: "USD" });
}

// An idempotency key per queued move; crypto.randomUUID needs a secure page, getRandomValues does not.
function newKey() {
    if (window.crypto && typeof window.crypto.randomUUID === "function") {
        return window.crypto.randomUUID();
    }
    const bytes = new Uint8Array(16);
    window.crypto.getRandomValues(bytes);
    return Array.from(bytes, b => b.toString(16).padStart(2, "0")).join("");
}
