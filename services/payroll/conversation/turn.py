"""One message's worth of the payroll chat: who wrote (an active employee, checked every message), their
PIN state, where their chat stands, and how to answer them."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from services.payroll.conversation import cloud
from services.payroll.domain import Access, Employee, local_digits, today_in_india
from services.payroll.repository import Chat, Repositories
from shared.chat import Document, Inbound
from shared.runtime import Context
from shared.runtime.context import Message
from shared.texts import Catalog


@dataclass
class Turn:
    inbound: Inbound
    ctx: Context
    repos: Repositories
    chat: Chat
    texts: Catalog
    employee: Employee
    access: Access
    public_url: str  # where the gateway's /verify/{code} is reached: the documents' QR codes point there

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

    def t(self, key: str, **values: Any) -> str:
        shown = {k: local_digits(str(v), self.lang) if isinstance(v, int) else str(v) for k, v in values.items()}
        return self.texts(key, self.lang, **shown)

    def go(self, step: str, **draft: Any) -> None:
        self.chat.go(step, **draft)

    def say(self, message: Message, *, document: Document | None = None) -> None:
        self.ctx.reply(self.inbound, message, document=document)

    def say_text(self, key: str, **values: Any) -> None:
        self.say(cloud.text(self.t(key, **values)))

    def with_nav(self, body: str) -> str:
        """Every prompt says how to go back or leave, so nobody is stuck in a step."""
        return f"{body}\n\n{self.t('nav')}"
