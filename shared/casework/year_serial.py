"""A number typed as its year and serial joined by words ("2026 er 101", "২০২৬ এর ১০১", "2026-এর 101", "2026 r 45"):
read at once as that year's serial, not as a malformed number. Of the asker's own cases, the one of that year and
serial is shown; a number the year and serial write whole (a trade NOC's, ``TNOC/2026/000045``) is shown as if typed
so (its status only to anyone else); otherwise the full number is asked for, naming what was read and never another's
case."""
from __future__ import annotations

import re

from shared.casework import answers
from shared.casework.numbers import serial as stored_serial
from shared.casework.visit import Visit
from shared.india import typed_number

# the year in four figures, the Bengali or Latin-lettered possessive ("er", "r", এর, র), the serial; the whole message
YEAR_SERIAL = re.compile(r"(20\d\d)\s*-?\s*(?:e?r\b|এর|র)\s*(?:[/\-.,:]\s*)?(\d{1,6})", re.IGNORECASE)


def read(text: str) -> tuple[str, str] | None:
    """The year and the serial as stored (``("2026", "000101")``) when the message is no more than they; else None."""
    match = YEAR_SERIAL.fullmatch(typed_number(text or "").strip().rstrip(".।?"))
    return (match[1], stored_serial(match[2])) if match else None


async def answer(visit: Visit, text: str, then: answers.Then) -> bool:
    """Whether the message was a year and a serial, answered: the asker's one case of them (``then``: its View),
    several of theirs to tap, the number they write whole, or the full number asked for."""
    if (found := read(text)) is None:
        return False
    year, serial = found
    own = [c for c in await visit.cases.of_mobile(visit.inbound.wa_id) if c.number.endswith(f"/{year}/{serial}")]
    if len(own) == 1:
        await then(visit, own[0].number)
    elif own:
        visit.ask(visit.t("own_serial"), [*((f"{visit.prefix}view:{c.number}", c.number) for c in own[:2]),
                                          visit.button("home", "btn_home")])
    elif (number := visit.kind.number.answered(f"{year}/{serial}")) is not None:
        await then(visit, number)
    else:
        answers.ask_number(visit, hint=visit.t("year_serial_none", year=int(year), serial=int(serial)))
    return True
