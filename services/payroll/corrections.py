"""What the payroll office corrects after the fact: a slip re-issued with new figures, a PIN reset.

A re-issued slip keeps its key (``<employee>:<month>``) and gets a new revision and a new verification
code; the old code is announced as superseded so that a printout of the wrong slip shows as such when
checked (with every earlier one, in case a re-issue stopped before it could announce its own), and so is
the code of the annual statement of that year if it sums the month: its totals were wrong too, and the
next request for it issues a new one. Figures the slip already states are no correction: the slip stays as it
is, and when it is itself a re-issue (the office's form sent again after a lost answer, or after the bus
refused the announcements) what its re-issue announced is announced again with the same ids, which nobody
hears twice. Both corrections are told to the employee: a reset they did not ask for should not go unnoticed.
Each writes what it owes with it (``shared.owed``), settled once announced; one whose announcement was lost and
that the office did not send again is announced by the service's sweep (``announce_due``) with the same ids.
"""
from __future__ import annotations

from services.payroll import documents, events
from services.payroll.conversation import cloud
from services.payroll.domain import Correction, Employee, Figures, Slip, financial_year, month_name, today_in_india
from services.payroll.repository import Repositories
from services.payroll.repository.access import COLLECTION as ACCESS
from services.payroll.repository.slips import SLIPS, _slip
from shared import owed
from shared.documents import new_code
from shared.envelope import derive_id
from shared.logging import mask_text
from shared.runtime import Invalid, NotFound, ServiceContext
from shared.texts import Catalog

CORRECTED_TEMPLATE = "payroll_slip_corrected"  # body: {{1}} name, {{2}} month
RESET_TEMPLATE = "payroll_pin_reset"  # body: {{1}} name
OWED = "_owed"  # in a slip and in an employee's access: an office's correction not yet announced
INDEXES = (owed.index(SLIPS, OWED), owed.index(ACCESS, OWED))
LEFT = ('employee {id} has left: the chat no longer lets them in, so there is no PIN to reset. If they have '
        'rejoined, set them back first (PATCH /api/payroll/employees/{id} with {{"status": "active"}}), then '
        'reset the PIN')


async def reissue(service: ServiceContext, employee_id: str, month: str, figures: Figures, *, reason: str,
                  by: str) -> tuple[Slip, bool]:
    """The slip as it now stands, and whether this call re-issued it (False: it already stated ``figures``)."""
    repos = Repositories.of(service.store)
    employee = await repos.employees.get(employee_id)
    if employee is None:
        raise NotFound(f"no employee {employee_id}")
    today = today_in_india(service.now())

    def corrected(old: Slip) -> Slip:
        if old.figures == figures:
            return old
        correction = Correction(revision=old.revision + 1, at=service.now(), by=by, reason=reason)
        return old.model_copy(update={"figures": figures, "revision": old.revision + 1, "code": new_code(),
                                      "issued_on": today, "superseded": [*old.superseded, old.code],
                                      "corrections": [*old.corrections, correction]})

    changed = await repos.slips.reissue(employee_id, month, corrected, owes=lambda new: {
        OWED: owed.owing(service.now(), reason=reason, revision=new.revision)})
    if changed is None:
        raise NotFound(f"{employee_id} has no published slip for {month}")
    old, new = changed
    if new.revision == 1:  # the imported slip, never corrected: nothing was or is to be announced
        return new, False
    await _announce_reissue(service, employee, new, reason)
    return new, new != old


async def _announce_reissue(service: ServiceContext, employee: Employee, new: Slip, reason: str) -> None:
    """The slip re-issued: its earlier codes withdrawn, its new one issued, a statement summing it withdrawn, the
    departments and the employee told; nothing owed after."""
    repos, month, employee_id = Repositories.of(service.store), new.month, new.employee_id
    for code in new.superseded:  # every earlier code: one a failed publish left unannounced is announced now
        await service.publish(*documents.withdrawn(code), id=derive_id(code, "superseded"))
    await service.publish(*documents.slip_issued(employee, new), id=derive_id(new.code, "issued"))
    statement = await repos.statements.get(employee_id, financial_year(month))
    if statement is not None and any(part.startswith(f"{month}:") and part != f"{month}:{new.revision}"
                                     for part in statement["basis"]):  # it sums an earlier revision of the month
        await service.publish(*documents.withdrawn(statement["code"], "a slip it sums was re-issued"),
                              id=derive_id(new.code, "statement superseded"))
    await service.publish(events.REISSUED, events.SlipReissued(  # the reason as a log shows it: no amount, no number
        person=events.person(employee.holder), employee_id=employee_id, month=month, number=new.number,
        revision=new.revision, reason=mask_text(reason)), id=derive_id(new.code, events.REISSUED))
    texts = service.texts
    if employee.status == "active" and isinstance(texts, Catalog):
        lang = await repos.chats.lang_of(employee.holder)
        name, shown = employee.name_in(lang), month_name(month, lang)
        await service.notify(employee.holder, cloud.buttons(
            texts("slip_corrected", lang, name=name, month=shown),
            [(f"payroll:slip:{month}", texts("btn_get_slip", lang))]),
            template=cloud.template(CORRECTED_TEMPLATE, lang, [name, shown]), id=derive_id(new.code, "notify"))
    await owed.settle(service.store.collection(SLIPS), new.id, OWED,  # unless a later re-issue's is owed now
                      only=lambda pending: pending.get("revision") == new.revision)


async def reset_pin(service: ServiceContext, employee_id: str, *, by: str) -> None:
    repos = Repositories.of(service.store)
    employee = await repos.employees.get(employee_id)
    if employee is None:
        raise NotFound(f"no employee {employee_id}")
    if employee.status == "left":  # the chat refuses them: a PIN cleared for no one to choose, and nobody told
        raise Invalid(LEFT.format(id=employee_id))
    access = await repos.access.get(employee_id)
    if access.reset() == access:
        return  # nothing to clear: a repeat of a reset already told
    # named after the PIN and tries it clears, so resets of the same one sent at once are told once
    done = derive_id(employee_id, "pin-reset", access.salt, access.hashed, access.failed, access.locks,
                     access.locked_until)
    await repos.access.save(access.reset(), owes={OWED: owed.owing(service.now(), id=done, by=by)})
    await _announce_reset(service, employee, done, by)


async def _announce_reset(service: ServiceContext, employee: Employee, done: str, by: str) -> None:
    repos, employee_id = Repositories.of(service.store), employee.id
    await service.publish(events.RESET, events.AccessReset(person=events.person(employee.holder),
                                                           employee_id=employee_id, by=by), id=done)
    texts = service.texts
    if isinstance(texts, Catalog):
        lang = await repos.chats.lang_of(employee.holder)
        name = employee.name_in(lang)
        await service.notify(employee.holder, cloud.text(texts("pin_reset", lang, name=name)),
                             template=cloud.template(RESET_TEMPLATE, lang, [name]), id=derive_id(done, "notify"))
    await owed.settle(service.store.collection(ACCESS), employee_id, OWED,  # unless a later reset's is owed now
                      only=lambda pending: pending.get("id") == done)


async def announce_due(service: ServiceContext) -> int:
    """Announce each re-issue and reset left owed since ``owed.GRACE`` (``shared.owed``); how many were."""
    repos, done = Repositories.of(service.store), 0
    for doc in await owed.due(service.store.collection(SLIPS), OWED, service.now()):
        slip, employee = _slip(doc), await repos.employees.get(doc["employee_id"])
        if employee is not None and slip.revision > 1:
            await _announce_reissue(service, employee, slip, doc[OWED]["reason"])
            done += 1
    for doc in await owed.due(service.store.collection(ACCESS), OWED, service.now()):
        if (employee := await repos.employees.get(doc["_id"])) is not None:
            await _announce_reset(service, employee, doc[OWED]["id"], doc[OWED]["by"])
            done += 1
    if done:
        service.log.warning("payroll.owed_announced", count=done)
    return done
