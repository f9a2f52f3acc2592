"""Back at a service from the main menu in the middle of its conversation: carry on, or start again.

The main menu is a way out of any conversation ("hi", "menu", "মেনু": ``gateway.shell``), not a loss: the service's
chat keeps the step the person was at and what they gave. When they tap the service's row of the main menu again
(``<service>:menu``) within ``RESUMABLE`` of their last message to it, while something they gave is in progress,
they are told what it was, in a few words, and asked to carry on (``<service>:resume``: the question of the step
they were at, with what they gave kept) or start again (``<service>:restart``: the service's start, as its row
opened it before). Decided on the chat the service reads for every message anyway: not one store read more. The
buttons typed instead of tapped, in words or by their number, are that choice while the offer is what the service
last asked (``chosen``); at any other step, those words are the step's answer.
"""
from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from typing import Any

from gateway.outbound.fitted import buttons
from shared.back import row_number
from shared.india import typed_word
from shared.runtime.context import OUTBOUND
from shared.runtime.turn import ChatTurn
from shared.texts import LANGS, Catalog

# As long as the gateway keeps a conversation going without a word (``gateway.profiles.SESSION_IDLE``): later,
# the service's row opens at its start, and a half-made booking's dates may be long gone
RESUMABLE = timedelta(minutes=30)
RESUME, RESTART = "resume", "restart"
CHOICES = (RESUME, RESTART)  # the offer's buttons, in their order: "1" carries on, "2" starts again
TEXTS = Catalog.load(Path(__file__).with_name("texts.json"))
# The offer's buttons typed instead of tapped, their titles in either language and as people say them
_TYPED = {typed_word(TEXTS(key, lang)): choice for key, choice in (("btn_resume", RESUME), ("btn_restart", RESTART))
          for lang in LANGS} | {"continue": RESUME, "start over": RESTART, "restart": RESTART}


def tell(turn: ChatTurn, *, in_progress: bool) -> None:
    """After a message: the main menu is told whether something of the person's is in progress here
    (``Context.settled``), when that changed since it was last told (the chat keeps what was told). A look at a
    complaint after a look at another tells nothing; the first step of a new booking does."""
    settled = not in_progress
    if turn.chat.told is not settled:
        turn.ctx.settled(turn.inbound, settled=settled)
        turn.chat.told = settled


def came_back(turn: ChatTurn) -> bool:
    """The service's row of the main menu tapped within ``RESUMABLE`` of the person's last message here."""
    at = turn.chat.at
    return turn.inbound.action == "menu" and at is not None and turn.now - at < RESUMABLE


def typed_choice(text: str) -> str | None:
    """``RESUME`` or ``RESTART`` for the offer's button typed ("Start again", "চালিয়ে যান"): a choice of the chat,
    never an answer to the question it was at (a guest's name)."""
    return _TYPED.get(typed_word(text))


def chosen(turn: ChatTurn, service: str) -> str | None:
    """``RESUME`` or ``RESTART`` for the offer's button typed instead of tapped, its words (``typed_choice``) or its
    number ("2", "২"), while the offer is what ``service`` said in answer to the person's last message; None for
    anything else, and at every other step, where those words and numbers are the step's answer."""
    inbound = turn.inbound
    if inbound.kind != "text" or not _offered(turn.chat.outputs, service):
        return None
    number = row_number(inbound.text or "", len(CHOICES))
    return CHOICES[number - 1] if number is not None else typed_choice(inbound.text or "")


def offered(turn: ChatTurn, service: str) -> bool:
    """Whether the offer is what ``service`` said in answer to the person's last message: what they type now answers
    it, not the question of the step they had been at (a whole new request there starts anew)."""
    return _offered(turn.chat.outputs, service)


def _offered(outputs: list[dict[str, Any]], service: str) -> bool:
    """The offer's buttons, ``service``'s, among what the chat recorded it said last."""
    asked = [f"{service}:{choice}" for choice in CHOICES]
    return any(_button_ids(out.get("payload") or {}) == asked for out in outputs if out.get("type") == OUTBOUND)


def _button_ids(payload: dict[str, Any]) -> list[str]:
    action = ((payload.get("message") or {}).get("interactive") or {}).get("action") or {}
    return [(button.get("reply") or {}).get("id") for button in action.get("buttons") or []]


def offer(turn: ChatTurn, service: str, doing: str) -> None:
    """``doing``: what is in progress, in a few words of the person's language ("Booking a room: Digha, …")."""
    lang = turn.lang
    turn.say(buttons(TEXTS("resume_ask", lang, doing=doing),
                     [(f"{service}:{RESUME}", TEXTS("btn_resume", lang)),
                      (f"{service}:{RESTART}", TEXTS("btn_restart", lang))]))
