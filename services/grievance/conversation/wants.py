"""A new complaint asked for in a whole message, as people say it rather than the chat's own words ("new
complaint"): "obhijog korbo", "abhijog korte chai", "ovijog janabo", "অভিযোগ জানাতে চাই", "I want to complain".

The whole message is the ask, give or take "ami", "ekta", "notun" before it and "please" after it: words that go
on to say what is wrong ("obhijog korbo, rasta bhanga") are a description, and "... korbo na" no ask at all.
অভিযোগ in Latin letters (``LATIN``) is also how the main menu reads it (``service.LATIN``).
"""
from __future__ import annotations

import re
import unicodedata

from shared.india import BANGLISH_NOT, NOT_COME, NUMBER_SAID, STATUS_ASKED, plain

# অভিযোগ as it is spelt in Latin letters (bh, v or b; j or y; a final k as it is said), নালিশ, and the English word
LATIN = r"(?:[ao](?:bh|v|b)i(?:j|y)o(?:g|k)|nalish|nalis)"
_NOUN = rf"(?:{LATIN}|complain|complaint|komplen|complen)"
_BEFORE = r"(?:(?:ami|amra|ekta|ekti|akta|notun|nutun|new|a|please|pls)\s+)*"
_AFTER = r"(?:\s+(?:please|pls|ache|ase|achhe))*"
# করব, করতে চাই, জানাব, জানাতে চাই, দেব, দিতে চাই as they are typed: "korbo", "korte chai", "jana te chai"
_VERB = (r"(?:kor(?:bo|bi|ba|i|te\s*(?:chai|chaichi|chay)|ar\s+(?:ache|achhe|ase|chilo))|"
         r"jana(?:bo|i|ba|\s*te\s*(?:chai|chaichi|chay)|\s*ite\s*chai)|dibo|debo|dite\s*chai)")
_BN = (r"(?:(?:আমি|আমরা|একটা|একটি|নতুন)\s*)*(?:অভিযোগ|নালিশ|কমপ্লেন)\s*(?:টা|টি)?\s*"
       r"(?:করব|করবো|করতে\s*চাই|জানাব|জানাবো|জানাতে\s*চাই|দেব|দেবো|দিতে\s*চাই)(?:\s*(?:প্লিজ|আছে))?")
_EN = (r"(?:i\s+)?(?:(?:want|need|would\s+like|wish)\s+to\s+)?(?:complain|(?:make|lodge|file|register|give)\s+"
       r"(?:a\s+|an\s+)?(?:new\s+)?complaint)(?:\s+(?:please|pls|now))*")
ASKS_NEW = re.compile(rf"{_BEFORE}{_NOUN}(?:\s*(?:ta|ti))?\s+{_VERB}{_AFTER}|{_BN}|{_EN}")

# a complaint's number after its word, as it is typed ("complaint 2", "অভিযোগ নং ২", "GRV-2026-000002")
_ITS_NUMBER = r"(?:\s*(?:no\.?|number|নং|নম্বর|#)?\s*(?=[\w\-/]*\d)[\w\-/]+)?"
# Words for taking a complaint back, and for not wanting one: a phrase never does the opposite of what was asked
# ("cancel my complaint", "অভিযোগ বাতিল" is no new complaint; "I don't want to complain" is none at all). Taking
# back is a verb tied to the complaint itself, after it ("অভিযোগটা তুলে নিতে চাই", "complain ta cancel korbo") or
# before it ("withdraw my complaint"): a complaint about something cancelled or removed ("my job card was
# cancelled, I want to complain", "রেশন কার্ড বাতিল করে দিয়েছে, অভিযোগ জানাতে চাই") is a new one
TAKEN_BACK = (rf"(?:\bcomplain(?:t|ts)?|\b{LATIN}|\bshika+yat|অভিযোগ|নালিশ|কমপ্লেন)"
              r"(?:\s*(?:টা|টি|গুলো|গুলি|টাকে|টিকে|ta|ti|gulo|guli|take|tike)(?!\S))?"
              rf"{_ITS_NUMBER}(?:\s*(?:আমি|ami))?\s*(?:cancel|withdraw|delete|remove|take\s+back|batil"
              r"|(?:tule|ferot|firiye)\s*n[ie]|বাতিল|প্রত্যাহার|ক্যান্?সেল|মুছে|(?:তুলে|উঠিয়ে|ফিরিয়ে|ফেরত)\s*ন[িে]"
              # or closed, asked ("complaint close kore din", "complaint band karo", "অভিযোগ বন্ধ করুন"), not told
              r"|(?:close|band|bondho|বন্ধ)\s*(?:kore\s+|করে\s*)?(?:(?:din|dao|koro|karo|korun|korte|kar\s+do)\b"
              r"|করুন|করো|দিন|দাও|করতে))")
THE = r"(?:(?:my|the|an?|this|that|these|those|our|all|last|previous|earlier|old|of)\s+)*"
TAKE_BACK = (r"\b(?:cancel(?:l?ing|lation)?|withdraw(?:ing|al)?|delet(?:e|ing)|remov(?:e|ing)|take\s+back|close)"
             rf"\s+{THE}complain|\btake\s+{THE}complain\w*\s+back\b")
NOT_EN = (r"(?:\b(?:no|not|never|don['’]?t|dont|do\s+not|didn['’]?t|did\s+not)\s+(?:(?:want|wanna|need|to|a|an|any|"
          rf"file|make|lodge|register|have|more|this|it|is|my)\s+)*complain|complain\S*{BANGLISH_NOT})")
NOT_BN = (r"অভিযোগ\S*(?:\s*(?:করব|করবো|করতে|করার|জানাব|জানাবো|জানাতে|দেব|দেবো|দিতে|চাই|দরকার|আর))*"
          r"\s*(?:না|নেই|নাই|নয়)(?!\S)")
# Asking after the complaints lodged: "my complaints", "status of my complaint", "আমার অভিযোগের কী হল", "amar
# complaint er ki holo"; not "my complaint is ...", "আমার অভিযোগ আছে" (a new one). The main menu reads them too
MINE_EN = (r"\bmy\s+complaints?\b(?!\s+(?:is|was|about|against|regarding|on)\b)"
           r"|^complaints$|^(?=.*\b(?:status|track\w*|progress)\b)(?=.*\bcomplain)")
MINE_BN = (r"^আমার\s*অভিযোগ(?:গুলো|গুলি|টা|টি)?(?:\s*(?:দেখান|দেখাও|কী হল|কি হল))?$"
           r"|অভিযোগের\s*(?:অবস্থা|খবর|খোঁজ)|(?:অভিযোগ|কমপ্লেন|নালিশ)\S*\s*(?:এখন\s*)?(?:(?:কী|কি|কোন)\s*"
           r"(?:অবস্থা|হল|হলো)|কোথায়|কতদূর|কত দূর)"
           rf"|^amar\s+{LATIN}(?:er)?(?:\s*(?:gulo|guli|ta|ti))?$|(?:{LATIN}|complain\w*|komplen|complen)(?:\s*(?:ta|ti|er|r))*"
           r"\s+(?:(?:ekhon|akhon)\s+)?(?:ki\s+(?:holo|hoilo|hol|hoyeche|hoyechhe|obostha|khobor)|kothay|koto\s*dur)")
# ... and as people also put it: a subject between, nothing after ("my tubewell complaint", "amar jol er complaint ta",
# "আমার জলের অভিযোগটা"); the one made, asked after ("je complaint ta korechilam tar ki khobor", "যে অভিযোগ করেছিলাম তার
# কী হল"); its update ("আমার অভিযোগের আপডেট দিন", "complaint update"); the official word ("status of my grievance");
# in Hindi ("meri shikayat", "shikayat ka kya hua")
MINE_MORE = (
    r"^(?:my|amar)\s+(?!(?:ekta|ekti|kichu|notun|new|another|one|aro|arekta)\b)(?:\S+\s+){1,2}?(?:er\s+)?"
    rf"(?:complaints?|grievances?|{LATIN}|komplen|complen)(?:\s*(?:ta|ti|gulo))?$"
    r"|^আমার\s*(?!(?:একটা|একটি|কিছু|নতুন|আরেকটা|আরও)(?![\u0980-\u09ff]))(?:\S+\s+){1,2}?(?:অভিযোগ|কমপ্লেন|নালিশ)"
    r"(?:টা|টি|গুলো)?$"
    rf"|(?:{LATIN}|complain|komplen)\S*\s+(?:\S+\s+){{0,2}}?(?:korechilam|korechi|diyechilam|korlam|dilam)\b"
    r".*\b(?:ki\s+(?:holo|hoilo|hol)|khobor|update|status|obostha)\b"
    r"|(?:অভিযোগ|কমপ্লেন|নালিশ)\S*(?:\s+\S+){0,2}?\s*(?:করেছিলাম|করেছি|দিয়েছিলাম|জানিয়েছিলাম)"
    r".*(?:(?:কী|কি)\s*হল|খবর|আপডেট|অবস্থা)|(?:অভিযোগ|কমপ্লেন|নালিশ)\S*\s*(?:আপডেট|স্ট্যাটাস|খবর)"
    r"|\b(?:complaints?|grievances?)\s+(?:updates?|status)\b|\bmy\s+grievances?\b"
    r"|^(?=.*\b(?:status|track\w*|progress|updates?)\b)(?=.*\bgrievance)"
    r"|\b(?:meri|mera)\s+(?:shikayat|complaint)\b|\bshikayat\s+(?:ka|ki)\s+(?:kya\s+hua|status)"
    r"|(?:मेरी|मेरा)\s*शिकायत|शिकायत\s*(?:का|की)\s*(?:क्या\s*हुआ|स्थिति)")
# ... and its number asked or forgotten, the message no more ("amar complaint number ki", "আমার অভিযোগের নম্বর কত",
# "complaint number bhule gechi", "what is my complaint number"): one's complaints, each with its number
_OWN_NOUN = rf"(?:(?:what\s+is\s+|what'?s\s+)?(?:my|amar|আমার)\s*)?(?:{_NOUN}\w*|অভিযোগ\S*|নালিশ\S*|কমপ্লেন\S*)"
NUMBER_OF_MINE = (rf"^{_OWN_NOUN}(?:\s+(?:er|r))?\s*{NUMBER_SAID}(?:টা|টি|\s+(?:ta|ti))?"
                  r"(?:\s+(?:ki|koto|kot[ao]|what|please|pls|din|dao|bolun|jani\s+na|bhule\s+gechi|forgot|kothay)"
                  r"|\s*(?:কত|কী|কি|দিন|বলুন|জানি\s*না|ভুলে\s*গেছি|কোথায়))*$")
# ... or said not acted on, nothing more said of it ("amar complaint er kono kaj hoyni", "অভিযোগের সমাধান হয়নি", "my
# complaint is not resolved yet", "abhijog korechi kintu kichu holo na"): one's complaints, where each stands; a
# subject named ("complaint: rastar kaj hoyni") is a new one's description
_NOT_DONE = r"(?:h(?:oy|oi)\s*n[ie]|h(?:oy|oi)\s+nai|holo\s+na|hocche\s+na)"
_NOT_DONE_BN = r"(?:হয়\s*নি|হয়\s*নাই|হলো\s*না|হল\s*না|হচ্ছে\s*না)"
UNSETTLED = (rf"^{_OWN_NOUN}(?:\s+(?:er|r|ta|ti|korechi|korechilam|korlam|diyechi|diyechilam|kintu|but|is|was|has"
             r"|still)|\s*(?:এর|টা|টি|করেছি|করেছিলাম|দিয়েছি|দিয়েছিলাম|কিন্তু))*\s+"
             rf"(?:(?:kono\s+)?(?:kaj|kichu|kichui|solve|somadhan|samadhan)\s+{_NOT_DONE}"
             r"|(?:still\s+)?not\s+(?:been\s+)?(?:resolved|solved|done|fixed|attended(?:\s+to)?)(?:\s+yet)?"
             rf"|(?:কোনো\s*)?(?:কাজ|কিছু|কিছুই|সমাধান)\s*{_NOT_DONE_BN})$")
# A complaint named anywhere in the words, in any of the ways people name it (a lookahead, for the readings below)
_NAMED = rf"(?=.*(?:{_NOUN}|\bgrievance|\bsh?ika+y[ae]t|অভিযোগ|নালিশ|কমপ্লেন|शिकायत))"
# How long, as it is asked ("how long", "koto din", "কত দিন", "kitne din"): of one's own complaint (``WHEN_SETTLED``)
# or of complaints at large (``HOW_LONG``)
_HOW_LONG_SAID = (r"\bhow\s+(?:long|many\s+days|much\s+time)|\bkoto\s*(?:din|dine|somoy|shomoy|time)\b|\bkotodin"
                  r"|কত\s*(?:দিন|সময়)|कितने\s*दिन|\bkitne\s+din|\bkab\s+tak")
# ... or when it will be settled, or who has it ("amar complaint kobe thik hobe", "আমার অভিযোগ কবে ঠিক হবে", "when will
# my complaint be resolved", "shikayat kab hal hogi", "ke dekhche amar complaint", "how long will my complaint take");
# not with one to be lodged ("rastar kaj kobe hobe, complaint korbo")
WHEN_SETTLED = (r"^(?!.*(?:\b(?:kor(?:te|bo|ben)|janabo|janate|want|would\s+like)\b|করতে\s*চাই|করব|জানাব|জানাতে))"
                rf"{_NAMED}"
                r"(?:(?=.*(?:\b(?:kobe|kokhon|when|kab)\b|কবে|কখন|कब))"
                r"(?=.*(?:\b(?:thik|theek|solve\w*|somadhan|samadhan|resolv\w*|fix\w*|mit\w*|kaj|hal|sort\w*"
                r"|attend\w*)\b|ঠিক|সমাধান|মিট|কাজ|हल|ठीक))"
                r"|.*(?:\b(?:ke|who(?:'s|\s+is)?)\s+(?:dekh|handl|look)\w*|কে\s*দেখ)"
                # and how long one's own will take ("amar complaint koto din e solve hobe"; of complaints at large,
                # ``HOW_LONG``)
                rf"|(?=.*(?:\b(?:amar|my|meri|mera)\s+(?:\S+\s+)?(?:{_NOUN}|\bgrievance|\bsh?ika+y[ae]t)"
                r"|আমার\s*(?:\S+\s*)?(?:অভিযোগ|নালিশ|কমপ্লেন)|मेरी\s*शिकायत))"
                rf"(?=.*(?:{_HOW_LONG_SAID})))")
# ... or how one is followed asked ("complaint number diye dekhbo kivabe", "how do I track a complaint", "অভিযোগের
# অবস্থা কীভাবে দেখব"): one's complaints, each a tap from where it stands; never "kivabe complaint korbo" (how to make
# one)
HOW_FOLLOWED = (r"^(?!(?:\S+\s+){10}\S)(?!.*(?:\b(?:korbo|janabo|korte|dibo|debo)\b|করব|জানাব|করতে|দেব))"
                rf"{_NAMED}"
                r"(?=.*(?:\bki\s*(?:bh|v)abe|\bkivabe|\bkemne|\bhow\s+(?:do|can|to|will|should)\b|কী\s*ভাবে|কি\s*ভাবে))"
                r"(?=.*(?:\bdekh\w*|\bcheck\w*|\btrack\w*|\bstatus\b|\bfollow\w*|\bjan(?:bo|te|ob)\b|দেখ|জান))")
# ... or one said lodged already, nothing more said ("ami complaint korechi", "I already lodged a complaint", "আমি
# অভিযোগ করেছি", "complaint registered, thank you", "amar complaint number ache"): one's complaints, never a new one
# with those words for its description (the chat reads these; the main menu's "new" hands them on)
LODGED_SAID = (
    r"^(?:(?:i|we)\s+(?:have\s+|had\s+)?(?:already\s+)?(?:(?:lodged|filed|made|registered|given|sent|submitted)\s+"
    r"(?:a|my|the|one)?\s*complaint|complained)|(?:my\s+|the\s+)?complaint\s+(?:is\s+|has\s+been\s+|was\s+)?"
    rf"(?:registered|lodged|submitted)|(?:(?:ami|amra)\s+)?(?:(?:already|agei|age)\s+)?(?:ekta\s+)?{_NOUN}"
    r"(?:\s*(?:ta|ti))?\s+(?:kore\s*)?(?:korechi|korechilam|korlam|dilam|diyechi|diyechilam|janiyechi|janiyechilam)"
    r"|(?:(?:i\s+have|amar)\s+(?:a\s+|my\s+)?)?complaint\s+(?:number|no)(?:\s+(?:ache|achhe|peyechi|pelam))?"
    r"|(?:আমি\s*|আমরা\s*)?(?:আগেই\s*)?(?:একটা\s*)?(?:অভিযোগ|নালিশ|কমপ্লেন)\s*(?:টা\s*|টি\s*)?(?:করে\s*)?"
    r"(?:করেছি|করেছিলাম|জানিয়েছি|জানিয়েছিলাম|দিয়েছি|দিয়েছিলাম))(?:\s+(?:already|before|earlier|agei|age))?"
    r"(?:[\s,.!।]*(?:thanks?|thank\s+you|dhon+obad|ধন্যবাদ|sir|dada|স্যার|দাদা))*[\s.!।]*$")
# ... or its answer said not come ("complaint er reply pai ni", "অভিযোগের উত্তর পাইনি", "no reply to my complaint"):
# where each stands, and its official reached from it
REPLY_AWAITED = (rf"^{_OWN_NOUN}(?:\s+(?:er|r|e|te|ta|ti)|\s*(?:এর|ের|টার|টির))*\s*(?:(?:kono|ekta|any|কোনো)\s*)?"
                 r"(?:reply|uttor|answer|response|jobab|জবাব|উত্তর|রিপ্লাই)\s*(?:(?:ekhono|akhono|এখনও|এখনো)\s*)?"
                 rf"(?:{NOT_COME}|dey\s*n[ie]|dilo\s+na|দেয়নি|দিল\s*না)$"
                 r"|^(?:(?:i\s+)?(?:have\s+|did\s+)?(?:not|never)\s+(?:got|get|received|receive|had)\s+(?:any\s+|a\s+)?"
                 r"|no\s+)(?:reply|answer|response|update)\s+(?:to|on|for|about)\s+(?:my\s+)?"
                 r"complaints?$")
# ... and a complaint called the ticket or docket it is given, the whole message ("my ticket", "ticket status",
# "docket number", "আমার টিকিটের নম্বর"): one's complaints, each with its number; never a train's or a bus's ticket,
# which is named with it
TICKET_ASKED = (r"^(?:(?:my|amar|check|the|complaint|complain)\s+|আমার\s*)*(?:tickets?|dockets?|টিকিট)"
                rf"(?:\s*(?:{NUMBER_SAID}|status|details?|ki\s+holo|kothay|er|r|ta|ti|ki|koto|এর|ের|টা|কী|কি|কত"
                r"|কী\s*হল))*$")
MINE = re.compile(unicodedata.normalize("NFKC", f"{MINE_EN}|{MINE_BN}|{MINE_MORE}|{NUMBER_OF_MINE}|{UNSETTLED}"
                                                f"|{WHEN_SETTLED}|{LODGED_SAID}|{REPLY_AWAITED}|{HOW_FOLLOWED}"
                                                f"|{STATUS_ASKED}|{TICKET_ASKED}"))
# The action-taken report asked for: "send the action taken report", "ATR", "what action has been taken on my
# complaint", "গৃহীত ব্যবস্থার রিপোর্ট", "কী ব্যবস্থা নেওয়া হয়েছে", "ki byabostha neoa hoyeche": in a resolved
# complaint's status. Not ব্যবস্থা alone, which is any arrangement ("থাকার কী ব্যবস্থা আছে": a guest house's)
ATR_ASKED = (r"\baction[\s-]*taken\b|\batrs?\b|\baction\s+(?:has\s+been|have\s+been|was|were|is\s+being)\s+taken\b"
             r"|\baction\s+(?:nilo|niyeche|nieche|neoa|neya|nise|nibe)\b|গৃহীত\s*ব্যবস্থা"
             r"|ব্যবস্থা\s*(?:নেওয়া|নেয়া|নিয়েছে|নিল|নিলো|নেবে)|অ্যাকশন\s*(?:টেকেন|নিয়েছে|নিল|নেওয়া)"
             r"|\b(?:b[ey]a?b[ao]s?tha|bebostha|babostha|bybostha)\s+(?:neoa|neya|niyeche|nieche|nilo|nise|nibe)\b"
             # a complaint's report asked for: "amar complaint er report dao", "অভিযোগের রিপোর্ট দিন", "complaint ki
             # report chahiye", "report of my complaint" (not a report to be made: "complaint report korbo", a new one)
             r"|(?:\bcomplain(?:t|ts)?|অভিযোগ|शिकायत|\bshika+yat)(?:\s*(?:er|r|এর|ের|ki|ka|की|का))?\s*(?:\S+\s+){0,2}?"
             r"(?:\breport|রিপোর্ট|रिपोर्ट)(?:\s*(?:ta|টা|ti|টি))?\s*(?:dao|din|den|chai|lagbe|pathao|pathan|send|give"
             r"|dekhao|kothay|pabo|do|dijiye|chahiye|দাও|দিন|চাই|লাগবে|পাঠান|পাঠাও|দেখাও|কোথায়|পাব"
             r"|दो|दीजिए|चाहिए)(?![a-z])"
             r"|\breport\s+(?:of|on|for)\s+(?:my\s+)?complaint"
             # ... or its rating or feedback offered ("complaint er rating dibo", "অভিযোগের রেটিং দিতে চাই", "rate my
             # complaint"): given at a resolved one, under its report
             r"|(?:complain\w*|অভিযোগ\S*)\s+(?:\S+\s+)?(?:rating|feedback|রেটিং)|\brate\s+(?:my\s+)?complaint")
# A complaint said put right, or asked whether it is ("my complaint is solved, close it", "amar complaint er somadhan
# hoyeche", "complaint ta thik hoye geche, dhonnobad", "আমার অভিযোগের কাজ হয়ে গেছে"): a resolved one's status, its
# report and its buttons (to rate it, or reopen it), as the report asked for does; never a new complaint with those
# words. Not with a "but", a "not", a "why", the work said done badly or one still to be made ("rastar kaj hoyeche,
# complaint korbo")
SETTLED_SAID = (r"^(?!.*(?:\b(?:kintu|but|lekin|not|yet|still|na|ni|nai|nahi|keno|why|kor(?:te|bo)|janabo|want|ache"
                r"|achhe|kharap|bad|badly|poor\w*|half|without|h(?:oy|oi)\s*n[ie])\b"
                r"|কিন্তু|কেন|না(?!\S)|নি(?!\S)|নেই|হয়নি|করতে|করব|জানাব|আছে|খারাপ))"
                rf".*?(?:{_NOUN}|\bshika+yat|অভিযোগ|নালিশ|কমপ্লেন)\S*\s+(?:\S+\s+){{0,3}}?"
                r"(?:(?:is|was|has\s+been|have\s+been|got)\s+(?:now\s+|finally\s+|already\s+)?"
                r"(?:resolved|solved|fixed|settled|done|sorted)\b"
                r"|(?:kaj|thik|theek|s[ao]madhan|solved?|resolved?|fixe?d?)\s+"
                r"(?:hoye\s*g[ae]l?\w*|hoy?e?chh?e|hoiche)\b"
                r"|(?:কাজ|ঠিক|সমাধান|নিষ্পত্তি)\s*(?:হয়ে\s*গে|হয়েছে))")
_ATR = re.compile(unicodedata.normalize("NFKC", f"{ATR_ASKED}|{SETTLED_SAID}"))
# Among one's complaints asked after, those rejected ("why was my complaint rejected?", "amar complaint keno batil
# holo", "অভিযোগ কেন বাতিল হল") and those to reopen ("I want to reopen my complaint", "অভিযোগ আবার চালু করতে চাই"):
# a decision made, never a cancelling asked for ("complaint batil korte chai", "অভিযোগ বাতিল করে দিন": taken back)
_DECIDED = (r"(?:\breject\w*|\b(?:refused|dismissed)\b|নামঞ্জুর|খারিজ"
            r"|(?:বাতিল|\bba+til)\s*(?:হ|\bho\w*|\bkore\s+di(?:y|l)\w*|করে\s*দি(?:য়|ল)))")
# How long a complaint takes, what becomes of one, or whether one is made here, asked of complaints at large, no
# "my" ("how long does a complaint take", "complaint korte koto din lage", "complaint korle ki hobe", "অভিযোগ করলে কত
# দিন লাগে", "whatsapp e complaint kora jay?", "office e giye complaint korte hobe?"): that it is made here, the days an
# office has and what happens when it is late (``mine.how_long``), never a new complaint with the question for its
# words. Short (ten words at most); not a complaint said to be made ("... complaint korbo") nor a problem's duration
# ("koto din dhore"); whether it can be made only as the message's last words ("complaint korte hobe, rasta bhanga"
# is a complaint)
_MADE_HERE = (rf"(?:{_NOUN}|অভিযোগ|নালিশ)\S*(?:\s+(?:ki|ta|ti|ekhane|ekhan\s+theke|কি|টা|টি|এখানে|এখান\s*থেকে))*\s+"
              r"(?:(?:kora|dewa|deya|janano|করা|দেওয়া|জানানো)\s*(?:jay|jabe|যায়|যাবে)"
              r"|korte\s+(?:hobe|pari|parbo)|করতে\s*(?:হবে|পারি|পারব))(?:\s*(?:ki|naki|কি|নাকি))?$"
              r"|\b(?:whatsapp|online)\s+(?:(?:e|a|te|er|theke)\s+)?(?:complain|[ao](?:bh|v|b)ijog)"
              r"|\bcan\s+(?:i|we)\s+(?:complain|make\s+a\s+complaint|lodge)")
HOW_LONG = (r"^(?!(?:\S+\s+){10}\S)(?!.*(?:\b(?:my|amar|meri|mera|korbo|janabo|dhore)\b|আমার|করব|জানাব|ধরে|मेरी))"
            rf"{_NAMED}"
            rf"(?=.*(?:{_HOW_LONG_SAID}|\b(?:ki|kya)\s+hobe\b|\bwhat\s+happens|(?:কী|কি)\s*হবে|क्या\s*होगा"
            rf"|{_MADE_HERE}))")
_HOW_LONG = re.compile(unicodedata.normalize("NFKC", HOW_LONG))
_REJECTED = re.compile(unicodedata.normalize("NFKC", _DECIDED))
# and asked so at the main menu, the complaint named ("complaint rejected keno", "অভিযোগ কেন বাতিল হল")
REJECTED_ASKED = (rf"(?:\bcomplain|\b{LATIN}|অভিযোগ|নালিশ|কমপ্লেন)\S*\s*"
                  r"(?:(?:ta|ti|টা|টি|keno|kano|কেন|why|was|got|has\s+been|is|amar|আমার)\s*)*" + _DECIDED)
_REJECTED_ASKED = re.compile(unicodedata.normalize("NFKC", REJECTED_ASKED))
REOPEN = (r"\bre-?open\w*|\bopen\s+(?:it\s+)?again\b|\babar\s+(?:chalu|khul|open)|আবার\s*(?:চালু|খুল|খোল)"
          r"|পুনরায়\s*(?:চালু|খুল|খোল)|রিওপেন")
# and so asked at the main menu, the complaint named: "amar jol er complaint ta abar khulte chai", "reopen my
# complaint", "অভিযোগটা আবার চালু করুন": those that may still be reopened, not a new one
REOPEN_ASKED = (rf"(?:\bcomplain|\b{LATIN}|অভিযোগ|নালিশ|কমপ্লেন)\S*(?:\s+\S+){{0,3}}?\s*(?:{REOPEN})"
                rf"|(?:{REOPEN})\s+(?:\S+\s+){{0,3}}?(?:complain\w*|{LATIN}|অভিযোগ|নালিশ|কমপ্লেন)")
# ... and a complaint said closed or resolved but not put right, or asked why it was closed, or one's own said closed
# ("complaint close kore diyeche kintu kaj hoyni", "my complaint was closed but the work is not done", "অভিযোগ বন্ধ করে
# দিয়েছে কিন্তু কাজ হয়নি", "shikayat band kar di lekin kaam nahi hua", "complaint keno close korlo", "amar complaint
# close kore diyeche"): those that may be reopened too
_SHUT = r"(?:\b(?:clos\w*|resolv\w*|solved|settled|disposed|nish?potti|band|bondho)\b|নিষ্পত্তি|বন্ধ|बंद)"
# never said not closed yet ("my complaint is not resolved yet", "complaint band hoyni")
CLOSED_UNDONE = (r"^(?:(?=.*(?:\b(?:kintu|but|lekin|keno|kano|why|without)\b|কিন্তু|কেন|लेकिन|क्यों))"
                 r"|(?=amar\b|my\b|আমার)"
                 r"(?!.*\b(?:not|yet)\s+(?:been\s+)?(?:clos|resolv|solved)))(?!.*(?:clos\w*|resolv\w*|solved|band"
                 r"|বন্ধ)\s*(?:\S+\s+)?(?:h(?:oy|oi)\s*n[ie]|holo\s+na|nahi|হয়নি|হয়\s*নি))"
                 rf".*?(?:\bcomplain|\b{LATIN}|অভিযোগ|নালিশ|কমপ্লেন|\bshika+yat|शिकायत)\S*\s+(?:\S+\s+){{0,3}}?{_SHUT}")
_REOPEN = re.compile(unicodedata.normalize("NFKC", f"{REOPEN}|{CLOSED_UNDONE}"))
_REOPEN_ASKED = re.compile(unicodedata.normalize("NFKC", f"{REOPEN_ASKED}|{CLOSED_UNDONE}"))
_TAKING_BACK = re.compile(unicodedata.normalize("NFKC", f"{TAKEN_BACK}|{TAKE_BACK}"))
# A photo or more words to be added to one's complaint ("amar complaint e photo add korbo", "complaint e aro kichu
# likhte chai", "I want to add a photo to my complaint", "অভিযোগে ছবি যোগ করতে চাই"): one's complaints, with how (the
# complaint chosen, a photo sent goes onto it); never another complaint asked for ("aro ekta complaint korbo", "new
# complaint with photo", "আরেকটা অভিযোগ")
_ADDED = (r"\b(?:photos?|pictures?|pics?|images?|videos?|chh?obi|add\w*|attach\w*|jog|pathabo)\b|ছবি|ভিডিও|(?<!অভি)যোগ"
          r"|\b(?:aa?ro|more)\s+(?:kichu|details?|information|info|likh\w*|bol\w*|kotha)\b|আর(?:ও|ো)\s*কিছু")
_ADDING = re.compile(unicodedata.normalize("NFKC", (
    r"^(?!.*(?:\bnew\b|\bnotun\b|\banother\b|নতুন|আরেকটা|আর\s*একটা|\b(?:aa?r|aa?ro)\s+ekta\b))"
    rf"(?=.*(?:\bcomplain(?:t|ts)?\b|\b{LATIN}|অভিযোগ|নালিশ|কমপ্লেন))(?=.*(?:{_ADDED}))")))
REFUSED = re.compile(rf"{TAKEN_BACK}|{TAKE_BACK}|{NOT_EN}|{NOT_BN}|{LATIN}\S*{BANGLISH_NOT}")


def asks_new(text: str) -> bool:
    """The whole message asks to make a new complaint."""
    return ASKS_NEW.fullmatch(plain(text)) is not None


def asks_mine(text: str) -> bool:
    """The words ask after the complaints the person lodged ("status of my complaint", "amar abhijog er ki holo", "অভিযোগ
    কেন বাতিল হল"), or to reopen one ("আমার অভিযোগটা আবার খুলুন", "I want to reopen my complaint"), as the main menu
    reads them."""
    said = plain(text)
    return any(words.search(said) is not None for words in (MINE, _REJECTED_ASKED, _REOPEN_ASKED))


# what asking for a new complaint is said with, besides the word itself: the rest of a message is the problem
_ASKING_WORDS = frozenset(plain(word) for word in (
    "i", "we", "want", "wanna", "need", "would", "like", "wish", "to", "a", "an", "the", "make", "lodge", "file",
    "register", "give", "new", "please", "pls", "now", "about", "against", "regarding", "on", "for", "my", "this", "is",
    "am", "here", "sir", "madam", "hello", "hi", "ami", "amra", "ekta", "ekti", "akta", "notun", "nutun", "korbo",
    "korte", "chai", "chaichi", "janabo", "janate", "dibo", "debo", "dite", "ache", "ase", "achhe", "niye", "nie",
    "bishoye", "bisoye", "er", "ta", "ti", "আমি", "আমরা", "একটা", "একটি", "নতুন", "করব", "করবো", "করতে", "চাই",
    "জানাব", "জানাবো", "জানাতে", "দেব", "দেবো", "দিতে", "আছে", "প্লিজ", "নিয়ে", "বিষয়ে", "সম্পর্কে", "বিরুদ্ধে",
    # a greeting and "I have" before it ("namaskar, amar ekta complaint ache", "good morning sir, I have a complaint";
    # "amar" alone is no problem said, and "amar rasta" with the word is one)
    "have", "has", "got", "one", "good", "morning", "evening", "afternoon", "namaskar", "nomoskar", "nomoshkar",
    "namoskar", "namaste", "pranam", "adab", "salam", "assalamualaikum", "dada", "didi", "নমস্কার", "নমস্তে", "প্রণাম",
    "আদাব", "সালাম", "স্যার", "ম্যাডাম", "দাদা", "দিদি", "হ্যালো",
    # and Hindi's, in both scripts ("shikayat karni hai", "मुझे शिकायत दर्ज करनी है")
    "mujhe", "humein", "hume", "ek", "nayi", "karni", "karna", "karne", "kar", "hai", "hain", "darj", "chahiye", "ki",
    "मुझे", "हमें", "एक", "नई", "करनी", "करना", "करने", "कर", "है", "हैं", "दर्ज", "चाहिए", "की"))
_ASKED_NOUN = re.compile(rf"^(?:complain\w*|{LATIN}\w*|komplen\w*|complen\w*|অভিযোগ\S*|নালিশ\S*|কমপ্লেন\S*"
                         r"|sh?ika+y[ae]t\w*|samasya\w*|शिकायत\S*|समस्या\S*)$")

# a problem said to be had, and no more ("I have a problem", "amar ekta somossa ache", "আমার একটা সমস্যা আছে"): a
# complaint begun, its subject asked, as "I have a complaint" does
PROBLEM_HAD = (r"^(?:i\s+(?:have|had|am\s+having|got)\s+(?:a|one|some)\s+(?:problem|issue)"
               r"|(?:amar\s+|amader\s+)?(?:ekta\s+|ekti\s+)?(?:s[ao]m[ao]s+h?y?a|problem)"
               r"\s+(?:ache|achhe|hoyeche|hocche)"
               r"|(?:আমার\s*|আমাদের\s*)?(?:একটা\s*|একটি\s*)?সমস্যা\s*(?:আছে|হয়েছে|হচ্ছে))(?:\s+(?:sir|madam|dada|didi"
               r"|please|pls|স্যার|দাদা|দিদি))?$")
_PROBLEM_HAD = re.compile(PROBLEM_HAD)

def problem_beside(text: str) -> bool:
    """Whether a message asking for a new complaint says the problem too ("the street light is not working, I want to
    complain"): two words or more besides the word complaint and what asking for one is said with; never a problem
    said to be had and no more (``PROBLEM_HAD``)."""
    if _PROBLEM_HAD.search(plain(text)):
        return False
    words = "".join(" " if unicodedata.category(ch)[0] in "PSZ" else ch for ch in plain(text)).split()
    return sum(1 for w in words if not _ASKED_NOUN.match(w) and w not in _ASKING_WORDS and not w.isdigit()) >= 2


# a problem or a complaint with nothing said of it but its subject, in one word ("water problem", "জলের সমস্যা",
# "rastar somossa", "water complaint", "I want to complain about water", "amar jol er somossa ache"): besides the
# nouns, what asking is said with, whose it is and that it is there (``named_alone``)
_PROBLEM_NOUN = re.compile(r"^(?:problems?|issues?|s[ao]m[ao]s+h?y?a|s[ao]mos+a|সমস্যা\S*)$")
_HAD_WORDS = frozenset(plain(word) for word in (
    "amar", "amader", "our", "my", "আমার", "আমাদের", "hocche", "hoyeche", "hoy", "hote", "আছে", "হচ্ছে", "হয়েছে",
    "হয়", "korbo", "janabo", "করব", "জানাব"))


# ... as the main menu reads it, a pattern: the whole message a subject people name most and its problem ("water
# problem", "জলের সমস্যা", "rastar somossa", "drain issue"); never a light's ("current problem" is no street light's)
SUBJECT_PROBLEM = (r"^(?:my\s+|our\s+|amar\s+|amader\s+|আমার\s*|আমাদের\s*)?(?:(?:drinking\s+)?water|j[oa]l|pani|road"
                   r"|rasta|drain|nala|নর্দমা|জল|পানি|রাস্তা|নালা|ড্রেন)(?:\s*(?:er|r)|ের|র|এর)?\s*"
                   r"(?:problems?|issues?|s[ao]m[ao]s+h?y?a|সমস্যা)$")


def named_alone(text: str) -> bool:
    """Whether the words ask for a complaint, or name a problem, with one word besides (its subject, if it names
    one: ``subject.named_alone``); a word saying no is a second ("jol er complaint korbo na", "joler kono somossa
    nei", "no water problem")."""
    words = "".join(" " if unicodedata.category(ch)[0] in "PSZ" else ch for ch in plain(text)).split()
    nouns = [w for w in words if _ASKED_NOUN.match(w) or _PROBLEM_NOUN.match(w)]
    rest = [w for w in words if w not in nouns and w not in _ASKING_WORDS and w not in _HAD_WORDS]
    return bool(nouns) and len(rest) == 1 and not rest[0].isdigit()


def asks_report(text: str) -> bool:
    """The words ask for a complaint's action-taken report ("ATR", "কী ব্যবস্থা নেওয়া হয়েছে")."""
    return _ATR.search(plain(text)) is not None


def asks_how_long(text: str) -> bool:
    """The words ask how long a complaint takes, what becomes of one or whether one is made here (``HOW_LONG``)."""
    return _HOW_LONG.search(plain(text)) is not None


def asks_rejected(text: str) -> bool:
    """The words ask why a complaint was rejected ("keno reject holo", "অভিযোগ কেন বাতিল হল")."""
    return _REJECTED.search(plain(text)) is not None


def asks_reopen(text: str) -> bool:
    """The words ask to reopen a complaint ("reopen my complaint", "অভিযোগ আবার চালু করতে চাই")."""
    return _REOPEN.search(plain(text)) is not None


def adds_to(text: str) -> bool:
    """The words ask to add a photo or more words to one's complaint (``_ADDING``)."""
    return _ADDING.search(plain(text)) is not None


def takes_back(text: str) -> bool:
    """The words take a complaint back ("withdraw my complaint", "complaint 2 tule nite chai")."""
    return _TAKING_BACK.search(plain(text)) is not None


def refuses(text: str) -> bool:
    """The words take a complaint back or want none ("cancel my complaint", "obhijog korbo na", "অভিযোগ নেই"): no
    description of a new one, though they hold the word."""
    return REFUSED.search(plain(text)) is not None
