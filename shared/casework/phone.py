"""A phone number typed where the case's number is asked ("9800012345", "+91 98000 12345", "৯৮০০০১২৩৪৫"): said to
look like one, with what the number wanted looks like, and "my applications" to tap for one who has cases on this
WhatsApp number. Nothing is looked up by the phone number typed: a case is shown by its number, or to its mobile."""
from __future__ import annotations

import re

from shared.casework.answers import ask_number
from shared.casework.visit import Visit
from shared.india import typed_number

# an Indian mobile as people type it: its ten digits (6–9 first), grouped or not, after +91, 91 or 0; no part of a
# case's number (TNOC/2026/000045) nor of a longer figure
PHONE = re.compile(r"(?<![\w/.+-])(?:\+?\s?91[\s-]?|0)?[6-9](?:[\s-]?\d){9}(?![\w/])")


def typed(text: str) -> bool:
    return PHONE.search(typed_number(text)) is not None


async def told(visit: Visit) -> None:
    hint = visit.t("phone_typed")  # the example follows, in the question or the offer
    if not await visit.cases.of_mobile(visit.inbound.wa_id):  # none on this WhatsApp number: the question again
        return ask_number(visit, hint=hint)
    visit.ask(visit.t("phone_typed_mine", example=visit.kind.number.example),
              [visit.button("mine", "btn_mine"), visit.button("status", "btn_status")], hint=hint)
