"""Importing a month's payroll: all rows or none, then every employee told that their slip is ready.

Steps, each safe to repeat: (1) check every row — any problem rejects the whole batch with the row
numbers and reasons, and nothing is written; (2) store the batch as one document, each row with its
verification code; (3) write each slip under ``<employee>:<month>``; (4) announce the public records and
mark the batch published (from here the chat shows the slips); (5) tell each employee and publish
``payroll.slips.published``, then mark it announced. Messages and events of steps 4–5 have ids derived
from the batch, so finishing an interrupted batch repeats none of them. An import cut short (its copy
stopped, or the broker was out of its reach: the office got an error) is finished by ``finish_unfinished``:
at the next start of any copy, and by every running copy's periodic round once it has been left for
``STALE_AFTER`` — its employees need not wait for a restart, and the office's retry, which would be refused
(the month's slips are there already), is not needed.
"""
from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from datetime import date, timedelta
from functools import partial
from typing import Any

from services.payroll import documents, events
from services.payroll.conversation import cloud
from services.payroll.domain import Figures, Problem, Slip, check, month_name, today_in_india
from services.payroll.domain.named import name_problems
from services.payroll.repository import Repositories
from shared.documents import new_code
from shared.envelope import derive_id
from shared.logging import get_logger
from shared.runtime import Invalid, ServiceContext
from shared.runtime.periodic import STALE_AFTER, repeat
from shared.store import DuplicateKey
from shared.texts import Catalog

log = get_logger(__name__)
READY_TEMPLATE = "payroll_slip_ready"  # body: {{1}} employee's name, {{2}} month


class BatchRejected(Invalid):
    """A batch refused; ``problems`` names each bad row and why, a row with several faults once for each, and a
    problem of the whole batch (``row`` None) is said once, in the message."""

    def __init__(self, problems: Sequence[Problem]):
        rows = {p.row for p in problems if p.row is not None}
        said = [p.reason for p in problems if p.row is None] + ([f"{len(rows)} row(s) refused"] if rows else [])
        super().__init__(f"{'; '.join(said)}; nothing was imported")
        self.problems = [p for p in problems if p.row is not None]


async def import_batch(service: ServiceContext, month: str, rows: Sequence[Mapping[str, Any]],
                       first: int | Sequence[int], *, by: str, tell: bool = True,
                       allowed: Collection[str] | None = None, issued_on: date | None = None) -> dict[str, Any]:
    """``first``: the number of the first row, or each row's own (``batch.check``); ``allowed``: the employee
    ids the caller may pay (a scoped token's area; None: all); ``tell=False`` (demo data) publishes the slips
    without messaging anyone; ``issued_on``: the day the slips are dated, for demo months loaded long after
    they were paid (None: today in India, as for every office's import). Returns the batch's summary. A row whose
    name is clearly not its employee's (``named``) is refused with the row's other faults, if any."""
    repos = Repositories.of(service.store)
    active = await repos.employees.active_ids()
    payable = active if allowed is None else active & set(allowed)
    lines, problems = check(rows, first, month=month, today=today_in_india(service.now()), active=payable,
                            already=await repos.slips.months_taken(month))
    if not any(p.row is None for p in problems):  # a problem of the whole batch is all there is to say
        named = await _names_not_theirs(repos, rows, first, payable)
        problems = sorted([*problems, *named], key=lambda p: p.row or 0)  # each row's faults together
    if problems:
        raise BatchRejected(problems)
    batch = {"_id": await repos.slips.new_batch_id(month), "month": month, "by": by, "tell": tell,
             "issued_on": (issued_on or today_in_india(service.now())).isoformat(), "at": service.now().isoformat(),
             "lines": [{"employee_id": line.employee_id, "figures": line.figures.model_dump(mode="json"),
                        "code": new_code()} for line in lines]}
    await repos.slips.open_batch(batch)
    return await finish(service, {**batch, "status": "open"})


async def _names_not_theirs(repos: Repositories, rows: Sequence[Mapping[str, Any]], first: int | Sequence[int],
                            payable: Collection[str]) -> list[Problem]:
    """The rows whose written name is clearly not their employee's (``named``), of those the caller may pay."""
    if not any(isinstance(row.get("name"), str) and row["name"].strip() for row in rows):
        return []
    names = {e.id: e.name for e in await repos.employees.all() if e.id in payable}
    return name_problems(rows, first, names)


def _slips(batch: Mapping[str, Any]) -> list[Slip]:
    return [Slip(employee_id=line["employee_id"], month=batch["month"], figures=Figures.model_validate(line["figures"]),
                 batch=batch["_id"], code=line["code"], issued_on=batch["issued_on"]) for line in batch["lines"]]


async def finish(service: ServiceContext, batch: Mapping[str, Any]) -> dict[str, Any]:
    """Steps 3–5 for a stored batch, from wherever it stopped."""
    repos, batch_id, slips = Repositories.of(service.store), batch["_id"], _slips(batch)
    if batch["status"] == "open":
        await _write_all(service, repos, batch_id, slips)
        for slip in slips:
            employee = await repos.employees.get(slip.employee_id)
            if employee is not None:
                await service.publish(*documents.slip_issued(employee, slip), id=derive_id(batch_id, slip.code))
        await repos.slips.move_batch(batch_id, "open", "published", service.now())
    for slip in slips if batch.get("tell", True) else ():
        await _tell(service, repos, slip, batch_id)
    summary = events.SlipsPublished(batch=batch_id, month=batch["month"], slips=len(slips), by=batch["by"])
    await service.publish(events.PUBLISHED, summary, id=derive_id(batch_id, events.PUBLISHED))
    await repos.slips.move_batch(batch_id, "published", "announced", service.now())
    log.info("payroll.batch_published", batch=batch_id, month=batch["month"], slips=len(slips))
    return summary.model_dump(mode="json")


async def _write_all(service: ServiceContext, repos: Repositories, batch_id: str, slips: list[Slip]) -> None:
    """Every slip, or — when another import took one of these months meanwhile — none."""
    written: list[Slip] = []
    try:
        for slip in slips:
            written.append(await repos.slips.write(slip))
    except DuplicateKey:
        for slip in written:
            await repos.slips.remove(slip)
        await repos.slips.move_batch(batch_id, "open", "failed", service.now())
        raise Invalid("another import for this month got there first; nothing of this batch was imported") from None


async def _tell(service: ServiceContext, repos: Repositories, slip: Slip, batch_id: str) -> None:
    employee = await repos.employees.get(slip.employee_id)
    texts = service.texts
    if employee is None or employee.status != "active" or not isinstance(texts, Catalog):
        return
    lang = await repos.chats.lang_of(employee.holder)
    month = month_name(slip.month, lang)
    message = cloud.buttons(texts("slip_ready", lang, name=employee.name_in(lang), month=month),
                            [(f"payroll:slip:{slip.month}", texts("btn_get_slip", lang))])
    template = cloud.template(READY_TEMPLATE, lang, [employee.name_in(lang), month])
    await service.notify(employee.holder, message, template=template, id=derive_id(batch_id, "ready", slip.employee_id))


async def finish_unfinished(service: ServiceContext, *, stale_after: timedelta | None = None) -> int:
    """Complete batches a stopped copy left open or unannounced; returns how many this copy took on. On start
    every one (``stale_after`` None); in the periodic round only those left alone for ``stale_after``."""
    repos, taken = Repositories.of(service.store), 0
    for unfinished in await repos.slips.unfinished():
        batch = await repos.slips.take_batch(unfinished, service.now(), stale_after=stale_after)
        if batch is None:
            continue
        taken += 1
        try:
            await finish(service, batch)
        except Invalid:
            log.warning("payroll.batch_abandoned", batch=batch["_id"])
    return taken


async def finish_forever(service: ServiceContext, every: float) -> None:
    """Every ``every`` seconds, finish the imports left unfinished for ``STALE_AFTER``."""
    await repeat(partial(finish_unfinished, service, stale_after=STALE_AFTER), every=every,
                 done="payroll.batches_finished", failed="payroll.batch_round_failed")
