"""One message's worth of the payroll chat: who wrote (an active employee, checked every message), their
PIN state, where their chat stands, and how to answer them."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from services.payroll import events
from services.payroll.conversation import cloud
from services.payroll.domain import Access, Employee, local_digits
from services.payroll.repository import Chat, Repositories
from shared.runtime.turn import ChatTurn

PIN_STEPS = ("new_pin", "confirm_pin", "pin")  # a PIN may begin with 0: there "0" is its first digit, not back


@dataclass
class Turn(ChatTurn):
    repos: Repositories
    chat: Chat
    employee: Employee
    access: Access
    public_url: str  # where the gateway's /verify/{code} is reached: the documents' QR codes point there
    written: str | None = None  # the language words typed here are answered in, not the chat's (``pin.entered``)

    @property
    def lang(self) -> str:
        return self.written or self.inbound.lang

    def t(self, key: str, **values: Any) -> str:
        shown = {k: local_digits(str(v), self.lang) if isinstance(v, int) else str(v) for k, v in values.items()}
        return self.texts(key, self.lang, **shown)

    def say_text(self, key: str, **values: Any) -> None:
        self.say(cloud.text(self.t(key, **values)))

    def audit(self, kind: str, period: str, number: str) -> None:
        """A slip or statement handed out, or a slip's pay told: the audit trail's ``payroll.document.accessed``."""
        self.ctx.publish(events.ACCESSED, events.DocumentAccessed(
            person=events.person(self.employee.holder), employee_id=self.employee.id, kind=kind,  # type: ignore[arg-type]
            period=period, number=number))

    def with_nav(self, body: str) -> str:
        """Every prompt says how to go back or leave, so nobody is stuck in a step: 0 as well, but at the PIN.
        Answering a first message whose language the gateway only guessed ("salary slip dao" read as English), it
        says too, in the other language, how to change it."""
        nav = self.t("nav_words" if self.chat.step in PIN_STEPS else "nav")
        if self.inbound.lang_guessed and self.written is None:
            nav = f"{nav}\n{self.t('other_language')}"
        return f"{body}\n\n{nav}"

    def note_sent(self, key: str, **what: Any) -> None:
        """A document went out here: ``what`` of it, with to whom, to which number and when, kept under ``key``."""
        self.draft[key] = {**what, "employee": self.employee.id, "wa": self.chat.wa_id, "at": self.now.isoformat()}

    def sent_within(self, key: str, within: timedelta) -> dict[str, Any] | None:
        """The note under ``key`` when it was made within ``within`` for this employee at this number; None
        otherwise (another's, too old, or none)."""
        last = self.draft.get(key)
        if not isinstance(last, dict) or (last.get("employee"), last.get("wa")) != (self.employee.id, self.chat.wa_id):
            return None
        return last if self.fresh(last, within) else None

    def fresh(self, note: dict[str, Any], within: timedelta) -> bool:
        """Whether the draft's ``note`` was made (its ``at``) within ``within`` of now."""
        try:
            at = datetime.fromisoformat(str(note.get("at")))
        except ValueError:
            return False
        return at <= self.now < at + within
