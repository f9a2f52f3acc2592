"""One message's worth of the grievance conversation: who wrote, where their chat stands, how to answer.

Steps receive a ``Turn`` and nothing else, so a step reads like the conversation it holds: look at the
draft, say something, ``go`` to the next step. Numbers and dates are shown in the person's script.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from services.grievance.conversation import cloud
from services.grievance.domain import Categories, Directory, local_digits, show_date
from services.grievance.repository import Chat, Repositories
from shared.india import grouped
from shared.runtime.turn import ChatTurn, nav_and_language

STARS = ("rate",)  # "0" and "*" answer here (a number of stars, or a star): neither is back


@dataclass
class Turn(ChatTurn):
    repos: Repositories
    chat: Chat
    directory: Directory
    categories: Categories
    public_url: str  # where the gateway's /verify/{code} is reached: a document's code typed gets its link

    def t(self, key: str, **values: Any) -> str:
        """A catalog text with dates and whole numbers shown in the person's script."""
        return self.texts(key, self.lang, **{k: self.show(v) for k, v in values.items()})

    def show(self, value: Any) -> str:
        if isinstance(value, date | datetime):
            return show_date(value, self.lang)
        if isinstance(value, int | float) and not isinstance(value, bool):
            return local_digits(grouped(str(value)) if isinstance(value, int) else f"{value:g}", self.lang)
        return str(value)

    def with_nav(self, body: str, hint: str | None = None, nav: str | None = None) -> str:
        """Every prompt ends by saying how to go back or leave, so nobody is stuck in a step: 0 as well, but at the
        rating; one with no step behind it (a receipt) says how to leave only (``nav``: "nav_menu"). Answering a
        first message whose language the gateway only guessed (a photo sent first), it says too, in the other
        language, how to change it."""
        nav = nav_and_language(self.t(nav or ("nav_words" if self.chat.step in STARS else "nav")), self.inbound,
                               self.texts, self.lang)
        return f"{hint}\n\n{body}\n\n{nav}" if hint else f"{body}\n\n{nav}"

    def text(self, body: str, hint: str | None = None) -> None:
        self.say(cloud.text(self.with_nav(body, hint)))

    def buttons(self, body: str, choices: list[tuple[str, str]], hint: str | None = None, nav: str | None = None
                ) -> None:
        """Reply buttons under the prompt. Their text holds 1,024 characters, too few for a complaint with a
        long action-taken report or answer: such a prompt goes whole as text first, the buttons after it."""
        for message in cloud.buttons_or_parts(self.with_nav(body, hint, nav), choices,
                                              self.with_nav(self.t("next_ask"), nav=nav),
                                              whole=f"{hint}\n\n{body}" if hint else body):
            self.say(message)

    def rows(self, body: str, rows: list[cloud.Row], hint: str | None = None) -> None:
        self.say(cloud.rows_list(self.with_nav(body, hint), self.t("choose"), self.t("choices"), rows))
