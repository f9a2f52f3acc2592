"""What the shell (``gateway.shell``) says itself: the main menu, which ends the session wherever it is shown; the
language question; help; the answer to STOP and START; and the language kept once chosen or guessed."""
from __future__ import annotations

from gateway import replies
from gateway.profiles import Profile, Profiles
from gateway.scripts import Script
from gateway.turn import Turn
from shared.back import row_number
from shared.chat import LANG_CHOSEN, OPTED_IN, OPTED_OUT, Lang
from shared.india import local_digits
from shared.runtime.context import SESSION_LEFT, claim
from shared.runtime.spec import MenuEntry
from shared.texts import Catalog


ANSWERED = ""  # ``menu_row``'s answer to a number it has answered itself: no row to tap


class Screens:
    def __init__(self, *, profiles: Profiles, texts: Catalog):
        self._profiles, self._texts = profiles, texts

    async def show_menu(self, turn: Turn, intro: str, *, page: int = 0, script: Script | None = None,
                        said: dict[str, str] | None = None) -> None:
        """The main menu, which ends the session wherever it is shown: after it, free text is no longer an
        answer to the service the person was with (the welcome, "menu", a page of "more services", or a
        choice or session whose service is unavailable). Words of the person's that no service took, while kept,
        are offered first, to send to the service that takes what people send unasked. Asked for in the middle of a
        service's conversation, it says that what they were doing there is kept, to carry on from its row. The service
        a session ends with is told (``wa.session.left.<service>``) when it listens: payroll asks its PIN again."""
        profile = await self._profiles.get(turn.wa_id)
        if profile.listed:  # the menu is the last list now: a number typed next picks its row
            await self._profiles.change(turn.wa_id, listed=None)
        # asked for in the middle of a service's conversation: what they were doing there is kept, its row carries on
        was_with = profile.speaking_with(turn.now) if intro == "intro_menu" else None
        entries = await turn.menu.entries()
        if (ended := profile.session_service) is not None:
            await self._profiles.change(turn.wa_id, session=None)
            # told only when it listens (``MenuEntry.hears_left``); a service not on the board is told, to be safe
            if next((entry.hears_left for entry in entries if entry.service == ended), True):
                await turn.event(f"{SESSION_LEFT}.{ended}", claim(ended, turn.wa_id))
        kept = await kept_for(turn, profile, entries)
        # a service that keeps no conversation (``MenuEntry.resumes``: a casework chat) has nothing to carry on
        # nor one that said nothing of the person's is in progress there (a complaint only looked at)
        left = next((entry for entry in entries if entry.service == was_with and entry.resumes
                     and not profile.settled_with(entry.service)), None)
        await turn.send(f"menu:{intro}:{page}", replies.main_menu(self._texts, turn.lang, intro, entries, page,
                                                                  kept=kept, left=left, script=script, said=said))


    async def old_button(self, turn: Turn, profile: Profile) -> None:
        """A tap no service here offers any more: said to be an earlier message's, with where the person is now. In
        the middle of a service's conversation it goes on (the menu would end it): how to answer it or leave it;
        otherwise the menu."""
        service = profile.speaking_with(turn.now)
        entry = await turn.menu.get(service) if service is not None else None
        if entry is None:
            return await self.show_menu(turn, "intro_old_button")
        still = self._texts("help_in_service", turn.lang, service=entry.title[turn.lang])
        await turn.send("old_button", replies.text(f"{self._texts('old_button', turn.lang)}\n\n{still}"))


    async def ask_language(self, turn: Turn, *, unread: bool = False, kept: MenuEntry | None = None,
                            asks: bool = False, script: Script | None = None, change: bool = False,
                            tap_first: bool = False, answered: bool = False) -> None:
        await turn.send("language", replies.language_question(self._texts, turn.lang, unread=unread, kept=kept,
                                                              asks=asks, script=script, change=change,
                                                              tap_first=tap_first, answered=answered))


    async def help(self, turn: Turn, profile: Profile, *, guessed: bool = False, about: bool = False) -> None:
        """What the number does and the ways out; asked in the middle of a service's conversation, also that the
        conversation is kept and how to go on with it (the next answer still goes to that service). ``guessed``: a
        first-timer's, in the language guessed from the word: a line in the other language says how to get that one.
        ``about``: who runs the number was asked ("is this an official number?"): whose it is, said first."""
        said = self._texts("help", turn.lang)
        if about:
            said = self._texts("about", turn.lang) + "\n\n" + said
        if guessed:
            said += "\n\n" + self._texts("help_lang_other", "en" if turn.lang == "bn" else "bn")
        service = profile.speaking_with(turn.now)
        if service is not None and (entry := await turn.menu.get(service)) is not None:
            said += "\n\n" + self._texts("help_in_service", turn.lang, service=entry.title[turn.lang])
        await turn.send("help", replies.text(said))


    async def keep_language(self, turn: Turn, lang: Lang) -> None:
        """The person's language from now on, here and in what services start saying to them later."""
        await self._profiles.change(turn.wa_id, lang=lang)
        turn.lang = lang
        await turn.event(LANG_CHOSEN, {"wa_id": turn.wa_id, "lang": lang})


    async def menu_row(self, turn: Turn, typed: str, profile: Profile) -> str | None:
        """The id of the main menu's row a lone number typed outside any conversation picks, counted as the menu's
        first page shows its rows (words kept for the person first, when kept), or of the row of the shell's last
        list when that was not the menu (which service words are for, the numbers a message held: ``listed``; a
        number past that list's rows, or past the menu's, is told how many it has: ``ANSWERED``); None for any other
        message, or one typed after a conversation ran out (the last thing said to them was that service's question,
        "How many guests?", not the menu: its answer, it opens no other service)."""
        number = row_number(typed, replies.MAX_ROWS)
        if number is None or profile.session_service is not None:
            return None
        if listed := profile.listed_rows(turn.now):  # a number past its rows: how many it has, never the menu's row
            if number <= len(listed):
                return listed[number - 1]
            count = local_digits(str(len(listed)), turn.lang)
            await turn.send("listed_past", replies.text(self._texts("listed_past", turn.lang, count=count)))
            return ANSWERED
        entries = await turn.menu.entries()
        rows = replies.first_rows(entries, kept=await kept_for(turn, profile, entries) is not None)
        if number <= len(rows):
            return rows[number - 1]
        if not rows:  # no service running: the menu says so to any message
            return None
        await self.show_menu(turn, "intro_past_rows", said={"count": local_digits(str(len(rows)), turn.lang)})
        return ANSWERED


    async def notifications(self, turn: Turn, *, opted_out: bool, guessed: bool = False) -> None:
        """STOP or START. ``guessed``: a first-timer's, in the language guessed from the word: the answer opens with
        the line the menu to a first-timer has, which language it is and how to change it (the language is not kept:
        the next message is read as a first-timer's still)."""
        await self._profiles.change(turn.wa_id, opted_out=opted_out)
        said = self._texts("stopped" if opted_out else "started", turn.lang)
        if guessed:
            said = f"{self._texts('intro_lang_set', turn.lang)}\n\n{said}"
        await turn.send("stopped" if opted_out else "started", replies.text(said))
        await turn.event(OPTED_OUT if opted_out else OPTED_IN, {"wa_id": turn.wa_id})



async def kept_for(turn: Turn, profile: Profile, entries: list[MenuEntry]) -> MenuEntry | None:
    """The service the menu offers to send the person's kept words to (its *Send my message* row): None when no
    words are kept, or the service that takes them is not on the menu (down, or there is none)."""
    kept = profile.kept_words(turn.now) and profile.unread_asks is None  # words naming a choice go there, not here
    taker = await turn.menu.taker_of_wordless() if kept else None
    return next((entry for entry in entries if entry.service == taker), None)


