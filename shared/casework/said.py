"""What typed words ask for at the casework desk, in English, Bengali and Bengali in Latin letters: one's own cases
and their numbers, the document (in the chat and at the main menu, from the same words), a status, another
service's case; and what was sent instead of words (a photo, a file, a place), by the text that names it."""
from __future__ import annotations

import re
import unicodedata

from shared.casework.visit import Visit
from shared.casework.when import WHEN
from shared.india import ASKED_FORM, LINE_START, NUMBER_SAID, plain

# One's cases named as people name them: the application, the permission or licence, the NOC, the certificate, the
# case or file; in Bengali and in Latin letters ("abedon", "onumoti")
CASES = (r"\b(?:applications?|cases?|files?|permits?|permissions?|t?nocs?|licen[cs]es?|certificates?|a+bed[ao]n\w*"
         r"|on[ou]moti|an[ou]mati)\b|আবেদন|অনুমতি|এনওসি|লাইসেন্স|শংসাপত্র|সার্টিফিকেট|পারমিট|কেস|ফাইল")
# One's own cases asked for: "my", "all", "amar" (my), "amader" (our), আমার, then one's cases named within two words
# ("my applications", "show all my cases", "amar sob abedon", "আমার আবেদন"); "my" alone is no such request ("my shop",
# "my neighbour is building without permission": words the chat does not read, or a message for an official).
OWNER = r"(?:\b(?:my|mine|all|our|amar|amader)\b|আমার|আমাদের)"
MINE = re.compile(rf"{OWNER}\s*(?:\S+\s+){{0,2}}?(?:{CASES})", re.IGNORECASE)
# The document named, as the chat and the main menu both read it: the letter or certificate, its copy or its PDF,
# in Bengali and in Latin letters: চিঠি ("chithi ta dao"), পত্র ("potro", "patra"), সার্টিফিকেট, লেটার, কপি (and
# ফটোকপি), a photocopy or xerox ("noc er photocopy lagbe"); not the application form (আবেদনপত্র) or the
# acknowledgement slip (প্রাপ্তিস্বীকারপত্র), whose পত্র ends a longer word.
DOCUMENT = (r"\b(?:download|letter|certificate|pdf|copy|photocopy|xerox|jerox|zerox|chit+h?i\w*|potro|patra)\b"
            r"|ডাউনলোড|অনুমতিপত্র|শংসাপত্র|চিঠি|জেরক্স"
            r"|সার্টিফিকেট|লেটার|কপি|(?<![\u0980-\u09ff])পত্র")
# In the chat: the document asked for, not its number ("certificate number", "শংসাপত্র নম্বর": how the chat asks for
# it).
DOWNLOAD = re.compile(rf"(?:{DOCUMENT})(?![\u0980-\u09ff'’s]*\s*(?:no\b|number|নম্বর|নং))", re.IGNORECASE)
# The same asked for at the main menu, outside either chat (a ``Phrase`` of each service's menu entry, on the words
# as keywords are compared: case folded): short words (eight at most: a longer message tells of something) naming
# the letter or its copy again; not a salary slip's or a tax certificate's, Form 16 (payroll's), nor a stay's voucher
# (tourism's).
DOCUMENT_AGAIN = (r"^(?!(?:\S+\s+){8}\S)"
                  r"(?!.*(?:salary|slip|beton|বেতন|স্লিপ|voucher|ভাউচার|\btax|\btds\b|আয়কর|টিডিএস))"
                  rf"(?=.*(?:{DOCUMENT}))")
# The document sent again, asked without naming it ("abar pathan", "আবার পাঠান", "send again", "aro ekbar din"): a word
# of once more with a word of sending or giving, or the word of once more alone; "resend". Read where a document of
# one's own was just sent or one's own case is shown, and never of a question ("koto din lagbe abar": days).
ONCE_MORE = (r"\b(?:again|once\s+more|one\s+more\s+time|a+bar|aro\s*ek\s*bar|arek\s*bar|ar\s+ek\s*bar)\b"
             r"|আবার|আরেকবার|আর\s*একবার|আরও\s*একবার")
SEND = (r"\b(?:send|pa?th(?:h)?a(?:n|o|ben|bo)?|pa?th(?:h)?iy?e|dao|din|dio|den|diben|deben|dite)\b"
        r"|পাঠা\S*|পাঠি\S*|দিন|দাও|দিও|দেবেন|দিবেন|দিতে")
# Read from the start of the words, each word looked for once (never from inside another's ``.*``, which would search
# the rest of the message again from every character of it).
_AGAIN = rf"(?:(?=.*(?:{ONCE_MORE}))(?=.*(?:{SEND}))|(?=.*\bre-?send\b)|\W*(?:{ONCE_MORE})\W*$)"
SEND_AGAIN = re.compile(rf"^{_AGAIN}", re.IGNORECASE)
# The document asked for as a photo ("can you send it as a photo?", "chobi kore pathan", "ছবি হিসেবে পাঠান", "jpg te
# din"): it goes as a PDF only, the paper its QR code checks; sent again with how to open it (``document_as_photo``)
_PICTURE = r"(?:photos?|images?|pictures?|pics?|jpe?g|png|screenshot|chobi|chhobi|foto|ছবি|ফটো|ইমেজ|জেপিজি)"
AS_PHOTO = re.compile(rf"{LINE_START}(?=.*(?:\bas\s+(?:an?\s+)?{_PICTURE}"
                      rf"|\b{_PICTURE}\S*\s+(?:hisebe|hishebe|kore|te|e|format)\b"
                      rf"|{_PICTURE}\S*\s*(?:হিসেবে|করে|আকারে)|\bin\s+{_PICTURE}))(?=.*(?:{SEND}))", re.IGNORECASE)
# The case named as the paper it is ("amar noc ta abar pathao", "send my NOC again", "licence ta abar din"): a NOC, a
# licence, a permission is the certificate or the letter itself, so sent again it is the document, not the list of
# one's cases to look at; an application, a case or a file is no such paper.
HELD = (r"\b(?:permits?|permissions?|t?nocs?|licen[cs]es?|on[ou]moti|an[ou]mati)\b|অনুমতি|এনওসি|লাইসেন্স|পারমিট"
        r"|(?<![A-Za-z])NOC")
# So is the paper said lost ("amar noc ta hariye geche", "অনুমতিপত্র হারিয়ে গেছে", "I lost my trade licence"): its
# document is sent again
_LOST = (r"(?=.*(?:\bhar[ai](?:ye?|e)\b|\bharano\b|হারিয়ে|হারানো|\blost\s+(?:my|the|our|it)\b"
         r"|\b(?:is|was|got|been)\s+lost\b))")
_AGAIN_OR_LOST = rf"(?:{_AGAIN}|{_LOST})"
HELD_AGAIN = re.compile(rf"^(?=.*(?:{HELD})){_AGAIN_OR_LOST}", re.IGNORECASE)
# The same at the main menu (a ``Phrase``, on case-folded words), with no number in it: each service names its paper.
PAPER_AGAIN = rf"(?!.*\d){_AGAIN_OR_LOST}"
# The document just sent did not come, or does not open ("pai ni", "পাইনি", "khulche na", "খুলছে না", "not received",
# "it won't open"): read only just after it was sent, when it is what they mean, and sent again.
NOT_GOT = re.compile(
    r"\b(?:pai\s*ni|pelam\s*na|pachchi\s*na|pacchi\s*na|ase\s*ni|khul(?:che|chhe|lo|e)?\s*na|open\s+hocche\s+na)\b"
    r"|\bnot\s+(?:received|got|come|came|opening|open(?:ed)?)\b"
    r"|\b(?:did\s*n[o']?t|didnt|have\s*n[o']?t|havent|has\s*n[o']?t|hasnt|does\s*n[o']?t|doesnt)\s+"
    r"(?:get|got|receive\w*|come|arrive\w*|open\w*)\b|\b(?:can'?t|cannot|can\s+not|won'?t|unable\s+to)\s+open\b"
    r"|পাইনি|পাই\s*নি|পেলাম\s*না|পাচ্ছি\s*না|আসেনি|আসে\s*নি|খুলছে\s*না|খুলছেনা|খোলে\s*না|খুলল\s*না"
    r"|ওপেন\s*হচ্ছে\s*না", re.IGNORECASE)
# What one's number is, asked ("certificate number", "my permit no.", "আবেদন নম্বর কত"): the document or the case
# named, then its number; answered with the numbers of one's own cases, never another's.
NAMED = (r"\b(?:certificate|letter|permit|permission|noc|application|licen[cs]e)s?\b|শংসাপত্র|সার্টিফিকেট|অনুমতিপত্র"
         r"|অনুমতি|আবেদন|চিঠি|লেটার|এনওসি|লাইসেন্স|পারমিট")
NUMBER_OF = rf"(?:{NAMED})[\u0980-\u09ff'’s]*\s*{NUMBER_SAID}"
NUMBER_ASKED = re.compile(NUMBER_OF, re.IGNORECASE)
# The number not known, when it is asked ("নম্বর জানি না", "নম্বর মনে নেই", "number jani na", "I forgot my number"):
# answered as asking what it is. Written as NFC leaves য় and ড় (a letter and its dot), as the desk reads the words.
NUMBER_UNKNOWN = re.compile(
    r"(?:নম্বর|নাম্বার|নং|\bnumber|\bnombor|\bnambar)\S*\s+(?:\S+\s+)?(?:জানি\s*না|জানিনা|মনে\s*নেই|"
    r"হারি(?:\u09df|\u09af\u09bc)ে|খুঁজে\s*পাচ্ছি\s*না|jani\s*na\b|janina\b|mone\s*nei\b|hari?[ey])"
    r"|\b(?:(?:don'?t|do\s+not)\s+know|forgot|lost)\s+(?:\S+\s+){0,2}(?:number|no)\b", re.IGNORECASE)
# A question about one's own case without its number: why, when, where, how much ("কেন বাতিল হল?", "ফি কত?", "keno
# hoyni"), answered with one's own cases to tap, each with its status, reason and fee; not "how" to apply.
# Only a question about a case is one: its state or what became of it (got, rejected, hoyni, পাব, মেয়াদ), how long it
# takes, its office, or the case named; "how much is a room", "when is the bus", "বাসের ভাড়া কত?" are no question
# of one's case, and are not answered with one's cases. য় as NFC leaves it (a letter and its dot).
ASKED_WHAT = (r"\b(?:why|when|where|how\s+much|how\s+long|keno|kano|kobe|kothay|koto)\b"
              r"|কেন|কবে|কোথা|(?<![\u0980-\u09ff])কত")
ABOUT_CASE = (r"\b(?:get|got|receive[ds]?|come|came|ready|approv\w*|reject\w*|cancel\w*|refus\w*|done|issued?|pending"
              r"|late|delay\w*|take|taking|valid\w*|expir\w*|status|happen\w*|fee|pay|paid|office|sign\w*|days?"
              r"|pab[oe]?|pa(?:w|o)a|pelam|ho(?:y|i)(?:ni|nai|e|ese|eche)?|hobe|hol[oe]?|hoise|asbe|esech?e|batil"
              r"|baatil|nam[ao]?njur|me[yi]a+d|deri|din|obos?th?a|jama|joma)\b"
              r"|পাব|পেলাম|হবে|হ(?:\u09df|\u09af\u09bc)নি|হ(?:\u09df|\u09af\u09bc)েছে|হল|হলো|আসবে|এসেছে|বাতিল"
              r"|নামঞ্জুর|মে(?:\u09df|\u09af\u09bc)াদ|দেরি|দিন|অবস্থা|অফিস|জমা|মঞ্জুর|অনুমোদন"
              rf"|{CASES}")
# ... and what became of a case named, without "my" ("dokaner licence er ki holo", "noc ta ki holo", "আবেদনের কী হল",
# "what happened to the licence", "any update on the application"): one's own asked after too
# ... or said late ("noc dite deri korche", "permit dite deri hocche keno"), here and with one's own (``own_asked``)
LATE = r"\b(?:deri|delay\w*)\b|দেরি"
NEWS = (r"\b(?:ki\s*hol(?:o|e|lo)?|ki\s*khob[oa]r|khob[oa]r\s+ki|what\s+happened|any\s+(?:news|updates?))\b"
        rf"|(?:কী|কি)\s*(?:হল|হলো|খবর)|খবর\s*(?:কী|কি)|{LATE}")
QUESTION = re.compile(rf"^(?:(?=.*(?:{ASKED_WHAT}))(?=.*(?:{ABOUT_CASE}))|(?=.*(?:{CASES}))(?=.*(?:{NEWS})))",
                      re.IGNORECASE | re.DOTALL)
# How to apply for the first time ("how do I apply", "I want to apply", "কীভাবে আবেদন করব", "apply korbo kivabe"):
# where an application is made, never in this chat; not how to see one ("কীভাবে আবেদনের অবস্থা দেখব"), so the
# Bengali and Latin-lettered words need the verb "to do" (করব, korbo) with the application, or how at the end
# ("apply kivabe", "online apply kivabe"); or applying online asked ("can I apply online").
HOW = r"(?:কী|কি)\s*(?:ভাবে|করে)|কেমন\s*করে"
HOW_LATIN = r"ki\s*(?:bh|v)abe|kemne|ki\s+kore"
APPLY = re.compile(
    r"\bhow\s+(?:do|can|to|should|shall|would|will)\s+(?:i\s+|we\s+|one\s+)?(?:\S+\s+)?appl(?:y|ying)\b"
    r"|\b(?:want|wish|like|need)\s+to\s+apply\b|\b(?:make|submit|file)\s+an?\s+(?:new\s+)?application\b|\bapply\s+online\b"
    rf"|\b(?:{HOW_LATIN})\s+(?:\S+\s+)?(?:apply|a+bed[ao]n)\s+kor"
    rf"|\b(?:apply|a+bed[ao]n)\s+(?:(?:{HOW_LATIN})(?:\s+kor|$)|kor\w*\s+(?:{HOW_LATIN}|c+h?ai)\b)"
    rf"|(?:{HOW})\s*(?:\S+\s+)?(?:আবেদন|অ্যাপ্লাই|এপ্লাই)\s*কর"
    rf"|(?:আবেদন|অ্যাপ্লাই|এপ্লাই)\s*(?:(?:{HOW})\s*কর|কর\S*\s*(?:{HOW}|চাই))", re.IGNORECASE)
# ... and in Hindi, the service named beside it ("trade license kaise banaye", "apply kaise kare", "naksha pass kaise
# karaye", "ट्रेड लाइसेंस कैसे बनवाएं", "अनुमति कैसे मिलेगी"): how one gets it or applies
APPLY_HINDI = (r"\b(?:kaise|kese)\s+(?:\S+\s+)?(?:apply|aa?v[ae]dan|ban(?:a|wa)|mil(?:e|t)|kar(?:a|wa)|nikal)\w*"
               r"|\b(?:apply|aa?v[ae]dan)\s+(?:kaise|kese|kaha|kahan)\b"
               r"|(?:कैसे|कहाँ|कहां)\s*(?:\S+\s*)?(?:बन(?:ा|वा)|मिल(?:े|त)|कर(?:ा|वा)|अप्लाई|आवेदन|निकल)"
               r"|(?:अप्लाई|आवेदन)\s*(?:कैसे|कहाँ|कहां)")
_APPLY_HINDI = re.compile(unicodedata.normalize("NFKC", APPLY_HINDI), re.IGNORECASE)


def apply_asked(text: str) -> bool:
    """How to apply asked in a casework chat, where the service is the chat's own: ``APPLY``, or Hindi's
    (``APPLY_HINDI``, read as the main menu reads it) where no document is named ("certificate kaise milega" is the
    document's own answer)."""
    return APPLY.search(text) is not None or (
        _APPLY_HINDI.search(plain(text)) is not None and DOWNLOAD.search(text) is None)

# What neither building permission nor the trade NOC issues, named where one asks how to apply ("how do I apply for
# pension?", "রেশন কার্ডের জন্য কীভাবে আবেদন করব"): no application of theirs, so neither offers its way to apply.
# a birth, death, caste or income certificate, in Latin letters or Bengali
_CERTIFICATE = (r"\b(?:birth|death|caste|income|jonmo|mrittu|mirtu)\s+(?:certificate|sertificate|praman|sonod)"
                r"|(?:জন্ম|মৃত্যু|জাতি|আয়)\S*\s*(?:সার্টিফিকেট|শংসাপত্র|প্রমাণপত্র|সনদ)")
# Lakshmir Bhandar as it is spelt: lakshmir, lokkhi, laxmi, lokhir, lakhi; bhandar, vandar, bhander; লক্ষ্মীর, লক্ষী
LAKSHMIR = r"l[ao][kx]\w*\s*[bv]h?and[ae]r"
LAKSHMIR_BENGALI = r"লক্ষ\S*\s*ভা[ণন]্ড"
OTHER_SCHEME = (
    r"\b(?:pension|bhata\b|ration\b|job\s*card|awas\b|aadha?ar\b|voter\b|passport|scholarship|loans?\b|kanyashree\b"
    rf"|lakshmir\b|{LAKSHMIR}|(?:mg)?nrega\b|100\s*din\S*\s+(?:er\s+)?kaj|100\s+days?\s+(?:of\s+)?work)"
    r"|(?:১০০|একশো)\s*দিনের\s*কাজ"
    rf"|পেনশন|ভাতা|রেশন|জব\s*কার্ড|আবাস|আধার|ভোটার|পাসপোর্ট|বৃত্তি|ঋণ|লোন|কন্যাশ্রী|লক্ষ্মীর|{LAKSHMIR_BENGALI}"
    rf"|{_CERTIFICATE}")
NOT_OTHER_SCHEME = rf"(?!.*(?:{OTHER_SCHEME}))"
# An employee's leave ("leave application", "chutir abedon"): the office's (payroll says so), never an application here
NOT_LEAVE = r"(?!.*(?:\bleaves?\b|\bchh?uti|ছুটি))"
# How one gets or applies for something ("how to get", "how do I apply", "kivabe pabo", "kothay korbo", "কীভাবে পাব",
# "কোথায় আবেদন করব"): with another scheme named, asked of a scheme this number takes no application for (the gateway's)
GETTING = (r"\bhow\s+(?:do|can|to|should|shall|would|will)\b|\bwhere\s+(?:do|can|to|should|shall)\b"
           rf"|\b(?:{HOW_LATIN}|kothay|kothai|kotha\s+theke)\b|(?:{HOW})|কোথায়|কোথা\s*থেকে"
           r"|\b(?:apply|a+bed[ao]n)\b|আবেদন|অ্যাপ্লাই"
           # and what is to be done for it ("pension er jonno ki korte hobe", "ভাতার জন্য কী করতে হবে")
           r"|\bki\s+korte\s+hobe\b|\bwhat\s+(?:should|do|must)\s+(?:i|we)\s+do\b|(?:কী|কি)\s*করতে\s*হবে")
# ... or wanted ("birth certificate chai", "I need a ration card", "জন্ম সার্টিফিকেট দরকার", "job card lagbe"), said as
# villagers say it ("lagbe", "chai", "dorkar", লাগবে, চাই, দরকার; Hindi's "chahiye")
WANTED = (r"\b(?:lag(?:b|ob)e|chai|chaai|dorkar|darkar|chahiye|chahie)\b|(?:লাগবে|চাই|দরকার)(?![\u0980-\u09ff])"
          r"|चाहि(?:ए|ये)")
# ... or its paper named alone, in a few words ("death certificate", "ration card", "জন্ম সার্টিফিকেট", "the job card
# please"): a paper is wanted; a scheme's name alone ("pension") may as well be a complaint about it, and stays unread
# (``OTHER_SCHEME_ASKED``, below)
OTHER_PAPER = (rf"{_CERTIFICATE}|\b(?:ration|job|voter|aadha?ar)\s*card|\bpassport"
               r"|(?:রেশন|জব|ভোটার|আধার)\s*কার্ড")
# ... and a pension or an allowance named by whom it is for ("widow pension", "বার্ধক্য ভাতা"), as a paper is: wanted
NAMED_ALLOWANCE = (r"\b(?:widows?|old\s*age|bidh[ao]ba|bardh?[ao]k+y?[ao]|disability|pro?tibondhi)"
                   r"\s+(?:pension|bhata)\b|(?:বিধবা|বার্ধক্য|প্রতিবন্ধী)\S*\s*(?:ভাতা|পেনশন)")

# An application named, and one's own ("my application", "আমার আবেদন", "amar abedon"), with nothing to tell whether a
# building permission's or a trade NOC's: both services announce them, so the main menu asks which is meant.
APPLICATION = r"(?:\bapplications?\b|আবেদন|\ba+bed[ao]n)"
MY_APPLICATION = r"(?:\b(?:my|amar)\s+applications?\b|আমার\s*আবেদন|\bamar\s+a+bed[ao]n)"
# What became of an application asked with no service named ("keno reject holo", "reject holo", "বাতিল হল কেন",
# "my application rejected", "approve hoyeche?", "still pending"): short words (eight at most) of a decision, a
# building permission's or a trade NOC's alike, so both announce them and the main menu asks which. Not of what
# another service holds (a complaint, a booking, one's pay) nor of a bribe (a complaint's); বাতিল and "batil"
# (cancelled) only as done ("batil holo", "বাতিল করে দিয়েছে"), never a cancelling asked for ("বুকিং বাতিল করতে চাই").
DECIDED = (r"\b(?:reject\w*|approv\w*|pending|refused|sanction(?:ed)?|nam[ao]?n?jur)\b|নামঞ্জুর|মঞ্জুর|অনুমোদন|খারিজ"
           r"|(?:বাতিল|\bba+til)\s*(?:হ|ho\w*|kore\s+di|করে\s*দি)")
NOT_ELSEWHERE = (r"(?!.*(?:\bcomplain\w*|\b[oa]b?h?ijog|\bovijog|\bnalish|\bgrv|অভিযোগ|নালিশ|\bbookings?\b"
                 r"|\brooms?\b|বুকিং|রুম|\bs[ae]l+[ae]?r\w*|\bslips?\b|\bbeton\w*|\bpayroll|বেতন|স্লিপ|স্যালারি"
                 r"|\bbribe|\bg?hush\b|ঘুষ))")
DECIDED_ASKED = rf"^(?!(?:\S+\s+){{8}}\S){NOT_ELSEWHERE}(?=.*(?:{DECIDED}))"
# Applying said done ("ami apply korechi", "I already applied for building permission", "আবেদন করেছি", "application
# jama diyechi"): one's own applications asked after, as "my application" is, in short words (eight at most) of
# nothing another service holds, no other scheme's nor a job's; each service reads them unless the other's paper is
# named, so with neither named the main menu asks which
_APPLIED = (r"\b(?:i|we)\s+(?:have\s+|had\s+)?(?:already\s+)?(?:applied|submitted\s+(?:an?|my|the)\s+application)\b"
            r"|\b(?:apply|a+bed[ao]n|application)\s+(?:j[ao]ma\s+)?"
            r"(?:kor(?:e)?c?hi(?:lam)?|korlam|di(?:ye)?c?hi(?:lam)?|dilam)\b"
            r"|(?:আবেদন|অ্যাপ্লাই|এপ্লাই)\s*(?:জমা\s*)?(?:করেছি|করেছিলাম|করলাম|দিয়েছি|দিয়েছিলাম|দিলাম)")
APPLIED = (rf"^(?!(?:\S+\s+){{8}}\S){NOT_ELSEWHERE}{NOT_OTHER_SCHEME}"
           r"(?!.*(?:\bjobs?\b(?!\s*card)|\bcha?k(?:ri|uri)\b|চাকরি|\bvacanc|\brecruit))"
           rf"(?=.*(?:{_APPLIED}))")
APPLIED_SAID = re.compile(APPLIED, re.IGNORECASE | re.DOTALL)  # in the chat: one's own, as at the main menu
# One's own case asked after at the main menu, its paper named (``paper``: a permit's, a licence's words): "my" within
# two words before it (``OWN``: "my permit", "amar licence", "mera license"), its status or news asked ("permit status",
# "licence er ki holo", "noc kya hua"), when it comes ("permit kobe pabo", "licence kab milega", "when will I get my
# permit"), not received yet ("licence ekhono pai ni") or late: one's own cases, where each stands. Short (eight words
# at most), none of another service's words; not a paper said to be lacking ("amar licence nei": how to apply) or lost
# (a driving licence as like as not), or done without ("amar permission chara bari banacche": a complaint's), nor a
# trek's, a forest's or a driving licence.
OWN = r"(?:\b(?:my|amar|mer[aie])\b|আমার|मेर[ाीे])"
_ASKED_AFTER = (r"\b(?:status|obos?th?a|update|progress|khob[oa]r|ki\s*hol(?:o|e|lo)?|kya\s+hua)\b"
                r"|অবস্থা|আপডেট|খবর|(?:কী|কি)\s*(?:হল|হলো)|क्या\s*हुआ|स्थिति"
                rf"|{WHEN.pattern}"  # when it comes, as the chat reads it
                r"|\bpai\s*n[ie]\b|\bpai\s+nai\b|পাইনি|পাই\s*নি|\bnot\s+(?:yet\s+)?(?:received|got)\b|\bnahi\s+mil"
                rf"|नहीं\s*मिल|{LATE}|देर")  # or said late
_LACKED = (r"(?<!\bpai\s)\b(?:nei|nai)\b|\b(?:chara|without|bina|don'?t\s+have|trek\w*|forest|entry|jungle|safari"
           r"|driving|h[ae]ri?y?e|lost)\b|নেই|নাই|ছা(?:\u09dc|\u09a1\u09bc)া|বিনা|হারি|बिना|ड्राइविंग|ড্রাইভিং")


def own_asked(paper: str) -> str:
    """The pattern of one's own case asked after at the main menu, ``paper`` named (above)."""
    return (rf"^(?!(?:\S+\s+){{8}}\S){NOT_ELSEWHERE}(?!.*(?:{_LACKED}))"
            rf"(?:.*?{OWN}\s*(?:\S+\s+){{0,2}}?(?:{paper})|(?=.*(?:{paper})).*(?:{_ASKED_AFTER}))")


OWN_ASKED = re.compile(own_asked(CASES), re.IGNORECASE | re.DOTALL)  # in the chat: any of one's cases named


# A change of a case's details asked for ("change the name on my trade licence", "amar licence e naam bhul, thik korte
# chai", "ঠিকানা ভুল, সংশোধন করতে চাই"): a change and a detail named; made only at the office (``Desk``'s ``amend``)
_CHANGED = (r"\b(?:change|correct(?:ion)?|update|modify|amend\w*|edit|wrong|mistake|misspelt|bodl\w*|bodol\w*|bhul|vul"
            r"|thik\s+kor\w*|sanshodhan\w*|shongshodhon\w*)\b|বদল|পরিবর্তন|সংশোধন|ঠিক\s*কর|ভুল")
_DETAIL = (r"\b(?:name|address|premises|details?|spelling|owner'?s?|category|plot|holding|naam|nam|thikana)\b"
           r"|(?<![\u0980-\u09ff])(?:নাম(?:ে|টা|টি|ের)?|ঠিকানা\S{0,2}|তথ্য\S{0,2}|বানান)(?![\u0980-\u09ff])")
AMEND = rf"(?=.*(?:{_CHANGED}))(?=.*(?:{_DETAIL}))"
# ... or a mistake said to be in the paper itself, no detail named ("certificate e bhul ache", "অনুমতিপত্রে ভুল আছে",
# "noc te bhul ache"): the same (the paper named where these are read: the menu's phrases name their service's)
MISTAKE = (r"(?=.*(?:\b(?:bhul|vul)\b(?!\s+kore)|(?<!\bby\s)\bmistakes?\b|\b(?:wrong|errors?|galat)\b"
           r"|ভুল(?!\s*কর)|गलत))")  # never "bhul kore", by mistake
_PAPER = (r"(?=.*(?:\b(?:certificates?|letters?|licen[cs]es?|t?nocs?|permi(?:t|ssion)s?)\b|শংসাপত্র|সার্টিফিকেট"
          r"|অনুমতিপত্র|চিঠি|লাইসেন্স|এনওসি))")
AMEND_ASKED = re.compile(rf"^(?:{AMEND}|{_PAPER}{MISTAKE})", re.IGNORECASE | re.DOTALL)  # its look-aheads read once
# ... or a change asked of such a paper ("birth certificate e naam bhul", "ration card er thikana bodlate chai"), or a
# mistake said in it ("my marriage certificate has a mistake", "income certificate e bhul ache"): made there too, never
# a trade NOC's details
# ... and the state's other schemes applied for at the panchayat, the block or a Duare Sarkar camp, asked how or wanted
# ("swasthya sathi card chai", "krishak bandhu kivabe pabo", "স্বাস্থ্য সাথী কার্ড কীভাবে করব", "rupashree er jonno ki
# korte hobe"), or the Swasthya Sathi card named alone: not among the services' own words above (their phrases have
# no room), read by the gateway alone
# ... and the certificates the panchayat or the block issues that no service here does, named: a residence, character,
# caste (SC, ST, OBC), legal heir, family, income or marriage certificate ("residential certificate lagbe", "SC
# certificate kivabe pabo", "বাসস্থানের শংসাপত্র চাই"), besides the birth and death ones of ``_CERTIFICATE``, which the
# services' phrases leave out and have no room for more: read by the gateway before them, as the state's schemes are (a
# birth certificate not given, "birth certificate dicche na", is a complaint's; one of these is told where they are got,
# a complaint one tap away)
OTHER_CERTIFICATE = (r"\b(?:residen(?:ce|tial)|domicile|basosthan|character|charitr\w*|caste|jati|sc|st|obc"
                     r"|(?:legal\s+)?heirs?(?:hip)?|warish|succession|family|income|marriage|bibah[ao]?|bi[yj]e|vivah)"
                     r"(?:\s+er|r)?\s+"
                     r"(?:[cs]ertificate|praman|sonod)"
                     r"|(?:বাসস্থান|নিবাস|চরিত্র|জাতি|এসসি|এসটি|ওবিসি|ওয়ারিশ|উত্তরাধিকার|পারিবারিক|আয়|বিবাহ"
                     r"|বি(?:\u09df|\u09af\u09bc)ে)\S*"
                     r"\s*(?:সার্টিফিকেট|শংসাপত্র|প্রমাণপত্র|সনদ)")
_STATE_CARD = r"\bswasth?ya\s*sa+thi|স্বাস্থ্য\s*সাথী"
STATE_SCHEME = (rf"{_STATE_CARD}|\bkrishak\s*bandhu|কৃষক\s*বন্ধু|\bpm\s*kisan\b|\bsabooj\s*sathi|সবুজ\s*সাথী"
                r"|\brupa?shree|রূপশ্রী|\baikyashree|ঐক্যশ্রী|\bshikshashree|শিক্ষাশ্রী"
                r"|\btaruner\s+swapna|তরুণের\s*স্বপ্ন")
# ... or when it comes, or what became of it ("pension kobe pabo", "ভাতা কবে আসবে", "ration card er ki holo", "when will
# I get my pension"): asked at the offices too (its delay a complaint)
_WHEN_GOT = (r"\b(?:kobe|kokhon|when|kab|status)\b|কবে|কখন|कब|\bki\s+hol[oe]?\b|(?:কী|কি)\s*হল|\bwhat\s+happened\b"
             r"|\bkya\s+hua\b|क्या\s*हुआ")
_OTHER_NAMED = rf"^(?=.*(?:{OTHER_SCHEME}|{STATE_SCHEME}|{OTHER_CERTIFICATE}))"  # a scheme or paper no service here has
OTHER_SCHEME_ASKED = re.compile(rf"{_OTHER_NAMED}(?:(?=.*(?:{GETTING}"
                                rf"|\b(?:want|need)\b|{WANTED}|{_WHEN_GOT}))"
                                rf"|(?=.*(?:{OTHER_PAPER}|{OTHER_CERTIFICATE}|{NAMED_ALLOWANCE}|{_STATE_CARD}))"
                                rf"(?:(?:\S+(?:\s+|$)){{1,4}}$|{AMEND}|{MISTAKE}))", re.IGNORECASE)
# ... and so asked inside a building-permission or trade-NOC chat: how it is had or applied for, or a mistake in it
# ("how do I apply for pension?", "ration card kivabe pabo", "ration card e bhul ache", "my birth certificate has a
# mistake"); never a paper given with an application, said needed or to be submitted ("aadhaar card lagbe?", "aadhaar
# kothay jama debo": the application's documents, the chat's own)
OTHER_IN_CHAT = re.compile(rf"{_OTHER_NAMED}"
                           r"(?!.*(?:\bj[ao]ma\b|জমা|\bsubmit|\bupload|\bcopy\b|কপি|\blag(?:b|ob)e\b|লাগবে|\bneed))"
                           rf"(?:(?=.*(?:{GETTING}))|{AMEND}|{MISTAKE})", re.IGNORECASE)
# Whether one's building plan is passed ("amar barir naksha pass hoyeche?", "আমার বাড়ির নকশা পাস হয়েছে?", "is my
# building plan approved?", Hindi's "नक्शा पास हुआ क्या"), or said submitted ("barir plan jama diyechi", "বাড়ির প্ল্যান
# জমা দিয়েছি", "I submitted my house plan"; not what is to be submitted, "plan er sathe ki jama dite hobe"): a building
# permission's decision, asked after as one's own applications
_SUBMITTED = (r"\bj[ao]ma\s+(?:di(?:ye)?c?h?i(?:lam)?|dilam|kor(?:e)?c?hi(?:lam)?|korlam|hoy(?:e)?c?he)\b"
              r"|জমা\s*(?:দিয়েছি|দিলাম|দিয়েছিলাম|করেছি|করলাম|হয়েছে)"
              r"|\bsubmit(?:ted)?\s+(?:kor(?:e)?c?hi|korlam|করেছি)"
              r"|\b(?:i|we)\s+(?:have\s+)?submitted\b")
PLAN = r"(?=.*(?:নকশা|\bn[ao]k(?:h?sh?|s)a\b|\bplan\b|\bmap\b|ম্যাপ|প্ল্যান|नक्श))"
PLAN_PASSED = (rf"{PLAN}"
               rf"(?=.*(?:\bpass(?:ed)?\b|পাস|পাশ(?!\u09c7)|\bapprov\w*|\bsanction\w*|মঞ্জুর|অনুমোদন|मंज"
               # Hindi's पास with what it asks or wants ("पास हुआ", "पास कैसे", "पास करवाना"): नक्शा पास alone names
               # the service, its menu
               r"|पास\s*(?:हुआ|हो|कर|कैसे|कब)"
               rf"|{_SUBMITTED}))")
# ... or its decision or news asked after ("amar plan reject keno holo", "plan er status ki", "প্ল্যানের কী হল"):
# one's building permission applications
PLAN_NEWS = (r"(?=.*(?:\breject\w*|\brefused\b|\bpending\b|\bba+til\w*|বাতিল|খারিজ|\bki\s+h[oa]l[oa]?\b|(?:কী|কি)\s*হল"
             r"|\bstatus\b|অবস্থা|\bkya\s+hua\b|क्या\s*हुआ))")
# a plan to be submitted, wished for or asked where or how ("plan jama korte chai", "প্ল্যান জমা দিতে চাই", "naksha
# kothay jama debo", "I want to submit my house plan"; not what is to be submitted with it, "plan er sathe ki jama
# dite hobe")
_TO_SUBMIT = (r"\bj[ao]ma\s+(?:dite|korte)\s+chai\b|জমা\s*(?:দিতে|করতে)\s*চাই"
              r"|\b(?:kothay|kothai|kivabe|kibhabe|kibabe)\s+j[ao]ma\b|(?:কোথায়|কীভাবে|কিভাবে)\s*জমা"
              r"|\b(?:want|wish|like|need)\s+to\s+submit\b"
              r"|\b(?:how|where)\s+(?:do|can|to|should|shall)\s+(?:i\s+|we\s+)?submit\b")
# ... or to be passed, wished for or asked how ("amar barir plan pass korte chai", "নকশা পাস করাতে চাই", "naksha pass
# korabo kivabe", "how do I get my building plan approved"), or to be submitted: how to apply, not one's applications
PLAN_WISHED = (rf"(?:{PLAN_PASSED}(?=.*(?:\bkor(?:a|ate|abo|iye|te\s+(?:chai|hobe))\b|করা(?:তে|ব)|করিয়ে"
               rf"|করতে\s*(?:চাই|হবে)|\bhow\s+(?:do|can|to|should|shall)\b|\bwant|\b(?:{HOW_LATIN})\b|{HOW}"
               # and Hindi's how and having it done ("naksha pass kaise karaye", "नक्शा पास करवाना है")
               r"|\b(?:kaise|kese)\b|\bkar(?:a|wa)(?:na|ne|ye|yen|e|en)\b|कैसे|कर(?:ा|वा)))"
               rf"|{PLAN}(?=.*(?:{_TO_SUBMIT})))")
# The fee by its name ("fee", "fi", ফি, Hindi's फीस; not ফিরে, to return), which the fee asked after widens
# (``fee.NAMED``)
FEE_WORD = r"\bfees?\b|\bfi\b|(?<![\u0980-\u09ff])ফি(?![\u0980-\u09ff])|फीस"
# The fee named with neither service ("where do I pay the fee?", "fee diye diyechi", "ফি কোথায় জমা দেব"): a building
# permission's or a trade NOC's alike, so both announce it and the main menu asks which, the words read there as typed
# at its menu (``Desk``'s ``fee``). Not another scheme's, a school's, a hospital's or a journey's fee, nor what another
# service holds (a complaint of a fee asked for, a room, one's pay).
FEE_UNNAMED = (rf"^{NOT_OTHER_SCHEME}{NOT_ELSEWHERE}"
               r"(?!.*(?:\bschools?\b|\bcollege|\btuition|\bexams?\b|\badmission|\bhospital|\bdoctor|\bbus\b|\btrain"
               r"|\bcourt\b|স্কুল|কলেজ|টিউশন|পরীক্ষা|ভর্তি|হাসপাতাল|ডাক্তার))"
               rf"(?=.*(?:{FEE_WORD}))")
ASKING = re.compile(r"\b(status|track|check|application|noc|a+bed[ao]n\w*|[oa]bos(?:t|th)a)\b|অবস্থা|স্ট্যাটাস|আবেদন",
                    re.IGNORECASE)
# A message telling something, not asking: a sentence of six words or more, or of four about oneself or an official
# ("amar ghor e jol dhukche", "the officer asked me for a bribe"), not put as a question. What the chat reads none of
# in it is for a panchayat official, if for anyone: it is pointed to Complaints, where one reads it, not dropped.
TELLER = re.compile(r"\b(?:i|me|my|we|us|our|ami|amar|amake|amra|amader|officers?|officials?|pradhan|bribe|g?hush)\b"
                    r"|আমি|আমার|আমাকে|আমরা|আমাদের|অফিসার|আধিকারিক|প্রধান|ঘুষ", re.IGNORECASE)
TOLD_WORDS, TOLD_ABOUT_WORDS = 6, 4


def told(text: str) -> bool:
    """Whether ``text`` tells something, as a message for an official would (``TELLER``, ``ASKED_FORM``)."""
    count = len(text.split())
    return not ASKED_FORM.search(text) and (count >= TOLD_WORDS or count >= TOLD_ABOUT_WORDS
                                            and TELLER.search(text) is not None)


# A guest-house booking's number (tourism's), among words here: its View there; the words of a booking are no
# casework word, so this finds its number only.
BOOKING = re.compile(r"(?P<number>\bPT[\s\-/]*\d{4}[\s\-/]*\d{1,6}\b)", re.IGNORECASE)
COMPLAINT = re.compile(r"(?P<number>\bGRV[-\s]?\d{4}[-\s]?\d{1,6}\b)|\bcomplain(?:t|ts|ed|ing)?\b|অভিযোগ|নালিশ",
                       re.IGNORECASE)
# What was sent instead of typed words, by the text that names it: a photo of the receipt holds the number, but
# no one here reads it off the photo.
SENT = {"image": "sent_photo", "document": "sent_file", "video": "sent_file", "audio": "sent_voice",
        "voice": "sent_voice", "sticker": "sent_sticker"}


def file_sent(visit: Visit) -> bool:
    """Whether a photo, file, video or voice note was sent: what a holder asked for a document sends, and what
    this chat passes to no one."""
    media = visit.inbound.media
    return visit.inbound.kind == "media" and media is not None and media.kind != "sticker"


def sent_instead(visit: Visit) -> str | None:
    """The text naming a photo, file, voice note, sticker or place sent here, its caption whatever it says; None
    for typed words and a contact card, which is no answer to any step."""
    inbound = visit.inbound
    if inbound.kind == "location":
        return "sent_location"
    if inbound.kind == "media" and inbound.media is not None:
        return SENT["image"] if inbound.media.photo else SENT.get(inbound.media.kind, "sent_file")
    return "sent_other" if inbound.kind == "unsupported" else None
