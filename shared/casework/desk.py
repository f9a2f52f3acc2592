"""The casework chat: status by number, "my applications", the document — and nobody sees another's.

It keeps no conversation state: a tap carries its action and number (``permit:view:BP/PUR/2026/000123``)
and typed text is read for a number wherever it appears, so a redelivered message gives the same answer
and there is no step to get stuck in; only the case last looked at is noted (``seen``), for the document asked
for next without its number, and whether the number was just asked (``asked``). Thanks, "ok", "হ্যাঁ" or 👍 get a warm
word and the service's start, or the number's question again when it was the last word. What the
words ask for is read in ``said``; what is answered about a case, and to whom (nobody sees another's), in
``answers``; what is still missing for one's application in ``missing``; the document by its serial alone
("permit 101 letter") in ``by_serial``.
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass, field

from shared import elsewhere
from shared.back import asks_others, goes_back, row_number
from shared.casework import answers, asked, by_serial, checking, follow, phone, seen, to_others, when, year_serial
from shared.casework.again import AGAIN, APPLY_BUTTONS, WHAT_NOW, again, how_to_apply, named, what_now
from shared.casework.answers import ask_number
from shared.casework.asked import Step
from shared.casework.fee import FEE, PAID, due_now, fee
from shared.casework.missing import MISSING, missing, sent
from shared.casework.needed import says
from shared.casework.said import (
    AMEND_ASKED,
    APPLIED_SAID,
    AS_PHOTO,
    APPLY,
    ASKING,
    COMPLAINT,
    DOWNLOAD,
    HELD_AGAIN,
    MINE,
    NOT_GOT,
    NUMBER_ASKED,
    NUMBER_UNKNOWN,
    OTHER_IN_CHAT,
    OWN_ASKED,
    QUESTION,
    SEND_AGAIN,
    apply_asked,
    file_sent,
    sent_instead,
    told,
)
from shared.casework.visit import Visit
from shared.india import plain, says_something, typed_number, typed_word
from shared.paying import PAY_UNNAMED
from shared.thanks import courtesy

_PAY_UNNAMED = re.compile(unicodedata.normalize("NFKC", PAY_UNNAMED), re.IGNORECASE)  # as the main menu reads it

Action = Callable[[Visit, list[str]], Awaitable[None]]
# Of the main menu's own answers, those the desk's readings come before: another office's application (its own
# answer, ``OTHER_IN_CHAT``) and land records, whose porcha is an application's paper ("porcha pathiyechi")
_DESK_READS = frozenset({"intro_other_scheme", "intro_land_record"})
# A no typed alone ("na", "no", "না", "thak"), at one's own case just shown: nothing is changed there, back to the start
NO = frozenset(typed_word(word) for word in ("no", "n", "na", "naa", "nah", "nope", "no thanks", "na thak", "thak",
                                             "না", "নাহ", "না থাক", "থাক", "lagbe na", "লাগবে না", "chai na", "চাই না"))
# A serial typed alone at a list ("102", "১০২", "000102", "no 102"): the last figures of a number the list shows
SERIAL_ALONE = re.compile(r"(?:no|num|number|নং|নম্বর|নাম্বার)?\s*[.:]?\s*(\d{1,6})", re.IGNORECASE)


def listed_serial(visit: Visit, text: str, listed: Sequence[str]) -> str | None:
    """The one row of the list just shown (the asker's own cases, none else) whose number's serial is the figures
    typed alone; None when none of them, or several, has it."""
    typed = SERIAL_ALONE.fullmatch(typed_number(unicodedata.normalize("NFC", text)).strip().rstrip(".।)"))
    if typed is None:
        return None
    wanted = typed[1].lstrip("0") or "0"
    rows = [row for row in listed if (number := visit.kind.number.find(row)) is not None
            and (number.rsplit("/", 1)[-1].lstrip("0") or "0") == wanted]
    return rows[0] if len(rows) == 1 else None


@dataclass(frozen=True)
class Desk:
    """``details`` writes the owner's view of a case; ``extra`` adds a service's own actions and home
    buttons (at most one more: WhatsApp shows three); ``words`` names what typed text asks for one of them.
    ``elsewhere`` names the words of what another service does (a complaint, the other casework service):
    typed here, they are answered with a tap to that service's menu (``<service>:menu``, its title the text
    ``btn_<service>``, what it does ``elsewhere_<service>``) instead of this service's own question; where
    they hold that service's number (the group ``number``: a complaint's number among words, which the
    gateway hands on only when typed alone), the tap is its View (``<service>:view:<number>``), said by
    ``elsewhere_<service>_number``, so the number is not to be typed again. Its document asked for ("download my
    NOC"), a service of ``documents_elsewhere`` is tapped for it (``<service>:letters``, ``btn_<service>_letters``,
    said by ``elsewhere_<service>_letters``; with its number ``<service>:download:<number>``, said by
    ``elsewhere_<service>_download_number``), as that chat sends it. ``needed`` is the pattern of this service's own
    permission or licence said to be needed (``shared.casework.needed``): answered with how to apply, as at the main
    menu; ``named``, of its own name typed alone: answered with one's own cases, or how to apply. ``how`` names the
    answers of how to apply or renew (the action that gives one, its buttons): what follows them ("koto taka lagbe",
    ``follow``) keeps those buttons; ``figures`` are what the service's rules hold that those answers name (a
    permission's years, the days before a renewal is reminded)."""

    details: answers.Details  # (visit, the service's case) → the owner's view
    extra: Mapping[str, Action] = field(default_factory=dict)
    words: Mapping[str, re.Pattern[str]] = field(default_factory=dict)  # action → the words that ask for it
    # of ``words``' actions, those not taken when how long it takes is asked with their words ("how long does
    # renewal take": how long, not the renewals due)
    timed: frozenset[str] = frozenset()
    home_buttons: Sequence[tuple[str, str]] = (("status", "btn_status"), ("mine", "btn_mine"))
    elsewhere: Mapping[str, re.Pattern[str]] = field(default_factory=lambda: {"grievance": COMPLAINT})
    documents_elsewhere: frozenset[str] = frozenset()  # of ``elsewhere``, the casework desks sending a document
    needed: str = ""  # "amar bari banate permission lagbe": how to apply
    named: str = ""  # the service's own name alone ("অনুমতি", "NOC"): one's own cases, or how to apply
    how: Mapping[str, Sequence[tuple[str, str]]] = field(default_factory=lambda: {"apply": APPLY_BUTTONS})
    figures: Mapping[str, object] = field(default_factory=dict)

    async def converse(self, visit: Visit) -> None:
        before = await asked.step(visit)
        await self._answer(visit, before)
        await asked.noted(visit, before=before)  # the number's question or a case, if this answer, for what comes next

    async def _answer(self, visit: Visit, step: Step) -> None:
        inbound = visit.inbound
        if inbound.reply_id and inbound.reply_id.startswith(visit.prefix):
            action = self.actions().get(inbound.action or "")
            if action is None:
                return self.home(visit, hint=visit.t("stale"))
            return await action(visit, inbound.args)
        # A photo's caption is read as typed; a contact card's name and number are no number the person typed.
        typed = inbound.text if inbound.kind != "contacts" else None
        await self.typed(visit, unicodedata.normalize("NFC", typed or "").strip(), step=step)

    def actions(self) -> dict[str, Action]:
        return {"menu": self._home, "home": self._home, "status": self._ask, "mine": self._mine,
                "view": self._view, "download": self._download, "letters": self._letters, "again": self._again,
                "apply": self._apply, "missing": self._missing, "sent": sent, "amend": self._amend, "fee": self._fee,
                **self.extra}

    async def typed(self, visit: Visit, text: str, *, step: Step = Step()) -> None:
        number_asked = step.number_asked
        number = visit.kind.number.answered(text)
        kept_out = visit.t("file_not_passed") if file_sent(visit) else None  # no file sent here reaches the office
        if number is not None and AGAIN.search(text) and not kept_out:  # "reapply BP/PUR/25/988"
            return await again(visit, self.details, number)
        if number is not None:  # several ("BP/…/000103 and BP/…/000104"): each, none dropped for the first
            then = answers.download if DOWNLOAD.search(text) else self.view
            if len(numbers := visit.kind.number.every(text)) > 1:
                await answers.each(visit, numbers, then, hint=kept_out)
            else:
                await then(visit, number, hint=kept_out)
            return to_others.numbers(self.elsewhere, self.documents_elsewhere, visit, text)
        if readings := visit.kind.number.readings(text):  # its district code in Bengali letters (বিপি/পুর/২০২৬/১০১)
            await answers.spelt(visit, readings, answers.download if DOWNLOAD.search(text) else self.view,
                                hint=kept_out)
            return to_others.numbers(self.elsewhere, self.documents_elsewhere, visit, text)
        if not kept_out and phone.typed(text):  # "9800012345": what the number looks like, never a look-up by it
            return await phone.told(visit)
        if not kept_out and await year_serial.answer(visit, text, self.view):  # "2026 er 101", "২০২৬ এর ১০১"
            return None
        if kept_out:  # a caption is what the file is ("আমার নকশা", my plan), no command by a word in it
            return ask_number(visit, hint=" ".join((kept_out, visit.t(sent_instead(visit) or "sent_file"))))
        if checking.answer(visit, text):  # a letter's code, or how one is checked: its public page
            return None
        if step.listed and (row := row_number(text, len(step.listed))) is not None:  # "2" at a list: its 2nd row
            return await self._picked(visit, step.listed[row - 1])
        if step.listed and (row := listed_serial(visit, text, step.listed)) is not None:  # "102": its row of the list
            return await self._picked(visit, row)
        if goes_back(text):  # the other services' step back; here, where there are no steps, this service's start
            return self.home(visit)
        if (said := courtesy(text, yes=True)) is not None:  # before the words: "all right" asks for no list of all
            if number_asked:  # "accha" at the number's question: a warm word, and the question again
                return ask_number(visit, hint=visit.t(f"said_{said}"))
            return self.home(visit, hint=visit.t(f"said_{said}"))
        if step.case and typed_word(text) in NO and await self._declined(visit, step.case):  # "na" at one's case
            return None
        if OTHER_IN_CHAT.search(plain(text)) and not says(text, self.named):  # "how do I apply for pension?", "ration
            return self.home(visit, hint=visit.t("other_scheme"))  # card e bhul ache": another office's, not this one
        if await self._sent_again(visit, text, step):  # "abar pathan", "khulche na": the document again
            return None
        if not visit.kind.number.attempted(text) and await what_now(visit, self.details, text, step.case):
            return None  # "abar korte chai", "ekhon ki korbo" at one's own rejected case: how to apply again
        if step.case and not visit.kind.number.attempted(text) and WHAT_NOW.search(text) and await due_now(
                visit, step.case):  # "ki korte hobe" at one's own case waiting for its fee: the fee, and where
            return None
        if step.case and asks_others(text) and not APPLY.search(text) and not visit.kind.number.attempted(text):
            return await answers.mine(visit, self.details, other_than=step.case)  # "what about the other one?"
        if AMEND_ASKED.search(text) and not visit.kind.number.attempted(text):  # "naam bhul, thik korte chai"
            return await self._amend(visit, [])
        question = follow.asked(text)  # what follows how to apply: "koto taka lagbe", "where", read once
        # the service's own words ("renewal"), unless what they cost is asked ("renewal fee koto"): the fee, below
        asked = None if question == "fee" else next(
            (action for action, words in self.words.items()
             if words.search(text) and not (question == "time" and action in self.timed)), None)
        if asked is not None:
            return await self.actions()[asked](visit, [])
        other = next((service for service, words in self.elsewhere.items() if words.search(text)), None)
        if other is not None:
            return to_others.tap(self.elsewhere, self.documents_elsewhere, visit, other, text)
        if (offered := elsewhere.offer(text, visit.kind.service, visit.lang, but=_DESK_READS)) is not None:
            return visit.say(offered)  # "my pay slip", "otp pai ni": another's business or the main menu's own answer
        if says(text, self.named):  # "onumoti", "NOC" alone: come for their application
            return await named(visit, self.details)
        if AGAIN.search(text):  # after a rejection: how to apply again, not "my applications" for "how"
            return await again(visit, self.details)
        # a first application: where it is made, not its number; its cost asked ("dokaner licence renew korte koto taka
        # lagbe"), the fee, below
        if apply_asked(text) or (says(text, self.needed) and question != "fee"):
            return how_to_apply(visit)
        if question is not None and not visit.kind.number.attempted(text) and not (
                question == "fee" and PAID.search(unicodedata.normalize("NFC", text))):
            return await self._follow(visit, question, step)  # after how to apply: "koto taka lagbe", "where"
        if (NUMBER_ASKED.search(text) or NUMBER_UNKNOWN.search(text)) and not re.search(r"\d{3,}", text):
            # "certificate number?", "নম্বর জানি না": the numbers of their own, where no number was typed
            return await answers.mine(visit, self.details, numbers=True)
        if MISSING.search(text) and not visit.kind.number.attempted(text):  # "what documents are missing?"
            return await missing(visit, [])
        if DOWNLOAD.search(text) and by_serial.serial(text) and visit.kind.number.attempted(text):
            return await by_serial.letter(visit, text)  # "permit 101 letter": the serial on the slip alone
        if DOWNLOAD.search(text) and not visit.kind.number.attempted(text) or HELD_AGAIN.search(text) and not any(
                c.isdigit() for c in text):  # "send the letter again", "amar noc ta abar pathao": no number
            if step.other:  # just after another's status: theirs goes only to their number; what is one's own
                return await answers.letters(visit, other=step.other)
            if (number := await seen.meant(visit)) is not None:  # just after their own case's View: that one
                return await answers.download(visit, number)
            return await answers.letters(visit)
        if FEE.search(text) and await fee(visit, text):  # "fee koto dite hobe": how much, and where it is paid
            return None
        if step.other and QUESTION.search(text) and not MINE.search(text):  # "why so late?" of another's case
            return visit.ask(visit.t("question_other", number=step.other),  # just shown: none of its details here
                             [visit.button("status", "btn_status"), visit.button("home", "btn_home")])
        if MINE.search(text) or QUESTION.search(text):  # a serial of their own asked after ("45 er meyad kobe")
            if QUESTION.search(text) and len(own := await answers.own_by_serial(visit, text)) == 1:
                return await self.view(visit, own[0].number)
            if when.WHEN.search(text) and await when.answer(visit, step.case):  # "kobe pabo": issued?
                return None
            return await answers.mine(visit, self.details)
        if APPLIED_SAID.search(unicodedata.normalize("NFC", text)) and not visit.kind.number.attempted(text):
            return await self._mine(visit, [])  # "ami apply korechi", "application jama diyechi": one's own
        if ASKING.search(text) and not visit.kind.number.attempted(text):
            return ask_number(visit)
        if OWN_ASKED.search(text) and not visit.kind.number.attempted(text):  # "mera license kab milega", "licence
            return await self._mine(visit, [])  # ekhono pai ni": as the main menu reads them, one's own
        if visit.kind.number.attempted(text):
            return await answers.malformed(visit, text)
        if (sent := sent_instead(visit)) is not None:  # the number is what this chat asks for: it is asked again, typed
            return ask_number(visit, hint=visit.t(sent))
        if text and says_something(text):
            return await self.unread(visit, text, step)
        # emoji or marks alone ("😡😡", "???") are no words that were not understood: said so, with the choices
        self.home(visit, hint=visit.t("marks_only" if text else "text_only"))

    async def unread(self, visit: Visit, text: str, step: Step) -> None:
        """Words none of the above reads: what this chat takes is said (a number, or the buttons, named), with the
        buttons of the step they were typed at: the number's question asked again, one's own case shown keeps its
        buttons, else the service's start. Words telling something (``said.told``) are for an official, if for
        anyone: this chat passes nothing on, so Complaints is named and tapped first, as complaint words are. Words
        the main menu answers itself ("my mobile number changed", "otp pai ni") get its answer
        (``shared.elsewhere.office``), after every reading of the desk's own ("porcha pathiyechi": an application's
        paper, not land records)."""
        if (answered := elsewhere.office(text, visit.kind.service, visit.lang)) is not None:
            return visit.say(answered)
        case = await visit.cases.get(step.case) if step.case else None
        if case is not None and visit.owns(case):
            visit.case_shown = case.number  # still at that case: more words it does not read keep its buttons
            said, buttons = visit.t("unclear_case", number=case.number), answers.choices(visit, case)
        elif step.number_asked:
            visit.number_asked = True
            said = visit.t("ask_number", example=visit.kind.number.example)
            buttons = [visit.button("mine", "btn_mine"), visit.button("home", "btn_home")]
        else:
            said, buttons = visit.t("home"), [visit.button(a, key) for a, key in self.home_buttons]
        if told(text):
            complaints = ("grievance:menu", visit.t("btn_grievance"))
            return visit.ask(visit.t("unclear_told"), [complaints, *buttons][:3])
        hint = None if case is not None else visit.t("unclear_number" if step.number_asked else "unclear")
        visit.ask(said, buttons, hint=hint)

    async def _picked(self, visit: Visit, row: str) -> None:
        """A row of the list just shown, picked by its number: what its tap does (``<service>:<action>:<args>``)."""
        service, action, *args = row.split(":")
        if service != visit.kind.service or (act := self.actions().get(action)) is None:
            return self.home(visit, hint=visit.t("stale"))
        await act(visit, args)

    async def _declined(self, visit: Visit, number: str) -> bool:
        """A no at one's own case just shown: nothing is changed, and the service's start; not at another's."""
        case = await visit.cases.get(number)
        if case is None or not visit.owns(case):
            return False
        self.home(visit, hint=visit.t("no_at_case", number=case.number))
        return True

    async def _sent_again(self, visit: Visit, text: str, step: Step) -> bool:
        """The document asked for again without naming it ("abar pathan", "send again"), or said not to have come or
        not to open ("pai ni", "khulche na") just after it was sent: the one just sent, said to be a PDF, or the one of
        the asker's own case just shown (``seen``); never another's, nor what names another service's."""
        if visit.kind.number.attempted(text) or QUESTION.search(text) or any(
                words.search(text) for words in self.elsewhere.values()):
            return False
        if step.other and SEND_AGAIN.search(text):  # just after another's status: its letter is its applicant's alone
            await answers.letters(visit, other=step.other)
            return True
        if step.sent and (SEND_AGAIN.search(text) or NOT_GOT.search(text)):
            await answers.download(visit, step.sent, hint=visit.t("document_again"))
            return True
        if AS_PHOTO.search(text) and (number := step.sent or await seen.meant(visit)) is not None:
            await answers.download(visit, number, hint=visit.t("document_as_photo"))  # a PDF only, and why
            return True
        if SEND_AGAIN.search(text) and (number := await seen.meant(visit)) is not None:
            await answers.download(visit, number)
            return True
        return False

    async def _follow(self, visit: Visit, question: str, step: Step) -> None:
        """What follows how to apply or renew (``follow``), with the buttons of the step it was asked at, which it
        leaves the person at: more of it asked next is answered so again."""
        case = await visit.cases.get(step.case) if step.case else None
        if case is not None and visit.owns(case):
            buttons = answers.choices(visit, case)
            visit.case_shown = case.number
        elif step.how in self.how:
            buttons = [visit.button(action, key) for action, key in self.how[step.how]]
            visit.how_shown = step.how
        elif step.number_asked:
            buttons = [visit.button("mine", "btn_mine"), visit.button("home", "btn_home")]
        else:
            buttons = [visit.button(action, key) for action, key in self.home_buttons]
        await follow.answer(visit, question, buttons, self.figures, after_how=visit.how_shown is not None)

    def home(self, visit: Visit, *, hint: str | None = None) -> None:
        visit.ctx.at_home(visit.inbound)
        visit.home_shown = True
        visit.ask(visit.t("home"), [visit.button(a, key) for a, key in self.home_buttons], hint=hint)

    async def view(self, visit: Visit, number: str, *, hint: str | None = None) -> None:
        await answers.view(visit, number, self.details, hint=hint)

    async def _home(self, visit: Visit, args: list[str]) -> None:
        """The service's menu; reached from the main menu by words asking what follows how to apply ("building
        permission fee koto?", "how long does a trade licence take"), those answered with its buttons."""
        if (question := _asked_along(visit)) is not None:
            return await self._follow(visit, question, Step())
        self.home(visit)

    async def _missing(self, visit: Visit, args: list[str]) -> None:
        """What papers are missing; asked at the main menu as the papers needed ("what documents are needed for a
        trade licence?") by someone with no application of their own open, those for applying (``follow``)."""
        if not args and _asked_along(visit) == "papers" and not await follow.application_meant(visit):
            return await self._follow(visit, "papers", Step())
        await missing(visit, args)

    async def _amend(self, visit: Visit, args: list[str]) -> None:
        """A change of details asked for ("change the name on my trade licence"): made only at the office, with the
        case's number, never here (``amend_how``)."""
        await self.at_office(visit, "amend_how")

    async def at_office(self, visit: Visit, how: str) -> None:
        """What is done only at the office, never here, said (the text ``how``: a change of details, a NOC given up),
        with the office of one's own cases and the service's buttons."""
        owned = await visit.cases.of_mobile(visit.inbound.wa_id)
        said = "\n\n".join(line for line in (visit.t(how), follow.offices(visit, owned)) if line)
        visit.ask(said, [visit.button(action, key) for action, key in self.home_buttons])

    async def _fee(self, visit: Visit, args: list[str]) -> None:
        """The fee named at the main menu with no service ("where do I pay the fee?", "fee diye diyechi"), the service
        picked from the list the menu asked with: the words carried read as typed at this service's menu (how much
        and where; one's own fee waiting; said paid, that the office has not recorded it yet). Without words about a
        fee (a tap of an old button), the menu. How to pay asked with nothing named ("how do I pay?", ``PAY_UNNAMED``):
        the fee asked, as after how to apply: where and how it is paid, and one's own fee waiting."""
        text = unicodedata.normalize("NFC", visit.inbound.text or "").strip()
        if _PAY_UNNAMED.search(plain(text)):
            return await self._follow(visit, "fee", Step())
        if not FEE.search(text) and follow.asked(text) != "fee":  # "koto taka lage" with the service named: its fee
            return self.home(visit)
        await self.typed(visit, text)

    async def _ask(self, visit: Visit, args: list[str]) -> None:
        ask_number(visit)

    async def _mine(self, visit: Visit, args: list[str]) -> None:
        # the menu's tap for "permit kobe pabo" carries the words: when it comes, as the chat answers it
        if not args and when.WHEN.search(visit.inbound.text or "") and await when.answer(visit, None):
            return
        # ... and for "my permit number": the numbers are written out
        await answers.mine(visit, self.details, int(args[0]) if args and args[0].isdigit() else 0,
                           numbers=bool(NUMBER_ASKED.search(visit.inbound.text or "")))

    async def _again(self, visit: Visit, args: list[str]) -> None:
        # the menu's tap for "how do I apply again": the asker's rejected applications, or where to apply
        await again(visit, self.details)

    async def _apply(self, visit: Visit, args: list[str]) -> None:
        how_to_apply(visit)  # the menu's tap for "how do I apply"

    async def _letters(self, visit: Visit, args: list[str]) -> None:
        await answers.letters(visit, int(args[0]) if args and args[0].isdigit() else 0)

    async def _view(self, visit: Visit, args: list[str]) -> None:
        """A case's View; a number typed outside this conversation comes as it too (the gateway's tap) with the
        words typed: "download <number>", as an approval notice says to type it, sends the document."""
        words = visit.inbound.text or ""
        wants = DOWNLOAD.search(words) and visit.kind.number.find(words) == visit.kind.number.find(":".join(args))
        await self._on_number(visit, args, answers.download if wants else self.view)

    async def _download(self, visit: Visit, args: list[str]) -> None:
        await self._on_number(visit, args, answers.download)

    async def _on_number(self, visit: Visit, args: list[str], then: answers.Then) -> None:
        number = visit.kind.number.find(":".join(args))
        if number is None and (readings := visit.kind.number.readings(":".join(args))):
            return await answers.spelt(visit, readings, then)
        if number is None:
            return self.home(visit, hint=visit.t("stale"))
        await then(visit, number)


def _asked_along(visit: Visit) -> str | None:
    """What follows how to apply (``follow.asked``) in the words a tap carries from the main menu's phrase; None for a
    row's or a button's title, a number, or the fee said paid."""
    text = unicodedata.normalize("NFC", visit.inbound.text or "")
    if not text or visit.kind.number.attempted(text):
        return None
    question = follow.asked(text)
    return None if question == "fee" and PAID.search(text) else question
