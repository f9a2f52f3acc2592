"""Where each person is in the payroll chat: their step, what they asked for, and their language.

Kept in the store because the next message may reach another copy of the service. What a person types
is never kept here — least of all a PIN: a step holds only what was asked for (``want``) and, while a new
PIN awaits its confirmation, its salted hash; for a few minutes after a PIN typed right, who typed it, at
which number and when (``PIN_OK``, carried from step to step: ``conversation.recent``); and the month of the slip
sent last, for "the month before that" (``SLIP_SENT``, ``conversation.then``), and the document sent last, for "send it
again" (``DOCUMENT_SENT``, ``conversation.again``). Like tourism's chat,
it remembers the envelope that last changed it and what that envelope published, so a redelivery repeats the
answer instead of the step.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from shared.runtime import chats
from shared.store import Store

PIN_OK = "pin_ok"  # fields of the draft that outlive a step: a PIN typed right a moment ago,
SLIP_SENT = "slip_sent"  # and the slip sent last, so that "the month before that" is read from it
DOCUMENT_SENT = "document_sent"  # and the document sent last, so that "abar pathan" sends it again


@dataclass
class Chat(chats.Chat):
    lang: str | None = "bn"

    def go(self, step: str, **draft: Any) -> None:
        """Move to ``step`` with exactly ``draft``: nothing from an earlier request carries over (but ``PIN_OK``,
        ``SLIP_SENT`` and ``DOCUMENT_SENT``)."""
        kept = {key: self.draft[key] for key in (PIN_OK, SLIP_SENT, DOCUMENT_SENT) if key in self.draft}
        self.step, self.draft = step, {**kept, **draft}


class Chats(chats.Chats):
    def __init__(self, store: Store):
        super().__init__(store, Chat)

    async def keep_draft(self, chat: Chat) -> None:
        """Only the draft saved, the answer to the person's last message left as it was (a redelivery of it repeats
        that answer); ``Conflict`` when their next message got there first."""
        if chat.version is not None:
            stored = await self._chats.update(chat.wa_id, {"draft": chat.draft}, expected_version=chat.version)
            chat.version = stored["_v"]
