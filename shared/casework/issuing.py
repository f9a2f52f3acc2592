"""The document a case ends in: drawn on request, announced to the verification page when issued,
withdrawn from it when revoked.

The letter is drawn from the stored case each time it is asked for, never kept: the case is the truth,
and a letter drawn twice is the same letter. The public record holds only what the verification page may
show — number, holder's name, office, dates, and the plot of a kind that declares one (``Kind.plot``: a
permission's, so a letter for one plot cannot pass for another) — never the mobile or the fee.
"""
from __future__ import annotations

import base64
from datetime import date

from shared.casework import show
from shared.casework.case import Case, GramPanchayat
from shared.casework.kind import Kind
from shared.chat import Document as Attachment
from shared.documents import Office, Signatory
from shared.documents.records import PublicRecord, issued, revoked
from shared.documents.workers import render_async

Event = tuple[str, dict[str, object]]


def holder_name(case: Case) -> str:
    return f"{case.name_bn} / {case.name_en}"


def office(gp: GramPanchayat) -> Office:
    """The issuing gram panchayat as a letterhead; block and district names are the land records' English."""
    return Office(name_bn=f"{gp.name_bn} গ্রাম পঞ্চায়েত", name_en=f"{gp.name_en} Gram Panchayat",
                  address_en=f"{gp.block} Block, {gp.district} District")


def pradhan(gp: GramPanchayat) -> Signatory:
    """The office signs, as a gram panchayat's letters are signed: the Pradhan of the named panchayat, no
    person's name (the Pradhan changes, the letter stays true)."""
    return Signatory(name="", designation_bn=f"প্রধান, {gp.name_bn} গ্রাম পঞ্চায়েত",
                     designation_en=f"Pradhan, {gp.name_en} Gram Panchayat")


def validity_span(first: date, last: date) -> str:
    """A term on a bilingual document, one language a line."""
    return f"{show.day(first, 'bn')} — {show.day(last, 'bn')}\n{show.day(first, 'en')} — {show.day(last, 'en')}"


def public_record(kind: Kind[Case], case: Case) -> PublicRecord:
    if case.issue is None:
        raise ValueError(f"{case.number} has no issued document")
    letterhead = office(case.gp)
    return PublicRecord(kind=kind.document_kind, number=case.number, holder_name=holder_name(case),
                        office_en=letterhead.name_en, office_bn=letterhead.name_bn,
                        issued_on=case.issue.issued_on, valid_until=case.issue.valid_until,
                        plot=kind.plot(case) if kind.plot else None)


def issued_record(kind: Kind[Case], case: Case) -> Event:
    """``<service>.document.issued`` for the gateway's ``/verify/{code}``."""
    assert case.issue is not None
    return issued(kind.service, case.issue.code, public_record(kind, case))


def revoked_record(kind: Kind[Case], case: Case) -> Event:
    assert case.issue is not None
    return revoked(kind.service, case.issue.code, "revoked by the issuing office")


async def attachment(kind: Kind[Case], case: Case, public_url: str, caption: str) -> Attachment:
    """The letter as a WhatsApp document; drawing is CPU work, so it runs in a worker thread."""
    pdf = await render_async(kind.letter(case, public_url))
    return Attachment(filename=kind.filename(case), data_b64=base64.b64encode(pdf).decode(), caption=caption)
