// How each bubble looks: the person's own messages (right, green, with ticks) and the panchayat's
// (left, white) — text with WhatsApp formatting, reply buttons, a list behind a button, documents, templates.
// Taps call send() and openList() from chat.js.
"use strict";

const $ = (id) => document.getElementById(id);

function el(tag, cls, text) {
  const node = document.createElement(tag);
  if (cls) node.className = cls;
  if (text !== undefined && text !== null) node.textContent = text;
  return node;
}

// WhatsApp's own formatting (*bold*, _italic_, ~strike~, ```mono```) on escaped text, and links.
function formatted(text) {
  const escaped = String(text).replace(/[&<>"']/g, (c) => ({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;"}[c]));
  const html = escaped
    .replace(/```([\s\S]+?)```/g, "<code>$1</code>")
    .replace(/(^|[^\w*])\*([^*\n]+)\*(?=$|[^\w*])/g, "$1<b>$2</b>")
    .replace(/(^|[^\w_])_([^_\n]+)_(?=$|[^\w_])/g, "$1<i>$2</i>")
    .replace(/(^|[^\w~])~([^~\n]+)~(?=$|[^\w~])/g, "$1<s>$2</s>")
    .replace(/(https?:\/\/[^\s<]+)/g, '<a href="$1" target="_blank" rel="noopener">$1</a>')
    .replace(/\n/g, "<br>");
  const span = el("span");
  span.innerHTML = html;
  return span;
}

function clock(ts) {
  return new Date(ts * 1000).toLocaleTimeString([], {hour: "2-digit", minute: "2-digit"});
}

function meta(m) {
  const box = el("span", "meta", clock(m.ts));
  if (m.by === "person") {
    const marks = {sent: "✓", delivered: "✓✓", read: "✓✓", failed: "⚠"};
    const ticks = el("span", "ticks " + m.status, marks[m.status] || "🕓");
    ticks.title = m.status === "failed" ? "The panchayat did not receive this" : m.status;
    box.append(ticks);
  }
  return box;
}

// --- what the person sent -------------------------------------------------------------------------------
function personContent(m, bubble) {
  const c = m.content;
  if (c.type === "text") return bubble.append(formatted(c.text.body));
  if (c.type === "interactive") {
    const pick = c.interactive.button_reply || c.interactive.list_reply || {};
    return bubble.append(el("div", "quote", "↩ reply"), el("span", "", pick.title));
  }
  if (c.type === "button") return bubble.append(el("div", "quote", "↩ reply"), el("span", "", c.button.text));
  if (c.type === "location") {
    const loc = c.location;
    return bubble.append(el("span", "", `📍 ${loc.name || "Location"} (${loc.latitude}, ${loc.longitude})`));
  }
  const media = c[c.type] || {};
  if (c.type === "image") {
    const img = el("img", "photo");
    img.src = `/_sim/media/${media.id}`;
    bubble.append(img);
  } else {
    bubble.append(docCard(`/_sim/media/${media.id}`, media.filename || c.type, media.mime_type));
  }
  if (media.caption) bubble.append(formatted(media.caption));
}

// --- what the panchayat sent ----------------------------------------------------------------------------
function businessContent(m, bubble, row) {
  const c = m.content;
  const kind = c.type || "text";
  if (kind === "text") return bubble.append(formatted(c.text.body));
  if (kind === "interactive") return interactive(m, c.interactive, bubble, row);
  if (kind === "document") {
    const d = c.document;
    bubble.append(docCard(d.link || `/_sim/media/${d.id}`, d.filename || "document", "application/pdf"));
    if (d.caption) bubble.append(formatted(d.caption));
    return;
  }
  if (kind === "image") {
    const img = el("img", "photo");
    img.src = c.image.link || `/_sim/media/${c.image.id}`;
    bubble.append(img);
    if (c.image.caption) bubble.append(formatted(c.image.caption));
    return;
  }
  if (kind === "template") return template(m, c.template, bubble, row);
  bubble.append(el("i", "", `[${kind} message]`));
}

function interactive(m, box, bubble, row) {
  if (box.header && box.header.text) bubble.append(el("div", "head", box.header.text));
  if (box.body) bubble.append(formatted(box.body.text));
  if (box.footer) bubble.append(el("div", "foot", box.footer.text));
  const action = box.action || {};
  if (box.type === "button") {
    const choices = el("div", "choices");
    for (const b of action.buttons || []) {
      const button = el("button", "choice", b.reply.title);
      button.type = "button";
      button.onclick = () => send({reply: {id: b.reply.id, title: b.reply.title, type: "button"}, context: m.id});
      choices.append(button);
    }
    row.append(choices);
  } else if (box.type === "list") {
    row.classList.add("has-list");
    const open = el("button", "list-open", "☰ " + action.button);
    open.type = "button";
    open.onclick = () => openList(m, box);
    row.append(open);
  }
}

function template(m, t, bubble, row) {
  bubble.append(el("div", "template-tag", `template · ${t.name} · ${t.language.code}`));
  const components = t.components || [];
  const body = components.find((x) => x.type === "body");
  const params = body ? body.parameters.map((p) => p.text || p.payload || "").filter(Boolean) : [];
  bubble.append(formatted(params.length ? params.join("\n") : t.name.replace(/_/g, " ")));
  const choices = el("div", "choices");
  for (const b of components.filter((x) => x.type === "button" && x.sub_type === "quick_reply")) {
    const payload = b.parameters[0].payload;
    const button = el("button", "choice", payload.split(":").slice(1).join(" ") || payload);
    button.type = "button";
    button.onclick = () => send({reply: {id: payload, title: button.textContent, type: "template"}, context: m.id});
    choices.append(button);
  }
  if (choices.childElementCount) row.append(choices);
}

function docCard(href, name, mime) {
  const card = el("a", "doc");
  card.href = href;
  card.target = "_blank";
  card.rel = "noopener";
  const isPdf = (mime || "").includes("pdf") || /\.pdf$/i.test(name);
  card.append(el("span", "icon-pdf", isPdf ? "PDF" : "FILE"));
  const texts = el("span");
  texts.append(el("div", "name", name), el("div", "kind", isPdf ? "PDF document · tap to open" : mime || "file"));
  card.append(texts);
  return card;
}

function render(m) {
  const row = el("div", "row " + (m.by === "person" ? "mine" : "theirs"));
  row.dataset.id = m.id;
  const bubble = el("div", "bubble");
  row.append(bubble);
  if (m.by === "person") personContent(m, bubble);
  else businessContent(m, bubble, row);
  bubble.append(meta(m));
  return row;
}
