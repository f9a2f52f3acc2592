"""The payroll menu and its lists: months to pick a slip from, years to pick a statement from.

Nothing here shows a figure: amounts appear only inside a document handed out after the PIN.
"""
from __future__ import annotations

from datetime import timedelta
from typing import Any

from services.payroll.conversation import cloud
from services.payroll.conversation.turn import Turn
from services.payroll.domain import bangla_months, financial_year, local_digits, month_name
from services.payroll.domain.period import NAMES_BN, NAMES_EN, month_of, year_span
from shared.back import row_number

MONTHS_SHOWN = 12  # "pick among the last 12"
MENU_ROWS = (("slip", "latest"), ("months", "months"), ("years", "years"), ("forgot", "forgot"))  # action, text
PER_PAGE = cloud.ROWS_MAX - 1  # a list holds ten rows: nine months and a row to the others
ROWS = "rows"  # the draft's note of the rows (or buttons) just shown, their ids in order, and when (``row_typed``)
ROWS_FOR = timedelta(minutes=30)  # a row's number typed later picks nothing: the list is asked again


def _with_hint(turn: Turn, key: str, hint: str | None, **values: object) -> str:
    body = turn.t(key, **values)
    return turn.with_nav(body if hint is None else f"{hint}\n\n{body}")


async def home(turn: Turn, *, hint: str | None = None, intro: str = "home", want: dict[str, Any] | None = None) -> None:
    """The payroll menu, or the first-use PIN question for an employee who has no PIN yet (``want``: the slip or
    statement they asked for, handed out once the PIN is set)."""
    turn.ctx.at_home(turn.inbound)  # the PIN's question too: without a PIN, the first of this service
    if not turn.access.has_pin:
        turn.go("new_pin", **({"want": want} if want else {}))
        turn.say(cloud.text(_with_hint(turn, "set_pin", hint, name=turn.employee.name_in(turn.lang))))
        return
    rows = [(f"payroll:{action}", turn.t(f"row_{key}"), turn.t(f"row_{key}_about")) for action, key in MENU_ROWS]
    turn.go("home", list="menu", **rows_noted(turn, rows))  # a row's number typed next picks it (``row_typed``)
    body = _with_hint(turn, intro, hint, name=turn.employee.name_in(turn.lang))
    turn.say(cloud.rows_list(body, turn.t("choose"), turn.t("choices"), rows))


async def no_month(turn: Turn, month: str) -> str:
    """Why there is no slip for ``month``: this month's or a later one's is not out yet, and so is one after the
    employee's latest slip (last month's, before the office uploads it); an earlier month had no payroll."""
    slips = await turn.repos.slips.of_employee(turn.employee.id)  # the newest first
    ahead = month >= month_of(turn.today) or bool(slips) and month > slips[0].month
    return turn.t("not_out_yet" if ahead else "no_month", month=month_name(month, turn.lang))


def rows_noted(turn: Turn, rows: list[tuple[str, ...]]) -> dict[str, Any]:
    """The note of the rows (or buttons) about to be shown, for ``turn.go``: their ids, and when."""
    return {ROWS: {"ids": [row[0] for row in rows], "at": turn.now.isoformat()}}


def _shown(turn: Turn) -> tuple[list[str], bool] | None:
    """The ids of the rows the last answer showed, and whether it was within ``ROWS_FOR``; None when it showed none."""
    note = turn.draft.get(ROWS)
    if not isinstance(note, dict) or not isinstance(note.get("ids"), list) or not note["ids"]:
        return None
    return [str(id) for id in note["ids"]], turn.fresh(note, ROWS_FOR)


def row_typed(turn: Turn, text: str) -> str | None:
    """The id of the row (or button) of the list just shown whose number ("2", "২", "no 2", "2.") was typed, as the
    main menu reads one: the payroll menu's, the months', the years' or the months asked about; None for another
    number, or once the list was shown ``ROWS_FOR`` ago."""
    shown = _shown(turn)
    if shown is None or not shown[1] or (number := row_number(text, len(shown[0]))) is None:
        return None
    return shown[0][number - 1]


def row_missed(turn: Turn, text: str) -> str | None:
    """What a row's number typed at the list just shown that picks nothing is told: past its rows ("12" of ten), or
    typed ``ROWS_FOR`` after it was shown; None for anything else."""
    shown = _shown(turn)
    if shown is None or (number := row_number(text, 99)) is None:
        return None
    if not shown[1]:
        return turn.t("number_list_stale")
    return turn.t("number_past_rows", number=number, most=len(shown[0])) if number > len(shown[0]) else None


async def months(turn: Turn, page: int = 0, *, hint: str | None = None, year: int | None = None) -> None:
    """The last 12 months paid to pick a slip from; given ``year`` (typed alone where a month is asked), the months
    of that year paid, however old."""
    slips = await turn.repos.slips.of_employee(turn.employee.id)
    slips = slips[:MONTHS_SHOWN] if year is None else [s for s in slips if s.month.startswith(f"{year}-")]
    if not slips:
        return await home(turn, hint=turn.t("no_slips" if year is None else "no_slips_of_year", year=year))
    listed = [(f"payroll:slip:{s.month}", month_name(s.month, turn.lang), "") for s in slips]
    if len(listed) > cloud.ROWS_MAX:
        page = page if 0 <= page * PER_PAGE < len(listed) else 0
        following = page + 1 if (page + 1) * PER_PAGE < len(listed) else 0
        more = f"payroll:months:{following}" + ("" if year is None else f":{year}")
        listed = [*listed[page * PER_PAGE:(page + 1) * PER_PAGE], (more, turn.t("row_more"), turn.t("row_more_about"))]
    turn.go("home", list="months", page=page, year=year,  # asked again as it is after a photo, "ok" (``again``)
            **rows_noted(turn, listed))
    asked = _with_hint(turn, "ask_month", hint) if year is None else _with_hint(turn, "ask_month_of", hint, year=year)
    turn.say(cloud.rows_list(asked, turn.t("choose"), turn.t("choices"), listed))


async def again(turn: Turn, hint: str) -> bool:
    """The list a slip or a statement is being chosen from, asked again after ``hint`` (a photo, "ok"), the same
    page of months or months of a year typed alone; False where no list is shown (the menu is)."""
    if turn.draft.get("list") == "years":
        await years(turn, hint=hint)
    elif turn.draft.get("list") == "months":
        year = turn.draft.get("year")
        await months(turn, int(turn.draft.get("page") or 0), hint=hint, year=year if isinstance(year, int) else None)
    else:
        return False
    return True


async def of_bangla_month(turn: Turn, number: int) -> None:
    """A month of the Bengali calendar typed (``bangla_months``): the two months of the English calendar it falls in,
    a tap each for those paid, in the year typed with it (``কার্তিক ১৪৩২``), else its latest year with one paid."""
    paid = {s.month for s in await turn.repos.slips.of_employee(turn.employee.id)}
    first, second = bangla_months.spans(number)

    def months(year: int) -> list[str]:  # পৌষ begins in a December and ends in the January after
        return [f"{year}-{first:02d}", f"{year + (second < first)}-{second:02d}"]

    names = NAMES_BN if turn.lang == "bn" else NAMES_EN
    said = {"month": bangla_months.NAMES[turn.lang][number - 1], "first": names[first - 1], "second": names[second - 1]}
    typed = bangla_months.year_said(turn.inbound.text or "", number)
    if typed is not None:  # the months of that year alone, named with it should it have none paid
        said |= dict(zip(("first", "second"), (month_name(m, turn.lang) for m in months(typed)), strict=True))
    oldest = min((int(m[:4]) for m in paid), default=turn.today.year)
    for year in (typed,) if typed is not None else range(turn.today.year, oldest - 2, -1):
        if shown := [(f"payroll:slip:{m}", month_name(m, turn.lang)) for m in months(year) if m in paid]:
            turn.go("home", **rows_noted(turn, shown))
            return turn.say(cloud.buttons(turn.with_nav(turn.t("bangla_month", **said)), shown))
    await home(turn, hint=turn.t("no_slips_of_bangla_month", **said))


async def _paid_years(turn: Turn) -> list[str]:
    """The financial years the employee was paid in, newest first."""
    slips = await turn.repos.slips.of_employee(turn.employee.id)
    return sorted({financial_year(s.month) for s in slips}, reverse=True)


async def years(turn: Turn, *, hint: str | None = None) -> None:
    found = (await _paid_years(turn))[:PER_PAGE]
    if not found:
        return await home(turn, hint=turn.t("no_slips"))
    rows = [(f"payroll:statement:{y}", local_digits(y, turn.lang), year_span(y, turn.lang)) for y in found]
    turn.go("home", list="years", **rows_noted(turn, rows))  # a year typed next means a statement, not a month
    turn.say(cloud.rows_list(_with_hint(turn, "ask_year", hint), turn.t("choose"), turn.t("choices"), rows))


async def which_year(turn: Turn, year: int) -> None:
    """A calendar year typed at the list of financial years: it falls in two, the one ending in its March and the
    one beginning in its April, so which is asked with a button each, of those the employee was paid in."""
    paid = await _paid_years(turn)
    both = [y for y in (financial_year(f"{year}-03"), financial_year(f"{year}-04")) if y in paid]
    if not both:
        return await years(turn, hint=turn.t("no_statement_of_year", year=local_digits(str(year), turn.lang)))
    spans = "\n".join(f"• {local_digits(y, turn.lang)}: {year_span(y, turn.lang)}" for y in both)
    asked = turn.t("ask_which_year" if len(both) > 1 else "ask_year", year=local_digits(str(year), turn.lang))
    buttons = [(f"payroll:statement:{y}", local_digits(y, turn.lang)) for y in both]
    turn.go("home", list="years", **rows_noted(turn, buttons))
    turn.say(cloud.buttons(turn.with_nav(f"{asked}\n{spans}"), buttons))


def office_of(turn: Turn) -> dict[str, str]:
    """The employee's office as the answers about a PIN name it: ``office`` and `` (contact)``, if it gave one."""
    office = turn.employee.office
    contact = f" ({office.contact})" if office.contact else ""  # an office that gave none is named only once
    return {"office": office.name.bn if turn.lang == "bn" else office.name.en, "contact": contact}


async def forgot(turn: Turn) -> None:
    """A forgotten PIN is reset by the payroll office, who know the employee; the chat cannot tell who
    holds the phone, so it never resets one itself. With none set (never chosen, or reset already), there is
    nothing to forget: a new one is chosen, the slip or statement asked for still kept."""
    if not turn.access.has_pin:
        return await home(turn, hint=turn.t("forgot_none"), want=turn.draft.get("want"))
    await home(turn, hint=turn.t("forgot", **office_of(turn)))
