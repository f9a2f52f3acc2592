"""The trade NOC certificate: a bilingual PDF naming the trade, its holder and premises, the term, and a
QR code to the public verification page. How it looks is ``shared.documents``'; labels of a category come
from the service's text catalog, so the chat and the certificate name it the same way."""
from __future__ import annotations

from pathlib import Path

from services.noc.domain import Noc
from shared.casework.issuing import holder_name, office, pradhan, validity_span
from shared.casework.show import rupees
from shared.documents import Document, Row, verify_url
from shared.texts import Catalog

TEXTS = Catalog.load(Path(__file__).with_name("texts.json"))


def certificate(noc: Noc, public_url: str) -> Document:
    issue = noc.issue
    if issue is None:
        raise ValueError(f"{noc.number} is not issued: there is no certificate to draw")
    gp = noc.gp
    term = {1: "১ বছর / 1 year", 3: "৩ বছর / 3 years"}[noc.term_years]
    return Document(
        title_bn="ব্যবসার অনাপত্তি শংসাপত্র", title_en="Trade No-Objection Certificate",
        office=office(gp),
        verify_url=verify_url(public_url, issue.code), code=issue.code, issued_on=issue.issued_on, number=noc.number,
        rows=[
            Row("ব্যবসার নাম", "Trade name", noc.trade_name),
            Row("মালিক", "Owner", holder_name(noc)),
            Row("ব্যবসার স্থান", "Premises", noc.premises),
            Row("ব্যবসার ধরন", "Trade category",
                f"{TEXTS(f'category_{noc.category}', 'bn')} / {TEXTS(f'category_{noc.category}', 'en')}"),
            Row("স্মারক নং", "Memo no.", issue.memo_no),
            Row("মেয়াদ", "Term", term),
            Row("বৈধ", "Valid", validity_span(issue.issued_on, issue.valid_until)),
            Row("জমা দেওয়া ফি", "Fee paid", rupees(noc.fee)),
        ],
        paragraphs=[
            f"উপরোক্ত স্থানে এই ব্যবসা চালানোয় {gp.name_bn} গ্রাম পঞ্চায়েতের কোনো আপত্তি নেই। "
            "মেয়াদ শেষের আগে নবীকরণ করুন।",
            f"{gp.name_en} Gram Panchayat has no objection to this trade being carried on at the premises above. "
            "Renew it before the term ends.",
            "এই শংসাপত্রটি ব্যবসার স্থানে প্রকাশ্যে টাঙিয়ে রাখুন। / Display this certificate at the premises.",
        ],
        signatory=pradhan(gp),
    )


def filename(noc: Noc) -> str:
    return noc.number.replace("/", "-") + ".pdf"
