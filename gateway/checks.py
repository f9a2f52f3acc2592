"""A document's verification code (``HF6S-PZL2-QOPN-VOOO``, printed under its QR code) typed at the main menu.

It gets the answer the permit and NOC chats give it (``shared.casework.checking``): the link to the code's public
page, which says whether the document is genuine and in force. Nothing more is said here: what the page shows
anyone is all someone holding the code may see.
"""
from __future__ import annotations

from gateway import replies
from gateway.outbound import Text
from shared.casework.checking import code_in
from shared.chat import Lang
from shared.documents.codes import verify_url
from shared.texts import Catalog


def code_answer(texts: Catalog, lang: Lang, typed: str | None, public_url: str) -> Text | None:
    """The link to the public page of the code in ``typed``; None where it holds none."""
    code = code_in(typed) if typed else None
    if code is None:
        return None
    return replies.text(texts("verify_code", lang, code=code, url=verify_url(public_url, code)))
