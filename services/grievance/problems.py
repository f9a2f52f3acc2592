"""A problem said, as villagers first type it, and words most often meaning another office's work: the patterns of
the menu's phrases (``service.MENU``) that begin a complaint with the words, or answer them first.

Each is searched in linear time (``PHRASE_MAX`` characters at most): a guard over the whole message (a complaint
refused, "no problem"), then one clause after another (split at a comma, a stop or a word of contrast: "but",
"kintu", "কিন্তু", "যদিও"), in a clause the thing and what is wrong with it, a few words apart, found once, and then
the clause's own guard ("the road is fine now but no water": the road's clause says it is mended, the water's is the
problem). A clause conceded ("although the road is fine", "যদিও রাস্তা ঠিক আছে") ends with its word for mended.
"""
from __future__ import annotations

import re
import unicodedata

_STOP = r"[,.;!?।]"
# a word setting what follows against what came before ("road is fine now but no water", "রাস্তা ঠিক আছে কিন্তু জল
# নেই") ends a clause as a comma does; looked for at a space only, and the spaces after it taken whole, so that each
# clause is begun once
_GRANTING = r"(?:al)?though|jodi[oy]|যদিও"
_CONTRAST = rf"(?:but|however|kint(?:u|oo?)|tobe|কিন্তু|তবে|অথচ|{_GRANTING})(?!\S)"
_BUT = rf"\s{_CONTRAST}"
_PART = rf"(?:[^,.;!?।\s]|(?!{_BUT})\s)"  # a letter or space of a clause, which a stop or such a word ends


def _clauses(mended: str) -> str:
    """The first clause, else the next one, and so on; a clause granting that a thing is ``mended`` ("although the
    road is fine the drain is blocked", "যদিও রাস্তা ঠিক আছে নালা বন্ধ") ends at that word, a few words on, once."""
    granted = rf"(?>\b(?:{_GRANTING})(?:\s\S+){{0,6}}?\s{mended}\b)"
    return rf"(?:.*?(?:{_STOP}|{_BUT}|{granted})\s*+)??"


# the words of a clause after a word of contrast speaking of the problem's own thing (group ``t``): "now", "it",
# the thing again; "but now it is cleaned", "kintu ekhon jol thik ache", not "but the road is fine"
_SAME = (r"(?:\s(?:(?P=t)\S*|(?:now|it|th(?:is|at|ey?)|ha(?:s|ve)|also|again|ekhon|এখন|ta|abar|আবার)"
         r"(?!\S)))")


def _unsaid(mended: str, after: str = "") -> str:
    """A clause's guard, read once from its start: not ``mended`` in it, nor in the clause after a word of contrast
    about its own thing (``after``, when it differs: "the drain was blocked but now it is cleaned" is no problem)."""
    if after:
        return rf"(?!{_PART}*(?:{mended}|{_STOP}?{_BUT}{_SAME}{{0,4}}\s{after}))"
    return rf"(?!{_PART}*(?:{_STOP}?{_BUT}{_SAME}{{0,4}}\s)?{mended})"


# a complaint refused ("... korbo na"), or words saying there is no problem ("amar kono somossa nei", "no problem")
_NONE = (r"(?:korbo|korte|chai|চাই|করব\S*)\s*(?:na|না)(?!\S)|\b(?:s[ao]m[ao]s+h?y?a|[ao]subidh?a|problem)\s+n[ae]h?i\b"
         r"|\bno\s+problem|(?:সমস্যা|অসুবিধা)\s*ন[ো]ই")
# water, a road, a light, a drain, in Latin letters ("jol", "rasta", "batti", "nala") or Bengali ("জল", "নালা")
_THING = (r"(?:\b(?:jol|jal|pani|water|ra{1,2}sta|road|batti|bati|lights?|alo|nala|drain)|জল|পানি|রাস্তা|বাতি|লাইট"
          r"|আলো|নালা|নর্দমা|ড্রেন)")
_FINE = r"(?:thik|ঠিক|fine|ok|fixed|repaired)"
# Banglish or Bengali: "jol nei", "rasta kharap", "batti jolche na", "nala bondho", "জল নেই", "আলো জ্বলছে না",
# "রাস্তা ভাঙা", "নালা বন্ধ", up to six words between ("jol ekdom nei", "amader gramer rasta ta onek din dhore kharap
# hoye ache": told at length), a comma or stop after it ("jol nei, kichu korun"); not in a clause saying it is
# mended ("jol ekhon thik ache", "রাস্তা ঠিক আছে") or that it does not matter ("jol nei to ki hoyeche")
PROBLEM = (rf"^(?!.*(?:{_NONE})){_clauses(_FINE)}"
           rf"(?={_PART}*?(?P<t>{_THING})\S*\s+(?:\S+\s+){{0,6}}?(?:nei|nai|[ap]\w*\s*na|kharap|kharab|bh[ae]ng\w*"
           r"|j[ou]l\w*\s*na|b[ao]ndh?o?|atk\w*|নেই|নাই|(?:আস|পা|জ্বল)\S*\s*না|খারাপ|ভ[াে]?ঙ\S*|বন্ধ|আটক\S*)"
           r"(?=[\s,.!?।;:)]|$))"
           + _unsaid(rf"(?:\bto\s+ki\s+ho|তো\s*ক[িী]\s*হয়|{_THING}\S*(?:\s(?!{_CONTRAST})\S+){{0,3}}?\s{_FINE}\b"
                     r"(?!\s*(?:kor|কর)))", rf"{_FINE}\b(?!\s*(?:kor|কর))"))

_THING_EN = (r"\b(?:water|roads?|streets?|lanes?|lights?|lamps?|drain\w*|sewe\w*|nala|tube\s*wells?"
             r"|hand\s*pumps?|taps?|pipe\w*|culverts?|bridges?|garbage|toilets?)\b")
_NOT = r"(?:\w+n['’]t|(?:is|does|do|are|was|has)nt|not|never)"
_FINE_EN = r"(?:fine|ok|okay|fixed|repaired|mended|clea[nr]ed|working|burning)"
# English: "the road near school is broken", "no water in the tube well since 3 days", "street light not working",
# "drain is blocked", "potholes on the road"; not a booking, a permit, a licence or a pay slip asked about, nor no
# problem ("no water problem now"), nor the problem denied ("the drain is not blocked any more"), nor in a clause
# saying something is mended ("the road is fine now", "the light was repaired", "it is working now"; not "the road is
# not repaired")
PROBLEM_EN = (r"^(?!.*(?:\bno\s+(?:\S+\s+){0,2}?(?:problem|issue)|\b(?:book|guest\s*house|home\s*stay|permi|applica"
              rf"|t?noc|licen|slip|salary|payroll|certificat))){_clauses(_FINE_EN)}"
              rf"(?={_PART}*?(?:\bpot\s*holes?|(\bno\s+(?:\S+\s+){{0,2}}?)?(?P<t>{_THING_EN})(?(1)|\S*\s"
              rf"(?:(?!{_NOT}\s|no\slonger)\S+\s+){{0,6}}?(?:broken|damaged|blocked|choked|clogged|jammed|leak"
              r"|overflow|flooded|collapsed|cracked|dirty|smell|stink|dried|(?:gone|run\w*)\s+dry|pot\s*holes?"
              rf"|{_NOT}\s+(?:\S+\s+)?(?:work|com|burn|function|flow|run|repair|clea[nr]|fix|lit|glow)))))"
              + _unsaid(rf"\b(?:is|are|was|were|been|got|now)\s(?:now\s)?{_FINE_EN}\b"))

_CONCEDED = rf"^\s*(?:{_GRANTING})(?:\s\S+){{0,6}}?\s(?:{_FINE}|{_FINE_EN})\b"
_MENDED = (rf"{_THING}\S*(?:\s\S+){{0,3}}?\s(?:thik|ঠিক)\b(?!\s*(?:kor|কর|n[ae]i?\b|নেই|নাই|না))"
           rf"|\b(?:is|are|was|were|been|got|now)\s(?:now\s)?{_FINE_EN}\b")
_SPLIT, _CONCEDED_RE, _MENDED_RE = (re.compile(unicodedata.normalize("NFKC", p))
                                    for p in (rf"{_STOP}|{_BUT}", _CONCEDED, _MENDED))


def unmended(text: str) -> str:
    """``text`` without its clauses saying a thing is mended, nor a clause's part granting it ("drain is blocked but
    the road is fine", "যদিও রাস্তা ঠিক আছে নালা বন্ধ": the drain's words): what a complaint's subject is read from."""
    said = " ".join(unicodedata.normalize("NFKC", text).casefold().split())
    clauses = (_CONCEDED_RE.sub("", clause) for clause in _SPLIT.split(said))
    return ", ".join(clause for clause in clauses if not _MENDED_RE.search(clause))


# No power at home ("current nei", "light nei", "bidyut nei", "কারেন্ট নেই", "no electricity", "power cut"): the
# electricity company's (WBSEDCL), not the panchayat's; a street light named ("street light nei", "rastar alo jolche
# na", "বাতি জ্বলছে না") is the panchayat's, a complaint begun at once
POWER = (r"^(?!.*(?:\b(?:street|ra{1,2}sta[ry]|road\s*(?:side\s*)?lights?|path\s*ba|lamp|pole|bulb|ba{1,2}t+i)"
         r"|রাস্তা(?:র|য়)|পথ|বাতি|ল্যাম্প|খুঁটি|বাল্ব))"
         r".*(?:\b(?:no|without)\s+(?:electricity|power|current|light)\b|\bpower\s*(?:cut|off|failure|outage)"
         r"|\bload\s*shedding|লোড\s*শেডিং|(?:\b(?:current|karent|bidyut|biddut|bidyuth|bijli|electricity|power|lights?)"
         r"|কারেন্ট|কারেণ্ট|বিদ্যুৎ|বিদ্যুত|লাইট)\S*\s+(?:\S+\s+){0,3}?(?:nei|nai|cut|off|chole\s*gec?he|gone"
         r"|নেই|নাই|চলে\s*গেছে)(?=[\s,.!?।;:)]|$))")
