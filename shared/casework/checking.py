"""Checking a letter, asked in the chat by whoever holds one (a buyer, a bank, the holder): its verification code
typed in (``HF6S-PZL2-QOPN-VOOO``, as printed under the QR code) is answered with its page, and how to check one
with the page and the QR code. The page, not this chat, says whether a letter is genuine and in force: it is
public, and shows anyone the same."""
from __future__ import annotations

from shared.casework import cloud
from shared.casework.visit import Visit
from shared.documents.codes import VERIFY, code_in
from shared.runtime.verifying import code_said


def answer(visit: Visit, text: str) -> bool:
    """Answers a code with its page, or the words asking how a letter is checked with where it is; False when
    the text holds neither."""
    if (code := code_in(text)) is not None:
        visit.say(cloud.text(visit.with_nav(code_said(visit.lang, code, visit.public_url))))
        return True
    if VERIFY.search(text):
        page = f"{visit.public_url.rstrip('/')}/verify"
        visit.say(cloud.text(visit.with_nav(visit.t("verify_how", url=page))))
        return True
    return False
