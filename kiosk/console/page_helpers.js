// Shared by the console's pages: withConsoleText puts this in where a page's script asks for
// the helpers, after its words (const T). The counter from the page's address, its API, and
// the page's answer line.
const fill = (t, ...args) => t.replace(/\{(\d)\}/g, (_, i) => String(args[Number(i)]));
const counter = location.pathname.split("/")[2];
const api = (path) => "/api/counter/" + counter + path;
const $ = (id) => document.getElementById(id);

function option(select, value, text, disabled) {
  const o = document.createElement("option");
  o.value = value;
  o.textContent = text;
  o.disabled = !!disabled;
  select.appendChild(o);
}

function say(problem, notice) {
  $("answer").textContent = problem || notice || "";
  $("answer").className = problem ? "problem" : "";
}

// GET: the JSON, or null with the station's words on the answer line (the login page when
// the session is gone).
async function getJson(path) {
  const r = await fetch(api(path));
  if (r.status === 401) { location.href = "/"; return null; }
  const body = await r.json();
  if (!r.ok) { say(body.problem, ""); return null; }
  return body;
}

// POST from this page (the X-Yizhan header the console asks of its own pages): the answer,
// its words shown; null when the station cannot be reached.
async function postJson(path, body) {
  try {
    const r = await fetch(api(path), {method: "POST", body: JSON.stringify(body),
      headers: {"X-Yizhan": "1", "Content-Type": "application/json"}});
    if (r.status === 401) { location.href = "/"; return null; }
    const out = await r.json();
    say(out.problem, out.notice);
    return out;
  } catch (e) {
    say(T.unreachable, "");
    return null;
  }
}

// A table's one row saying it has nothing (`words`) across its `columns`.
function emptyRow(list, columns, words) {
  const row = document.createElement("tr");
  const td = document.createElement("td");
  td.colSpan = columns;
  td.textContent = words;
  row.appendChild(td);
  list.appendChild(row);
}

// Each of `words` as a small flag (高龄/独居优先, 已超期, …) in `parent`.
function flagSpans(parent, words) {
  for (const w of words) {
    const s = document.createElement("span");
    s.className = "flag";
    s.textContent = w;
    parent.appendChild(s);
  }
}

// The counter's state now and whenever anything changes (server-sent events), each given to
// `onState`; `link`, when given, says while the stream reconnects. The login page when the
// session is gone.
function followCounter(onState, link) {
  function listen() {
    const events = new EventSource(api("/events"));
    events.onmessage = (e) => onState(JSON.parse(e.data));
    events.onopen = () => { if (link) link.textContent = ""; };
    events.onerror = () => {
      if (link) link.textContent = T.reconnecting;
      if (events.readyState === EventSource.CLOSED) setTimeout(listen, 30000);
    };
  }
  fetch(api("")).then((r) => {
    if (r.status === 401) { location.href = "/"; return; }
    return r.json().then(onState);
  });
  listen();
}
