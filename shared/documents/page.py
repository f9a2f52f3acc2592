"""The public verification page, as HTML a phone's browser shows without any script or outside file.

Every value is HTML-escaped: holder names come from citizens. The page repeats only the public record;
an unknown code gets the same plain "not found" page whatever the reason, so the page cannot be used to
learn which codes exist or why one failed.
"""
from __future__ import annotations

from datetime import date
from html import escape
from pathlib import Path
from string import Template
from typing import Any

from shared.documents.records import kind_label
from shared.india import both_days

TEMPLATE = Template(Path(__file__).with_name("verify.html").read_text(encoding="utf-8"))

# status: (English, Bengali, explanation). A revoked permission or NOC is প্রত্যাহৃত, as its holder's chat and
# notice call it: বাতিল (cancelled) read beside their প্রত্যাহার করা হয়েছে as another, unknown act of the office.
STATUSES: dict[str, tuple[str, str, str]] = {
    "valid": ("Valid", "বৈধ", ("This document was issued by the office below and is in force. / "
                               "এই নথিটি নিচের দপ্তর থেকে জারি করা হয়েছে এবং বৈধ।")),
    "expired": ("Expired", "মেয়াদোত্তীর্ণ", ("This document was genuine but its validity has ended. / "
                                          "এই নথিটি আসল, কিন্তু এর মেয়াদ শেষ হয়ে গেছে।")),
    "revoked": ("Revoked", "প্রত্যাহৃত", ("The issuing office has revoked this document: it is no longer in force. / "
                                        "জারিকারী দপ্তর এই নথিটি প্রত্যাহার করেছে, তাই এটি আর বৈধ নয়।")),
    "superseded": ("Superseded", "প্রতিস্থাপিত", ("A newer document replaces this one; ask the holder for it. / "
                                               "একটি নতুন নথি এটিকে প্রতিস্থাপন করেছে; ধারকের কাছে নতুনটি চান।")),
}
# A voucher is withdrawn when its booking is cancelled, as often by the guest as by the office: the caretaker reads
# that the stay is off, not that the office revoked anything.
CANCELLED_BOOKING = ("Cancelled", "বাতিল", ("The booking this voucher was issued for has been cancelled: it gives no "
                                           "right to a stay. / এই ভাউচারের বুকিং বাতিল হয়ে গেছে, তাই এটি দেখিয়ে আর "
                                           "থাকা যাবে না।"))
NOTE = ("Check that the details match the paper you were shown. / "
        "আপনাকে দেখানো কাগজের সঙ্গে তথ্যগুলি মিলিয়ে নিন।")


def record_page(view: dict[str, Any], code: str) -> str:
    """``view`` holds the public fields with the status for today (see ``records.status_on``)."""
    status_en, status_bn, explain = _status(view)
    kind_bn, kind_en = kind_label(view.get("kind"))
    office = " · ".join(v for v in (view.get("office_bn"), view.get("office_en")) if v)
    rows = [
        ("নথির ধরন / Document", f"{kind_bn} / {kind_en}"),
        ("নম্বর / Number", view.get("number")),
        ("ধারক / Holder", view.get("holder_name")),
        *_plot(view.get("plot")),
        ("জারিকারী দপ্তর / Issued by", office or None),
        ("জারির তারিখ / Issued on", _day(view.get("issued_on"))),
        ("ব্যবহার শুরু / Valid from", _day(view.get("valid_from"))),
        ("বৈধতার শেষ দিন / Valid until", _validity(view)),
        ("যাচাই কোড / Verification code", code),
    ]
    details = "".join(f"<dt>{escape(label)}</dt><dd>{escape(str(value))}</dd>" for label, value in rows if value)
    return TEMPLATE.substitute(title=escape(f"{status_en} / {status_bn} · {kind_en}"), css=view["status"],
                               status_en=status_en, status_bn=status_bn, explain=escape(explain),
                               details=f"<dl>{details}</dl>", note=escape(NOTE))


def _plot(plot: dict[str, str] | None) -> list[tuple[str, str]]:
    """A permission's plot in the letter's own two rows and labels, to be read against it line for line; no rows
    for a document without one (and for a record stored before plots were shown)."""
    if not plot:
        return []
    return [("মৌজা · জে এল নং / Mouza · JL no.", f"{plot['mouza']} · {plot['jl_no']}"),
            ("খতিয়ান নং · দাগ নং / Khatian no. · Plot (dag) no.", f"{plot['khatian']} · {plot['dag_no']}")]


def _status(view: dict[str, Any]) -> tuple[str, str, str]:
    if view["status"] == "revoked" and view.get("kind") == "booking_voucher":
        return CANCELLED_BOOKING
    return STATUSES[view["status"]]


CODE_MOST = 40  # characters the box takes: a code with spaces or dashes where a hand put them


def _form(typed: str = "") -> str:
    value = f' value="{escape(typed[:CODE_MOST])}"' if typed else ""
    return ('<form method="get" action="/verify"><label for="code">যাচাই কোড / Verification code</label>'
            f'<input id="code" name="code" required maxlength="{CODE_MOST}" autocomplete="off" '
            f'autocapitalize="characters" placeholder="K7QX-3MZP-W4DA-JT2C"{value}>'
            '<button type="submit">যাচাই করুন / Check</button></form>')


def not_found_page(typed: str = "") -> str:
    """The same for every code that is not a record's, with the box to type it again holding the code that was
    checked, so that whoever typed it from the paper can see the letter they mistook or left out and put it right."""
    return _asking("Not found", "পাওয়া যায়নি", "unknown",
                   "No document with this code was issued. Check the code, or ask the office that issued it. / "
                   "এই কোডের কোনো নথি জারি হয়নি। কোডটি আবার দেখুন, বা জারিকারী দপ্তরে যোগাযোগ করুন।", typed)


def ask_page() -> str:
    """``/verify`` without a code: for a paper whose QR code cannot be scanned, the code printed under it."""
    return _asking("Check a document", "নথি যাচাই", "ask",
                   "Type the verification code printed under the QR code. / QR কোডের নিচে ছাপা যাচাই কোডটি লিখুন।")


def _asking(status_en: str, status_bn: str, css: str, explain: str, typed: str = "") -> str:
    return TEMPLATE.substitute(title=f"{status_en} / {status_bn}", css=css, status_en=status_en,
                               status_bn=status_bn, explain=escape(explain), details=_form(typed), note="")


def _validity(view: dict[str, Any]) -> str | None:
    """A record known only from its withdrawal (the issue event still on its way) has no dates at all."""
    if not view.get("issued_on"):
        return None
    return _day(view.get("valid_until")) or "মেয়াদ নেই / No expiry"


def _day(value: str | None) -> str | None:
    """An ISO date as the paper writes it (``৩১ অক্টোবর ২০২৯ / 31 October 2029``): whoever holds the paper reads
    one against the other."""
    if not value:
        return None
    return both_days(date.fromisoformat(value))
