"""A document's verification code (``HF6S-PZL2-QOPN-VOOO``, printed under its QR code) typed in the middle of a
service's conversation: every service answers it the same way, as the main menu does (``gateway.checks``), with the
link to the code's public page, which says whether the document is genuine and in force, and nothing more of it.

The person's place in the conversation is kept: nothing they gave is dropped, and the step's question is asked
again, saying so. At a question that asks for the person's own words (a guest's name, a complaint's description),
only a message that is the code, as a code is written (``code_in(alone=True)``), is taken as one; words that name
a code among others are that step's answer.
"""
from __future__ import annotations

from collections.abc import Awaitable, Callable
from pathlib import Path

from gateway.outbound.fitted import text
from shared.documents.codes import code_in, verify_url
from shared.runtime.turn import ChatTurn
from shared.texts import Catalog

TEXTS = Catalog.load(Path(__file__).with_name("texts.json"))


def code_said(lang: str, code: str, public_url: str) -> str:
    """The answer to ``code``: the link to its public page."""
    return TEXTS("verify_code", lang, code=code, url=verify_url(public_url, code))


async def answered(turn: ChatTurn, public_url: str, *, words: bool,
                   again: Callable[[str], Awaitable[None]]) -> bool:
    """A code typed: its link, then the question of the step (``again``, given the words saying it is kept).
    ``words``: the step asks for the person's own words, where only the code typed alone is one. False, and
    nothing said, for any other message."""
    inbound = turn.inbound
    if inbound.kind != "text" or not inbound.text:
        return False
    code = code_in(inbound.text, alone=words or inbound.unasked)
    if code is None:
        return False
    turn.say(text(code_said(turn.lang, code, public_url)))
    await again(TEXTS("verify_kept", turn.lang))
    return True
