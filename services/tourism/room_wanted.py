"""A room wanted, said as people write to a desk, for the main menu's phrase that opens the booking: "i need a room
in darjeeling from 25 dec", "room at lataguri 10 jan", "looking for a place to stay", in Bengali "দার্জিলিংয়ে একটা ঘর
চাই", "থাকার জায়গা চাই", and in Latin letters "ghor chai darjeeling e", "thakar jayga lagbe", "hotel e thakte chai",
"darjeeling e thakar jayga".

Never a room or a house said otherwise: wanted no more ("room lagbe na", "ঘর চাই না"), a house under a housing scheme
("awas yojana te ghor chai", "পাকা ঘর"), a room that has a problem ("the room in the school is broken": a room said
with *the* or *my* after at or in), a hotel's trade licence.
"""
from __future__ import annotations

_NOT = (r"^(?!.*(?:\b(?:no|not|don['’]?t|dont|never)\s+(?:\S+\s+)?(?:need|want)\b|\b(?:chai|lagbe)\s+na\b"
        r"|\bdorkar\s+nei\b|(?:চাই|লাগবে)\s*না(?!\S)|দরকার\s*নেই))")
_HOUSING = (r"(?!.*(?:\bawas|\babas|\byojon?a|\bpakk?a\b|\bindira\b|\bbanglar\s+bari|আবাস|যোজনা|প্রকল্প|পাকা"
            r"|বাংলার\s*বাড়ি))")
# the kinds of stay the guest houses are ("cottage", "bungalow", "resort"), booked or stayed in
_KIND = r"(?:cottage|bungalow|bunglow|banglo|resort|lodge|hotel|dormitory)s?"
# rooms counted ahead of the word: "2 rooms", "3 ta room", "two rooms"
_COUNT = r"(?:(?:a|an|one|two|three|four|five)\s+|\d{1,2}\s*(?:ta\s+)?)"
_WAYS = (
    r"\b(?:need|want|looking\s+for|find|get)\s+(?:a\s+|an\s+|one\s+|two\s+|some\s+|\d+\s+)?"
    r"(?:hotel\s+|guest\s*house\s+)?(?:rooms?|accommodation)\b",
    r"\b(?:need|want|looking\s+for|find|book)\s+a\s+hotel\b(?!\s+(?:licen|trade|noc))",
    r"\b(?:place|somewhere)\s+to\s+stay\b", r"\b(?:want|need|like)\s+to\s+stay\s+(?:at|in|for)\b",
    r"^(?:" + _COUNT + r")?rooms?\s+(?:at|in|for|from)\s+(?!(?:the|my|our|your|this|that)\b)",
    # "2 rooms", "2 room darjeeling 25 dec": a count of rooms alone, or with a date or a count after it
    r"^\d{1,2}\s*(?:ta\s+)?rooms?(?:\s*$|\s+(?!of\b)\D*\d)",
    # the word between never a building's ("ghor banate chai", "ঘর বানাতে চাই": a house built, building permission's)
    r"\b(?:gh[oa]r|rooms?|kamra)\s+(?:(?!bana|toiri|nirman)\S+\s+)?(?:chai|chaai|lagbe|dorkar)\b",
    r"\bthak(?:ar|bar)\s+ja[iy]?e?ga\s+(?:\S+\s+)?(?:chai|lagbe|dorkar|khujchi)\b",
    r"\brooms?\s+(?:pab[oe]n?\b(?!\s+na\b)|paowa\s+(?:jabe|jay)\b)",  # "kal room pabo?", "room paowa jabe"
    rf"\b(?:guest\s*house|home\s*stay|{_KIND})\s+(?:e\s+|te\s+)?thak(?:te|bo|ar)\b",
    r"(?<!\S)(?:ঘর|রুম|কামরা|হোটেল)(?:টা|টি)?\s+(?:(?!বানা|তৈরি|নির্মাণ)\S+\s+)?(?:চাই|লাগবে|দরকার)",
    r"থাকার\s*জায়গা\s*(?:\S+\s+)?(?:চাই|লাগবে|দরকার|খুঁজছি)",
    # a place to stay at the message's end, or asked whether there is one: "darjeeling e thakar jayga", "দার্জিলিংয়ে
    # থাকার জায়গা আছে?" (never one's own said missing: "amar thakar jayga nei")
    r"\bthak(?:ar|bar)\s+ja[iy]?e?ga(?:\s+(?:ache|achhe|pawa\s+jabe|paoa\s+jabe|hobe)(?:\s+ki)?)?\s*\??$",
    r"থাকার\s*জায়গা(?:\s*(?:আছে|পাওয়া\s*যাবে|হবে)(?:\s*কি)?)?\s*\??$",
)
ROOM_WANTED = _NOT + _HOUSING + ".*?(?:" + "|".join(_WAYS) + ")"
# a stay said by its nights and its group, with no room named ("লাটাগুড়িতে ২০ ডিসেম্বর থেকে ২ রাত, আমরা ৩ জন",
# "lataguri 2 raat 3 jon", "2 nights for 4 people at digha"); never a problem lasting nights ("2 raat dhore 3 jon er
# jol nei", "২ রাত ধরে আলো নেই")
_NIGHTS = r"(?:\d{1,2}|[০-৯]{1,2}|one|two|three|four|five|ek|dui|tin|char|এক|দুই|তিন|চার)\s*(?:nights?|raat|rat|রাত)"
_PEOPLE = (r"(?:\d{1,2}|[০-৯]{1,2}|two|three|four|five|six|dui|tin|char|দুই|তিন|চার|পাঁচ)\s*"
           r"(?:people|persons?|guests?|adults?|members?|pax|jon|জন)")
STAY_COUNTED = (_NOT + _HOUSING + r"(?!.*(?:\bdh?ore\b|ধরে|নেই|পাইনি|\bnei\b|\bpai\s*ni\b|\bno\b|\bnot\b))"
                rf"(?=.*{_NIGHTS})(?=.*{_PEOPLE})")
# a stay's problem told, the guest house named ("the guest house was dirty", "caretaker was rude", "হোমস্টে নোংরা
# ছিল", "homestay er room nongra", "caretaker kharap byabohar korlo", "guest house e khabar kharap chilo", its phone not
# answered): a complaint about it, from its booking; not a school's, an office's, a drain's or a road's near it
# (Complaints')
_STAYED = (r"\bguest\s*houses?\b|\bhome\s*stays?\b|\bhotel\b|\blodge\b|\bresort\b|\bcaretaker\b|অতিথি\s*নিবাস"
           r"|হোম\s*স্টে|হোটেল|কেয়ারটেকার")
STAY_WRONG = (r"\bdirty\b|\bnot\s+clean\b|\bunclean\b|\brude\b|\bmisbehav\w*|\bsmell\w*|\bstink\w*"
              r"|\bno\s+hot\s+water\b|\bnongra\b|নোংরা|অপরিষ্কার|দুর্গন্ধ|\bkharap\b|খারাপ"
              r"|\b(?:was|were)\s+(?:very\s+|so\s+)?bad\b"
              # its phone not answered: "caretaker phone dhorche na", "guest house e phone korle keu dhore na", "the
              # caretaker did not pick up the phone", "কেয়ারটেকার ফোন ধরছে না"
              r"|\b(?:phone|call)\s+(?:\S+\s+){0,2}?(?:dh?or(?:e|che|chen|en|lo)?|tul(?:che|e|lo)|tole)\s+na\b"
              r"|\b(?:not|never|doesn['’]?t|didn['’]?t|did\s+not|does\s+not|won['’]?t)\s+(?:answer\w*|pick\w*\s+up"
              r"|respond\w*)\b|ফোন\s*(?:\S+\s+){0,2}?(?:ধর(?:ে|ছে|ছেন|েন|লো)?|তোলে|তুলছে|তুলল)\s*না(?!\S)")
_ELSEWHERE = (r"(?!.*(?:\bschool|\bhospital|\boffice|\bdrain|\bnala|\broad|\brasta|\bawas|স্কুল|হাসপাতাল|অফিস|নালা"
              r"|রাস্তা|আবাস))")
STAY_PROBLEM = rf"^{_ELSEWHERE}(?=.*(?:{_STAYED}))(?=.*(?:{STAY_WRONG}))"
# asked whether there is one: "is there a room in Jhargram on 25 december?", "do you have any rooms for 2 nights",
# "room pawa jabe?"; not a room somewhere's own ("is there a room in the school for the meeting")
_THERE = (
    r"\b(?:is\s+there|are\s+there|do\s+you\s+have|have\s+you\s+got)\s+(?:a\s+|an\s+|any\s+|one\s+|two\s+|\d+\s+)?"
    r"(?!(?:my|our)\b)(?:\S+\s+)?rooms?\b(?!\s+(?:in|at|of|for)\s+(?:the|my|our|your|this|that)\b)",
    r"\b(?:gh[oa]r|rooms?)\s+pa(?:wa|oa|ua)\s+(?:jabe|jay)\b",
    # ... and in Hindi: "darjeeling me room milega", "kamra milega kya", "कमरा मिलेगा"
    r"\b(?:rooms?|kamr[ae])\s+mil(?:ega|egi|enge|\s+jayega)\b|(?:कमर[ाे]|रूम)\s*मिल(?:ेगा|ेगी|\s*जाएगा)",
    # whether one is free: "room khali ache?", "any room available on 25 dec", "কাল ঘর খালি আছে?", and for a group,
    # "kal 2 jon er room ache?", "৩ জনের রুম হবে?"
    r"\b(?:gh[oa]r|rooms?)\s+(?:khali|faka|available|free)\b|\b(?:any|a)\s+rooms?\s+(?:\S+\s+)?(?:available|free)\b",
    r"^rooms?\s+available\b|(?<!\S)(?:ঘর|রুম)(?:টা|টি)?\s+(?:খালি|ফাঁকা|পাওয়া\s*যাবে)",
    # "any room in digha?", "any rooms at lataguri on 25 dec": one free asked after, a place named
    r"^any\s+rooms?\s+(?:at|in|for|on|from)\s+(?!(?:the|my|our|your|this|that)\b)",
    r"(?<![\d০-৯])[\d০-৯]+\s*(?:jon|জন)(?:\s*(?:er|ের))?\s+(?:jonno\s+|জন্য\s+)?(?:rooms?|gh[oa]r|ঘর|রুম)(?:\s|$|\?)",
    # "digha te room ache?", "দার্জিলিংয়ে ঘর আছে?": the question ends the words, a house (ghor) after a place ("amar
    # ghor ache" is one's own house)
    r"\brooms?\s+(?:khali\s+)?(?:ache|achhe|hobe|milbe)(?:\s+ki)?\W*$|(?<!\S)রুম(?:টা|টি)?\s+(?:আছে|হবে)(?:\s*কি)?\W*$",
    # or with the day or the group after it, in the first words: "room ache 25 dec?", "AC room ache 2 jon er?", "রুম আছে
    # ২৫ তারিখে?"; not one's own ("amar barite room ache 3 ta")
    r"^(?:(?!(?:amar|amader|my|our|আমার|আমাদের)(?!\S))\S+\s+){0,2}(?:rooms?\s+(?:khali\s+)?(?:ache|achhe|hobe|milbe)"
    r"|রুম\s+(?:আছে|হবে))\s+(?:\S+\s+)?[\d০-৯]",
    r"\S\s?(?:e|te)\s+gh[oa]r\s+(?:khali\s+)?(?:ache|achhe|hobe)(?:\s+ki)?\W*$|\S\u09c7\s+ঘর\s+(?:আছে|হবে)(?:\s*কি)?\W*$",
)
# (not a school's, an office's or a road's room: Complaints')
ROOM_THERE = _NOT + _HOUSING + _ELSEWHERE + ".*?(?:" + "|".join(_THERE) + ")"

# Booking asked with a slip of a letter ("bok a rom", "book a roon", "rum book korbo") or with no room named
# ("I want to book", "how to book", "booking korte chai", "বুকিং করতে চাই", "booking kaise kare"); the main menu's phrase
# leaves out booking asked against ("I do not want to book", "বুক করব না")
_BOOK, _ROOM = r"\bbo{1,3}k", r"r(?:o{1,3}m|oon|um)s?\b"
# ... or the kind of stay named, as the guest houses have them: "cottage booking", "book a bungalow", "কটেজ বুকিং"
# (never a hotel's or a lodge's licence, the trade NOC's, nor a tent for a wedding)
KINDS = (rf"\b{_KIND}\s+booking\b|\bbook\s+(?:a\s+|an\s+)?{_KIND}\b(?!\s+(?:licen|trade|noc))"
         r"|(?<!\S)(?:কটেজ|বাংলো|রিসর্ট|লজ|হোটেল|ডরমিটরি)\s*বুকিং")
BOOK_ASKED = (rf"{_BOOK}\s+(?:{_COUNT})?{_ROOM}|\b{_ROOM}\s+{_BOOK}"
              r"|\b(?:(?:want|wanna|like|need)\s+to|how\s+(?:to|do\s+i|can\s+i|do\s+we|can\s+we))"
              rf"\s+bo{{1,3}}k(?:ing)?\b(?!\s+(?:a\s+)?(?:complain|ticket|train|bus))"
              rf"|{_BOOK}(?:ing)?\s+(?:kor(?:bo|te|ben|a)|chai)\b|(?<!\S)বুক(?:িং)?\s*(?:করব|করবো|করতে|করা|চাই)"
              # how, in Latin letters and in Hindi: "booking kivabe korbo", "booking kaise kare", "kamra kaise book kare"
              rf"|{_BOOK}(?:ing)?\s+(?:kivabe|kibhabe|kaise)\s+(?:kor(?:bo|te|i)|kar(?:e|ein|u|na|te))\b"
              rf"|\b(?:kivabe|kibhabe|kaise)\s+{_BOOK}\b|बुक(?:िंग)?\s*कैसे|कैसे\s*बुक|{KINDS}")
