"""Where each person is in a service's conversation: their step and what they are putting together.

Kept in the service's store, never in process memory, because the person's next message may reach another
copy of the service. Saving is conditional on the version read, so two messages of one person handled at
once cannot both move the conversation; the loser raises ``Conflict`` and the bus retries it against the
new state. A chat remembers the envelope that last changed it and what that envelope published: when the
same envelope comes back (redelivered after the save, before the runtime recorded it), the service
publishes the very same messages again instead of moving the conversation a second step.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from shared.runtime.inbox import carries_file, without_file
from shared.store import Conflict, DuplicateKey, Store
from shared.store.moves import move_record

COLLECTION = "chats"
_ATTEMPTS = 5


@dataclass
class Chat:
    wa_id: str
    step: str = "home"
    draft: dict[str, Any] = field(default_factory=dict)
    lang: str | None = None  # the language the person last wrote in, for messages the service starts later
    last_envelope: str | None = None
    outputs: list[dict[str, Any]] = field(default_factory=list)  # what that envelope published: type, payload
    version: int | None = None  # None: never saved
    at: datetime | None = None  # when it was last saved: the person's last message here, or their language chosen
    # what the main menu was last told of this person here (``resume.tell``): True nothing is in progress, False
    # something is, None never told
    told: bool | None = None

    def go(self, step: str, **draft: Any) -> None:
        """Move to ``step``, adding ``draft`` fields (a None value removes the field)."""
        self.step = step
        for key, value in draft.items():
            if value is None:
                self.draft.pop(key, None)
            else:
                self.draft[key] = value


class Chats:
    """``kind``: a service's own ``Chat`` (its ``go`` rule, its default language)."""

    def __init__(self, store: Store, kind: type[Chat] = Chat):
        self._chats = store.collection(COLLECTION)
        self._kind = kind

    async def get(self, wa_id: str) -> Chat:
        doc = await self._chats.get(wa_id)
        if doc is None:
            return self._kind(wa_id=wa_id)
        known = {"lang": doc["lang"]} if doc.get("lang") else {}
        return self._kind(wa_id=wa_id, step=doc.get("step") or "home", draft=dict(doc.get("draft") or {}),
                          last_envelope=doc.get("last_envelope"), outputs=list(doc.get("outputs") or []),
                          version=doc["_v"], at=_time(doc.get("at")), told=_told(doc.get("told")), **known)

    async def lang_of(self, wa_id: str) -> str | None:
        """The language the person last wrote in, else the kind's default."""
        doc = await self._chats.get(wa_id)
        return (doc or {}).get("lang") or self._kind.lang

    async def set_lang(self, wa_id: str, lang: str, now: datetime) -> None:
        """The person chose ``lang`` at the gateway's menu: what this service starts saying to them later
        (a reminder, a status) is in it, even before they write to the service again."""
        for _ in range(_ATTEMPTS):
            doc = await self._chats.get(wa_id)
            try:
                if doc is None:
                    await self._chats.insert({"_id": wa_id, "step": "home", "draft": {}, "lang": lang,
                                              "at": now.isoformat()})
                elif doc.get("lang") != lang:
                    await self._chats.update(wa_id, {"lang": lang, "at": now.isoformat()}, expected_version=doc["_v"])
                return
            except (Conflict, DuplicateKey):
                continue  # the person's own message moved the chat meanwhile: read it again
        raise Conflict(f"chat of {wa_id[-4:]} kept changing under {_ATTEMPTS} attempts")

    async def moved(self, old: str, new: str) -> None:
        """The person changed their number: where they were in the conversation, what they were putting
        together and their language go to ``new`` (unless they already wrote to the service from it)."""
        await move_record(self._chats, old, new, ("step", "draft", "lang", "at", "told"))

    async def published(self, wa_id: str, envelope_id: str) -> bool:
        """What ``envelope_id`` published is confirmed on the bus and its inbox record answers a redelivery:
        the chat lets go of the document bytes (a pay slip, a voucher) it kept to publish them again. False
        when there were none, or the person's next message has replaced them already."""
        doc = await self._chats.get(wa_id)
        if doc is None or doc.get("last_envelope") != envelope_id:
            return False
        outputs = list(doc.get("outputs") or [])
        if not any(carries_file(o.get("payload")) for o in outputs):
            return False
        slimmed = [{**o, "payload": without_file(o["payload"])} if carries_file(o.get("payload")) else o
                   for o in outputs]
        try:
            await self._chats.update(wa_id, {"outputs": slimmed}, expected_version=doc["_v"])
        except Conflict:
            return False  # the chat moved on meanwhile, and its outputs with it
        return True

    async def save(self, chat: Chat, *, envelope_id: str, outputs: list[dict[str, Any]], now: datetime) -> None:
        """Raises ``Conflict`` (or ``DuplicateKey`` for a first save) when another message got there first."""
        fields = {"step": chat.step, "draft": chat.draft, "lang": chat.lang, "last_envelope": envelope_id,
                  "outputs": outputs, "at": now.isoformat(), "told": chat.told}
        if chat.version is None:
            stored = await self._chats.insert({"_id": chat.wa_id, **fields})
        else:
            stored = await self._chats.update(chat.wa_id, fields, expected_version=chat.version)
        chat.version, chat.last_envelope, chat.outputs, chat.at = stored["_v"], envelope_id, outputs, now


def _told(told: Any) -> bool | None:
    return told if isinstance(told, bool) else None


def _time(at: Any) -> datetime | None:
    """The ISO-8601 time a chat was saved at; None for one saved before it was kept, or unreadable."""
    try:
        return datetime.fromisoformat(at) if isinstance(at, str) else None
    except ValueError:
        return None
