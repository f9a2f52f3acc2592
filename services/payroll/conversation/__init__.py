"""The payroll chat: a tap goes to its action, typed words to the current step.

Reading order: ``turn`` (what a step is given), this module (typed words), ``taps`` (the map of taps), ``home``
(menu and lists), ``pin`` (choosing and checking the PIN), ``deliver`` (the documents). Every request for a slip, a
statement or one's pay asked after (``credit``) first checks there is one, then asks for the PIN (unless it was
typed right here minutes ago, ``recent``), then hands it out. Back at the main menu's row in the middle of a request
or a new PIN, the employee is asked to carry on or start again (``left``); those two buttons typed, or their
numbers, are taken as tapped (never as a PIN). A month's name typed a letter wrong ("mach mase") is asked about,
never taken for another month (``near``); "the one before", "tar ager mas er ta" are read from the slip just sent
(``then``). A document's verification code typed gets the link to its page, the request kept
(``shared.runtime.verifying``). Just after a slip or a statement came, "abar pathan" or "file khulche na" asks for it
again (``again``); a row's number typed at a list or at buttons just shown, "2", "২", picks that row
(``home.row_typed``).
"""
from __future__ import annotations

import re

from services.payroll.conversation import again, cloud, credit, doubt, home, left, near, pin
from services.payroll.conversation.taps import BEFORE_PIN, named, tap
from services.payroll.conversation.turn import PIN_STEPS, Turn
from services.payroll.domain import bangla_months
from services.payroll.domain.typed_period import parse_lone_year
from services.payroll.phrases import FORGOTTEN, asked_for, bank_changed, not_held, pay_news
from services.payroll.repository.chats import DOCUMENT_SENT
from shared import elsewhere
from shared.back import goes_back
from shared.india import typed_word
from shared.runtime import resume, verifying
from shared.thanks import courtesy

PREFIX = "payroll:"
# "cancel" is "back" here, at any step, the PIN's too: there is no draft to drop, only the menu to return to
CANCEL = frozenset(typed_word(word) for word in ("cancel", "বাতিল", "বাতিল করুন"))
# "forgot my PIN", "পিন ভুলে গেছি", "পিন মনে নেই", "amar PIN ta ki": typed where the menu has a row for it
FORGOT = re.compile(FORGOTTEN, re.IGNORECASE)


async def converse(turn: Turn) -> None:
    sent, rows = turn.draft.get(DOCUMENT_SENT), turn.draft.get(home.ROWS)
    await _answer(turn)
    again.let_go(turn, sent)  # "abar pathan" means the document just sent only right after it
    if rows is not None and turn.draft.get(home.ROWS) is rows:  # no list shown again: "2" is no row of the old one
        turn.draft.pop(home.ROWS, None)
    # a document handed out, a list looked at: the main menu says nothing is kept; a document's PIN asked, it is
    resume.tell(turn, in_progress=left.in_progress(turn) is not None)


async def _answer(turn: Turn) -> None:
    inbound = turn.inbound
    if resume.came_back(turn) and (doing := left.in_progress(turn)) is not None:
        return resume.offer(turn, "payroll", doing)
    if (choice := resume.chosen(turn, "payroll")) is not None:
        return await tap(turn, choice, [])  # the carry-on offer's button typed ("Start again", "2"): never a PIN
    if inbound.reply_id and inbound.reply_id.startswith(PREFIX):
        return await tap(turn, inbound.action or "", inbound.args)
    if await verifying.answered(turn, turn.public_url, words=False, again=lambda hint: _again(turn, hint)):
        return  # a document's code (a pay slip's too): its page, never a PIN; the step's question again
    text = (inbound.text or "").strip()
    if inbound.kind == "text" and text:
        return await typed(turn, text)
    await _not_text(turn)


async def _not_text(turn: Turn) -> None:
    """A photo, a voice note, a location or a contact card: the question of the step asked again; a photo of the slip
    captioned as wrong ("ei dekhun amar slip e bhul ache") is answered as the words are."""
    if turn.chat.step not in PIN_STEPS and asked_for(turn.inbound.text or "") == "doubt":
        return await doubt.told(turn)
    await _again(turn, turn.t("text_only"))


async def _again(turn: Turn, hint: str) -> None:
    """The question of the step asked again after ``hint``, so a slip asked for still waits for its PIN, a new PIN
    for its confirmation (neither read as a PIN nor counted as a try) and a list of months or years for a choice."""
    want = dict(turn.draft.get("want") or {})
    if turn.chat.step == "pin" and want and turn.access.has_pin:
        return await pin.ask(turn, want, hint=hint)
    if turn.chat.step == "confirm_pin" and turn.draft.get("hashed"):
        return turn.say(cloud.text(turn.with_nav(f"{hint}\n\n{turn.t('confirm_pin')}")))
    if turn.chat.step == "home" and await home.again(turn, hint):  # a slip or a statement being chosen: its list
        return
    await home.home(turn, hint=hint)


async def typed(turn: Turn, text: str) -> None:
    step = turn.chat.step
    if goes_back(text, answers="0" if step in PIN_STEPS else "") or typed_word(text) in CANCEL:
        return await home.home(turn)
    if step == "home" and (row := home.row_typed(turn, text)) is not None:  # "2", "২", "no 2" at a list: its row
        action, *args = row.removeprefix(PREFIX).split(":")
        return await tap(turn, action, args)
    if step == "home" and (missed := home.row_missed(turn, text)) is not None:  # past its rows, or long after
        return await _again(turn, missed)
    if (said := courtesy(text)) is not None:  # thanks, ok, 👍: no answer to any step here
        return await _again(turn, turn.t(f"said_{said}"))
    a_pin = not pin.not_a_pin(text)  # digits enough for one: a try, never words, a date or "0"
    if step == "pin" and not a_pin:  # words in Bengali script at the PIN's question, whatever they ask: in Bengali
        turn.written = pin.written_in(text)
    if step in ("new_pin", "confirm_pin") and not a_pin and (
            wanted := named(turn, text)) is not None:  # a month asked for while choosing: kept for when it is set
        return await pin.wanted_meanwhile(turn, wanted)
    if step in ("new_pin", "confirm_pin") and FORGOT.search(text) and not a_pin:
        return await home.forgot(turn)  # no PIN is set yet: none to remember, a new one to choose
    if step in ("new_pin", "confirm_pin") and not a_pin and (about := asked_for(text)) in BEFORE_PIN:
        # "salary kobe dhukbe", "amar pay slip dao", "DA koto?" while the new PIN is chosen: asked, never a PIN tried
        if about == "credit":  # one's pay, kept for when it is set, the step's question again
            return await pin.wanted_meanwhile(turn, credit.wanted(turn))
        return await tap(turn, about, [])
    if not a_pin and bank_changed(text):  # "salary account change korte chai": the office's, said so; the question
        return await _again(turn, turn.t("bank_changed"))
    if not a_pin and not_held(text):  # "PF balance koto?", "chuti koto baki": the office's, said so; the step's question
        return await _again(turn, turn.t("not_held"))
    if not a_pin and pay_news(text):  # "DA kobe barbe", "bonus kobe pabo": not known here, said so; the step's question
        return await _again(turn, turn.t("pay_news"))
    if step == "new_pin":
        return await pin.chosen(turn, text)
    if step == "confirm_pin":
        return await pin.confirmed(turn, text)
    if FORGOT.search(text):  # at the PIN's question too: asked again for it, they would be no further
        return await home.forgot(turn)
    # "beton kobe dhukbe": one's pay, after the PIN; "my salary is less this month": whom to ask, the deductions
    # offered; wherever the chat is
    if not a_pin and (about := asked_for(text)) in ("credit", "doubt"):
        return await (pin.request(turn, credit.wanted(turn)) if about == "credit" else doubt.told(turn))
    wanted = None if a_pin else named(turn, text)
    if wanted is None and not a_pin and (resend := again.asked(turn, text)) is not None:
        return await pin.request(turn, resend)  # "abar pathan", "pai ni" just after a document: it again, PIN first
    if wanted is None and not a_pin and (bangla := bangla_months.said(text)) is not None:  # "কার্তিক": which of two
        return await home.of_bangla_month(turn, bangla)
    if wanted is None and not a_pin and await near.asked(turn, text):  # "mach mase": "Did you mean March?"
        return
    if step == "pin":  # a month or a year typed instead is asked for instead, its PIN still first
        return await pin.entered(turn, text, instead=wanted)
    if a_pin and pin.locked_out(turn):
        return  # a PIN typed while locked: say until when, rather than "not understood"
    if turn.access.has_pin and (year := parse_lone_year(text, turn.today)) is not None:
        if turn.draft.get("list") == "years":  # at the financial years: which of the two it falls in
            return await home.which_year(turn, year)
        return await home.months(turn, year=year)  # "2025" where a month is asked: which month of it
    if a_pin and turn.access.has_pin:  # the PIN before any choice: not checked, nor counted, nor a guess at one
        return await home.home(turn, hint=turn.t("pin_not_yet"))
    if wanted is not None:  # on first use, or after the office reset it, the PIN is chosen first
        return await pin.request(turn, wanted)
    if not a_pin and (action := asked_for(text)) is not None:  # "pay slip", "বার্ষিক বিবরণী": as the main menu reads
        return await tap(turn, action, [])
    if not a_pin and (offered := elsewhere.offer(text, "payroll", turn.lang)) is not None:  # "book a guest house"
        return turn.say(offered)  # another service's business: that service offered, not 'not understood'
    if not turn.access.has_pin:  # first use, or the office reset it: the PIN is chosen before anything is read
        return await home.home(turn)
    await home.home(turn, hint=turn.t("unclear"))


__all__ = ["Turn", "converse"]
