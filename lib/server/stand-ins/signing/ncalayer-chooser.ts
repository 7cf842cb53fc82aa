import "server-only";
import type { IncomingMessage, ServerResponse } from "node:http";

// The NCALayer stand-in's "window": the page at https://127.0.0.1:<port>/ where a person chooses
// the key for a waiting request (NCALayer's key chooser) or cancels it, and turns "always ask"
// on or off. It is the stand-in's own program UI, not the product's, so it carries its few
// words in Kazakh, Russian and English itself. Every form carries the stand-in's secret page
// token and the page refuses to be framed, so another web page can neither press its buttons
// nor read what waits.

export type PendingView = {
  id: string;
  origin: string;
  documents: { bytes: number; sha256: string }[];
  storages: string[] | null;
  extKeyUsageOids: string[];
  iin: string | null;
  error: string | null;
};

export type ChooserBackend = {
  token: string;
  port: number;
  pending(): PendingView[];
  alwaysAsk(): boolean;
  setAlwaysAsk(on: boolean): void;
  choose(id: string, iin: string): Promise<{ ok: true } | { ok: false; reason: string }>;
  cancel(id: string): boolean;
};

const MAX_FORM_BYTES = 4096;

export async function handleChooserRequest(req: IncomingMessage, res: ServerResponse, backend: ChooserBackend): Promise<void> {
  const url = new URL(req.url ?? "/", "https://127.0.0.1");
  if (req.method === "GET" && url.pathname === "/") return page(res, backend, url.searchParams.get("note"));
  if (req.method !== "POST" || !["/choose", "/cancel", "/mode"].includes(url.pathname)) {
    res.writeHead(404, { "Content-Type": "text/plain; charset=utf-8" }).end("Not found");
    return;
  }
  const origin = req.headers.origin;
  const own = [`https://127.0.0.1:${backend.port}`, `https://localhost:${backend.port}`];
  const form = await readForm(req);
  if ((origin && !own.includes(origin)) || !form || form.get("token") !== backend.token) {
    res.writeHead(403, { "Content-Type": "text/plain; charset=utf-8" }).end("Forbidden");
    return;
  }
  let note = "";
  if (url.pathname === "/mode") {
    backend.setAlwaysAsk(form.get("always") === "on");
  } else if (url.pathname === "/cancel") {
    note = backend.cancel(form.get("id") ?? "") ? "cancelled" : "gone";
  } else {
    const outcome = await backend.choose(form.get("id") ?? "", (form.get("iin") ?? "").trim());
    note = outcome.ok ? "signed" : outcome.reason;
  }
  res.writeHead(303, { Location: `/?note=${encodeURIComponent(note)}` }).end();
}

function page(res: ServerResponse, backend: ChooserBackend, note: string | null) {
  const waiting = backend.pending();
  const token = escape(backend.token);
  const items = waiting
    .map(
      (p) => `<li data-testid="ncalayer-request">
  <p><b>${escape(p.origin || "—")}</b>: ${p.documents.length} ${p.documents.length === 1 ? "document" : "documents"}
  (${p.documents.map((d) => `${d.bytes} B, SHA-256 <code>${d.sha256.slice(0, 16)}…</code>`).join("; ")})</p>
  <p>Storages: ${escape(p.storages?.join(", ") ?? "any")} · EKU: ${escape(p.extKeyUsageOids.join(", ") || "any")}${p.iin ? ` · IIN ${escape(p.iin)}` : ""}</p>
  ${p.error ? `<p role="alert" class="err">${escape(p.error)}</p>` : ""}
  <form method="post" action="/choose">
    <input type="hidden" name="token" value="${token}"><input type="hidden" name="id" value="${escape(p.id)}">
    <label>Кілт: ЖСН / Ключ: ИИН / Key: IIN <input name="iin" inputmode="numeric" maxlength="12" value="${escape(p.iin ?? "")}" required></label>
    <button type="submit">Қол қою / Подписать / Sign</button>
  </form>
  <form method="post" action="/cancel">
    <input type="hidden" name="token" value="${token}"><input type="hidden" name="id" value="${escape(p.id)}">
    <button type="submit">Бас тарту / Отмена / Cancel</button>
  </form>
</li>`,
    )
    .join("\n");
  const html = `<!doctype html>
<html lang="kk"><head><meta charset="utf-8"><title>NCALayer (Qabyldau stand-in)</title>
${waiting.length === 0 ? '<meta http-equiv="refresh" content="2">' : ""}
<style>body{font:16px system-ui,sans-serif;max-width:46rem;margin:2rem auto;padding:0 1rem}li{border:1px solid #999;padding:.5rem 1rem;margin:.5rem 0;list-style:none}.err{color:#a00}form{display:inline-block;margin:.25rem .5rem .25rem 0}</style>
</head><body>
<h1>NCALayer — Qabyldau stand-in</h1>
<p>Тест кілттері ғана / Только тестовые ключи / Test keys only. Not NCA RK.</p>
${note ? `<p role="status" data-testid="ncalayer-note">${escape(note)}</p>` : ""}
<form method="post" action="/mode">
  <input type="hidden" name="token" value="${token}">
  <label><input type="checkbox" name="always" ${backend.alwaysAsk() ? "checked" : ""}> Әрдайым сұрау / Всегда спрашивать / Always ask (also when the page names an IIN)</label>
  <button type="submit">OK</button>
</form>
<h2>Күтуде / Ожидают / Waiting: ${waiting.length}</h2>
<ul>${items}</ul>
</body></html>`;
  res
    .writeHead(200, {
      "Content-Type": "text/html; charset=utf-8",
      "Cache-Control": "no-store",
      "Content-Security-Policy":
        "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
      "X-Frame-Options": "DENY",
      // same-origin, not no-referrer: with no-referrer Chromium posts the forms with "Origin: null".
      "Referrer-Policy": "same-origin",
    })
    .end(html);
}

function readForm(req: IncomingMessage): Promise<URLSearchParams | null> {
  return new Promise((resolve) => {
    let body = "";
    let tooLong = false;
    req.setEncoding("utf8");
    req.on("data", (chunk: string) => {
      body += chunk;
      if (body.length > MAX_FORM_BYTES) tooLong = true;
    });
    req.on("end", () => resolve(tooLong ? null : new URLSearchParams(body)));
    req.on("error", () => resolve(null));
  });
}

function escape(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
