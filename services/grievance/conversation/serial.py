"""A complaint's number typed as people type it where they look at their complaints: its serial alone ("2", "02",
"000002", "২"), without GRV ("2026-000002", "2026 2"), in lower case or with spaces and dashes of their own ("grv -
2026 - 000002", "GRV 2026 000 002", "GRV/2026/2"), after "no", "#" or "নং", or before them and the complaint's word
("১ নম্বর অভিযোগ", "1 number complaint").

With GRV, or after the complaint's word ("complaint 2", "অভিযোগ নং ২", "abhijog 2": at a new one's subject or place
too), it is a complaint's number at any step the number is read (``typed``). Without either, only where the person
looks at their complaints: the complaints' start, which asks for a number, their list and one complaint's screen;
there the serial alone opens the one of their own complaints that has it. A row's number of their list ("2" of
three rows) keeps meaning that row, as at the chat's other lists, so a serial typed there is one past the rows or
written with its zeros ("02"); at one complaint's screen, where "4" could be a rating, only with its zeros.
A serial two of their complaints share (of two years) lists them; one none of theirs has is said to be none of
theirs, with what a complaint's number looks like and their own listed: another person's complaint is never
opened nor said to exist.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from services.grievance.conversation import mine, numbered, remark
from services.grievance.conversation.turn import Turn
from shared.back import KEYCAP, row_number
from shared.india import EDGES, typed_number

ASKED = ("home", "tickets", "ticket")  # where the person looks at their complaints: a number without GRV is one
# "no", "নং", "#" before a number; the menu's phrase of one's complaints reads them too (``service``)
NUMBER_WORD = r"(?:(?:nombor|nambar|number|num|nr|no|নম্বর|নাম্বার|নং)\s*[.:]?\s*|#\s*)"
_GRV_TYPED = r"g\s*\.?\s*r\s*\.?\s*v\s*\.?"
_WORDED = r"complaint|abhijog|obhijog|অভিযোগ"
_LEAD = re.compile(rf"(?:(?:{_WORDED})\s*)?{NUMBER_WORD}?", re.IGNORECASE)
_GRV = re.compile(_GRV_TYPED, re.IGNORECASE)
_DIGITS = re.compile(r"[\s\-/_.:#]*\d[\d\s\-/_.]*")
# the serial before the complaint's word, as Bengali puts it ("১ নম্বর অভিযোগ", "1 no abhijog ta", "2 number complaint")
_BEFORE_WORD = re.compile(rf"(\d{{1,6}})\s*(?:nombor|nambar|number|no|নম্বর|নাম্বার|নং)\.?\s*(?:{_WORDED})"
                          r"(?:\s*(?:টা|টি|ta|ti|টির|টার))?", re.IGNORECASE)
_YEAR = re.compile(r"20\d\d")
SERIAL_MAX = 6  # GRV-2026-000123
# A number among words: its lead word if any, GRV if typed, then figures with the separators people put in them
_WITHIN = re.compile(rf"{NUMBER_WORD}?(?:{_GRV_TYPED}[\s\-/_.]*)?\d+(?:[\-/_.]\d+|\s\d+)*", re.IGNORECASE)


@dataclass(frozen=True)
class Said:
    serial: int
    year: str | None = None
    grv: bool = False  # typed with its GRV
    zeros: bool = False  # the serial written with its zeros ("02"): never a row's number
    worded: bool = False  # after the complaint's word ("complaint 2", "অভিযোগ নং ২"): never a row's nor a rating

    @property
    def bare(self) -> bool:
        return not self.grv and self.year is None

    @property
    def number(self) -> str:
        """As ``tickets.of_person`` reads it: with its year, or without (the person's latest with that serial)."""
        return f"GRV-{self.year}-{self.serial:06d}" if self.year else f"GRV-{self.serial:06d}"


def said(text: str) -> Said | None:
    """The whole message as a complaint's number, in any of the ways above; None for anything else."""
    typed = typed_number(unicodedata.normalize("NFKC", text).translate(KEYCAP)).strip(EDGES)
    if (before := _BEFORE_WORD.fullmatch(typed)) is not None:  # "1 number complaint", "১ নম্বর অভিযোগ"
        typed = f"complaint {before.group(1)}"
    lead = _LEAD.match(typed).group()  # type: ignore[union-attr]  # the pattern matches the empty start
    typed = typed[len(lead):]
    grv = _GRV.match(typed)
    rest = typed[grv.end():] if grv else typed
    if not _DIGITS.fullmatch(rest):
        return None
    groups, year = re.findall(r"\d+", rest), None
    if len(groups) > 1 and _YEAR.fullmatch(groups[0]):
        year, groups = groups[0], groups[1:]
    elif len(groups) == 1 and _YEAR.match(groups[0]) and (len(groups[0]) == 4 + SERIAL_MAX
                                                          or grv and len(groups[0]) > SERIAL_MAX):
        year, groups = groups[0][:4], [groups[0][4:]]  # "GRV2026000002", "2026000002"
    if len(groups) > 1 and not groups[0].startswith("0"):  # "000 002" is one serial, "2 3" none
        return None
    serial = "".join(groups)
    if len(serial) > SERIAL_MAX or int(serial) == 0:
        return None
    return Said(int(serial), year, grv=grv is not None, zeros=serial.startswith("0"),
                worded=re.match(_WORDED, lead, re.IGNORECASE) is not None)


async def opened(turn: Turn, text: str) -> bool:
    """True when ``text`` was a complaint's number here (a row's number of their list: that row): the complaint
    opened, or their complaints listed with why."""
    step = turn.chat.step
    if step == "tickets" and (row := _row(turn, text)) is not None:
        await mine.view(turn, row, photo=True)
        return True
    number = said(text)
    if number is None or (not number.grv and not number.worded and step not in ASKED):
        return False  # "complaint 2" at a new one's subject or place is that one of theirs, no name of a place
    if number.bare and step == "ticket" and not number.zeros and not number.worded:  # "4" could be its rating
        return False
    await open_said(turn, number, text.strip())
    return True


def within(text: str) -> tuple[Said, str] | None:
    """A complaint's number inside words asking after it ("amar abhijog 000001 er ki holo", "আমার অভিযোগ নং ১ এর
    অবস্থা", "status of my complaint 2026-000002"), as typed; None when the words hold none."""
    typed = typed_number(unicodedata.normalize("NFKC", text).translate(KEYCAP))
    for found in _WITHIN.finditer(typed):
        shown = found.group().strip()
        if _YEAR.fullmatch(shown):  # "my complaint of 2025": a year, no serial
            continue
        number = said(shown)
        return None if number is None else (number, shown)
    return None


async def open_said(turn: Turn, number: Said, shown: str, *, hint: str | None = None, told: str | None = None) -> None:
    """The person's own complaint with ``number`` opened (``hint`` above it; ``told``: words about it, kept and
    asked about as at its view, ``remark.told``); their complaints listed, with why, when it is none of theirs or
    two of theirs share its serial (``shown``: the number as they typed it)."""
    async def opening(found: str) -> None:
        await (remark.told(turn, found, told) if told else mine.view(turn, found, hint=hint))

    if not number.bare:
        return await opening(number.number)
    found = [t for t in await turn.repos.tickets.for_person(turn.inbound.wa_id, limit=None)
             if t.number.endswith(f"-{number.serial:06d}")]
    if len(found) == 1:
        await opening(found[0].number)
    elif found:
        await mine.listing(turn, hint=turn.t("serial_many", serial=shown))
    else:
        await mine.listing(turn, hint=f"{turn.t('serial_none', serial=shown)} {turn.t('number_looks')}")


async def asked_after(turn: Turn, text: str, *, hint: str | None = None, choosing: bool = False) -> None:
    """One's complaints asked after in words, at the main menu or in the chat: a number among them ("১ নম্বর অভিযোগের
    কী হল", "amar abhijog 000001 er ki holo"), that one of one's own (``within``); a reopening with what is still wrong
    ("...abar khulun, jol ekhono ase na"), the one it can be with the words as its reason (``remark.reopen_told``);
    else as ``mine.asked`` reads them ("why was my complaint rejected?": those rejected), ``hint`` above (with
    ``choosing``, only when there is one to choose: ``mine.listing``)."""
    if (number := within(text)) is not None:
        return await open_said(turn, *number, hint=hint)
    if hint is None and await remark.reopen_told(turn, text):
        return
    await mine.asked(turn, text, hint=hint, choosing=choosing)


async def report_asked(turn: Turn, text: str) -> None:
    """The action-taken report asked for ("ATR of complaint 5"): that of the complaint whose number is in the words,
    or of one's resolved ones (``mine.reports``)."""
    if (number := within(text)) is not None:
        return await open_said(turn, *number)
    await mine.reports(turn)


def _row(turn: Turn, text: str) -> str | None:
    """The complaint of the row whose number ``text`` is, at their list as it was shown."""
    at, *ids = turn.draft.get(numbered.SHOWN) or [""]
    number = row_number(text, len(ids)) if str(at).startswith("tickets:") else None
    return None if number is None else ids[number - 1].rsplit(":", 1)[-1]
