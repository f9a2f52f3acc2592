"""The conversation shell: what the gateway answers itself, and where everything else goes.

It owns the ways out of any conversation (language choice, the menu, help, STOP/START) so a person is never stuck inside
a service; the main menu is always such a way out: showing it ends the session. A first-timer is asked the language,
unless they name one, ask for the menu or help, tap a service's button, send a number a service gave them or words a
service announced, or send a photo, voice note, document or place a service takes: then the guessed language is kept
("language" still changes it; the message reaches its service marked ``lang_guessed``, so it can say so) and they get
what they asked for. Asked once and answering something else, they are not asked again: the language they write in is
kept, and the menu in it says how to change it; a name or a number typed for it ("Rina Das", "9800000001") has the
question asked again once, saying to tap a language first. Words written mostly in a script the service does not
read (Hindi's Devanagari, Santali's Ol Chiki, Urdu's Arabic script: ``scripts``) are no language to guess: a
first-timer is asked the language each time, told in both (and in a line of that script's language) that the
service answers in Bengali and English only (words naming a service's choice, "कमरा बुक करना है", kept to take
them there once they choose it); anyone else gets the menu saying so, where no service took the words. Everything
else is routed: a tapped choice ``<service>:<action>[:args]`` to that service, free text (and locations, media, and a
kind of message nobody here reads, so that the service asks its question again) to the service that spoke last
within 30 idle minutes, otherwise the menu.
A number a service gave the person (a ticket, a booking, an application: the ``references`` of its menu entry) reaches
that service when typed outside any conversation, or as a whole message inside another's, as the tap of its View
(``<service>:view:<number>``); words a service announced for one of its choices (its ``phrases``: "my complaints",
"cancel my booking") take the person to that choice when typed outside any conversation, and inside another's the
ones it announced to be taken from there (``across``: "what about my complaint?" mid-booking), as a whole message,
the conversation left keeping its place, as the menu leaves one (its row offers to carry on); words several services
announced ("send the letter again") get the question which, a tap each its service's choice; words a service
announced with an answer ("current nei": household power is the electricity company's) get it, its choice a button
beside the menu's. A photo, video, voice note,
document or shared location sent outside any conversation goes, as sent, to the one service that announced it takes them
(``takes_wordless``: complaints, where it starts a complaint); with none, two, or that one down, the menu says to choose
a service first. Words nobody here reads, sent outside any conversation (three or more that are no keyword, number or
announced words), are kept 30 minutes for that one service: the language question or the menu says so, and the menu
offers them first ("Send my message"), a tap handing them there as the person's text, marked ``unasked``. Outside
any conversation, and at a service's own menu (one level up from it), "back" (a phone menu's 0, # or *,
``shared.back``) is the way to the start, the main menu; outside any, a lone number picks the menu's row it counts to
("2": the second), as a tap of it would, a document's code gets its page (``checks``) and a sticker the menu. Read in
the order a message meets it: ``handle`` then ``_decide``; what the shell says itself is ``gateway.screens``,
how it takes the rest to services ``gateway.routes``, what services say of a session ``gateway.sessions``, and Meta's
notices of a moved number ``gateway.moves``.
"""
from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta

from gateway import replies
from gateway.checks import code_answer
from gateway.keywords import about, confused, declines, greets, guess_lang, keyword, language_meant, language_named
from gateway.kinds import (
    KEEPS_WORDS,
    from_words,
    says_something,
    short_words,
    state_scheme,
    unrouted,
)
from gateway.menu import MenuBoard
from gateway.moves import number_changed, user_id_changed
from gateway.normalise import changed_user_id, new_number, new_user_id, to_inbound
from gateway.payload import Received
from gateway.profiles import Profile, Profiles
from gateway.routes import Routes
from gateway.screens import ANSWERED, Screens
from gateway.scripts import other_script
from gateway.turn import Turn
from shared.back import goes_back
from shared.bus import Bus
from shared.chat import NUMBER_CHANGED, Inbound
from shared.logging import get_logger
from shared.runtime.spec import WORDS
from shared.texts import Catalog

log = get_logger(__name__)

# A first-timer who writes again this soon after being asked the language, without answering it, is not asked again
ASKED = timedelta(minutes=30)


class Shell:
    def __init__(self, *, bus: Bus, profiles: Profiles, menu: MenuBoard, texts: Catalog,
                 clock: Callable[[], datetime], public_url: str):
        self._bus, self._profiles, self._menu, self._texts, self._clock = bus, profiles, menu, texts, clock
        self._public_url = public_url  # where documents' codes are checked (``gateway.verify``)
        self._screens = Screens(profiles=profiles, texts=texts)  # what the shell says itself
        self._routes = Routes(profiles=profiles, texts=texts, screens=self._screens)  # where the rest goes

    async def handle(self, received: Received) -> None:
        msg, now = received.message, self._clock()
        changed_id = changed_user_id(msg)
        wa_id = msg.from_ or await self._profiles.person(changed_id[0] if changed_id else str(msg.from_user_id))
        profile = await self._profiles.get(wa_id)
        move = None
        if msg.from_ and msg.from_user_id and profile.user_id != msg.from_user_id:
            move, profile = await self._profiles.known_by(wa_id, msg.from_user_id)
        inbound, menu = to_inbound(received, wa_id=wa_id), self._menu.for_message()
        lang = profile.lang or guess_lang(await menu.language_words(inbound.text)
                                          if inbound is not None and inbound.text else None)
        turn = Turn(self._bus, wa_id, msg.id, lang, now, menu=menu,
                    read=None if inbound is not None and inbound.kind == "start" else msg.id)
        if move is not None:  # kept under their id alone before, or the number's previous holder's: moved
            await turn.event(NUMBER_CHANGED, {"wa_id": move[0], "new_wa_id": move[1]})
        # a first-timer who wrote within the last half hour was asked the language then, and has not answered it
        asked = profile.lang is None and profile.last_inbound_at is not None and now - profile.last_inbound_at < ASKED
        expired = profile.unread is not None and profile.kept_words(now) is None  # kept words go after 30 minutes
        if expired or not profile.wrote_lately(now):
            forget = {"unread": None} if expired else {}
            profile = await self._profiles.change(wa_id, last_inbound_at=now, **forget)
        if inbound is not None:
            await self._decide(turn, inbound.model_copy(update={"lang": lang}), profile, asked=asked)
        elif (new := new_number(msg)) is not None:
            await number_changed(self._profiles, turn, new, user_id=new_user_id(msg))
        elif changed_id is not None:
            await user_id_changed(self._profiles, turn, *changed_id)
        await turn.settle()

    async def _decide(self, turn: Turn, inbound: Inbound, profile: Profile, *, asked: bool = False) -> None:
        typed = inbound.text if inbound.kind == "text" else None
        screens, routes = self._screens, self._routes
        word, named = keyword(typed), language_named(typed, numbers=profile.lang is None)
        idle = word is None and profile.speaking_with(turn.now) is None  # at the main menu, no keyword
        asks_about = idle and about(typed)  # "who are you?", "is this an official number?": whose it is, and the help
        if idle and (asks_about or confused(typed)):
            word = "help"  # "I don't understand", "ki korbo" at the main menu (inside a service, its step answers)
        reply_id = inbound.reply_id if inbound.kind == "reply" else None
        if word in ("stop", "start"):  # a first-timer's, in the language guessed from the word: which it is, said
            return await screens.notifications(turn, opted_out=word == "stop", guessed=profile.lang is None)
        if reply_id and reply_id.startswith("shell:"):
            return await routes.shell_choice(turn, reply_id.split(":")[1:], inbound, profile)
        if named is None and asked:  # answering the question asked before, its name misspelt: "bangala"
            named = language_meant(typed)
        if named is not None:
            return await routes.choose_language(turn, named, profile, inbound)
        if profile.speaking_with(turn.now) is None and (
                checked := code_answer(self._texts, turn.lang, typed, self._public_url)) is not None:
            return await turn.send("verify_code", checked)  # a document's code: its page, as casework chats answer it
        # Hindi, Santali, Urdu: written in a script the service does not read, no language of ours guessed from it:
        # a first-timer is asked, every time
        if profile.lang is None and (script := other_script(typed)) is not None:
            # words naming a service's choice ("कमरा बुक करना है") are kept for it, to go there once the language is
            # chosen; other words that say something are kept to send on, as any unread words
            asks = await _names_choice(turn, typed) if typed is not None and word is None else None
            # words the gateway answers itself ("पैसे कट गए"): kept, to be answered once the language is chosen
            answer = from_words(inbound) if typed is not None and word is None and asks is None else None
            answer = await _danger_first(turn, self._texts, answer)
            said = says_something(inbound, word)
            kept = await routes.keep_unread(turn, inbound, asks=asks) if said or asks or answer else None
            return await screens.ask_language(turn, unread=said or asks is not None, kept=kept, asks=asks is not None,
                                            script=script, answered=answer is not None and kept is not None)
        if profile.lang is None:
            # A greeting or anything else is answered with the question; a person who asks for the menu or
            # help, taps a service's button (a notice's), types a number a service gave them or words a service
            # announced ("cancel my booking", "আমার অভিযোগ") gets it in the guessed language ("ভাষা" changes it).
            # (a keyword, "hi" above all, is never a service's words: the menu's entries are not read for it; the
            # choice the words ask for is found once for the message, ``Menu.asked_for`` below reads it again)
            # Asked the question already and answering something else, they are not asked it a third time: the
            # language they write in is kept and the menu, in it, says how to change it.
            if word == "language":  # asked for, the question already asked or not (after a STOP, say): asked
                return await screens.ask_language(turn)
            wants = word in ("menu", "help") or reply_id is not None or typed is not None and word is None and (
                await turn.menu.owner_of(typed, whole=False) is not None
                or await turn.menu.asked_for(typed) is not None)
            inbound = inbound.model_copy(update={"lang_guessed": True})  # its service may say how to change it
            if not wants:
                if await routes.hand_over(turn, inbound, profile):  # a photo of the broken road is not lost
                    return await screens.keep_language(turn, turn.lang)
                said = says_something(inbound, word)  # words are kept, to send on once the language is chosen
                # or to be answered then, where they are the gateway's to answer ("otp pai ni", "holding tax koto")
                answer = from_words(inbound) if typed is not None and word is None and not asked else None
                answer = await _danger_first(turn, self._texts, answer)
                kept = await routes.keep_unread(turn, inbound) if said or answer else None
                if not asked:
                    return await screens.ask_language(turn, unread=said, kept=kept,
                                                      answered=answer is not None and kept is not None)
                if short_words(inbound, word) and not profile.asked_again(turn.now, ASKED):
                    # a name or a number typed for the language ("Rina Das", "9800000001"): asked again, once, saying
                    # to tap one; a third time the language they write in is kept, as for any other answer
                    await self._profiles.change(turn.wa_id, lang_asked_again=turn.now)
                    return await screens.ask_language(turn, tap_first=True)
                await screens.keep_language(turn, turn.lang)
                # a sticker or a photo is nothing written: the language is set, not said to be the one they write in
                wrote = typed is not None and any(ch.isalpha() for ch in typed)
                kept_intro = "intro_lang_kept" if wrote else "intro_lang_set"
                kept_intro += "" if kept or not said else "_resend"
                return await screens.show_menu(turn, kept_intro)
            await screens.keep_language(turn, turn.lang)
        if inbound.kind == "start" or word in ("hello", "menu"):
            # a first-timer's "menu", in the language guessed from the word: which it is, and how to change it, said
            intro = "intro_lang_set" if profile.lang is None else "intro_menu"
            intro = "intro_welcome" if inbound.kind == "start" else intro
            return await screens.show_menu(turn, intro)
        if word == "help":
            return await screens.help(turn, profile, guessed=profile.lang is None, about=asks_about)
        if word == "language":
            return await screens.ask_language(turn, change=True)
        if reply_id:
            return await routes.to_chosen(turn, inbound, reply_id.split(":", 1)[0], profile)
        service = profile.speaking_with(turn.now)
        # a phone menu's 0, or "back": the start, from a service's own menu too (one level up from it)
        if (service is None or profile.session_home) and typed is not None and goes_back(typed):
            return await screens.show_menu(turn, "intro_menu")
        if service is None and typed is not None and (row := await screens.menu_row(turn, typed, profile)) is not None:
            if row == ANSWERED:  # "5" under a list of two services: how many rows it has, never the menu's fifth
                return
            tap = inbound.model_copy(update={"kind": "reply", "reply_id": row})  # "2": the menu's second row
            if row.startswith("shell:"):
                return await routes.shell_choice(turn, row.split(":")[1:], tap, profile)
            return await routes.to_chosen(turn, tap, row.split(":", 1)[0], profile)
        # "no", "না" at the list asking which service words are for: nothing was sent, the words stay kept for its rows
        if service is None and declines(typed) and await routes.which_open(turn, profile):
            return await screens.show_menu(turn, "intro_claimed_none")
        # "good evening", "সুপ্রভাত": in a conversation as "hi" there; "Salam" there may be its answer (a name)
        if word == "greeting" and (service is None or greets(typed)):
            return await screens.show_menu(turn, "intro_menu")
        if word in ("thanks", "ok") and service is None:  # in a conversation, they may answer its question
            return await turn.send(word, replies.text(self._texts(word, turn.lang)))
        if inbound.kind == "unsupported" and service is None:  # in a conversation, its service asks its question again
            return await turn.send("unsupported", replies.text(self._texts("unsupported", turn.lang)))
        if service is None and await routes.hand_over(turn, inbound, profile):
            return
        if inbound.kind == "text" and inbound.text:  # a ticket or booking number typed reaches its service
            if await routes.offer_numbers(turn, inbound.text, in_conversation=service is not None):
                return
            found = await turn.menu.reference(inbound.text, whole=service is not None)
            if found is not None and found[0] != service:
                # as the tap of its View, with the words: a step the person left that service at (a complaint's
                # description, a reason to reopen one) does not take the number as its answer
                tap = inbound.model_copy(update={"kind": "reply", "reply_id": f"{found[0]}:view:{found[1]}"})
                return await routes.taken(turn, tap, found[0], profile)
            # "how to apply for pm kisan": no service's, though the permits' and NOCs' "apply" would claim it; the
            # other schemes' answer below, as for words no service took
            scheme = found is None and service is None and state_scheme(inbound)
            if found is None and not scheme and (asked := await turn.menu.asked_for(inbound.text, within=service)):
                if service is None:
                    return await routes.asked(turn, inbound, asked, profile, guessed=profile.lang is None)
                # words another service announced to be taken from here ("what about my complaint?"): its choice's tap
                tap = inbound.model_copy(update={"kind": "reply", "reply_id": asked})
                return await routes.taken(turn, tap, asked.split(":", 1)[0], profile)
        if service is None or not await routes.route(turn, inbound, service, profile):
            intro = unrouted(inbound, service)
            # "how to get birth certificate", "amar number change hoyeche", "holding tax koto": where, or whom to ask
            if intro == "intro_unclear" and (answer := from_words(inbound)):
                intro = answer
                if answer in KEEPS_WORDS:  # an application held up, money asked without a receipt: words kept to send
                    await routes.keep_unread(turn, inbound)
            elif intro == "intro_unclear" and says_something(inbound, word) and await routes.keep_unread(turn, inbound):
                intro = "intro_unplaced"  # and the menu offers to send the words on
            # a script nobody here reads, where nothing was read from the words: it says which (money said taken, an
            # Aadhaar number, where a holding tax is paid, are said whatever the script)
            shown = other_script(typed) if service is None and intro in ("intro_unclear", "intro_unplaced") else None
            await screens.show_menu(turn, "intro_other_script" if shown else intro, script=shown)


async def _danger_first(turn: Turn, texts: Catalog, answer: str | None) -> str | None:
    """Someone in danger said in a first message (``intro_emergency``): the emergency number sent at once, in the
    language guessed, before the language question (None: nothing left to answer once it is chosen); any other answer
    as it was, given once the language is chosen."""
    if answer != "intro_emergency":
        return answer
    await turn.send("emergency", replies.text(texts(answer, turn.lang)))
    return None


async def _names_choice(turn: Turn, typed: str) -> str | None:
    """The tap ``<service>:<action>`` of the service's choice words name (``Menu.asked_for``); None for words naming
    none, and for a problem said (``WORDS``): that is kept to send on, as any words no service took."""
    asked = await turn.menu.asked_for(typed)
    return asked if asked is not None and not asked.endswith(f":{WORDS}") else None
