"""The building-permission letter: a bilingual PDF with the memo, the plot, what may be built and until
when, and a QR code to the public verification page.

How it looks is ``shared.documents``'; this module only says what the letter states. Labels of a use
come from the service's text catalog, so the chat and the letter name it the same way.
"""
from __future__ import annotations

from pathlib import Path

from services.permit.domain import Application
from shared.casework.issuing import holder_name, office, pradhan, validity_span
from shared.casework.show import area, both_days, rupees
from shared.documents import Document, Row, verify_url
from shared.documents.records import PublicPlot
from shared.texts import Catalog

TEXTS = Catalog.load(Path(__file__).with_name("texts.json"))


def both(key: str) -> str:
    return f"{TEXTS(key, 'bn')} / {TEXTS(key, 'en')}"


def letter(application: Application, public_url: str) -> Document:
    issue = application.issue
    if issue is None:
        raise ValueError(f"{application.number} is not approved: there is no letter to draw")
    plot, gp = application.plot, application.gp
    return Document(
        title_bn="ভবন নির্মাণের অনুমতিপত্র", title_en="Building Permission Letter", office=office(gp),
        verify_url=verify_url(public_url, issue.code), code=issue.code, issued_on=issue.issued_on,
        number=application.number,
        rows=[
            Row("আবেদনকারী", "Applicant", holder_name(application)),
            Row("স্মারক নং ও তারিখ", "Memo no. and date", f"{issue.memo_no}, {both_days(issue.issued_on)}"),
            Row("মৌজা · জে এল নং", "Mouza · JL no.", f"{plot.mouza} · {plot.jl_no}"),
            Row("খতিয়ান নং · দাগ নং", "Khatian no. · Plot (dag) no.", f"{plot.khatian} · {plot.dag_no}"),
            Row("ব্যবহার", "Use", both(f"use_{application.use}")),
            Row("তলা · মোট নির্মাণ এলাকা", "Floors · built-up area",
                f"{application.floors} · {area(application.built_up_area)} m²"),
            Row("জমা দেওয়া ফি", "Fee paid", rupees(application.fee)),
            Row("বৈধতার মেয়াদ", "Valid", validity_span(issue.issued_on, issue.valid_until)),
        ],
        paragraphs=[
            f"পশ্চিমবঙ্গ পঞ্চায়েত আইন, ১৯৭৩-এর ২৩ ধারা অনুযায়ী {gp.name_bn} গ্রাম পঞ্চায়েত উপরোক্ত জমিতে অনুমোদিত "
            "নকশা মতো ভবন নির্মাণের অনুমতি দিচ্ছে।",
            f"Under section 23 of the West Bengal Panchayat Act, 1973, {gp.name_en} Gram Panchayat permits the "
            "construction of the building on the plot above according to the approved plan.",
            "অনুমোদিত নকশার বাইরে কোনো নির্মাণ করা যাবে না; এই পত্র নির্মাণস্থলে রাখুন। / No construction beyond "
            "the approved plan is allowed; keep this letter at the site.",
        ],
        signatory=pradhan(gp),
    )


def public_plot(application: Application) -> PublicPlot:
    """The plot as the letter names it, for its public page."""
    plot = application.plot
    return PublicPlot(mouza=plot.mouza, jl_no=plot.jl_no, khatian=plot.khatian, dag_no=plot.dag_no)


def filename(application: Application) -> str:
    return application.number.replace("/", "-") + ".pdf"
