"""Another service's business typed in a casework chat (``Desk.elsewhere``): the tap to that service, its menu or
its View of the number typed, or the tap that sends its document where ``documents`` says it sends one."""
from __future__ import annotations

import re
from collections.abc import Mapping

from shared.casework.said import DOWNLOAD
from shared.casework.visit import Visit


def numbers(elsewhere: Mapping[str, re.Pattern[str]], documents: frozenset[str], visit: Visit, text: str) -> None:
    """Another service's number typed beside this one's ("BP/PUR/2026/000103 and TNOC/2026/000045"): after this
    one's answer, that one is said to be the other service's, with the tap to its View there, where it is answered
    by that service's rules (its details to its registered mobile only), rather than left unanswered."""
    for other, words in elsewhere.items():
        if any(match.groupdict().get("number") for match in words.finditer(text)):
            tap(elsewhere, documents, visit, other, text)


def tap(elsewhere: Mapping[str, re.Pattern[str]], documents: frozenset[str], visit: Visit, other: str,
        text: str) -> None:
    """The tap to that service: its menu, or its View of the number typed; where its document is asked for
    ("download my NOC") and it is one of ``documents``, the tap that sends it, as asked there."""
    found = (m["number"] for m in elsewhere[other].finditer(text) if m.groupdict().get("number"))
    number = next(found, None)
    sends = other in documents and DOWNLOAD.search(text) is not None
    if number is None:
        choice, key = (f"{other}:letters", "letters") if sends else (f"{other}:menu", "")
    else:
        number = " ".join(number.split())
        choice, key = f"{other}:{'download' if sends else 'view'}:{number}", "download_number" if sends else "number"
    said = visit.t("_".join(filter(None, ("elsewhere", other, key))), number=number or "")
    visit.ask(said, [(choice, visit.t(f"btn_{other}_letters" if sends else f"btn_{other}")),
                     visit.button("home", "btn_home")])
