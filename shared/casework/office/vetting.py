"""A kind's own check of a case against the other records (``Kind.vet``: a renewal renews a certificate that
exists, is the same holder's and is not renewed already), run by the office on a create, an update and each
row of a batch; a refusal is a 422 naming what is wrong. Once a new or changed case is stored it claims what
only one case may hold (``Kind.claim``): two created or changed at once both pass the check before either is
stored, and the one whose claim comes second is taken out again, or put back as it was before the update
(``claimed``), with the words the check would have said.

The records are read as the caller may read them (``Seen``): a case outside the caller's area is None, so a
refusal says of it exactly what it says of a number never used. A batch's rows are vetted in file order, each
seeing the rows before it as if they were stored, so two rows of one file cannot both take what one may.
"""
from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from shared.casework.areas import outside
from shared.casework.case import Case
from shared.casework.cases import Cases
from shared.casework.kind import Kind
from shared.runtime import Invalid
from shared.store import Store


class Seen:
    """The records one request's vetting reads (``kind.Records``): the caller's area of ``cases``, and the
    ``pending`` cases of its batch that come before the one vetted."""

    def __init__(self, cases: Cases[Any], area: dict[str, Any], pending: Sequence[Case] = ()):
        self.cases, self.area, self.pending = cases, area, list(pending)

    async def get(self, number: str) -> Case | None:
        case = await self.cases.get(number)
        return None if case is None or outside(self.area, case) is not None else case

    async def naming(self, field: str, value: str) -> list[Case]:
        return [*await self.cases.naming(field, value), *(c for c in self.pending if getattr(c, field, None) == value)]


async def vetted(kind: Kind[Any], case: Case, before: Case | None, seen: Seen) -> None:
    """422 with the kind's words when ``case`` (``before`` it was changed, None when new) may not be stored."""
    if kind.vet is not None and (problem := await kind.vet(case, before, seen)) is not None:
        raise Invalid(problem)


async def claimed(kind: Kind[Any], case: Case, before: Case | None, store: Store) -> str | None:
    """The kind's problem with ``case``, stored (``before`` an update changed it, None when new), taking what only
    one case may hold; None when it holds it."""
    return None if kind.claim is None else await kind.claim(case, before, store)


async def batch_problems(kind: Kind[Any], rows: Sequence[tuple[int, Any]], cases: Cases[Any],
                         area: dict[str, Any]) -> list[str]:
    """``line N: problem`` for each row of a batch (``(line, body)``) its kind refuses, in file order."""
    if kind.vet is None:
        return []
    problems: list[str] = []
    earlier: list[Case] = []
    for line, body in rows:
        case = kind.model.model_validate(body.model_dump())
        if (problem := await kind.vet(case, None, Seen(cases, area, earlier))) is not None:
            problems.append(f"line {line}: {problem}")
        earlier.append(case)
    return problems
