"""One message's worth of casework chat: who asks, in which language, and how to answer them.

Texts come from the service's own catalog under the keys the desk names; dates and counts are shown in
the asker's script, statuses by their catalog label (``status_<status>``).
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from shared.casework import cloud, show
from shared.casework.case import Case
from shared.casework.cases import Cases
from shared.casework.kind import Kind
from shared.chat import Document, Inbound, number_hidden
from shared.documents.records import today_in_india
from shared.runtime import Context
from shared.runtime.context import Message
from shared.runtime.turn import nav_and_language
from shared.texts import Catalog


@dataclass
class Visit:
    inbound: Inbound
    ctx: Context
    kind: Kind[Any]
    cases: Cases[Any]
    texts: Catalog
    public_url: str  # where the QR code on a letter points: the gateway's /verify/{code}
    number_asked: bool = False  # this message's answer is the number's question (``asked``)
    case_shown: str | None = None  # this message's answer is the View of the asker's own case, its number (``asked``)
    how_shown: str | None = None  # this message's answer is how to apply or renew, the action that gave it (``asked``)
    document_sent: str | None = None  # this message's answer is the document of the asker's case, its number
    other_shown: str | None = None  # this message's answer is another's case, its status only: its number (``asked``)
    listed: list[str] | None = None  # this message's answer is a list, the ids of its rows as shown (``asked``)
    home_shown: bool = False  # this message's answer is the service's own menu: "back" there is the main menu

    @property
    def lang(self) -> str:
        return self.inbound.lang

    @property
    def today(self) -> date:
        return today_in_india(self.ctx.now())

    @property
    def prefix(self) -> str:
        return f"{self.kind.service}:"

    def t(self, key: str, **values: Any) -> str:
        return self.texts(key, self.lang, **{k: self.show(v) for k, v in values.items()})

    def show(self, value: Any) -> str:
        if isinstance(value, date):
            return show.day(value, self.lang)
        if isinstance(value, int):
            return show.digits(str(value), self.lang)
        return str(value)

    def local(self, bn: str, en: str) -> str:
        """Of a record's two spellings (a name, a panchayat), the one in the asker's language."""
        return bn if self.lang == "bn" else en

    def status(self, case: Case) -> str:
        return self.t(f"status_{case.shown_status(self.today)}")

    def fee_owed(self, case: Case) -> str:
        """For a case waiting for its fee, how much is left to pay and where it is paid (``fee_due``: at its office,
        never on WhatsApp), as its view and the fee asked after say it; empty for any other."""
        if case.status != "fee_pending":
            return ""
        return self.t("fee_due", number=case.number, fee=show.rupees(case.fee, self.lang),
                      gp=self.local(case.gp.name_bn, case.gp.name_en))

    def history(self, case: Case, shown: int = 5) -> str:
        """The last ``shown`` moves, each on the day it happened in India, with what the office told the holder
        on it (what to pay and where, what is missing): its latest word, and the day it corrected an earlier one."""
        lines = []
        for told in case.told_moves()[-shown:]:
            status = self.t(f"status_{told.move.status}")
            lines.append(self.t("history_line", day=today_in_india(told.move.at), status=status))
            if told.note.told and told.corrected:
                lines.append(self.t("history_note_corrected", note=told.note.told, day=today_in_india(told.note.at)))
            elif told.note.told:
                lines.append(self.t("history_note", note=told.note.told))
        return "\n".join([self.t("history_title"), *lines])

    def revoked_on(self, case: Case) -> date | None:
        """The day in India the office revoked the case's document; None while it stands."""
        if case.status != "revoked":
            return None
        return next((today_in_india(c.at) for c in reversed(case.history) if c.status == "revoked"), None)

    def owns(self, case: Case) -> bool:
        return case.held_by(self.inbound.wa_id)

    @property
    def number_hidden(self) -> bool:
        """The asker writes behind a WhatsApp username without sharing their number: no case can be found by the
        mobile registered with it, so they are told why rather than that none is registered."""
        return number_hidden(self.inbound.wa_id)

    def say(self, message: Message, *, document: Document | None = None) -> None:
        self.ctx.reply(self.inbound, message, document=document)

    def with_nav(self, body: str, hint: str | None = None) -> str:
        """A hint first when the last message did not fit; always the way back to the menu last. Answering a first
        message whose language the gateway only guessed ("amar trade licence er ki holo" read as Bengali), it says
        too, in the other language, how to change it."""
        nav = nav_and_language(self.t("nav_home" if self.home_shown else "nav"), self.inbound, self.texts, self.lang)
        return "\n\n".join(part for part in (hint, body, nav) if part)

    def ask(self, body: str, choices: list[tuple[str, str]], *, hint: str | None = None) -> None:
        """Reply buttons under the prompt. Their text holds 1,024 characters, too few for a case with long names,
        a long address or reason and its history: such a prompt goes whole as text first, the buttons after it
        under ``next_ask`` with the way back."""
        for message in cloud.buttons_or_parts(self.with_nav(body, hint), choices, self.with_nav(self.t("next_ask")),
                                              whole=f"{hint}\n\n{body}" if hint else body):
            self.say(message)

    def button(self, action: str, key: str, *args: str) -> tuple[str, str]:
        return (":".join((self.kind.service, action, *args)), self.t(key))

    def page(self, rows: list[cloud.Row], page: int, action: str) -> list[cloud.Row]:
        """One page of a long list, its last row "more" (``<service>:<action>:<next page>``, wrapping round); its rows
        noted, so that a row's number typed next ("2", "২") is that row tapped."""
        shown = cloud.page_of(rows, page, cloud.Row(f"{self.prefix}{action}", self.t("more"), self.t("more_hint")))
        self.listed = [row.id for row in shown]
        return shown
