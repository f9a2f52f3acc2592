"""When the pay comes, asked ("beton kobe dhukbe", "when will my salary be credited", "বেতন কবে ঢুকবে"): the day the
latest month uploaded for the employee was (or is to be) credited, as its slip says it. Never an amount: those are on
the slip alone, handed out after the PIN, whose button is offered. A day says nothing of the pay, so it is told
without the PIN, but only in this chat, that is to the employee reached at their registered number (anyone else is
refused before a turn begins). With last month's pay not uploaded yet, the month last uploaded is named, and that
the next is not out yet."""
from __future__ import annotations

from services.payroll.conversation import cloud, home
from services.payroll.conversation.turn import Turn
from services.payroll.domain import month_name
from services.payroll.domain.period import month_of, moved, show_date


async def told(turn: Turn) -> None:
    slips = await turn.repos.slips.of_employee(turn.employee.id)  # the newest first
    if not slips:
        return await home.home(turn, hint=turn.t("no_slips"))
    latest = slips[0]
    day = latest.figures.credit_date
    named = {"month": month_name(latest.month, turn.lang), "day": show_date(day, turn.lang)}
    said = [turn.t("credit_ahead" if day > turn.today else "credit_done", **named)]
    if latest.month < moved(month_of(turn.today), -1):  # last month's not uploaded: the next is not out
        said.append(turn.t("credit_next_not_out", month=month_name(moved(latest.month, 1), turn.lang)))
    said.append(turn.t("credit_slip"))
    turn.go("home")
    turn.say(cloud.buttons(turn.with_nav("\n\n".join(said)), [(f"payroll:slip:{latest.month}", turn.t("row_latest"))]))
