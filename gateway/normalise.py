"""Turn one Cloud API message into the flat ``shared.chat.Inbound`` that services read.

Services never see Meta's nesting: a tapped button, a list row, a template quick reply and a finished
Flow all become ``kind="reply"`` with a ``reply_id`` in the ``<service>:<action>[:args]`` scheme; a reply
whose id is not (a template's quick-reply payload such as "Stop promotions") is what its title says, so
``kind="text"``, where keywords and services read it. A photo, voice note or PDF becomes ``kind="media"``.
Types the project does not read become ``kind="unsupported"`` so the person gets a hint, never silence.
Two kinds are no one's words and get no answer: a reaction to an earlier message, and a ``system`` notice
(the person changed their number or their business-scoped id), which comes from the number left behind.

What a phone or keyboard slips invisibly into a text or caption (zero-width space, byte-order mark, word
joiner, direction marks) is taken out here, once for every service: a number typed with one is found, and a
message of nothing else is empty. The zero-width joiner and non-joiner stay: they shape Bengali (র‍্য).
"""
from __future__ import annotations

import json
import re

from gateway.inbound import USER_ID, WA_ID, Message, SystemNotice
from gateway.payload import Received
from shared.chat import Inbound, Lang, Location, Media

REPLY_ID_FIELDS = ("reply_id", "id")
SERVICE_NAME = re.compile(r"[a-z][a-z0-9_-]{0,31}")
REPLY_ID = re.compile(rf"{SERVICE_NAME.pattern}:[a-z0-9_-]+(?::.*)?", re.DOTALL)
# Soft hyphen, Arabic letter mark, Mongolian vowel separator, zero-width space, LTR/RTL marks, bidi embeddings
# and isolates, word joiner and invisible operators, BOM; not U+200C/U+200D, which change how Bengali is written.
INVISIBLE = re.compile("[\u00ad\u061c\u180e\u200b\u200e\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]")


NOT_SPOKEN = frozenset({"reaction", "system"})  # no answer: a reaction, a notice that a number or id changed


NUMBER_NOTICES = ("user_changed_number", "customer_changed_number")  # the second before Graph API v12


def _notice(msg: Message, types: tuple[str, ...]) -> SystemNotice | None:
    """Meta's system notice of one of ``types``, or None for any other message."""
    return msg.system if msg.type == "system" and msg.system is not None and msg.system.type in types else None


def new_number(msg: Message) -> str | None:
    """The number the person moved to, when ``msg`` is Meta's notice that they changed it (from the number left
    behind); None for any other message, and for a notice whose new number is missing or is no number."""
    if (notice := _notice(msg, NUMBER_NOTICES)) is None:
        return None
    new = str(notice.wa_id or notice.new_wa_id or "")
    return new if re.fullmatch(WA_ID, new) and new != msg.from_ else None


def new_user_id(msg: Message) -> str | None:
    """The business-scoped id Meta gives with a changed number (a new number gets a new id), when well formed."""
    given = notice.user_id if (notice := _notice(msg, NUMBER_NOTICES)) is not None else None
    return given if given and re.fullmatch(USER_ID, given) else None


def changed_user_id(msg: Message) -> tuple[str, str] | None:
    """(old, new) business-scoped id, when ``msg`` is Meta's notice that the person's id changed with no number
    to share (``user_changed_user_id``); None otherwise, and when either id is missing or malformed."""
    if (notice := _notice(msg, ("user_changed_user_id",))) is None:
        return None
    old, new = str(notice.previous_user_id or ""), str(notice.user_id or "")
    ids = all(re.fullmatch(USER_ID, one) for one in (old, new))
    return (old, new) if ids and old != new else None


def to_inbound(received: Received, lang: Lang = "bn", *, wa_id: str | None = None) -> Inbound | None:
    """The Inbound for a message from the person kept under ``wa_id`` (``Profiles.person``; its sender when
    not given), or None for what needs no answer (``NOT_SPOKEN``)."""
    msg = received.message
    if msg.type in NOT_SPOKEN:
        return None
    base = Inbound(wa_id=wa_id or msg.sender, message_id=msg.id, lang=lang, profile_name=received.profile_name,
                   context_id=msg.context.id if msg.context else None)
    return base.model_copy(update=_visible(_content(msg)))


def _visible(content: dict[str, object]) -> dict[str, object]:
    """The content with the invisible marks taken out of its text and its media's caption."""
    if isinstance(text := content.get("text"), str):
        content["text"] = INVISIBLE.sub("", text)
    if isinstance(media := content.get("media"), Media) and media.caption:
        content["media"] = media.model_copy(update={"caption": INVISIBLE.sub("", media.caption)})
    return content


def _content(msg: Message) -> dict[str, object]:
    if msg.type == "text" and msg.text is not None:
        return {"kind": "text", "text": msg.text.body}
    if msg.type == "interactive" and msg.interactive is not None:
        return _interactive(msg)
    if msg.type == "button" and msg.button is not None and msg.button.payload:
        return _reply(msg.button.payload, msg.button.text)
    if msg.type == "location" and msg.location is not None:
        pin = msg.location
        return {"kind": "location",
                "location": Location(latitude=pin.latitude, longitude=pin.longitude, name=pin.name,
                                     address=pin.address)}
    if (found := msg.media()) is not None:
        kind, ref = found
        media = Media(kind=kind, id=ref.id, mime_type=ref.mime_type, caption=ref.caption, filename=ref.filename)
        return {"kind": "media", "media": media, "text": ref.caption}
    if msg.type == "contacts" and msg.contacts:
        return {"kind": "contacts", "text": _contact_card(msg.contacts)}
    if msg.type == "request_welcome":
        return {"kind": "start"}
    return {"kind": "unsupported"}


def _interactive(msg: Message) -> dict[str, object]:
    box = msg.interactive
    assert box is not None
    choice = box.button_reply or box.list_reply
    if choice is not None:
        return _reply(choice.id, choice.title)
    if box.nfm_reply is not None:
        return _flow_reply(box.nfm_reply.response_json)
    return {"kind": "unsupported"}


def _flow_reply(response_json: str) -> dict[str, object]:
    """A finished Flow: its answer carries the reply id when the Flow set one, else it is free text."""
    try:
        data = json.loads(response_json)
    except (ValueError, RecursionError):
        data = None
    if isinstance(data, dict):
        reply_id = next((str(data[f]) for f in REPLY_ID_FIELDS if data.get(f)), None)
        if reply_id is None and ":" in str(data.get("flow_token") or ""):
            reply_id = str(data["flow_token"])
        if reply_id is not None and REPLY_ID.fullmatch(reply_id):
            return {"kind": "reply", "reply_id": reply_id, "text": response_json}
    return {"kind": "text", "text": response_json}


def _reply(reply_id: str, title: str | None) -> dict[str, object]:
    """A tapped choice; one whose id is not ours (a template's quick-reply payload) is the text it shows."""
    if REPLY_ID.fullmatch(reply_id):
        return {"kind": "reply", "reply_id": reply_id, "text": title}
    return {"kind": "text", "text": title or reply_id}


def _contact_card(cards: list[dict[str, object]]) -> str:
    """Names and numbers of shared contact cards, one per line, for a service that asked for a contact."""
    lines = []
    for card in cards:
        name = card.get("name")
        phones = card.get("phones")
        words = [str(name.get("formatted_name") or "")] if isinstance(name, dict) else []
        if isinstance(phones, list):
            words += [str(p.get("wa_id") or p.get("phone") or "") for p in phones if isinstance(p, dict)]
        lines.append(" ".join(w for w in words if w))
    return "\n".join(line for line in lines if line)
