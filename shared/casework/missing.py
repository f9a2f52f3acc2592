"""What is still missing for one's application ("what documents are missing?", "ki ki kagoj lagbe", "কোন কাগজ বাকি
আছে?", or no paper named: "what is missing?", "কী বাকি আছে?"): what the office asked of the holder on its current
move (its word on a move to scrutiny, as the history shows it), or that it asked for nothing; and that documents
are handed in at the panchayat office, since none sent on WhatsApp reaches it (``file_not_passed``). One waiting for
its fee has the fee left alone: how much and where it is paid (``missing_fee``), the office's note under it.
Papers said sent here ("পরচা পাঠালাম, পেয়েছেন?", "I sent the documents, did you get them?") get the same answer,
first told that they reached no one (``papers_sent``).

The application meant is the one on screen (``seen``), else the asker's one open application; several open are
offered as a list to choose from. With none registered to their number, they are told so and how to apply.
"""
from __future__ import annotations

import re
import unicodedata

from shared.casework import answers, cloud, seen
from shared.casework.case import OPEN, Case
from shared.casework.show import rupees
from shared.casework.visit import Visit

# The papers named ("documents", "kagoj", কাগজ, নথি) with what is asked of them: missing, needed, still to give or
# hand in ("what documents are missing?", "ki ki kagoj lagbe", "kon kagoj baki", "কী কী কাগজ জমা দিতে হবে", Hindi's
# "kaun se documents chahiye", "कौन से कागज चाहिए"); not "which" alone, so "kagoj ta ki pabo" (will I get the paper)
# stays the letter asked for.
PAPERS = (r"\b(?:documents?|papers?|kag[oa]j\w*|ka+g[ao]z\w*|nothi\w*|dolil\w*|p[oa]rc+h?a\w*)\b|কাগজ|নথি|ডকুমেন্ট|দলিল"
          r"|প(?:র|র্)চা|कागज|दस्तावेज")  # the porcha (record of rights) the office most often asks for; Hindi's kagaz
WANTED = (r"\b(?:missing|need(?:ed|s)?|required?|pending|left|still|submit|bring|lag(?:be|e|bey|bo)|baki|dork[ae]r"
          r"|jom?a|chahi(?:y?e))\b|লাগবে|লাগে|বাকি|দরকার|প্রয়োজন|জমা|আনতে|चाहि[एय]")  # and Hindi's "chahiye"
# Or what is still wanted asked with no paper named ("what is missing?", "what's still missing in my application",
# "কী বাকি আছে?", "ki baki ache"); not of a fee or money ("fee ki baki ache", "কত টাকা বাকি"), which is the fee's.
LEFT = (r"^(?!.*(?:\b(?:fees?|fi|taka|pay\w*|payments?|money)\b|টাকা|(?<![\u0980-\u09ff])ফি(?![\u0980-\u09ff])))"
        r"(?=.*(?:\bwhat(?:'s|’s|\s+is|\s+else\s+is)?\s+(?:still\s+)?missing\b|\bis\s+(?:any|some)thing\s+missing\b"
        r"|\b(?:ki|ki\s+ki|kii)\s+baki\b|(?:কী|কি)\s*(?:(?:কী|কি)\s*)?বাকি))")
# Or the papers said sent here, or asked whether the office got them ("পরচা পাঠালাম, পেয়েছেন?", "kagoj pathiyechi",
# "I sent the documents, did you get them?"): the answer first says they reach no one (``papers_sent``). Not the
# office asked whether it sent ("কাগজ পাঠিয়েছেন?", you sent): that is the person's own letter.
SENT = (r"\b(?:sent|uploaded|did\s+you\s+(?:get|receive)|(?:have|has)\s+(?:you|the\s+office)\s+(?:got|received)"
        r"|pat+h?(?:i|iy|y)e?c+h*i|pat+h?a+l[ae]m|pat+h?iye\s+dil[ae]m|pe(?:y|i)e?c+h*en)\b"
        r"|পাঠিয়েছি|পাঠালাম|পাঠিয়ে\s*দি(?:য়েছি|লাম)|পেয়েছেন|পেলেন")
# as the desk reads the words: NFC, which writes য় as two letters
# (the look-aheads read once, from the start of the words)
SAYS_SENT = re.compile(unicodedata.normalize("NFC", rf"^(?=.*(?:{PAPERS}))(?=.*(?:{SENT}))"), re.IGNORECASE | re.DOTALL)
# ... never for a stay ("check in e ki ki document lagbe", "guest house e ki kagoj lagbe"): the guest house's
NOT_STAY = (r"(?!.*(?:\bcheck\s*-?\s*in|\bcheckin|চেক\s*-?\s*ইন|\bguest\s*house|গেস্ট\s*হাউস|অতিথিনিবাস|\bhotel"
            r"|হোটেল|\bhome\s*stay|\bbookings?\b|বুকিং))")
MISSING = re.compile(unicodedata.normalize("NFC", rf"(?:^(?=.*(?:{PAPERS}))(?=.*(?:{WANTED}|{SENT}))|{LEFT})"),
                     re.IGNORECASE | re.DOTALL)


async def missing(visit: Visit, args: list[str]) -> None:
    """A tap names the application (``<service>:missing:<number>``) or a page of the list; typed, the one meant.
    Papers said sent here are first said to reach no one."""
    typed = unicodedata.normalize("NFC", visit.inbound.text or "") if not args else ""
    await _missing(visit, args, visit.t("papers_sent") if SAYS_SENT.search(typed) else None)


async def sent(visit: Visit, args: list[str]) -> None:
    """The main menu's tap for papers said sent (``<service>:sent``), where the words were claimed by several services
    and the tap chosen carries only its title: the same answer, first said that the papers reached no one."""
    await _missing(visit, [], visit.t("papers_sent"))


async def _missing(visit: Visit, args: list[str], hint: str | None) -> None:
    if args and not args[0].isdigit():
        case = await visit.cases.get(":".join(args))
        if case is None:
            return answers.ask_number(visit, hint=visit.t("not_found", number=":".join(args)))
        if not visit.owns(case):
            return answers.status_only(visit, case)
        return _one(visit, case)
    owned = await visit.cases.of_mobile(visit.inbound.wa_id)
    if not owned:
        said = visit.t("number_hidden" if visit.number_hidden else "missing_no_application")
        return visit.ask(visit.t("apply_how"), [visit.button("status", "btn_status"), visit.button("home", "btn_home")],
                         hint=f"{hint}\n\n{said}" if hint else said)
    shown = await seen.meant(visit) if not args else None
    open_ = [c for c in owned if c.status in OPEN]
    case = next((c for c in owned if c.number == shown), None) or (open_[0] if len(open_) == 1 else None)
    if case is None and len(owned) == 1:
        case = owned[0]
    if case is not None:
        return _one(visit, case, hint)
    if not open_:
        return visit.ask(visit.t("missing_none_open", count=len(owned)),
                         [visit.button("mine", "btn_mine"), visit.button("home", "btn_home")], hint=hint)
    rows = [cloud.Row(f"{visit.prefix}missing:{c.number}", c.number,
                      f"{visit.status(c)} · {visit.local(c.gp.name_bn, c.gp.name_en)}") for c in open_]
    page = int(args[0]) if args else 0
    visit.say(cloud.rows(visit.with_nav(visit.t("missing_several", count=len(open_)), hint), visit.t("choose"),
                         visit.t("btn_mine"), visit.page(rows, page, "missing")))


def _one(visit: Visit, case: Case, hint: str | None = None) -> None:
    """The holder's own application: the office's word on it, or none asked; where documents go."""
    buttons = [visit.button("view", "btn_view", case.number), visit.button("home", "btn_home")]
    if case.status not in OPEN:
        return visit.ask(visit.t("missing_closed", number=case.number, status=visit.status(case)), buttons, hint=hint)
    told = case.told_moves()[-1].note.told
    gp = visit.local(case.gp.name_bn, case.gp.name_en)
    if case.status == "fee_pending":  # the fee is what is left: how much and where; the office's note is its message
        said = visit.t("missing_fee", number=case.number, status=visit.status(case), gp=gp,
                       fee=rupees(case.fee, visit.lang))
        return visit.ask(f"{said}\n{visit.t('notify_note', note=told)}" if told else said, buttons, hint=hint)
    lines = [visit.t("missing_noted" if told else "missing_none", number=case.number, status=visit.status(case),
                     note=told)]
    lines.append(visit.t("missing_how", number=case.number, gp=gp))
    visit.ask("\n\n".join(lines), buttons, hint=hint)
