"""Typed answers: the current step decides what the words mean.

While a description, a reopening reason or a message to an official is awaited, the words are that text (only "back"
is taken as a command; "cancel" drops a complaint's draft, but at the summary it and "no" ask first (``discard``);
"start again" and "never mind" (থাক, "chai na") ask whether to carry on with it), and so are words typed at the
summary, added to the description, but for thanks, "ok" or 👍 (answered as below; where a message to an official is
awaited, after their answer most often, they are no message: a warm word, and the complaint). Words typed at a
complaint's view are kept and asked about (``remark``: send them to its office?), but for "change" or "edit" (বদলান),
which a lodged complaint cannot be: what can be done instead is said (``lodged_change``), there or at the question
(the words then not sent); stars typed there ("4 stars", "৪ তারা") are the rating *Accept & rate* asks for, and
words naming another subject than its ask whether they are a new complaint or about it (``unasked.other_problem``).
Elsewhere a few words work at any step — "back", "new complaint", "my complaints", "report", asking for a person
("talk to an officer": ``reach``), a ticket number — so a person who types instead of tapping is never stuck, and
anything a step cannot read re-asks that step with a hint: a warm word for thanks, "ok" or 👍 where they are no
answer (anywhere but a yes at the summary or the place found). At the district question any district of West Bengal
may be typed, or a block of the directory (``named``: "Purulia", "Kalchini block"). At the subject question, words
that name one category ("no water in the tube well") give it (``lodge.told``), and while a complaint is drafted
"change subject" / "বিষয় বদলান" opens the category list, at the summary too; there, and at what to change in it,
"change", "change place" and "remove photo" (বদলান, জায়গা বদলান, ছবি সরান) are its buttons typed, and "submit" /
"জমা দিন" lodges it. Where the place is asked, words that are no place but name a subject ("street light not
working") ask whether to change the complaint's subject to it (``resubject``); words telling a problem of their own
there or at another choice (sent from the main menu: before any other reading) ask whether they begin a new complaint
(``fresh``). At the complaints' start, words that
describe something ("rasta bhanga, boro gorto"), or fewer that tell a problem as the main menu reads one ("rasta
kharap", "jol nei"), begin a complaint they describe, as the same words sent from the main menu do
(``lodge.begun_with_words``; within half an hour of lodging one, asked first whether they are about it:
``unasked.kept_after_lodging``), but for words asking after one's complaints ("status of my complaint",
"আমার অভিযোগের কী হল", "amar complaint er ki holo"), there and at the questions of a new one's subject and place,
which list them.
"""
from __future__ import annotations

from gateway.outbound import OutboundMessage
from services.grievance.conversation import (
    after,
    anew,
    attachments,
    discard,
    fixed,
    fresh,
    greeting,
    just_lodged,
    lodge,
    lodged_change,
    mine,
    named,
    places,
    reach,
    remark,
    report,
    resubject,
    serial,
    steps,
    subject,
    submit,
    summary,
    told,
    unasked,
    upset,
)
from services.grievance.conversation.describing import describes
from services.grievance.conversation.turn import Turn
from services.grievance.conversation.wants import (
    adds_to,
    asks_how_long,
    asks_mine,
    asks_rejected,
    asks_report,
    takes_back,
)
from services.grievance.conversation.words import SUBMIT, meaning, stars, stars_said, ticket_number
from services.grievance.domain import Area
from shared import elsewhere
from shared.reach import asks_for_person
from shared.india import typed_word
from shared.thanks import courtesy

FREE_TEXT = ("describe", "confirm", "reopen", "handoff")
_ASKING_AFTER = ("home", "category", "district", "block", "gp")  # where words ask after complaints, not kept as one
DRAFTING = ("category", "district", "block", "gp", "located", "describe", *summary.SUMMARY)  # "cancel" drops it


async def typed(turn: Turn, text: str) -> None:
    step = turn.chat.step
    word = meaning(text, step)
    if word == "back":
        return await steps.back(turn)
    if unasked.left(turn) or step == unasked.STEP:  # sent from the main menu, the complaint on screen left: which?
        return await unasked.typed(turn, text, word)
    if word in ("cancel", "no", "yes") and step in DRAFTING and discard.typed(turn, word):
        return  # "cancel" drops the draft, but at the summary it and "no" ask first: discard, or change something?
    if word == "again" and step in DRAFTING:  # "start again": carry on with what it holds, or begin anew?
        return anew.new(turn)
    if word == "leave" and step in DRAFTING:  # "never mind" (থাক): carry on with it, or discard it?
        return anew.leave(turn) or submit.drop(turn)
    if word == "subject" and step in DRAFTING and turn.draft.get("purpose") == "lodge":
        return places.categories(turn)  # the summary too, where words typed are otherwise the description
    if word == "new" and step in ("describe", *summary.SUMMARY) and turn.draft.get("purpose") == "lodge":
        return anew.new(turn)  # "new complaint" is no description of this one
    if step in summary.SUMMARY and turn.draft.get("purpose") == "lodge" and await _summary_word(turn, step, text, word):
        return  # Change, Change place, Remove photos/files and Submit typed: no description
    if step == "handoff" and (said := courtesy(text)) is not None:  # thanks for an answer bothers no official
        return await mine.view(turn, str(turn.draft.get("number", "")), hint=turn.t(f"said_{said}"))
    if step == "confirm" and (said := summary.no_description(text)) is not None:  # "skip", "১", "ki korbo"
        return summary.confirm(turn, hint=turn.t(said))  # none added, and why
    if step in FREE_TEXT and not (step == "confirm" and (word == "yes" or courtesy(text) is not None)):
        return await _free_text(turn, step, text)  # thanks at the summary is no part of the complaint
    if word == "new" and step == "remark" and await remark.new_typed(turn):  # the words kept begin it
        return
    if word == "new" and just_lodged.new_with(turn):  # asked where the files sent just after lodging go
        return
    if word in ("yes", "no") and await just_lodged.answered(turn, word):  # its buttons, as a yes or a no
        return
    if word == "new" and step == "ticket" and "number" in turn.draft:  # a finished one's subject and place proposed
        return await lodged_change.new_from(turn, str(turn.draft["number"]))
    if word == "new":
        return anew.new(turn, text)  # a draft holding what the person gave: carry on with it, or start again?
    if word is None and step in (*_ASKING_AFTER, "tickets", "ticket", "remark") and await told.opened(turn, text):
        return  # "my complaint 2 is still not solved": that one, the words kept for its official
    if word is None and step in _ASKING_AFTER and asks_report(text):  # "ATR": a resolved one's, no new one
        return await serial.report_asked(turn, text)
    if word is None and step in _ASKING_AFTER and adds_to(text):  # "complaint e aro kichu likhte chai": which one
        return await serial.asked_after(turn, text, hint=turn.t("add_how"), choosing=True)
    if word is None and step in _ASKING_AFTER and takes_back(text) and not asks_rejected(text):
        return await serial.asked_after(turn, text, hint=turn.t("take_back_how"), choosing=True)  # "withdraw it"
    if word == "mine" or (word is None and step in _ASKING_AFTER and asks_mine(text)):
        return await serial.asked_after(turn, text)  # "status of my complaint" is no description of a new one
    if word is None and step == "home" and asks_how_long(text):  # "how long does a complaint take"
        return mine.how_long(turn)
    if word == "report":
        return mine.start_report(turn)
    if asks_for_person(text):
        return await reach.reach(turn)
    if await serial.opened(turn, text):  # "grv 2026 000 002"; where complaints are looked at, "02" or "2026-2" too
        return
    if (number := ticket_number(text)) is not None:
        return await mine.view(turn, number)
    await _at_step(turn, step, text, word)


async def _summary_word(turn: Turn, step: str, text: str, word: str | None) -> bool:
    """The words of the summary's buttons and of Change's, typed at either; at Change, other words are asked
    again, Submit typed ("submit", "জমা দিন") lodges it and a yes or "ok" shows the summary with its Submit."""
    draft_id = str(turn.draft.get("id", ""))
    if word == "change":
        summary.change(turn)
    elif word == "place":
        turn.go("district", found=None)
        places.districts(turn)
    elif word == "unattach":
        if not attachments.unattach(turn, draft_id):
            summary.confirm(turn, hint=turn.t("media_none"))
    elif step == "change" and word == "yes" and typed_word(text) in SUBMIT:
        return await submit.submit(turn, draft_id)
    elif step == "change" and word in ("yes", "no"):
        summary.confirm(turn)
    else:
        return False
    return True


async def _free_text(turn: Turn, step: str, text: str) -> None:
    number = str(turn.draft.get("number", ""))
    if step == "reopen":
        return await after.reopen(turn, number, text)
    if step == "handoff":
        return await after.to_official(turn, number, text)
    if not (step == "describe" and greeting.answered(turn, text)):  # "nomoskar" is no description
        lodge.described(turn, text)


async def _at_step(turn: Turn, step: str, text: str, word: str | None) -> None:
    directory, draft = turn.directory, turn.draft
    if turn.inbound.unasked and fresh.asked(turn, text):  # a problem sent from the main menu: a new complaint?
        return
    if step == "ticket" and await fixed.accepted(turn, str(draft.get("number", "")), text):  # "kaj hoye geche"
        return
    if (said := courtesy(text)) is not None and not (word == "yes" and step in ("confirm", "located", "remark")):
        return await steps.ask(turn, hint=turn.t(f"said_{said}"))  # no answer here: a warm word, the question
    if step == "remark" and word in lodged_change.WORDS:  # "change" at the question: as at the view, words unsent
        return await lodged_change.at_question(turn, str(draft.get("number", "")))
    if step == "remark":
        return await remark.answered(turn, text, word)
    if step == "ticket" and word in lodged_change.WORDS:  # a lodged complaint is changed no more: what instead
        return await lodged_change.asked(turn, str(draft.get("number", "")))
    if step == "ticket" and word is None and not stars(text) and remark.says_words(text):
        if await unasked.other_problem(turn, str(draft.get("number", "")), text):  # a new complaint, or about it?
            return
        return await remark.at_view(turn, str(draft.get("number", "")), text)  # kept, and asked where it goes
    if step == "ticket" and (given := stars_said(text)):  # typed instead of tapping Accept & rate
        return await after.rate(turn, str(draft.get("number", "")), given)
    if step == "remove" and attachments.numbered(turn, text):  # "2": the second of the list
        return
    if step in summary.SUMMARY and word == "yes" and await submit.submit(turn, str(draft.get("id", ""))):
        return
    if step == "rate":
        return await after.rate(turn, str(draft.get("number", "")), stars(text))
    if step == "located" and (said := places.found_answer(turn, text, word)):  # yes, no, or a button's title typed
        found = directory.gp(draft.get("found"))
        if said == "yes" and found is not None:
            return await _placed(turn, found)
        return places.districts(turn)
    if step == "category" and (key := subject.named(turn, text)) is not None:
        return lodge.category(turn, key)
    if step == "category" and lodge.told(turn, text):
        return
    if step == "category" and (offered := _elsewhere(turn, text)) is not None:
        return turn.say(offered)  # "আমার বুকিং বাতিল করতে চাই" where the subject is asked: that service offered
    if step == "district" and named.district_typed(turn, text):  # a district, or a block of one
        return
    if step == "block" and (block := directory.find("block", text, within=draft.get("district") or "", near=True)):
        return places.gps(turn, block)
    if step == "block" and (gp := named.panchayat(turn, text, str(draft.get("district") or ""))):
        return await _placed(turn, gp) if draft.get("purpose") == "report" else named.gp_placed(turn, gp)
    if step == "gp" and (gp := directory.find("gp", text, within=draft.get("block") or "", near=True)):
        return await _placed(turn, gp)
    if step == "home" and subject.named_alone(turn, text):  # "water problem", "I want to complain about water": its
        return anew.new(turn, text)  # subject, no description of it
    if step == "home" and (answered := elsewhere.office(text, "grievance", turn.lang)) is not None:
        return turn.say(answered)  # "my mobile number changed", "otp pai ni": no complaint's, as the main menu says
    if step == "home" and describes(text):  # as the same words sent from the main menu begin one
        if await unasked.kept_after_lodging(turn, text):  # typed after the receipt: more of it, or a new one?
            return
        return lodge.begun_with_words(turn, text)
    if step in resubject.PLACE_STEPS and await resubject.offered(turn, text):  # a subject, where a place is asked
        return
    if fresh.asked(turn, text):  # a problem of its own, no place nor choice
        return
    if step not in ("category", "district", "block", "gp"):
        if (offered := _elsewhere(turn, text)) is not None:  # "pay slip": another service's
            return turn.say(offered)
        # words at one's complaints' list ("kono update nai", "still not done"): about one of them, chosen first
        return await steps.ask(turn, hint=turn.t("tickets_words" if step == "tickets" and remark.says_words(text)
                                                 else "unclear"))
    if step in upset.PLACE_STEPS and draft.get("purpose") == "lodge" and upset.landmark(text) and not upset.asks(
            text, word):  # "near the school" where the panchayat is asked: kept in the description, the list again
        if draft.get("description"):
            return lodge.described(turn, text, add=True, kept=turn.t("landmark_kept", said=text.strip()))
        if lodge.spot_held(turn, text):  # before any description: held for it
            return None
    if (offered := _elsewhere(turn, text)) is not None:  # "ghor book korbo" where the district is asked
        return turn.say(offered)
    await steps.ask(turn, hint=upset.list_hint(turn, text, word))  # a name wanted, a kind word to 😡, a question


def _elsewhere(turn: Turn, text: str) -> OutboundMessage | None:
    """Another service offered for words that name its business (``shared.elsewhere``); in a complaint being made,
    *Stay here* asks the step's question again with what was given kept (``grievance:resume``), not the menu."""
    return elsewhere.offer(text, "grievance", turn.lang, in_progress=turn.chat.step in DRAFTING)


async def _placed(turn: Turn, gp: Area) -> None:
    if turn.draft.get("purpose") == "report":
        return await report.show(turn, gp)
    lodge.placed(turn, gp)
