// The sale form on the technician's phone: the customer asks for something on site, the technician picks it from
// the catalogue, the customer agrees, and the sale is sent to the company, which processes it at once.
//
// Every change to the sale goes through the app's queue of actions (TechApp.razor.js), in order with the job's
// moves: a draft saved as it is edited (PUT /api/sales/drafts/{clientKey}), the agreement, the submission. Online
// they are sent at once, so the dispatcher sees the draft; offline they wait on the phone and are sent once, in order,
// when the link returns. A queued item holds only ids, quantities, the payment, the agreement and keys; the sale ids
// and versions the server gave are kept beside the queue. The catalogue, prices and the customer's details stay in
// memory for the page's life.

const draftSaveDelayMs = 800;

const fulfilmentWords = { handedOverNow: "Hand over now", toBeDelivered: "Deliver", service: "Service" };

const paymentWords = {
    chargeToAccount: "Charge to the customer's account",
    cashToTechnician: "Cash, paid to me",
    chequeToTechnician: "Cheque, paid to me",
};

const statusWords = { draft: "Draft", agreed: "Agreed", submitted: "Submitted", processed: "Processed", refused: "Refused" };

const refusalWords = {
    outOfStock: "An item is out of stock everywhere able to supply it",
    invalidLine: "A line is not valid",
    jobNotOnSite: "The job is no longer on site",
    pricesChanged: "Prices changed after the customer agreed",
    withdrawn: "Withdrawn",
};

export class SaleForm {
    // app: the TechApp (request, queue, notices); section/body: where the form is drawn.
    constructor(app, section, body) {
        this.app = app;
        this.section = section;
        this.body = body;
        this.knownKey = `lb.tech.sales.v1:${app.root.dataset.technicianId || "unknown"}`;
        this.job = null;          // the On site job the form is for
        this.catalog = null;      // { jobId, data } in memory only
        this.catalogError = null;
        this.draft = null;        // what the technician is putting together (in memory)
        this.sale = null;         // the server's answer for the draft: priced lines, total, status, refusal
        this.step = "pick";       // pick | review | result
        this.search = "";
        this.category = "";
        this.saveTimer = null;
        this.signature = null;    // SVG path data, when the customer signs
    }

    // ---- opening and closing -----------------------------------------------------------------------------

    // The current job changed (or was redrawn): keep the form for the job it was opened for, close it otherwise.
    follow(job) {
        if (!this.job) {
            return;
        }
        if (!job || job.jobId !== this.job.jobId || job.status !== "onSite") {
            if (this.draft && this.step !== "result" && this.hasLines()) {
                this.app.notice("The sale form closed: the job is no longer on site. What was already sent stays with the company.", true);
            }
            this.close();
        } else {
            this.job = job;
        }
    }

    async open(job) {
        this.job = job;
        this.section.hidden = false;
        if (!this.draft || this.draft.jobId !== job.jobId) {
            this.draft = this.restoredDraft(job.jobId) || newDraft(job.jobId);
            this.sale = null;
            this.step = "pick";
        }
        this.render();
        this.section.scrollIntoView({ block: "start" });
        this.section.querySelector("#tech-sale-title").focus({ preventScroll: true });
        await this.loadCatalog();
    }

    close() {
        clearTimeout(this.saveTimer);
        this.job = null;
        this.section.hidden = true;
        this.body.replaceChildren();
        this.app.render();
    }

    // After a reload, a draft still waiting in the queue for this job comes back into the form.
    restoredDraft(jobId) {
        const queued = this.app.readQueue().filter(i => i.kind === "saleDraft" && i.jobId === jobId);
        const last = queued[queued.length - 1];
        if (!last) {
            return null;
        }
        const draft = newDraft(jobId);
        draft.clientKey = last.clientKey;
        draft.paymentMethod = last.paymentMethod;
        draft.paymentReference = last.paymentReference || "";
        for (const line of last.lines) {
            draft.lines.set(line.catalogItemId, { quantity: line.quantity, fulfilment: line.fulfilment });
        }
        return draft;
    }

    async loadCatalog() {
        if (this.catalog && this.catalog.jobId === this.job.jobId) {
            return;
        }
        const jobId = this.job.jobId;
        const answer = await this.app.request("GET", `/api/jobs/${jobId}/sale-catalog`);
        if (!this.job || this.job.jobId !== jobId) {
            return;
        }
        if (answer.status === 200 && answer.json) {
            this.catalog = { jobId, data: answer.json };
            this.catalogError = null;
        } else {
            this.catalogError = answer.network
                ? "The catalogue needs a connection the first time; it appears when the link returns."
                : answer.status === 403 || answer.status === 404
                    ? "Sales can be recorded only for the customer of your job on site."
                    : `The catalogue could not be loaded (the server answered ${answer.status}).`;
        }
        this.render();
    }

    // ---- the draft -----------------------------------------------------------------------------------------

    items() {
        return (this.catalog && this.catalog.data && this.catalog.data.items) || [];
    }

    item(id) {
        return this.items().find(i => i.catalogItemId === id);
    }

    hasLines() {
        return this.draft && this.draft.lines.size > 0;
    }

    setQuantity(item, quantity) {
        const max = (this.catalog && this.catalog.data.maxQuantityPerLine) || 20;
        const lines = this.draft.lines;
        const line = lines.get(item.catalogItemId);
        const next = Math.max(0, Math.min(max, quantity));
        if (next === 0) {
            lines.delete(item.catalogItemId);
        } else if (line) {
            line.quantity = next;
        } else {
            lines.set(item.catalogItemId, { quantity: next, fulfilment: defaultFulfilment(item, next) });
        }
        this.changed();
    }

    setFulfilment(item, fulfilment) {
        const line = this.draft.lines.get(item.catalogItemId);
        if (line) {
            line.fulfilment = fulfilment;
            this.changed();
        }
    }

    // An edit: the shown answer no longer matches (an agreed sale goes back to a draft) and the draft is saved soon.
    changed() {
        if (this.sale && this.sale.status === "agreed") {
            this.sale = { ...this.sale, status: "draft" };
        }
        this.render();
        clearTimeout(this.saveTimer);
        this.saveTimer = setTimeout(() => this.saveDraft(), draftSaveDelayMs);
    }

    // Puts the draft in the queue: replaces a draft of the same sale still waiting at the end of it (only the
    // latest version matters), otherwise adds one.
    saveDraft() {
        clearTimeout(this.saveTimer);
        if (!this.draft || (!this.hasLines() && !this.known(this.draft.clientKey))) {
            return;
        }
        const item = {
            kind: "saleDraft",
            key: newKey(),
            clientKey: this.draft.clientKey,
            jobId: this.draft.jobId,
            lines: [...this.draft.lines].map(([catalogItemId, line]) => ({ catalogItemId, quantity: line.quantity, fulfilment: line.fulfilment })),
            paymentMethod: this.draft.paymentMethod || null,
            paymentReference: this.draft.paymentReference ? this.draft.paymentReference.trim() : null,
            queuedAt: new Date().toISOString(),
        };
        const queue = this.app.readQueue();
        const last = queue[queue.length - 1];
        if (last && last.kind === "saleDraft" && last.clientKey === item.clientKey && last.key !== this.app.sendingKey) {
            queue[queue.length - 1] = item;
        } else {
            queue.push(item);
        }
        this.app.writeQueue(queue);
        this.app.showConnection();
        this.app.flush();
    }

    agreeAndSend() {
        const problems = this.problems();
        if (problems.length > 0) {
            this.render(problems);
            const first = this.body.querySelector("[aria-invalid='true']");
            if (first) {
                first.focus();
            }
            return;
        }
        this.saveDraft();
        const queue = this.app.readQueue();
        const clientKey = this.draft.clientKey;
        queue.push(
            { kind: "saleAgree", key: newKey(), clientKey, jobId: this.draft.jobId, agreedName: this.draft.agreedName.trim(), signature: this.signature || null },
            { kind: "saleSubmit", key: newKey(), clientKey, jobId: this.draft.jobId });
        this.app.writeQueue(queue);
        this.step = "result";
        this.sale = { ...(this.sale || {}), status: "sending" };
        this.render();
        this.app.flush();
    }

    problems() {
        const problems = {};
        if (!this.hasLines()) {
            problems.lines = "Add at least one item.";
        }
        if (!this.draft.paymentMethod) {
            problems.payment = "Choose how the customer pays.";
        } else if (this.draft.paymentMethod === "chequeToTechnician" && !this.draft.paymentReference.trim()) {
            problems.reference = "Write the cheque number.";
        }
        if (!this.draft.agreedName.trim()) {
            problems.name = "The customer types their name to agree (or you type it for them).";
        }
        return Object.keys(problems).length === 0 ? [] : problems;
    }

    // ---- sending (called by the app's queue, in order) -----------------------------------------------------

    readKnown() {
        try {
            const known = JSON.parse(localStorage.getItem(this.knownKey) || "{}");
            return known && typeof known === "object" ? known : {};
        } catch {
            return {};
        }
    }

    known(clientKey) {
        return this.readKnown()[clientKey] || null;
    }

    remember(clientKey, sale) {
        const known = this.readKnown();
        known[clientKey] = { saleId: saleIdOf(sale), version: sale.version, jobId: sale.jobId };
        // Only the sales still being worked on are worth keeping: finished ones are dropped after a while.
        const keys = Object.keys(known);
        for (const key of keys.slice(0, Math.max(0, keys.length - 20))) {
            delete known[key];
        }
        try {
            localStorage.setItem(this.knownKey, JSON.stringify(known));
        } catch {
            // The queue item still carries the client key; the server finds the sale by it.
        }
    }

    // One queued sale action; answers "applied", "dropped" or "retry-later", as the job moves do.
    async send(item, again = false) {
        const known = this.known(item.clientKey);
        let answer;
        if (item.kind === "saleDraft") {
            answer = await this.app.request("PUT", `/api/sales/drafts/${item.clientKey}`, {
                jobId: item.jobId,
                lines: item.lines,
                paymentMethod: item.paymentMethod,
                paymentReference: item.paymentReference,
                version: known ? known.version : null,
            });
        } else {
            if (!known) {
                this.app.notice("The sale was not sent: its draft never reached the company. Record it again.", true);
                return "dropped";
            }
            const path = item.kind === "saleAgree" ? "agree" : "submit";
            const body = item.kind === "saleAgree"
                ? { agreedName: item.agreedName, signature: item.signature, version: known.version }
                : { version: known.version };
            answer = await this.app.request("POST", `/api/sales/${known.saleId}/${path}`, body);
        }
        if (answer.network || answer.status >= 500 || answer.status === 401 || answer.status === 429) {
            return "retry-later";
        }
        const sale = saleOf(answer.json);
        if ((answer.status === 200 || answer.status === 201) && sale) {
            this.accept(item.clientKey, sale);
            return "applied";
        }
        if (answer.status === 409) {
            const fresh = sale || (known ? saleOf((await this.app.request("GET", `/api/sales/${known.saleId}`)).json) : null);
            if (fresh) {
                this.accept(item.clientKey, fresh);
                if (alreadyDone(item.kind, fresh.status)) {
                    // Sent before and applied (the answer was lost): applied once.
                    return "applied";
                }
                if (!again && (fresh.status === "draft" || fresh.status === "agreed")) {
                    return this.send(item, true);
                }
            }
            this.app.notice(`The sale's ${actionWords(item.kind)} was not sent: the sale is now ${words(fresh && fresh.status)}.`, true);
            return "dropped";
        }
        if (answer.status === 400 || answer.status === 422) {
            if (item.kind === "saleDraft" && sale && sale.clientKey && sale.clientKey !== item.clientKey && sale.jobId === item.jobId
                && (sale.status === "draft" || sale.status === "agreed")) {
                // The job already has a sale in progress (started before a reload, or phoned in): carry on with it.
                this.adopt(item.clientKey, sale);
                return "dropped";
            }
            if (sale) {
                this.accept(item.clientKey, sale);
            }
            this.refusedHere(item, answer.json);
            return "dropped";
        }
        this.app.notice(`The sale's ${actionWords(item.kind)} was not accepted (${answer.status}${answer.status === 403 || answer.status === 404 ? ": only for your job on site" : ""}).`, true);
        if (this.draft && this.draft.clientKey === item.clientKey && this.step === "result") {
            this.step = "review";
            this.render();
        }
        return "dropped";
    }

    accept(clientKey, sale) {
        this.remember(clientKey, sale);
        if (!this.draft || this.draft.clientKey !== clientKey) {
            return;
        }
        const before = this.sale && this.sale.status;
        this.sale = sale;
        if (sale.status === "processed" || sale.status === "refused") {
            this.step = "result";
            if (sale.status === "processed" && before !== "processed") {
                this.app.accountChanged();
            }
        }
        this.render();
    }

    adopt(ourKey, sale) {
        this.remember(sale.clientKey, sale);
        // The agreement queued for the other draft was to its lines, not these: the customer agrees again.
        this.app.writeQueue(this.app.readQueue().filter(i => i.clientKey !== ourKey || i.key === this.app.sendingKey));
        if (this.draft && this.draft.clientKey === ourKey) {
            this.draft.clientKey = sale.clientKey;
            this.draft.lines = new Map((sale.lines || []).map(l => [l.catalogItemId, { quantity: l.quantity, fulfilment: l.fulfilment }]));
            this.draft.paymentMethod = sale.paymentMethod || this.draft.paymentMethod;
            this.draft.paymentReference = sale.paymentReference || this.draft.paymentReference;
            this.sale = sale;
            if (this.step === "result") {
                this.step = "review";
            }
            this.render();
        }
        this.app.notice("This job already had a sale in progress: the form carries on with it. Check the items before the customer agrees.", true);
    }

    // A refusal of the request itself (bad line, payment, name): back to the form with what the server said.
    refusedHere(item, json) {
        const title = (json && (json.title || json.detail)) || "The company refused it.";
        const fields = json && json.errors ? Object.values(json.errors).flat() : [];
        this.app.notice(`The sale's ${actionWords(item.kind)} was refused: ${[title, ...fields].join(" ")}`, true);
        if (this.draft && this.draft.clientKey === item.clientKey && this.step === "result" && !(this.sale && this.sale.status === "refused")) {
            this.step = "review";
            this.render();
        }
    }

    async copyIntoNewDraft() {
        const old = this.sale;
        const clientKey = newKey();
        const lines = (old && old.lines) || [];
        let copied = null;
        if (old && saleIdOf(old)) {
            const answer = await this.app.request("POST", `/api/sales/${saleIdOf(old)}/copy`, { clientKey });
            copied = (answer.status === 200 || answer.status === 201) ? saleOf(answer.json) : null;
        }
        this.draft = newDraft(this.job.jobId);
        this.draft.clientKey = clientKey;
        this.draft.paymentMethod = (old && old.paymentMethod) || null;
        this.draft.paymentReference = (old && old.paymentReference) || "";
        for (const line of (copied && copied.lines) || lines) {
            this.draft.lines.set(line.catalogItemId, { quantity: line.quantity, fulfilment: line.fulfilment });
        }
        this.signature = null;
        this.step = "pick";
        if (copied) {
            this.remember(clientKey, copied);
            this.sale = copied;
            this.render();
        } else {
            // Offline (or the copy was refused): a new draft with the same lines, saved like any other.
            this.sale = null;
            this.changed();
        }
        this.section.querySelector("#tech-sale-title").focus();
    }

    // ---- drawing -------------------------------------------------------------------------------------------

    render(problems) {
        if (!this.job) {
            return;
        }
        // A field being typed in survives a redraw.
        const typing = document.activeElement && this.body.contains(document.activeElement) && document.activeElement.id
            ? document.activeElement.id : null;
        const parts = [];
        parts.push(node("p", { class: "tech-small" }, `For ${this.job.customerName}, job ${this.job.jobId}.`));
        if (this.step === "result") {
            parts.push(this.resultView());
        } else if (this.step === "review") {
            parts.push(this.reviewView(problems || {}));
        } else {
            parts.push(this.pickView());
        }
        this.body.replaceChildren(...parts);
        if (typing) {
            const again = document.getElementById(typing);
            if (again) {
                again.focus();
                if (again.setSelectionRange && typeof again.value === "string" && again.type !== "number") {
                    again.setSelectionRange(again.value.length, again.value.length);
                }
            }
        }
        this.app.showConnection();
    }

    statusLine() {
        const status = this.sale && this.sale.status;
        const waiting = this.app.readQueue().some(i => i.clientKey === (this.draft && this.draft.clientKey));
        const text = waiting
            ? (navigator.onLine && this.app.reachable ? "Saving…" : "Kept on this phone; sent when the link returns.")
            : status ? `Saved with the company: ${words(status).toLowerCase()}.` : "Nothing saved yet.";
        return node("p", { class: "tech-sale-saved", "data-sale-saved": waiting ? "waiting" : status || "none", role: "status" }, text);
    }

    pickView() {
        const wrap = node("div", { class: "tech-sale-pick" });
        wrap.append(this.statusLine());
        if (!this.catalog) {
            wrap.append(node("p", { class: this.catalogError ? "tech-error" : "tech-loading", role: this.catalogError ? "alert" : null }, this.catalogError || "Loading the catalogue…"));
            wrap.append(this.closeButton());
            return wrap;
        }
        const searchId = "sale-search";
        const search = node("input", { id: searchId, type: "search", class: "tech-input", autocomplete: "off", value: this.search, "aria-describedby": "sale-found" });
        search.value = this.search;
        search.addEventListener("input", () => {
            this.search = search.value;
            this.render();
        });
        wrap.append(node("label", { for: searchId, class: "tech-label" }, "Search the catalogue"), search);

        const categories = [...new Set(this.items().map(i => i.category))].sort();
        const chips = node("div", { class: "tech-chips", role: "group", "aria-label": "Categories" });
        for (const category of ["", ...categories]) {
            const chip = node("button", { type: "button", class: "tech-chip", "aria-pressed": String(this.category === category), id: `sale-category-${category || "all"}` }, category || "All");
            chip.addEventListener("click", () => {
                this.category = category;
                this.render();
            });
            chips.append(chip);
        }
        wrap.append(chips);

        const term = this.search.trim().toLowerCase();
        const shown = this.items().filter(i =>
            (!this.category || i.category === this.category)
            && (!term || i.name.toLowerCase().includes(term) || (i.category || "").toLowerCase().includes(term) || (i.description || "").toLowerCase().includes(term)));
        wrap.append(node("p", { class: "tech-small", id: "sale-found", role: "status" }, `${shown.length} ${shown.length === 1 ? "item" : "items"} shown.`));
        const list = node("ul", { class: "tech-sale-items", "aria-label": "Catalogue" });
        for (const item of shown.slice(0, 60)) {
            list.append(this.itemRow(item));
        }
        wrap.append(list);
        if (shown.length > 60) {
            wrap.append(node("p", { class: "tech-small" }, "More items match: narrow the search."));
        }
        wrap.append(this.basketBar(), this.closeButton());
        return wrap;
    }

    itemRow(item) {
        const line = this.draft.lines.get(item.catalogItemId);
        const quantity = line ? line.quantity : 0;
        const service = item.kind === "service";
        const row = node("li", { class: `tech-sale-item${quantity > 0 ? " is-chosen" : ""}`, "data-item-id": item.catalogItemId });
        const head = node("div", { class: "tech-sale-item-head" },
            node("span", { class: "tech-sale-icon", "aria-hidden": "true" }, item.icon || (service ? "🛠" : "📦")),
            node("span", { class: "tech-sale-name", id: `item-${item.catalogItemId}-name` }, item.name),
            node("span", { class: "tech-sale-price" }, money(item.priceMinor)));
        row.append(head);
        const facts = [];
        if (service) {
            facts.push(`Service${termWords(item) ? `, ${termWords(item)}` : ""}`);
        } else {
            facts.push(`In the van: ${item.vanStock ?? 0}`);
        }
        const has = this.ownedWords(item);
        if (has) {
            facts.push(has);
        }
        row.append(node("p", { class: "tech-small tech-sale-facts" }, facts.join(" · ")));

        const minus = node("button", { type: "button", class: "tech-step", id: `sale-fewer-${item.catalogItemId}`, "aria-label": `One fewer ${item.name}` }, "−");
        minus.disabled = quantity === 0;
        minus.addEventListener("click", () => this.setQuantity(item, quantity - 1));
        const plus = node("button", { type: "button", class: "tech-step", id: `sale-more-${item.catalogItemId}`, "aria-label": `One more ${item.name}` }, "+");
        plus.addEventListener("click", () => this.setQuantity(item, quantity + 1));
        row.append(node("div", { class: "tech-stepper" },
            minus,
            node("output", { class: "tech-quantity", "aria-live": "polite", "aria-label": `Quantity of ${item.name}` }, String(quantity)),
            plus));
        if (quantity > 0 && !service) {
            row.append(this.fulfilmentChoice(item, line));
        }
        return row;
    }

    // What the customer already has of this item, beside it: products owned, services held (with their end or renewal).
    ownedWords(item) {
        const data = this.catalog.data;
        if (item.kind === "service") {
            const held = (data.servicesHeld || []).find(s => s.catalogItemId === item.catalogItemId);
            if (held) {
                const until = held.renewsOn ? `renews ${held.renewsOn}` : held.endsOn ? `until ${held.endsOn}` : `since ${held.startsOn}`;
                return `The customer already holds this (${until})`;
            }
            return null;
        }
        const owned = (data.productsOwned || []).filter(p => p.catalogItemId === item.catalogItemId).reduce((sum, p) => sum + (p.quantity || 1), 0);
        return owned > 0 ? `The customer owns ${owned}` : null;
    }

    fulfilmentChoice(item, line) {
        const name = `fulfil-${item.catalogItemId}`;
        const group = node("fieldset", { class: "tech-choice" }, node("legend", {}, `How ${item.name} reaches the customer`));
        const van = item.vanStock ?? 0;
        const options = [
            ["handedOverNow", `Hand over now (from the van: ${van} in stock)`],
            ["toBeDelivered", "Deliver to the customer's address"],
        ];
        for (const [value, text] of options) {
            const id = `${name}-${value}`;
            const input = node("input", { type: "radio", name, id, value });
            input.checked = line.fulfilment === value;
            input.addEventListener("change", () => this.setFulfilment(item, value));
            group.append(node("label", { for: id, class: "tech-radio" }, input, node("span", {}, text)));
        }
        if (line.fulfilment === "handedOverNow" && line.quantity > van) {
            group.append(node("p", { class: "tech-warning" }, `Only ${van} in the van: deliver the rest, or the sale will be refused.`));
        }
        return group;
    }

    basketBar() {
        const count = [...this.draft.lines.values()].reduce((sum, l) => sum + l.quantity, 0);
        const bar = node("div", { class: "tech-basket" },
            node("p", { class: "tech-basket-total", "data-sale-total": "" }, count === 0 ? "Nothing chosen yet." : `${count} ${count === 1 ? "item" : "items"} · ${money(this.total())}`));
        const review = node("button", { type: "button", class: "tech-action", "data-sale-review": "" }, "Review with the customer");
        review.disabled = count === 0;
        review.addEventListener("click", () => {
            this.step = "review";
            this.saveDraft();
            this.render();
            this.section.querySelector("#tech-sale-title").focus();
        });
        bar.append(review);
        return bar;
    }

    closeButton() {
        const button = node("button", { type: "button", class: "tech-secondary" }, "Close the sale form");
        button.addEventListener("click", () => {
            this.saveDraft();
            this.close();
        });
        return button;
    }

    // The total as the company priced the draft when its answer matches the lines; otherwise from the catalogue.
    total() {
        if (this.sale && this.sale.lines && this.sale.status === "draft" && sameLines(this.sale.lines, this.draft.lines)) {
            return this.sale.totalMinor;
        }
        let total = 0;
        for (const [id, line] of this.draft.lines) {
            const item = this.item(id);
            total += item ? item.priceMinor * line.quantity : 0;
        }
        return total;
    }

    reviewView(problems) {
        const wrap = node("div", { class: "tech-sale-review" });
        wrap.append(this.statusLine());
        const lines = node("ul", { class: "tech-sale-lines", "aria-label": "What the customer is buying" });
        for (const [id, line] of this.draft.lines) {
            const item = this.item(id) || { name: `Item ${id}`, priceMinor: 0 };
            const how = item.kind === "service"
                ? `Service${termWords(item) ? `, ${termWords(item)}` : ""}`
                : fulfilmentWords[line.fulfilment] || line.fulfilment;
            lines.append(node("li", {},
                node("span", { class: "tech-sale-line-name" }, `${line.quantity} × ${item.name}`),
                node("span", { class: "tech-small" }, `${how} · ${money(item.priceMinor)} each`),
                node("strong", {}, money(item.priceMinor * line.quantity))));
        }
        wrap.append(lines);
        if (problems.lines) {
            wrap.append(node("p", { class: "tech-error", role: "alert" }, problems.lines));
        }
        wrap.append(node("p", { class: "tech-sale-total", "data-sale-total": "" }, `Total ${money(this.total())}`));
        wrap.append(node("p", { class: "tech-small" }, "Prices are the catalogue's; the company prices the sale again when it processes it."));
        const edit = node("button", { type: "button", class: "tech-secondary" }, "Change the items");
        edit.addEventListener("click", () => {
            this.step = "pick";
            this.render();
        });
        wrap.append(edit);

        const payment = node("fieldset", { class: "tech-choice" }, node("legend", {}, "How the customer pays"));
        if (problems.payment) {
            payment.setAttribute("aria-describedby", "sale-payment-problem");
            payment.append(node("p", { class: "tech-field-error", id: "sale-payment-problem" }, problems.payment));
        }
        for (const [value, text] of Object.entries(paymentWords)) {
            const id = `sale-pay-${value}`;
            const input = node("input", { type: "radio", name: "sale-payment", id, value });
            input.checked = this.draft.paymentMethod === value;
            if (problems.payment) {
                input.setAttribute("aria-invalid", "true");
            }
            input.addEventListener("change", () => {
                this.draft.paymentMethod = value;
                this.changed();
            });
            payment.append(node("label", { for: id, class: "tech-radio" }, input, node("span", {}, text)));
        }
        if (this.draft.paymentMethod === "chequeToTechnician" || this.draft.paymentMethod === "cashToTechnician") {
            const cheque = this.draft.paymentMethod === "chequeToTechnician";
            const refId = "sale-payment-reference";
            const reference = node("input", { id: refId, class: "tech-input", type: "text", inputmode: cheque ? "numeric" : "text", maxlength: "60", autocomplete: "off" });
            reference.value = this.draft.paymentReference;
            if (problems.reference) {
                reference.setAttribute("aria-invalid", "true");
                reference.setAttribute("aria-describedby", "sale-reference-problem");
            }
            reference.addEventListener("input", () => {
                this.draft.paymentReference = reference.value;
                clearTimeout(this.saveTimer);
                this.saveTimer = setTimeout(() => this.saveDraft(), draftSaveDelayMs);
            });
            payment.append(node("label", { for: refId, class: "tech-label" }, cheque ? "Cheque number" : "Receipt number (optional)"), reference);
            if (problems.reference) {
                payment.append(node("p", { class: "tech-field-error", id: "sale-reference-problem" }, problems.reference));
            }
        }
        wrap.append(payment);

        const agreement = node("fieldset", { class: "tech-choice" }, node("legend", {}, "The customer's agreement"));
        const nameId = "sale-agreed-name";
        const name = node("input", { id: nameId, class: "tech-input", type: "text", maxlength: "120", autocomplete: "off", "aria-describedby": "sale-agree-help" });
        name.value = this.draft.agreedName;
        if (problems.name) {
            name.setAttribute("aria-invalid", "true");
            name.setAttribute("aria-describedby", "sale-agree-help sale-name-problem");
        }
        name.addEventListener("input", () => {
            this.draft.agreedName = name.value;
        });
        agreement.append(
            node("label", { for: nameId, class: "tech-label" }, "Customer's name"),
            node("p", { class: "tech-small", id: "sale-agree-help" }, `Typing the name agrees to these items, ${money(this.total())} and this payment.`),
            name);
        if (problems.name) {
            agreement.append(node("p", { class: "tech-field-error", id: "sale-name-problem" }, problems.name));
        }
        agreement.append(this.signaturePad());
        wrap.append(agreement);

        const send = node("button", { type: "button", class: "tech-action", "data-sale-send": "" }, "Customer agrees: send the sale");
        send.addEventListener("click", () => this.agreeAndSend());
        wrap.append(send, this.closeButton());
        return wrap;
    }

    // An optional signature drawn with a finger; kept as SVG path data (no picture of it is stored anywhere else).
    signaturePad() {
        const box = node("div", { class: "tech-signature" });
        const canvas = node("canvas", { width: "340", height: "140", class: "tech-signature-pad", role: "img", "aria-label": "Signature pad (optional): the customer signs here with a finger" });
        const status = node("p", { class: "tech-small", role: "status" }, this.signature ? "Signed." : "Optional: the customer may sign here.");
        const clear = node("button", { type: "button", class: "tech-secondary" }, "Clear the signature");
        const ctx = canvas.getContext("2d");
        const strokes = [];
        const paint = () => {
            ctx.clearRect(0, 0, canvas.width, canvas.height);
            ctx.lineWidth = 3;
            ctx.lineCap = "round";
            ctx.lineJoin = "round";
            ctx.strokeStyle = "#111";
            ctx.stroke(new Path2D(this.signature || ""));
        };
        paint();
        let current = null;
        const at = event => {
            const rect = canvas.getBoundingClientRect();
            return [
                Math.round((event.clientX - rect.left) * canvas.width / rect.width),
                Math.round((event.clientY - rect.top) * canvas.height / rect.height),
            ];
        };
        canvas.addEventListener("pointerdown", event => {
            canvas.setPointerCapture(event.pointerId);
            const [x, y] = at(event);
            current = `M${x} ${y}`;
            strokes.push(current);
        });
        canvas.addEventListener("pointermove", event => {
            if (current === null) {
                return;
            }
            const [x, y] = at(event);
            current += ` L${x} ${y}`;
            strokes[strokes.length - 1] = current;
            const path = (this.signature ? `${this.signature} ` : "") + strokes.join(" ");
            if (path.length < 19_000) {
                ctx.clearRect(0, 0, canvas.width, canvas.height);
                ctx.stroke(new Path2D(path));
            }
        });
        const end = () => {
            if (current === null) {
                return;
            }
            current = null;
            const path = ((this.signature ? `${this.signature} ` : "") + strokes.join(" ")).trim();
            strokes.length = 0;
            if (path.length < 19_000) {
                this.signature = path;
                status.textContent = "Signed.";
            } else {
                status.textContent = "The signature is too long; clear it and sign again.";
            }
            paint();
        };
        canvas.addEventListener("pointerup", end);
        canvas.addEventListener("pointercancel", end);
        clear.addEventListener("click", () => {
            this.signature = null;
            strokes.length = 0;
            paint();
            status.textContent = "Signature cleared.";
        });
        box.append(node("p", { class: "tech-label" }, "Signature (optional)"), canvas, status, clear);
        return box;
    }

    resultView() {
        const sale = this.sale || {};
        const wrap = node("div", { class: "tech-sale-result", "data-sale-result": sale.status || "sending" });
        if (sale.status === "processed") {
            wrap.append(node("p", { class: "tech-result-ok", role: "status" }, `Processed: ${money(sale.totalMinor)}.`));
            wrap.append(node("h3", {}, "What happens next"));
            wrap.append(node("ul", { class: "tech-list" }, ...nextSteps(sale).map(text => node("li", {}, text))));
            const done = node("button", { type: "button", class: "tech-action" }, "Back to the job");
            done.addEventListener("click", () => {
                this.draft = null;
                this.sale = null;
                this.signature = null;
                this.close();
            });
            wrap.append(done);
        } else if (sale.status === "refused") {
            wrap.append(node("p", { class: "tech-error", role: "alert" },
                `Refused: ${refusalWords[sale.refusalReason] || "the company refused the sale"}${sale.refusalNote ? ` (${sale.refusalNote})` : ""}.`));
            wrap.append(node("p", {}, "Nothing was charged, reserved or emailed. Copy it into a new draft to change it and try again."));
            const copy = node("button", { type: "button", class: "tech-action", "data-sale-copy": "" }, "Copy into a new draft");
            copy.addEventListener("click", () => this.copyIntoNewDraft());
            wrap.append(copy, this.closeButton());
        } else {
            const waiting = !(navigator.onLine && this.app.reachable);
            wrap.append(node("p", { class: "tech-waiting", role: "status" }, waiting
                ? "The sale is kept on this phone and sent once when the link returns. You can carry on with the job."
                : "Sending the sale to the company…"));
            wrap.append(this.closeButton());
        }
        return wrap;
    }
}

// ---- helpers ---------------------------------------------------------------------------------------------------

function newDraft(jobId) {
    return { clientKey: newKey(), jobId, lines: new Map(), paymentMethod: null, paymentReference: "", agreedName: "" };
}

function defaultFulfilment(item, quantity) {
    if (item.kind === "service") {
        return "service";
    }
    return (item.vanStock ?? 0) >= quantity ? "handedOverNow" : "toBeDelivered";
}

function saleOf(json) {
    if (!json) {
        return null;
    }
    if (json.sale && typeof json.sale === "object") {
        return json.sale;
    }
    return saleIdOf(json) ? json : null;
}

function saleIdOf(sale) {
    return sale ? sale.saleId ?? sale.id ?? null : null;
}

function alreadyDone(kind, status) {
    if (kind === "saleAgree") {
        return status === "agreed" || status === "submitted" || status === "processed" || status === "refused";
    }
    if (kind === "saleSubmit") {
        return status === "submitted" || status === "processed" || status === "refused";
    }
    return false;
}

function sameLines(serverLines, draftLines) {
    if (serverLines.length !== draftLines.size) {
        return false;
    }
    return serverLines.every(l => {
        const mine = draftLines.get(l.catalogItemId);
        return mine && mine.quantity === l.quantity;
    });
}

function actionWords(kind) {
    return kind === "saleDraft" ? "draft" : kind === "saleAgree" ? "agreement" : "submission";
}

function words(status) {
    return statusWords[status] || status || "unknown";
}

function termWords(item) {
    if (!item.termMonths) {
        return item.kind === "service" ? "" : null;
    }
    const term = item.termMonths % 12 === 0 ? `${item.termMonths / 12} ${item.termMonths === 12 ? "year" : "years"}` : `${item.termMonths} months`;
    return item.renews ? `renews every ${term}` : `for ${term}`;
}

function nextSteps(sale) {
    const steps = [];
    const lines = sale.lines || [];
    const now = lines.filter(l => l.fulfilment === "handedOverNow");
    const later = lines.filter(l => l.fulfilment === "toBeDelivered");
    const services = lines.filter(l => l.fulfilment === "service");
    if (now.length > 0) {
        steps.push(`Hand over now from your van: ${now.map(l => `${l.quantity} × ${l.itemName}`).join(", ")}.`);
    }
    if (later.length > 0) {
        const order = sale.deliveryOrderId ? ` (order ${sale.deliveryOrderId})` : "";
        steps.push(`Delivered to the customer's address${order}: ${later.map(l => `${l.quantity} × ${l.itemName}`).join(", ")}.`);
    }
    if (services.length > 0) {
        steps.push(`The customer now holds: ${services.map(l => l.itemName).join(", ")}.`);
    }
    const payment = sale.paymentMethod === "chargeToAccount"
        ? "Charged to the customer's account."
        : sale.paymentMethod === "chequeToTechnician"
            ? `Paid to you by cheque${sale.paymentReference ? ` ${sale.paymentReference}` : ""}: hand it in as usual.`
            : "Paid to you in cash: hand it in as usual.";
    steps.push(payment);
    steps.push("Your supervisor and the sales division are emailed the sale.");
    return steps;
}

export function money(minor) {
    return (Number(minor || 0) / 100).toLocaleString([], { style: "currency", currency: "USD" });
}

export function node(tag, attributes, ...children) {
    const element = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes || {})) {
        if (value !== null && value !== undefined) {
            element.setAttribute(name, String(value));
        }
    }
    for (const child of children) {
        element.append(child instanceof Node ? child : document.createTextNode(String(child ?? "")));
    }
    return element;
}

// A client key per draft (the server's GUID) and per queued item; crypto.randomUUID needs a secure page.
export function newKey() {
    if (window.crypto && typeof window.crypto.randomUUID === "function") {
        return window.crypto.randomUUID();
    }
    const bytes = new Uint8Array(16);
    window.crypto.getRandomValues(bytes);
    bytes[6] = (bytes[6] & 0x0f) | 0x40;
    bytes[8] = (bytes[8] & 0x3f) | 0x80;
    const hex = Array.from(bytes, b => b.toString(16).padStart(2, "0")).join("");
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
