"""One's complaint named by its number in words: asked after ("complaint 2 status", "amar abhijog 2 er ki holo",
"অভিযোগ নং ২ এর অবস্থা"), it opens; in words that tell something about it ("my complaint 2 is still not solved, it
has been 10 days", "অভিযোগ নং ২ এর কোনো কাজ হয়নি, রাস্তা এখনও ভাঙা"), it opens with the words kept and asked about,
to send to its official, as words typed at its view are (``remark``): at the main menu, where complaints are looked
at and where a new one's subject or place is asked. Taking one back or asking why it was rejected opens it alone,
with what is said of those; a number none of theirs is said so, no complaint shown.

The patterns are also the main menu's phrases of one's complaints (``service``).
"""
from __future__ import annotations

import re

from services.grievance.conversation import serial, wants
from services.grievance.conversation.serial import NUMBER_WORD
from services.grievance.conversation.turn import Turn
from services.grievance.conversation.wants import LATIN as SPELT
from shared.india import plain

# The complaints they lodged, asked after in a whole message ("what happened to my complaint?", "complaint status",
# "আমার অভিযোগের কী হল", "amar complaint er ki holo"): taken from inside another service's conversation too
# (``Phrase.across``), so never "complaint", "my complaint is ...", "complain korte chai", a stay's complaint
_ASKING = (r"(?:(?:what|how)\s+about|what(?:['’]?s|\s+is)?\s+(?:the\s+)?(?:status|news|updates?|progress)"
           r"\s+(?:of|on|with)|what\s+(?:happened|is\s+happening)\s+(?:to|with)|where\s+is|where['’]s|any\s+(?:news|updates?|progress)"
           r"\s+(?:of|on|about|with)|(?:the\s+)?status\s+of|track|show(?:\s+me)?|check|see)")
_BN_SAID = (r"\s*(?:এখন\s*)?(?:(?:কী|কি|কোন)\s*(?:হল|হলো|অবস্থা|অবস্থায়|খবর)|অবস্থা|খবর|কোথায়|কতদূর|কত\s*দূর)"
            r"(?:\s*(?:কী|কি|আছে))?")
_LATIN_SAID = (r"\s+(?:(?:ekhon|akhon)\s+)?(?:ki\s+(?:holo|hoilo|hol|hoyeche|hoyechhe|obostha|khobor)|kothay|koto\s*dur"
               r"|(?:obostha|khobor|status|update)(?:\s+ki)?)")
_BN_NOUN, _LATIN_NOUN = r"(?:অভিযোগ|কমপ্লেন|নালিশ)(?:গুলো|গুলি|টা|টি|ের|এর)?", rf"(?:{SPELT}|complain\w*|komplen|complen)"
# its number, after the word: "complaint 12", "অভিযোগ নং ১ এর", "abhijog 000001 er" (the service opens that one)
_NUMBER = rf"(?:\s*{NUMBER_WORD}?\d{{1,6}}(?:\s*(?:er|r|এর|ের|র)(?!\w))?)?"
ASKED_AFTER = (rf"^(?:(?:{_ASKING}\s+(?:(?:my|our|the)\s+)?|(?:my|our)\s+)complaints?{_NUMBER}"
               r"(?:\s+(?:status|please|pls|now|update|progress|details))*|complaints?\s+status"
               rf"|আমার\s*{_BN_NOUN}(?:\s*(?:দেখান|দেখাও))?|(?:আমার\s*)?{_BN_NOUN}{_NUMBER}{_BN_SAID}"
               rf"|amar\s+{_LATIN_NOUN}(?:\s*(?:ta|ti|gulo|guli))?(?:\s+dekhao|\s+dekhan)?"
               rf"|(?:amar\s+)?{_LATIN_NOUN}(?:\s*(?:ta|ti|gulo|guli|er|r))*{_NUMBER}{_LATIN_SAID})$")
# the word and its number and nothing else ("complaint 2", "অভিযোগ নং ২", "abhijog 2"): that one, not a new complaint
# ... or its number first, as Bengali puts it ("১ নম্বর অভিযোগ", "1 no abhijog ta", "2 number complaint")
NUMBER_ALONE = (rf"^(?:(?:{_LATIN_NOUN}|{_BN_NOUN})\s*{NUMBER_WORD}?\d{{1,6}}|\d{{1,6}}\s*{NUMBER_WORD}"
                rf"(?:{_LATIN_NOUN}|{_BN_NOUN}))(?:\s*(?:ta|ti|টা|টি))?"
                r"(?:\s+(?:status|details|please|pls|dekhao|dekhan)|\s*(?:দেখান|দেখাও))*$")

# one's complaint named by its number and "of", in words about it ("amar complaint 2 er kono kaj hocche na", "অভিযোগ নং ২
# এর কোনো কাজ হয়নি"): that one opens (``serial.within``); a new complaint's own numbers ("2 ta gorto") name none
# or by its number and a question about it ("complaint 5 keno reject holo?", "অভিযোগ ৫ কেন বাতিল হল", "complaint 2 is
# still pending")
_ABOUT_IT = (r"(?:keno|kano|why|when|kobe|ki|kii|reject\w*|batil|status|update|is|was|has|still|ekhono|akhono"
             r"|hoy\w*|hol[oe]|resolved|solved|closed?|pending)\b|কেন|কবে|কী|কি|বাতিল|এখনও|এখনো|হয়|হল|হলো")
NAMED_BY_NUMBER = (rf"(?:{_LATIN_NOUN}|{_BN_NOUN}|\bcomplaints?)\s*{NUMBER_WORD}?\d{{1,6}}"
                   rf"(?:\s*(?:er|r|এর|ের|র|'s)(?!\w)|\s+(?:{_ABOUT_IT}))")

_ONLY_ASKED = re.compile(f"{ASKED_AFTER}|{NUMBER_ALONE}")
_NAMED = re.compile(NAMED_BY_NUMBER)
# what asking after it is said with besides the complaint's number: none of it tells anything about the complaint
_ASKING_ONLY = re.compile(r"\b(?:please|pls|plz|kindly|sir|madam|check|see|show|me|status|details?|update|my|our|the"
                          r"|of|amar|er|ta|ti|dekhao|dekhan|janan|bolun)\b|দয়া\s*করে|দেখান|দেখাও|জানান|আমার|স্যার")
TOLD_LETTERS = 3  # "still not solved", "কাজ হয়নি": a word about it, beyond the asking


def tells(text: str) -> bool:
    """The words name a complaint by its number and say something about it, more than asking after it."""
    said = plain(text)
    found = _NAMED.search(said)
    if found is None or _ONLY_ASKED.search(said) or wants.takes_back(text) or wants.asks_rejected(text):
        return False
    rest = _ASKING_ONLY.sub(" ", f"{said[:found.start()]} {said[found.end():]}")
    return sum(ch.isalpha() for ch in rest) >= TOLD_LETTERS


async def opened(turn: Turn, text: str) -> bool:
    """True when ``text`` names a complaint by its number and tells something about it: that complaint opened
    with the words kept (``serial.open_said``)."""
    if not tells(text) or (number := serial.within(text)) is None:
        return False
    await serial.open_said(turn, *number, told=text.strip())
    return True
