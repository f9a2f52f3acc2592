"""What follows a case's move in the office: tell other departments, the verification page and the holder.

Ids derive from the case number and the length of its history, so a move retried after a lost answer
publishes the same ids (the bus and the sender drop the repeat) and each real move gets new ones. The
holder is told on WhatsApp in their language — as the approved template when their 24-hour window is
closed, which it usually is when an office acts. The office's note on a move to scrutiny or fee (what to pay
and where, what is missing) goes with the notice, so the holder can act on it; a correction of that note (the
same status sent again with another note) is a new entry, so new ids, and its notice says the office's message
was corrected instead of announcing the move again.
"""
from __future__ import annotations

from shared.casework import cloud, issuing, show
from shared.casework.case import Case
from shared.casework.kind import Kind
from shared.envelope import derive_id
from shared.runtime import ServiceContext
from shared.texts import Catalog


async def after_move(service: ServiceContext, kind: Kind[Case], case: Case, previous: str) -> None:
    step = len(case.history)
    await announce_step(service, kind, case, step, previous)
    await tell_holder(service, kind, case, step)


async def announce_step(service: ServiceContext, kind: Kind[Case], case: Case, step: int, previous: str) -> None:
    """What the move at ``step`` (1 the first entry of the history) says to other departments and to the
    verification page, the holder aside; of an earlier step than the last too (``owed``), with the case as it
    now stands."""
    change = case.history[step - 1]
    type, payload = kind.events.status_changed(case, change, previous)
    await service.publish(type, payload, id=derive_id(case.number, type, step))
    if change.status == "approved" and case.issue is not None:
        type, payload = kind.events.issued(case)
        await service.publish(type, payload, id=derive_id(case.number, type, step))
        await _record(service, *issuing.issued_record(kind, case), case.number, step)
    elif change.status == "revoked" and case.issue is not None:
        await _record(service, *issuing.revoked_record(kind, case), case.number, step)


async def _record(service: ServiceContext, type: str, payload: dict[str, object], number: str, step: int) -> None:
    await service.publish(type, payload, id=derive_id(number, type, step))


async def tell_holder(service: ServiceContext, kind: Kind[Case], case: Case, step: int) -> None:
    texts = service.texts
    if not isinstance(texts, Catalog):
        raise TypeError(f"the {kind.service} service runs with its text catalog")
    lang = await service.lang_for(case.holder, case.lang)
    status = texts(f"status_{case.status}", lang)
    note = case.history[-1].told if case.history else ""
    detail = case.reason or note
    last = case.told_moves()[-1] if case.history else None
    if last is not None and last.note != last.move:  # the office corrected its note on the move
        body = texts("notify_note_corrected" if last.corrected else "notify_note_added", lang, number=case.number,
                     status=status)
        detail = texts("note_corrected", lang, note=note) if last.corrected else note
    else:
        gp = case.gp.name_bn if lang == "bn" else case.gp.name_en  # where a fee is paid and a new application made
        body = texts(f"notify_{case.status}", lang, number=case.number, status=status, reason=case.reason,
                     fee=show.rupees(case.fee, lang), gp=gp,
                     until=show.day(case.issue.valid_until, lang) if case.issue else "")
    if note:
        body = f"{body}\n\n{texts('notify_note', lang, note=note)}"
    # <service>_status_update: {{1}} number, {{2}} new status, {{3}} detail — the fee to pay or the last valid day,
    # then a rejection's or revocation's reason or the office's note on a move to scrutiny or fee (marked as
    # corrected when it corrects one), else "-" (Meta refuses an empty parameter)
    detail = " ".join(part for part in (_due(texts, case, lang), detail) if part)
    template = cloud.template(f"{kind.service}_status_update", lang, [case.number, status, detail or "-"])
    message = cloud.text(body)
    if case.status == "approved":  # a tap, not a typed word: typing would reach a conversation the person is in
        message = cloud.buttons(body, [(f"{kind.service}:download:{case.number}", texts("btn_download", lang))])
    await service.notify(case.holder, message, template=template, id=derive_id(case.number, "told", step))


def _due(texts: Catalog, case: Case, lang: str) -> str:
    """What the notice's own words say of a fee or an approval, for the template that stands in for them: the
    amount to pay, the day the document is valid until."""
    if case.status == "fee_pending" and case.fee:
        return texts("detail_fee", lang, fee=show.rupees(case.fee, lang))
    if case.status == "approved" and case.issue is not None:
        return texts("detail_until", lang, until=show.day(case.issue.valid_until, lang))
    return ""
