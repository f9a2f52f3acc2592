"""Checking a letter, asked in the chat by whoever holds one (a buyer, a bank, the holder): its verification code
typed in (``HF6S-PZL2-QOPN-VOOO``, as printed under the QR code) is answered with its page, and how to check one
with the page and the QR code. The page, not this chat, says whether a letter is genuine and in force: it is
public, and shows anyone the same."""
from __future__ import annotations

import re

from shared.casework import cloud
from shared.casework.visit import Visit
from shared.documents.codes import normalise_code, verify_url

# four groups of four as printed, by one separator or none (with a 0, 1 or 8 typed for O, I or B); four short
# words are no code, so a code whose groups are parted by spaces holds a figure, as nearly every code does
CODE = re.compile(r"(?<![\w-])(?P<code>[A-Z2-7018]{4}(?P<sep>[-\s]?)[A-Z2-7018]{4}(?P=sep)[A-Z2-7018]{4}"
                  r"(?P=sep)[A-Z2-7018]{4})(?![\w-])", re.IGNORECASE)
# how to check one: "verify", "যাচাই", "jachai", "আসল কিনা" (whether it is genuine), "asol kina"
VERIFY = re.compile(r"\bverif(?:y|ied|ication)\b|যাচাই|\bjachai\b|আসল\s*কি\s*না|\basol\s+kina?\b", re.IGNORECASE)


def code_in(text: str) -> str | None:
    """The verification code typed, in its canonical form; None where none was."""
    for match in CODE.finditer(text):
        if match["sep"] == "-" or re.search(r"\d", match["code"]):
            if (code := normalise_code(match["code"])) is not None:
                return code
    return None


def answer(visit: Visit, text: str) -> bool:
    """Answers a code with its page, or the words asking how a letter is checked with where it is; False when
    the text holds neither."""
    if (code := code_in(text)) is not None:
        visit.say(cloud.text(visit.with_nav(visit.t("verify_code", code=code,
                                                    url=verify_url(visit.public_url, code)))))
        return True
    if VERIFY.search(text):
        page = f"{visit.public_url.rstrip('/')}/verify"
        visit.say(cloud.text(visit.with_nav(visit.t("verify_how", url=page))))
        return True
    return False
