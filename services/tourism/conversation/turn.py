"""One message's worth of conversation: who wrote, where their chat stands, and how to answer them.

Steps receive a ``Turn`` and nothing else, so a step reads like the conversation it holds: look at the
draft, say something, ``go`` to the next step. Numbers, dates and money are shown in the person's script.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from services.tourism.conversation import cloud
from services.tourism.domain import (
    Policy,
    local_digits,
    rupees,
    show_date,
    show_short_date,
    year_matters,
)
from services.tourism.repository import Chat, Repositories
from shared.runtime.turn import ChatTurn, nav_and_language

ADULTS_ASKED = "children_only"  # children typed with no adults (``choose.CHILDREN_ONLY``): "0" answers how many adults

@dataclass
class Turn(ChatTurn):
    repos: Repositories
    chat: Chat
    policy: Policy
    public_url: str  # where the gateway's /verify/{code} is reached: the voucher's QR code points there

    def t(self, key: str, **values: Any) -> str:
        """A catalog text with dates, amounts (``*_paise``) and counts shown in the person's script."""
        shown = {k: self.show(k, v) for k, v in values.items()}
        return self.texts(key, self.lang, **shown)

    def show(self, key: str, value: Any) -> str:
        if isinstance(value, date):
            return show_date(value, self.lang)
        if isinstance(value, int) and key.endswith("_paise"):
            return rupees(value, self.lang)
        if isinstance(value, int):
            return local_digits(str(value), self.lang)
        return str(value)

    def short_date(self, day: date) -> str:
        """``Wed 1 Dec``, with its year where the day and month alone would be taken for another day
        (``Wed 1 Dec 2027`` on 3 December 2026)."""
        return show_short_date(day, self.lang, year=year_matters(day, self.today))

    def say_text(self, key: str, **values: Any) -> None:
        self.say(cloud.text(self.t(key, **values)))

    def with_nav(self, body: str) -> str:
        """Every prompt ends by saying how to go back (the word, or 0 as on a phone menu, but where 0 is an answer)
        or leave, so nobody is stuck in a step. Answering a first message whose language the gateway only guessed
        ("guest house book korte chai" read as Bengali), it says too, in the other language, how to change it."""
        nav = nav_and_language(self.t('nav_words' if self.zero_answers else 'nav'), self.inbound, self.texts, self.lang)
        return f"{body}\n\n{nav}"

    @property
    def zero_answers(self) -> bool:
        """Whether "0" alone answers the question: the adults asked for after children alone ("0": none), where
        a booking needs one. Elsewhere no answer is 0 (a date, a count of nights, guests or rooms): it goes back."""
        return self.chat.step == "guests" and bool(self.draft.get(ADULTS_ASKED))
