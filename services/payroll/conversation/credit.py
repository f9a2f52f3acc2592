"""One's salary asked after: when it comes, whether it came, where it is ("beton kobe dhukbe", "has my salary been
credited", "where is my salary", "বেতন কবে ঢুকবে"). It is guarded as a slip is: the PIN first (chosen first, on first
use), and nothing about the pay before it, not even a day, so the question is only ``wanted`` here and asked for as
a slip is (``pin.request``). Once the PIN is right, ``told`` answers from the employee's own slips what they hold: the
latest month published, its net pay and the day it was (or is to be) credited, and whether this month's slip is out
yet, or that the office has uploaded nothing since; then the slip itself is offered, which the PIN just typed hands
out without asking it again (``recent``).

A month named ("when will March salary be credited", "মার্চের বেতন কবে ঢুকবে") is that month's pay, its slip offered;
a month with no slip is said to be not out yet (or to have had no payroll), and the latest month's pay follows."""
from __future__ import annotations

from typing import Any

from services.payroll.conversation import cloud, home, recent
from services.payroll.conversation.turn import Turn
from services.payroll.domain import Slip, local_digits, month_name, plain
from services.payroll.domain.period import month_of, moved, show_date
from services.payroll.domain.typed_period import parse_typed_month


def wanted(turn: Turn) -> dict[str, Any]:
    """What the words ask for, to hand out after the PIN: one's pay, of the month they name if they name one."""
    named = parse_typed_month(turn.inbound.text or "", turn.today)
    return {"kind": "pay", **({"month": named} if named is not None else {})}


async def told(turn: Turn, named: str | None) -> None:
    slips = await turn.repos.slips.of_employee(turn.employee.id)  # the newest first
    if not slips:  # withdrawn between the question and the PIN
        return await home.home(turn, hint=turn.t("no_slips"))
    said, latest = [], slips[0]
    if named is not None:
        if (slip := next((s for s in slips if s.month == named), None)) is not None:
            turn.audit("pay_slip", slip.month, slip.number)  # its pay told: an access of that slip
            return _say(turn, [_pay(turn, slip)], slip.month, turn.t("row_that_slip"))
        said.append(await home.no_month(turn, named))  # not out yet, or no payroll then: the latest's pay after it
    turn.audit("pay_slip", latest.month, latest.number)
    said.append(_pay(turn, latest))
    this, following = month_of(turn.today), moved(latest.month, 1)
    if latest.month >= this:
        said.append(turn.t("pay_this_month_out"))
    elif named is None or named < following:  # a month after the latest named is said to be not out already
        key = "not_out_yet" if following == this else "credit_next_not_out"  # last month's not uploaded either
        said.append(turn.t(key, month=month_name(following, turn.lang)))
    _say(turn, said, latest.month, turn.t("row_latest"))


def _pay(turn: Turn, slip: Slip) -> str:
    """The slip's net pay and credit day, in words."""
    figures = slip.figures
    named = {"month": month_name(slip.month, turn.lang), "day": show_date(figures.credit_date, turn.lang),
             "net": local_digits(f"₹{plain(figures.net)}", turn.lang)}  # with its paise, as the slip says it
    return turn.t("pay_ahead" if figures.credit_date > turn.today else "pay_done", **named)


def _say(turn: Turn, said: list[str], month: str, title: str) -> None:
    turn.go("home")
    body = "\n\n".join(part for part in (*said, turn.t("pay_slip_offer"), recent.said(turn)) if part)
    turn.say(cloud.buttons(turn.with_nav(body), [(f"payroll:slip:{month}", title)]))
