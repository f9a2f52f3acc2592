"""The message templates WhatsApp delivers when a person's 24-hour window is closed: the one list an operator
creates and has approved in WhatsApp Manager before going live, and that ``docs/templates.md`` is made from.

A notice the office may send late (a status change, a reminder, a pay slip ready) carries a template, and the
sender switches to it when Meta refuses the free text for a closed window. Meta delivers it only when a
template of that name is approved in that language and the message fills exactly its ``{{1}}``..``{{n}}``;
else it refuses (132000, 132001, 132012) and the person never hears. Each body lives in its service's
``texts.json`` as ``template_<name>``, with the parameters named as here, in the order the code sends them;
``{{n}}`` is the n-th. ``tests/docs/test_templates.py`` reads the code's template calls against this list.

Print the document with ``python -m shared.templates > docs/templates.md``.
"""
from __future__ import annotations

import sys
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from shared.texts import Catalog

SERVICES = Path(__file__).resolve().parents[1] / "services"
CATEGORY = "UTILITY"  # news of the person's own case, asked for by them: never marketing


@dataclass(frozen=True)
class TemplateSpec:
    name: str
    service: str
    sent_when: str
    params: tuple[tuple[str, str], ...]  # (name in the body, what it holds), in the order sent
    example: Mapping[str, tuple[str, ...]]  # per language, the values of one real notice

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(name for name, _ in self.params)

    def body(self, lang: str) -> str:
        """The body as registered: the parameters as ``{{1}}``..``{{n}}``."""
        return _texts(self.service).entries[f"template_{self.name}"][lang].format(
            **{name: f"{{{{{n}}}}}" for n, name in enumerate(self.names, 1)})

    def filled(self, lang: str, values: tuple[str, ...]) -> str:
        """The body as the person reads it with ``values`` in it."""
        return _texts(self.service)(f"template_{self.name}", lang, **dict(zip(self.names, values, strict=True)))


@cache
def _texts(service: str) -> Catalog:
    return Catalog.load(SERVICES / service / "texts.json")


CASE_STATUS = (("number", "the application or certificate number"),
               ("status", "its new status, as the chat names it"),
               ("detail", "the fee to pay or the day it is valid until, and the office's reason or note; - when "
                          "there is none"))

TEMPLATES: tuple[TemplateSpec, ...] = (
    TemplateSpec(
        "grievance_status_changed", "grievance",
        "a complaint is acknowledged, in progress, resolved (with the action-taken report), rejected (with the "
        "reason), reopened or closed by the office; its action-taken report is corrected (marked as the corrected "
        "report); it is escalated (with "
        "the office it moved to); a complaint about a stay is lodged from tourism (with the booking number)",
        (("number", "the complaint number"), ("status", "its status, as the chat names it"),
         ("detail", "the action-taken report, the reason, the office or the booking, or - when there is none")),
        {"en": ("GRV-2026-000123", "Resolved", "The tube well near the bazar was repaired on 3 March."),
         "bn": ("GRV-2026-000123", "সমাধান হয়েছে", "বাজারের কাছের নলকূপ ৩ মার্চ সারানো হয়েছে।")}),
    TemplateSpec(
        "grievance_official_reply", "grievance", "an official answers the person about their complaint",
        (("number", "the complaint number"), ("office", "the office that answered"), ("answer", "the answer")),
        {"en": ("GRV-2026-000123", "Kalchini Gram Panchayat office", "The mechanic comes tomorrow morning."),
         "bn": ("GRV-2026-000123", "কালচিনি গ্রাম পঞ্চায়েত অফিস", "মিস্ত্রি কাল সকালে আসবেন।")}),
    TemplateSpec(
        "permit_status_update", "permit",
        "the office moves a building-permission application (submitted, under scrutiny, fee pending, approved, "
        "rejected, revoked) or corrects its note on the move", CASE_STATUS,
        {"en": ("BP/PUR/2026/000102", "Fee pending",
                "Fee to pay: ₹1,500. Pay at the GP office counter, 10 am to 4 pm."),
         "bn": ("BP/PUR/2026/000102", "ফি জমা বাকি",
                "জমা দেওয়ার ফি: ₹১,৫০০। পঞ্চায়েত অফিসের কাউন্টারে সকাল ১০টা থেকে বিকেল ৪টের মধ্যে জমা দিন।")}),
    TemplateSpec(
        "noc_status_update", "noc",
        "the office moves a trade NOC application (submitted, under scrutiny, fee pending, issued, rejected, "
        "revoked) or corrects its note on the move", CASE_STATUS,
        {"en": ("TNOC/2026/000046", "Under scrutiny", "Send a copy of the shop's land deed."),
         "bn": ("TNOC/2026/000046", "যাচাই চলছে", "দোকানের জমির দলিলের নকল জমা দিন।")}),
    TemplateSpec(
        "noc_renewal_due", "noc", "30 days before a trade NOC runs out, once per term, by day",
        (("number", "the NOC number"), ("trade", "the trade's name"), ("until", "its last valid day")),
        {"en": ("TNOC/2025/000310", "Rina Tea Stall", "22 March 2026"),
         "bn": ("TNOC/2025/000310", "Rina Tea Stall", "২২ মার্চ ২০২৬")}),
    TemplateSpec(
        "tourism_checkin_reminder", "tourism", "the day before check-in, by day",
        (("property", "the guest house"), ("check_in", "the check-in day"), ("time", "the check-in time"),
         ("number", "the booking number")),
        {"en": ("Mukutmanipur Panchayat Guest House", "3 March 2026", "12:00", "PT-2026-000001"),
         "bn": ("মুকুটমণিপুর পঞ্চায়েত অতিথিনিবাস", "৩ মার্চ ২০২৬", "১২:০০", "PT-2026-000001")}),
    TemplateSpec(
        "tourism_booking_cancelled", "tourism", "the tourism office cancels a booking for the guest",
        (("number", "the booking number"), ("reason", "the office's reason"), ("refund", "the full refund")),
        {"en": ("PT-2026-000001", "Road closed by a landslide", "₹4,200"),
         "bn": ("PT-2026-000001", "রাস্তা ধসে বন্ধ", "₹৪,২০০")}),
    TemplateSpec(
        "payroll_slip_ready", "payroll", "a month's payroll is imported: each employee's slip is ready",
        (("name", "the employee's name"), ("month", "the month")),
        {"en": ("Anima Mahato", "February 2026"), "bn": ("অণিমা মাহাতো", "ফেব্রুয়ারি ২০২৬")}),
    TemplateSpec(
        "payroll_slip_corrected", "payroll", "the office re-issues a slip with corrected figures",
        (("name", "the employee's name"), ("month", "the month")),
        {"en": ("Anima Mahato", "February 2026"), "bn": ("অণিমা মাহাতো", "ফেব্রুয়ারি ২০২৬")}),
    TemplateSpec(
        "payroll_pin_reset", "payroll", "the office resets the employee's PIN",
        (("name", "the employee's name"),),
        {"en": ("Anima Mahato",), "bn": ("অণিমা মাহাতো",)}),
)

BY_NAME = {spec.name: spec for spec in TEMPLATES}


def registered(name: str, count: int) -> TemplateSpec:
    """The listed template ``name`` sent with ``count`` parameters; any other is a notice Meta would refuse."""
    spec = BY_NAME.get(name)
    if spec is None or len(spec.params) != count:
        raise ValueError(f"template {name} with {count} parameter(s) is not in shared.templates")
    return spec

INTRO = """# WhatsApp message templates

Outside the 24-hour window after a person's last message, WhatsApp delivers only message templates approved
beforehand. Each notice the offices may send late carries one of the templates below, and the sender switches
to it when the window is closed. Create every one in WhatsApp Manager, in Bengali (`bn`) and English (`en`),
before going live, with exactly this name, category and body, the parameters numbered as here. A template
missing, not yet approved in a language, or with another number of parameters makes Meta refuse the message
(132001, 132000, 132012) and the person never hears: such a message waits in `sender.dead` (see the README's
Operations) and `panchayat dlq replay sender --all` sends it once the template is right.

The code puts each parameter on one line, never empty (`-` when there is nothing to say), and shortens the longest
(a long action-taken report or reason, with `…`) so that the body with its parameters in stays within Meta's 1,024
characters. This file is made from `shared/templates.py` and the bodies in each service's `texts.json`:
`python -m shared.templates > docs/templates.md`.
"""


def _section(spec: TemplateSpec) -> str:
    lines = [f"## `{spec.name}`", "",
             f"Category **{CATEGORY}** · languages `bn`, `en` · service {spec.service} · sent when {spec.sent_when}.",
             "", "| parameter | holds |", "|---|---|",
             *(f"| `{{{{{n}}}}}` | {holds} |" for n, (_, holds) in enumerate(spec.params, 1)), ""]
    for lang, title in (("en", "English (`en`)"), ("bn", "Bengali (`bn`)")):
        lines += [f"{title}:", "", "```text", spec.body(lang), "```", "", "As a person reads it:", "", "```text",
                  spec.filled(lang, spec.example[lang]), "```", ""]
    return "\n".join(lines)


def render() -> str:
    return "\n".join([INTRO, *(_section(spec) for spec in TEMPLATES)]).rstrip("\n") + "\n"


if __name__ == "__main__":
    sys.stdout.write(render())
