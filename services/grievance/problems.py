"""A problem said, as villagers first type it, and words most often meaning another office's work: the patterns of
the menu's phrases (``service.MENU``) that begin a complaint with the words, or answer them first.

Each is searched in linear time (``PHRASE_MAX`` characters at most): a guard over the whole message (a complaint
refused, "no problem"), then one clause after another (split at a comma, a stop or a word of contrast: "but",
"kintu", "কিন্তু"), each with its own guard ("the road is fine now but no water": the road's clause says it is
mended, the water's is the problem), and in a clause the thing and what is wrong with it, a few words apart.
"""
from __future__ import annotations

_STOP = r"[,.;!?।]"
_CLAUSE = r"[^,.;!?।]"
# a word setting what follows against what came before ("road is fine now but no water", "রাস্তা ঠিক আছে কিন্তু জল
# নেই") ends a clause as a comma does; looked for at a space only, and the spaces after it taken whole, so that each
# clause is begun once
_BUT = r"\s(?:but|however|(?:al)?though|kint(?:u|oo?)|tobe|কিন্তু|তবে|অথচ)(?!\S)"
_PART = rf"(?:[^,.;!?।\s]|(?!{_BUT})\s)"  # a letter or space of a clause, which a stop or such a word ends
_NEXT = rf"(?:.*?(?:{_STOP}|{_BUT})\s*+)??"  # the first clause, else the next one, and so on
# what a clause's guard reads: the clause, and the one after it when a word of contrast joins them, so that a problem
# said, then said mended ("the drain was blocked but now it is cleaned"), is none; no clause is read more than twice
_READ = rf"{_PART}*(?:{_BUT}{_PART}*)?"
# a complaint refused ("... korbo na"), or words saying there is no problem ("amar kono somossa nei", "no problem")
_NONE = (r"(?:korbo|korte|chai|চাই|করব\S*)\s*(?:na|না)(?!\S)|\b(?:s[ao]m[ao]s+h?y?a|[ao]subidh?a|problem)\s+n[ae]h?i\b"
         r"|\bno\s+problem|(?:সমস্যা|অসুবিধা)\s*ন[ো]ই")
# water, a road, a light, in Latin letters ("jol", "rasta", "batti", "light") or Bengali ("জল", "রাস্তা", "আলো")
_THING = r"(?:\b(?:jol|jal|pani|water|ra{1,2}sta|road|batti|bati|lights?|alo)|জল|পানি|রাস্তা|বাতি|লাইট|আলো)"
# Banglish or Bengali: "jol nei", "rasta kharap", "batti jolche na", "জল নেই", "আলো জ্বলছে না", "রাস্তা ভাঙা", up to
# six words between ("jol ekdom nei", "amader gramer rasta ta onek din dhore kharap hoye ache": told at length), a
# comma or stop after it ("jol nei, kichu korun"); not in a clause saying it is mended ("jol ekhon thik ache", "রাস্তা
# ঠিক আছে") or that it does not matter ("jol nei to ki hoyeche")
PROBLEM = (rf"^(?!.*(?:{_NONE})){_NEXT}(?!{_READ}(?:\bto\s+ki\s+ho|তো\s*ক[িী]\s*হয়|{_THING}\S*\s+(?:\S+\s+){{0,3}}?"
           r"(?:thik|ঠিক|fine|ok|fixed|repaired)\b(?!\s*(?:kor|কর))))"
           rf"{_PART}*?{_THING}\S*\s+(?:\S+\s+){{0,6}}?(?:nei|nai|[ap]\w*\s*na|kharap|kharab|bh[ae]ng\w*|j[ou]l\w*\s*na"
           r"|নেই|নাই|(?:আস|পা|জ্বল)\S*\s*না|খারাপ|ভ[াে]?ঙ\S*)(?=[\s,.!?।;:)]|$)")

_THING_EN = (r"\b(?:water|roads?|streets?|lanes?|lights?|lamps?|drain\w*|sewe\w*|nala|tube\s*wells?|tubewells?"
             r"|hand\s*pumps?|taps?|pipe\w*|culverts?|bridges?|garbage|toilets?)\b")
_NOT = r"(?:\w+n['’]t|(?:is|does|do|are|was|has)nt|not|never)"
# English: "the road near school is broken", "no water in the tube well since 3 days", "street light not working",
# "drain is blocked", "potholes on the road"; not a booking, a permit, a licence or a pay slip asked about, nor no
# problem ("no water problem now"), nor in a clause saying something is mended ("the road is fine now", "the light
# was repaired", "it is working now"; not "the road is not repaired")
PROBLEM_EN = (r"^(?!.*(?:\bno\s+(?:\S+\s+){0,2}?(?:problem|issue)|\b(?:book|guest\s*house|home\s*stay|permi|applica"
              rf"|t?noc|licen|slip|salary|payroll|certificat))){_NEXT}(?!{_READ}\b(?:is|are|was|were|been"
              r"|got|now)\s+(?:now\s+)?(?:fine|ok|okay|fixed|repaired|mended|clea[nr]ed|working|burning)\b)"
              rf"{_PART}*?(?:\bno\s+(?:\S+\s+){{0,2}}?{_THING_EN}|\bpot\s*holes?|{_THING_EN}\S*\s+(?:\S+\s+){{0,6}}?"
              r"(?:broken|damaged|blocked|choked|clogged|jammed|leak|overflow|flooded|collapsed|cracked|dirty|smell"
              rf"|stink|dried|(?:gone|run\w*)\s+dry|pot\s*holes?|{_NOT}\s+(?:\S+\s+)?(?:work|com|burn|function|flow"
              r"|run|repair|clea[nr]|fix|lit|glow)))")

# No power at home ("current nei", "light nei", "bidyut nei", "কারেন্ট নেই", "no electricity", "power cut"): the
# electricity company's (WBSEDCL), not the panchayat's; a street light named ("street light nei", "rastar alo jolche
# na", "বাতি জ্বলছে না") is the panchayat's, a complaint begun at once
POWER = (r"^(?!.*(?:\b(?:street|ra{1,2}sta[ry]|road\s*(?:side\s*)?lights?|path\s*ba|lamp|pole|bulb|ba{1,2}t+i)"
         r"|রাস্তা(?:র|য়)|পথ|বাতি|ল্যাম্প|খুঁটি|বাল্ব))"
         r".*(?:\b(?:no|without)\s+(?:electricity|power|current|light)\b|\bpower\s*(?:cut|off|failure|outage)"
         r"|\bload\s*shedding|লোড\s*শেডিং|(?:\b(?:current|karent|bidyut|biddut|bidyuth|bijli|electricity|power|lights?)"
         r"|কারেন্ট|কারেণ্ট|বিদ্যুৎ|বিদ্যুত|লাইট)\S*\s+(?:\S+\s+){0,3}?(?:nei|nai|cut|off|chole\s*gec?he|gone"
         r"|নেই|নাই|চলে\s*গেছে)(?=[\s,.!?।;:)]|$))")
