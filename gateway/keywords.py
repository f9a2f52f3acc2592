"""The few words the gateway answers itself, in either language, whatever the service in between.

They are the person's way out of any conversation ("menu" always returns to the menu), so they are
matched on the whole message only — "menu" inside a sentence is ordinary text for the service.
"""
from __future__ import annotations

import re
import string
import unicodedata
from typing import Literal

from shared.chat import Lang

Keyword = Literal["menu", "help", "language", "stop", "start"]

_WORDS: dict[str, Keyword] = {
    **dict.fromkeys(("hi", "hii", "hello", "hey", "menu", "মেনু", "নমস্কার", "হাই", "হ্যালো"), "menu"),
    **dict.fromkeys(("help", "সাহায্য"), "help"),
    **dict.fromkeys(("language", "lang", "ভাষা"), "language"),
    **dict.fromkeys(("stop", "unsubscribe"), "stop"),
    **dict.fromkeys(("start", "subscribe"), "start"),
}
WORDS = {unicodedata.normalize("NFC", word): kw for word, kw in _WORDS.items()}

_EDGES = string.whitespace + string.punctuation + "।॥…‘’“”¡¿"
_BENGALI = re.compile(r"[\u0980-\u09FF]")


def keyword(text: str | None) -> Keyword | None:
    """The keyword a whole message is, ignoring case, spaces and punctuation around it ("Hi!" → menu)."""
    if not text:
        return None
    return WORDS.get(unicodedata.normalize("NFC", text).strip(_EDGES).casefold())


def guess_lang(text: str | None) -> Lang:
    """Bengali for Bengali script (or nothing to go by: most people writing in are Bengali speakers)."""
    if not text or _BENGALI.search(text):
        return "bn"
    return "en" if re.search(r"[A-Za-z]", text) else "bn"
