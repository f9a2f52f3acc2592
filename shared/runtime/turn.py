"""One message's worth of a service's conversation: what every service's ``Turn`` has in common.

Steps receive a turn and nothing else, so a step reads like the conversation it holds: look at the draft,
say something, ``go`` to the next step. A service's own ``Turn`` adds what its steps need (repositories,
rules, where its documents are verified) and how it shows numbers and dates in the person's script.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, Protocol

from shared.chat import Document, Inbound
from shared.india import today_in_india
from shared.runtime.context import Context, Message
from shared.texts import Catalog


class Steps(Protocol):
    """Where a person's chat stands: the step, and what they are putting together."""

    step: str
    draft: dict[str, Any]
    at: datetime | None  # when the chat was last saved
    outputs: list[dict[str, Any]]  # what the service said in answer to the person's last message
    told: bool | None  # what the main menu was last told: nothing in progress here (``resume.tell``)

    def go(self, step: str, **draft: Any) -> None: ...


def nav_and_language(nav: str, inbound: Inbound, texts: Catalog, lang: str) -> str:
    """The way back ``nav``, and, answering a first message whose language the gateway only guessed, the line in the
    other language on how to change it (each service's ``other_language`` text)."""
    return f"{nav}\n{texts('other_language', lang)}" if inbound.lang_guessed else nav


@dataclass
class ChatTurn:
    inbound: Inbound
    ctx: Context
    chat: Steps
    texts: Catalog

    @property
    def lang(self) -> str:
        return self.inbound.lang

    @property
    def now(self) -> datetime:
        return self.ctx.now()

    @property
    def today(self) -> date:
        return today_in_india(self.now)

    @property
    def draft(self) -> dict[str, Any]:
        return self.chat.draft

    def go(self, step: str, **draft: Any) -> None:
        self.chat.go(step, **draft)

    def say(self, message: Message, *, document: Document | None = None) -> None:
        self.ctx.reply(self.inbound, message, document=document)
