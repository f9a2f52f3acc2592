"""When the pay comes, asked ("beton kobe dhukbe", "when will my salary be credited", "বেতন কবে ঢুকবে"): the day the
latest month uploaded for the employee was (or is to be) credited, as its slip says it. Never an amount: those are on
the slip alone, handed out after the PIN, whose button is offered. A day says nothing of the pay, so it is told
without the PIN, but only in this chat, that is to the employee reached at their registered number (anyone else is
refused before a turn begins). With last month's pay not uploaded yet, the month last uploaded is named, and that
the next is not out yet.

A month named ("when will March salary be credited", "মার্চের বেতন কবে ঢুকবে", "March er beton kobe dhukbe") is that
month's day, its slip offered; a month with no slip is said to be not out yet (or to have had no payroll), and the
latest month's day follows."""
from __future__ import annotations

from services.payroll.conversation import cloud, deliver, home
from services.payroll.conversation.turn import Turn
from services.payroll.domain import Slip, month_name
from services.payroll.domain.period import month_of, moved, show_date
from services.payroll.domain.typed_period import parse_typed_month


async def told(turn: Turn) -> None:
    slips = await turn.repos.slips.of_employee(turn.employee.id)  # the newest first
    if not slips:
        return await home.home(turn, hint=turn.t("no_slips"))
    said, latest = [], slips[0]
    if (named := parse_typed_month(turn.inbound.text or "", turn.today)) is not None:
        if (slip := next((s for s in slips if s.month == named), None)) is not None:
            return _say(turn, [_day(turn, slip), turn.t("credit_slip")], slip.month, turn.t("row_that_slip"))
        said.append(await deliver.no_month(turn, named))  # not out yet, or no payroll then: the latest's day after it
    said.append(_day(turn, latest))
    if latest.month < moved(month_of(turn.today), -1) and not (named and named > latest.month):
        said.append(turn.t("credit_next_not_out", month=month_name(moved(latest.month, 1), turn.lang)))
    said.append(turn.t("credit_slip"))
    _say(turn, said, latest.month, turn.t("row_latest"))


def _day(turn: Turn, slip: Slip) -> str:
    day = slip.figures.credit_date
    named = {"month": month_name(slip.month, turn.lang), "day": show_date(day, turn.lang)}
    return turn.t("credit_ahead" if day > turn.today else "credit_done", **named)


def _say(turn: Turn, said: list[str], month: str, title: str) -> None:
    turn.go("home")
    turn.say(cloud.buttons(turn.with_nav("\n\n".join(said)), [(f"payroll:slip:{month}", title)]))
