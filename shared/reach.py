"""Asking for a person — "I want to talk to an officer", "অফিসারের সঙ্গে কথা বলতে চাই", "agent", "please call me",
"pradhan er phone number ta din" — instead of a service. Here an official answers through a complaint
(``services.grievance.conversation.reach``): the words are the complaints' menu phrases, so they reach it from the
main menu, and every other service's chat, where it would otherwise say it did not understand, offers it
(``shared.elsewhere``).
"""
from __future__ import annotations

import re

from shared.india import plain

# A person, as asked for in English (and Bengali words in Latin letters), compared as keywords are (``plain``).
# The ask is the whole message, give or take a greeting, "I want to" and a "please": words about something else
# ("... about my booking") are that service's, and a complaint that names an officer is a complaint's description.
# the officials people know by name: the pradhan (and the upa-pradhan), the BDO, the panchayat's secretary
_NAMED = r"(?:(?:upa\s*-?\s*)?pr[ao]dh[ao]n|bdo|b\.d\.o|secretary|sochib|sachib)"
_PERSON = (r"(?:human|person|officers?|officials?|agent|someone|somebody|staff|operator|customer care|help\s*line"
           rf"|(?:the\s+|our\s+|panchayat\s+)*{_NAMED})")
_POLITE = r"(?:\W+(?:please|pls|now|here|urgently|sir|being))*$"
TALK_EN = (r"^(?:(?:hi|hello|sir|please|pls|i|we|want|need|would|like|can|could|may|to|let|me)\W+)*"
           rf"(?:talk|speak|chat|connect me|contact|call)\s+(?:\w+\s+){{0,3}}{_PERSON}{_POLITE}")
ALONE_EN = rf"^(?:(?:hi|hello|please|pls|i|want|need)\W+)*(?:an?\s+)?(?:real\s+|live\s+)?{_PERSON}{_POLITE}"
BANGLISH = (r"^(?:(?:ami|amake|ekjon|kono|please|pls|sir|panchayat|amader)[\s,]+)*"
            rf"(?:officer|manush|lok|sir|{_NAMED})\S*\s*(?:er\s*)?"
            r"(?:sathe|songe|sange|shathe|kache)\s*(?:ektu\s*)?kotha"
            r"(?:\s+(?:bolte|bolbo|bolar|bola|boli|chai|chaichi|jabe|hobe|ki|please|pls|ekbar|dorkar))*$")
_PERSON_BN = r"(?:অফিসার|আধিকারিক|কর্মকর্তা|কর্মী|মানুষ|লোক|স্যার|(?:পঞ্চায়েত\s*)?(?:উপ\s*-?\s*)?প্রধান|বিডিও|সচিব)"
TALK_BN = (rf"^(?:(?:আমি|একজন|কোনো|প্লিজ|স্যার|একটু|আমাদের)[\s,]*)*{_PERSON_BN}\S*\s*(?:এর\s*)?"
           r"(?:সঙ্গে|সাথে|সংগে|কাছে)\s*"
           r"(?:একটু\s*)?কথা(?:\s*(?:বলতে|বলব|বলবো|বলা|বলি|চাই|চাইছি|যাবে|হবে|কি|কী|প্লিজ|দরকার))*$")
ASKS_BN = rf"{TALK_BN}|^(?:কোনো\s*)?{_PERSON_BN}\S*$"
# and with the talk said first: "kotha bolte chai manusher sathe", "কথা বলতে চাই অফিসারের সঙ্গে", "karo sathe kotha bolbo"
AFTER = (r"^(?:ami\s+)?(?:ektu\s+)?kotha\s+(?:bolte|bolbo|bolar|bola)(?:\s+(?:chai|chaichi|dorkar|hobe))?\s+"
         rf"(?:ekjon\s+|kono\s+)?(?:officer|manush|lok|sir|{_NAMED})\S*\s*(?:er\s*)?(?:sathe|songe|sange|shathe)"
         r"(?:\s+(?:please|pls|ekbar))*$"
         r"|^(?:ami\s+)?(?:karo|kaaro|karor)\s+(?:sathe|songe|sange|shathe)\s+(?:ektu\s+)?kotha"
         r"(?:\s+(?:bolte|bolbo|bolar|chai|chaichi|dorkar))*$"
         r"|^(?:আমি\s*)?(?:একটু\s*)?কথা\s*(?:বলতে|বলব|বলবো)(?:\s*(?:চাই|দরকার))?\s*(?:একজন\s*|কোনো\s*)?"
         rf"{_PERSON_BN}\S*\s*(?:এর\s*)?(?:সঙ্গে|সাথে|সংগে)(?:\s*প্লিজ)?$"
         r"|^(?:আমি\s*)?(?:কারো|কারও|কারোর)\s*(?:সঙ্গে|সাথে|সংগে)\s*(?:একটু\s*)?কথা(?:\s*(?:বলতে|বলব|বলবো|চাই|দরকার))*$")
# An official's or an office's phone number asked for ("pradhan er phone number ta din", "BDO er number din", "what is
# the phone number of my panchayat office", "প্রধানের ফোন নম্বর দিন"): no official's number is given here, so it is
# said, and an official is reached as above. Never one's own number ("my phone number has changed").
_OWN_PHONE = (r"\b(?:my|amar|our|amader)\s+(?:new\s+|old\s+|notun\s+|purono\s+)?(?:phone|mobile)"
              r"|(?:আমার|আমাদের)\s*(?:নতুন\s*)?(?:ফোন|মোবাইল)")
_PHONE_NO = r"(?:phone|mobile|contact|cell|whatsapp)\s*(?:no\b\.?|num\w*|nomb[oa]r|namb[ao]r)"
_OFFICE = (rf"{_NAMED}|\bofficers?\b|\bofficials?\b|\boffice\b|\bpanchayat\b|\bgp\b|\bblock\b|\bhelp\s*line\b"
           r"|প্রধান|বিডিও|সচিব|অফিসার|আধিকারিক|অফিস|পঞ্চায়েত|হেল্পলাইন")
NUMBER_ASKED = (rf"^(?!.*(?:{_OWN_PHONE}))(?=.*(?:{_OFFICE}))"
                rf"(?=.*(?:\b{_PHONE_NO}|\b(?:{_NAMED}\S*|help\s*line)\s+(?:er\s+)?(?:no\b|num\w*|nomb[oa]r|namb[ao]r)"
                r"|(?:ফোন|মোবাইল|যোগাযোগ(?:ের)?)\s*(?:নম্বর|নাম্বার|নং)|(?:প্রধান|বিডিও|সচিব)\S*\s*(?:নম্বর|নাম্বার)))")
# A call asked for, the whole message ("please call me", "call me back", "amake ekta phone korun", "আমাকে ফোন করুন"):
# no one calls from this number, so it is said, and an official is reached as above
CALL_ASKED = (r"^(?:(?:please|pls|sir|can|could|someone|somebody|you)\s+)*(?:call|phone|ring)\s+me"
              r"(?:\s+(?:back|please|pls|now|sir|urgently|today))*$"
              r"|^(?:(?:please|pls|sir)\s+)*(?:amake|amay)\s+(?:ekta\s+|ektu\s+|ekbar\s+)?(?:phone|call|fon)\s+"
              r"(?:korun|koro|korben|kor(?:\s+|e\s+)?din|diben|din)(?:\s+(?:please|pls|sir))*$"
              r"|^(?:(?:প্লিজ|স্যার)\s*)*(?:আমাকে|আমায়)\s*(?:একটা\s*|একটু\s*|একবার\s*)?(?:ফোন|কল)\s*"
              r"(?:করুন|করো|করবেন|করে\s*দিন|দিন|দেবেন)(?:\s*(?:প্লিজ|স্যার))*$")
ASKS = (TALK_EN, ALONE_EN, BANGLISH, ASKS_BN)
_ASKS = re.compile("|".join((*ASKS, AFTER, CALL_ASKED)), re.IGNORECASE)
_NUMBER_ASKED = re.compile(NUMBER_ASKED, re.IGNORECASE)
_CALL_ASKED = re.compile(CALL_ASKED, re.IGNORECASE)


def asks_for_person(text: str) -> bool:
    """A person asked for, the whole message: an official, a call, or an official's or an office's phone number."""
    return _ASKS.search(plain(text)) is not None or asks_number(text)


def asks_number(text: str) -> bool:
    """An official's or an office's phone number asked for: none is given here."""
    return _NUMBER_ASKED.search(plain(text)) is not None


def asks_call(text: str) -> bool:
    """A call asked for, the whole message: none is made from this number."""
    return _CALL_ASKED.search(plain(text)) is not None
