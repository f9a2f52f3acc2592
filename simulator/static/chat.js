// The simulated phone: shows one person's chat with the panchayat number and sends what they type or tap.
// It long-polls /_sim/messages for new bubbles and changed ticks, and posts to /_sim/send; the simulator
// turns each action into a signed Cloud API webhook for the gateway.
"use strict";

const state = {
  persona: null, personas: [], rev: 0, bubbles: new Map(), poll: null, typingTimer: null, mediaLimits: {},
};

// --- the chat -------------------------------------------------------------------------------------------
function upsert(m) {
  const chat = $("chat");
  const known = state.bubbles.get(m.id);
  const row = render(m);
  if (known) known.replaceWith(row);
  else chat.append(row);
  state.bubbles.set(m.id, row);
  const empty = chat.querySelector(".empty");
  if (empty) empty.remove();
}

function showTyping(seconds) {
  clearTimeout(state.typingTimer);
  $("status-line").textContent = seconds > 0 ? "typing…" : "online";
  if (seconds > 0) state.typingTimer = setTimeout(() => ($("status-line").textContent = "online"), seconds * 1000);
}

async function pollLoop(persona) {
  const controller = new AbortController();
  state.poll = controller;
  while (state.persona === persona && !controller.signal.aborted) {
    try {
      const url = `/_sim/messages?wa_id=${persona.wa_id}&after=${state.rev}&wait=20`;
      const answer = await fetch(url, {signal: controller.signal});
      if (!answer.ok) throw new Error(await answer.text());
      const data = await answer.json();
      if (state.persona !== persona) return;
      const chat = $("chat");
      const atBottom = chat.scrollHeight - chat.scrollTop - chat.clientHeight < 80;
      data.messages.forEach(upsert);
      if (data.messages.length && (atBottom || data.messages.some((m) => m.by === "person"))) {
        chat.scrollTop = chat.scrollHeight;
      }
      state.rev = data.rev;
      showTyping(data.typing);
    } catch (err) {
      if (controller.signal.aborted) return;
      await new Promise((r) => setTimeout(r, 1500));
    }
  }
}

async function send(what) {
  const p = state.persona;
  const answer = await fetch("/_sim/send", {
    method: "POST", headers: {"Content-Type": "application/json"},
    body: JSON.stringify({wa_id: p.wa_id, name: p.name, ...what}),
  });
  if (!answer.ok) alert("Could not send: " + (await answer.text()));
  closeSheets();
}

// --- sheets: list rows and personas ---------------------------------------------------------------------
function openSheet(id) {
  $("scrim").hidden = false;
  $(id).hidden = false;
}

function closeSheets() {
  for (const id of ["scrim", "list-sheet", "persona-sheet"]) $(id).hidden = true;
}

function option(title, detail, current, onPick) {
  const button = el("button", "option" + (current ? " current" : ""));
  button.type = "button";
  const texts = el("span", "texts");
  texts.append(el("div", "t", title));
  if (detail) texts.append(el("div", "d", detail));
  button.append(texts, el("span", "radio"));
  button.onclick = onPick;
  return button;
}

function openList(m, box) {
  $("list-title").textContent = box.action.button;
  const body = $("list-body");
  body.replaceChildren();
  for (const section of box.action.sections) {
    if (section.title) body.append(el("div", "section-title", section.title));
    for (const r of section.rows) {
      body.append(option(r.title, r.description, false, () =>
        send({reply: {id: r.id, title: r.title, description: r.description || null, type: "list"}, context: m.id})));
    }
  }
  openSheet("list-sheet");
}

function openPersonas() {
  const list = $("persona-list");
  list.replaceChildren(el("div", "section-title", "People"));
  for (const p of state.personas) {
    const current = state.persona && p.wa_id === state.persona.wa_id;
    list.append(option(p.name, `+${p.wa_id}${p.note ? " · " + p.note : ""}`, current, () => choose(p)));
  }
  openSheet("persona-sheet");
}

function choose(persona) {
  if (state.poll) state.poll.abort();
  state.persona = {wa_id: persona.wa_id, name: persona.name};
  localStorage.setItem("sim.persona", JSON.stringify(state.persona));
  state.rev = 0;
  state.bubbles.clear();
  $("persona-name").textContent = persona.name;
  const chat = $("chat");
  chat.replaceChildren(el("div", "empty", `You are ${persona.name} (+${persona.wa_id}). Say “hi” to start.`));
  closeSheets();
  pollLoop(state.persona);
}

// --- composer -------------------------------------------------------------------------------------------
function sendText() {
  const box = $("text");
  const text = box.value.trim();
  if (!text) return;
  box.value = "";
  box.style.height = "";
  send({text});
}

// What WhatsApp sends of each kind (/_sim/config's media: limits, names, the refusal), as /_sim/send refuses it:
// a file over it is refused here, before it is read.

// A size in MB to one decimal, never shown as the limit itself (5.02 MB over 5 MB is "5.1", not "5")
function shownMb(size, most) {
  const mb = 1024 * 1024;
  const near = size < most + mb / 10 ? Math.ceil((size * 10) / mb) / 10 : 0;
  return Math.max(Math.round((size * 10) / mb) / 10, near);
}

// asDocument: sent "as a document", a document whatever its type (a photo with its name, up to a document's size)
function tooBig(file, asDocument) {
  const media = state.media;
  if (!media) return null;
  const type = file.type || "application/octet-stream";
  const kind = asDocument ? media.otherwise :
    Object.keys(media.names).find((k) => k !== media.otherwise && type.startsWith(k + "/")) || media.otherwise;
  const most = state.mediaLimits[kind];
  if (!most || file.size <= most) return null;
  const said = {name: media.names[kind], most: most / (1024 * 1024), what: `"${file.name}"`,
    size: shownMb(file.size, most)};
  return media.refusal.replace(/\{(\w+)\}/g, (_, key) => said[key]);
}

function readFile(file, asDocument) {
  const refused = tooBig(file, asDocument);
  if (refused) return alert("Could not send: " + refused);
  const reader = new FileReader();
  reader.onload = () => {
    const data = String(reader.result).split(",")[1];
    const sent = {data_b64: data, mime_type: file.type || "application/octet-stream", filename: file.name};
    send({file: asDocument ? {...sent, as_document: true} : sent});
  };
  reader.readAsDataURL(file);
}

function shareLocation() {
  const answer = prompt("Location to share (latitude, longitude):", "23.6693, 87.6856");
  if (!answer) return;
  const [latitude, longitude] = answer.split(",").map((x) => parseFloat(x.trim()));
  if (Number.isNaN(latitude) || Number.isNaN(longitude)) return alert("Expected two numbers, e.g. 23.67, 87.69");
  send({location: {latitude, longitude, name: "Shared location"}});
}

async function start() {
  const config = await (await fetch("/_sim/config")).json();
  state.personas = config.personas;
  state.mediaLimits = config.media_limits;
  state.media = config.media;
  $("business-name").textContent = config.business_name;
  document.title = `${config.business_name} · WhatsApp simulator`;
  $("send-button").onclick = sendText;
  $("text").addEventListener("keydown", (e) => {
    if (e.key === "Enter" && !e.shiftKey) { e.preventDefault(); sendText(); }
  });
  $("text").addEventListener("input", (e) => {
    e.target.style.height = "";
    e.target.style.height = Math.min(e.target.scrollHeight, 120) + "px";
  });
  $("persona-button").onclick = openPersonas;
  $("attach-button").onclick = () => $("file-input").click();
  $("file-input").onchange = (e) => { if (e.target.files[0]) readFile(e.target.files[0], false); e.target.value = ""; };
  $("document-button").onclick = () => $("document-input").click();
  $("document-input").onchange = (e) => {
    if (e.target.files[0]) readFile(e.target.files[0], true);
    e.target.value = "";
  };
  $("location-button").onclick = shareLocation;
  $("scrim").onclick = closeSheets;
  document.querySelectorAll("[data-close]").forEach((b) => (b.onclick = closeSheets));
  $("custom-form").onsubmit = (e) => {
    e.preventDefault();
    choose({wa_id: $("custom-number").value.replace(/\D/g, ""), name: $("custom-name").value.trim()});
  };
  let saved = null;
  try { saved = JSON.parse(localStorage.getItem("sim.persona")); } catch (err) { saved = null; }
  choose(saved && saved.wa_id ? saved : state.personas[0]);
}

start();
