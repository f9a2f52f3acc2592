"""Choosing a PIN on first use, and asking for it before every slip or statement (but within five minutes of it
typed right, at the same number: ``recent``).

The typed PIN is only hashed and compared; it is never stored, logged, published or repeated back.
A new PIN waits for its confirmation as a salted hash in the chat's draft, never as typed. Wrong tries
count on the employee's access record (not the chat), so changing phones or steps does not reset them.
"""
from __future__ import annotations

import asyncio
import re
import unicodedata
from typing import Any

from services.payroll import events
from services.payroll.conversation import cloud, deliver, home, recent
from services.payroll.conversation.turn import Turn
from services.payroll.domain import NOT_A_PIN, pin_hash, pin_problem
from services.payroll.domain.access import matches, new_salt
from services.payroll.domain.period import show_time, year_name
from services.payroll.domain.typed_period import parse_typed_month, parse_typed_year
from services.payroll.phrases import asked_for, names_form_16
from shared.india import typed_number

# A message that is only a PIN, said in words or with a stop after it: "pin 4821", "PIN: 4821", "my pin is 4821",
# "আমার পিন ৪৮২১", "4821.", "৪৮২১।". One number only, its digits perhaps in groups ("48 21", "4-8-2-1"):
# "03/2026" is no PIN, and "pin 4821 2025" too many digits for one.
SAID_PIN = re.compile(r"^(?:(?:(?:my|the|new|আমার|নতুন)\s+)*(?:pin|পিন)"
                      r"(?:\s*(?:is|no|number|code|হল|হলো|নম্বর|নাম্বার|নং))*)?"
                      r"[\s:=#.\-]*(?P<pin>\d+(?:[\s\-]+\d+)*)[\s.।!,]*$", re.IGNORECASE)
GROUPS = re.compile(r"[\s\-]+")
BENGALI = re.compile(r"[\u0980-\u09ff]")


def typed_pin(text: str) -> str:
    """What was typed, with digits of any script read as digits, the spaces or dashes between a PIN's digits dropped
    ("48 21", "৪-৮-২-১" are 4821), and the words or the stop of a message that is only a PIN left out. A month or a
    financial year written with a dash ("03-26", "2025-26") stays as typed: no PIN, but the slip or statement."""
    typed = typed_number(unicodedata.normalize("NFC", text)).strip()
    said = SAID_PIN.match(typed)
    if said is None:
        return "".join(typed.split())
    if parse_typed_month(said["pin"]) is not None or parse_typed_year(said["pin"]) is not None:
        return said["pin"]
    return GROUPS.sub("", said["pin"])


def written_in(text: str) -> str | None:
    """Bengali for words in Bengali script, answered so whatever the chat's language; None for any other."""
    return "bn" if BENGALI.search(text) and any(ch.isalpha() for ch in text) else None


def not_a_pin(text: str) -> bool:
    """Whether ``text`` can be no try at a PIN: words, a date, or too few or too many digits for one."""
    return pin_problem(typed_pin(text)) in NOT_A_PIN


async def chosen(turn: Turn, text: str) -> None:
    pin, want = typed_pin(text), turn.draft.get("want")
    problem = pin_problem(pin)
    if problem is not None:
        return await home.home(turn, hint=turn.t(problem), want=want)
    salt = new_salt()
    turn.go("confirm_pin", salt=salt, hashed=await asyncio.to_thread(pin_hash, pin, salt),
            **({"want": want} if want else {}))
    turn.say(cloud.text(turn.with_nav(turn.t("confirm_pin"))))


async def confirmed(turn: Turn, text: str) -> None:
    """The new PIN typed again: set (unless one was set meanwhile), then the slip or statement asked for before it
    (``want``) is handed out at once (the PIN was just typed twice), or the payroll menu shown."""
    salt, hashed, want = turn.draft.get("salt", ""), turn.draft.get("hashed", ""), turn.draft.get("want")
    # this very PIN stored already: this message's earlier attempt saved it and stopped before its answer went out
    # (the process killed, a document that failed to render): carried on, not told "a PIN was set meanwhile"
    saved = bool(salt) and (turn.access.salt, turn.access.hashed) == (salt, hashed)
    if turn.access.has_pin and not saved:  # set meanwhile (another chat of theirs): never replaced by one not asked for
        return await home.home(turn, hint=turn.t("pin_set_meanwhile"))
    if salt and pin_problem(typed_pin(text)) == "pin_length":  # "0", "12": no PIN typed, the new one still waits
        return turn.say(cloud.text(turn.with_nav(f"{turn.t('pin_length')}\n\n{turn.t('confirm_pin')}")))
    if not salt or not await asyncio.to_thread(matches, typed_pin(text), salt, hashed):
        return await home.home(turn, hint=turn.t("pin_mismatch"), want=want)
    if not saved:
        turn.access = await turn.repos.access.save(turn.access.with_pin(salt, hashed))
    if not want:
        return await home.home(turn, hint=turn.t("pin_set"))
    turn.say(cloud.text(turn.t("pin_set")))
    await deliver.hand_out(turn, dict(want))


async def wanted_meanwhile(turn: Turn, want: dict[str, Any]) -> None:
    """A month or a year typed while the new PIN is chosen or confirmed: kept, in place of one asked for before,
    to hand out once the PIN is set (or said to be missing), and the question of the step asked again."""
    problem = await deliver.missing(turn, want)
    hint = problem or turn.t("kept_for_pin", what=deliver.describe(turn, want))
    if turn.chat.step == "new_pin" or not turn.draft.get("hashed"):
        return await home.home(turn, hint=hint, want=turn.draft.get("want") if problem else want)
    if problem is None:
        turn.go("confirm_pin", salt=turn.draft.get("salt", ""), hashed=turn.draft["hashed"], want=want)
    turn.say(cloud.text(turn.with_nav(f"{hint}\n\n{turn.t('confirm_pin')}")))


def locked_out(turn: Turn) -> bool:
    """Says so and returns True while the employee's payroll is locked."""
    if not turn.access.locked(turn.now):
        return False
    turn.go("home")
    if turn.access.held:
        said = turn.t("locked_held", **home.office_of(turn))
    else:
        assert turn.access.locked_until is not None
        said = turn.t("locked", until=show_time(turn.access.locked_until, turn.lang), **home.office_of(turn))
        if turn.access.last_lock_next():
            said += "\n" + turn.t("locked_warning")
    turn.say(cloud.text(turn.with_nav(said)))
    return True


async def ask(turn: Turn, want: dict[str, Any], *, hint: str | None = None, forgot: bool = False) -> None:
    """Ask for the PIN before handing out ``want`` (a slip or a statement); ``forgot``: with Forgot my PIN to tap,
    for someone who typed words, perhaps not knowing it."""
    if locked_out(turn):
        return
    turn.go("pin", want=want)
    body = turn.with_nav(turn.t("ask_pin", what=deliver.describe(turn, want)) if hint is None else
                         f"{hint}\n\n{turn.t('ask_pin', what=deliver.describe(turn, want))}")
    turn.say(cloud.buttons(body, [("payroll:forgot", turn.t("row_forgot"))]) if forgot else cloud.text(body))


async def request(turn: Turn, want: dict[str, Any], *, hint: str | None = None) -> None:
    """A slip or statement asked for: say so if there is none, else ask for the PIN (after ``hint``; first, on first
    use, to choose one, the request kept for when it is set)."""
    if not turn.access.has_pin and turn.chat.step == "confirm_pin" and turn.draft.get("hashed"):
        return await wanted_meanwhile(turn, want)  # "amar pay slip dao" at the confirmation: the first PIN kept
    if not turn.access.has_pin:
        problem = await deliver.missing(turn, want)
        kept = turn.t("kept_for_pin", what=deliver.describe(turn, want))
        return await home.home(turn, hint=problem or kept, want=None if problem else want)
    if locked_out(turn):
        return
    problem = await deliver.missing(turn, want)
    if problem is not None and want.get("kind") == "statement":  # the years that have pay, to choose from
        return await home.years(turn, hint=turn.t("no_pay_in_year", year=year_name(want["year"], turn.lang)))
    if problem is not None:
        return await home.home(turn, hint=problem)
    if recent.verified(turn):  # the PIN typed right here minutes ago: not asked again (``recent``)
        return await deliver.hand_out(turn, want)
    await ask(turn, want, hint=hint)


async def entered(turn: Turn, text: str, *, instead: dict[str, Any] | None = None) -> None:
    """What was typed at the PIN's question. What cannot be a PIN (``not_a_pin``) is no try, none counted: a month
    or a year typed (``instead``, "03 2026", "মার্চ ২০২৬") is asked for in place of the slip or statement waiting,
    its PIN still first, so it comes straight after the PIN; the slip asked for again in words is told the PIN shows
    it; other words, an amount ("48.21"), a date or too few or too many digits are told what a PIN is, the question
    asked again. Words in Bengali script are answered in Bengali, whatever the chat's language (``written_in``)."""
    want = dict(turn.draft.get("want") or {})
    if instead is not None:  # no PIN, but what they want: kept (or said to have none, as at the month's step)
        return await request(turn, instead, hint=turn.t("pin_first"))
    if not want or not turn.access.has_pin:  # nothing asked for, or the office reset the PIN meanwhile
        return await home.home(turn)
    if locked_out(turn):
        return
    pin = typed_pin(text)
    if (problem := pin_problem(pin)) in NOT_A_PIN:  # a word, an amount, "0" or "12": no try at a PIN, none counted
        if any(ch.isalpha() for ch in text):  # words: answered in Bengali when in its script, whatever the chat's
            turn.written = written_in(text)
            if names_form_16(text):  # "form 16": not this chat's (the DDO's), the statement here; the PIN again
                return await ask(turn, want, hint=turn.t("form_16"), forgot=True)
            if asked_for(text) in ("slip", "statement"):  # "আমার বেতনের স্লিপ", "amar salary slip dao": the PIN shows it
                return await ask(turn, want, hint=turn.t("pin_to_show"), forgot=True)
            return await ask(turn, want, hint=turn.t("pin_words"), forgot=True)  # a PIN is digits, or forgotten
        if problem == "pin_length":  # perhaps half remembered: how long a PIN is, or Forgot my PIN
            return await ask(turn, want, hint=turn.t("pin_length_forgot"), forgot=True)
        return await ask(turn, want, hint=turn.t("pin_first"))  # "48.21", "10:30": no PIN, and what one is
    if await asyncio.to_thread(matches, pin, turn.access.salt, turn.access.hashed):
        if turn.access.failed:
            turn.access = await turn.repos.access.save(turn.access.right(turn.now))
        recent.remember(turn)
        return await deliver.hand_out(turn, want)
    turn.access = await turn.repos.access.save(turn.access.wrong(turn.now, turn.ctx.envelope.id))
    if turn.access.locked(turn.now):
        assert turn.access.locked_until is not None
        turn.ctx.publish(events.LOCKED, events.AccessLocked(
            person=events.person(turn.employee.holder), employee_id=turn.employee.id,
            locked_until=turn.access.locked_until, tries=turn.access.failed, until_reset=turn.access.held))
        locked_out(turn)
        return
    left = turn.access.tries_left()
    last = "pin_wrong_last_held" if turn.access.last_lock_next() else "pin_wrong_last"
    await ask(turn, want, hint=turn.t("pin_wrong", left=left) if left > 1 else turn.t(last))
