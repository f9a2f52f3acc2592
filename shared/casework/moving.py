"""A holder who changed their WhatsApp number takes their cases with them.

WhatsApp tells the services the old and the new number (``ServiceSpec.on_number_changed``). Every case the old
number holds (``Case.held_by``) goes to the new one: from then on the new number lists the cases, sees their
details, downloads the document and is told of moves and renewals; the old number, which the telephone company
may give someone else, is a stranger to them and learns a status only, as anyone who knows a number does. The
office reads why the mobile changed in the case's amendments; the holder's history is not touched and nothing
is announced, since nothing happened to the case itself.

A new number that is an Indian mobile becomes the registered mobile. Any other (a number abroad) cannot be one:
a registered mobile is what an office types, read as Indian. The case keeps its mobile and names the new number
in ``moved_to``, compared exactly as WhatsApp gives it, and that number holds the case instead. So the holder
abroad keeps seeing their cases and hearing of them, and the old number gets nothing, rather than the case
staying with a number that may soon be someone else's, or being cut off from everyone. A later change from
abroad to an Indian mobile makes that the registered mobile; the office's own new mobile for the case ends
``moved_to`` too (``Case.amended``).

Repeatable: a case already moved is no longer held by the old number, so a second run finds nothing to move
and records nothing. Each case is changed on the version read (``Cases.change``), so an office's update at the
same moment is neither lost nor overwritten.
"""
from __future__ import annotations

from datetime import datetime
from typing import Any

from shared.casework.case import Amendment, Case, Changed, masked_number
from shared.casework.cases import Cases
from shared.casework.kind import C, Kind
from shared.casework.mobile import wa_key
from shared.runtime import Context
from shared.runtime.spec import MovedFn

WHO = "WhatsApp: the holder changed their number"


def followed(case: C, old: str, new: str, *, at: datetime) -> C:
    """``case`` held by ``new`` instead of ``old``, the change recorded for officials; the same case when
    ``old`` does not hold it (it moved already) or ``new`` holds it already."""
    if not case.held_by(old):
        return case
    key = wa_key(new)
    now: dict[str, str] = {"mobile": key, "moved_to": ""} if key is not None else {"moved_to": new}
    fields = {name: Changed(old=masked_number(getattr(case, name)), new=masked_number(value))
              for name, value in now.items() if getattr(case, name) != value}
    if not fields:
        return case
    amendment = Amendment(at=at, by=WHO, fields=fields)
    return case.model_copy(update={**now, "amendments": [*case.amendments, amendment]})


def cases_follow(kind: Kind[Any]) -> MovedFn:
    """The ``on_number_changed`` of a casework service: the holder's cases of ``kind`` go to their new number."""
    async def follow(old: str, new: str, ctx: Context) -> None:
        cases: Cases[Case] = Cases(ctx.store, kind.collection, kind.model)
        for case in await cases.of_mobile(old):
            await cases.change(case.number, lambda current: followed(current, old, new, at=ctx.now()))
    return follow
