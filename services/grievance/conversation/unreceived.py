"""A benefit or a service of the panchayat's not received, late, stopped or refused, as villagers first type it ("I
have not received my pension", "100 days work money not paid", "তিন মাস ভাতা পাইনি", "job card er taka pai ni",
"birth certificate dicche na"): the patterns of the complaints' menu phrases (``services.grievance.service.MENU``)
that begin a complaint with the words, its subject read from them (pension, job card, housing scheme, a birth or death
certificate), as a problem said (``shared.problems``) does; read too where a complaint being put together asks for a
choice (``fresh``).

Each is a guard over the whole message, then the thing and what is wrong with it a few words apart ("why is my
pension not coming?" is a complaint too). Not taken: a question of how to get it ("how do I apply for pension?",
"pension kivabe pabo?"), a condition ("if I do not get my pension"), it received again ("... now I am getting
it"), no complaint wanted ("complain korbo na", "no problem"), a booking's refund (tourism's), and a panchayat
employee's own salary or pay slip (payroll's: "beton pai ni").
"""
from __future__ import annotations

import re
import unicodedata

from shared.casework.said import LAKSHMIR, LAKSHMIR_BENGALI
from shared.india import plain

# whose words these are not: payroll's salary and slip ("salary", "beton", "বেতন", "মাইনে"), tourism's refund and stay
_THEIRS = (r"\bs[ae]l+[ae]?r(?:y|i|ee|ie)|\bpay\s*-?\s*slip|\bpayroll|\bbeton|\bma[iy]ne|বেতন|মাইনে|স্যালারি|স্লিপ"
           r"|\brefund|\bfe?r[oa]t\b|ফেরত|পর্যটন|\bporjoton|\bguest\s*house|\bbooking|বুকিং")
# how to get it, or if ("how do I apply for pension?", "pension kivabe pabo?", "ভাতা কীভাবে পাব", "jodi na pai")
_ASKED = (r"\bhow\b|\bif\b|\bk[ie]\s*(?:bh|v)abe|\bkemne\b|\bkemon\s*kore|ক[িী]\s*ভাবে|কেমন\s*করে|\bjodi\b"
          r"|যদি(?!ও)")
# no complaint wanted ("complain korbo na", "অভিযোগ করব না", "no problem", "not any problem", "kono somossa nei")
_NONE = (r"(?:korbo|korte|chai|চাই|করব\S*)\s*(?:na|না)(?!\S)|\b(?:no|any)\s+(?:\S+\s+)?(?:problem|issue|complaint)"
         r"|\b(?:s[ao]m[ao]s+h?y?a|problem)\s+n[ae]h?i\b|(?:সমস্যা|অসুবিধা)\s*ন[াে]ই")
# received again, now ("but now I am getting it", "ekhon abar pacchi", "এখন পাচ্ছি"), with no "not" in between
_NOW = (r"(?:\b(?:now|finally|ekhon|akhon)|এখন)(?!\S)(?:\s+(?!not\b|never\b|\S*n['’]?t\b)\S+){0,3}?\s+(?:(?:received"
        r"|got|getting|coming|came|credited|resumed|restarted|paid|peyechi|peye\w*|es[h]?e(?:c?h+e)?|dhuk[e]?c?h+e"
        r"|pac+h+i|as(?:h)?c+h+e)\b|পেয়ে\S*|এসে\S*|ঢুকে\S*|পাচ্ছি|আসছে)(?!\s*(?:n[aio]i?|not|না|নি)(?!\S))")
GUARD = rf"^(?!.*(?:{_THEIRS}|{_ASKED}|{_NONE}|{_NOW}))"

# the thing in English: a pension or allowance, job card wages (100 days' work), the housing scheme, a birth or death
# certificate
_THING_EN = (rf"\b(?:pension|allowance|{LAKSHMIR}|job\s*card|(?:100|hundred)\s+days?"
             r"|mgnregs?a?|nrega|awaa?s|pmay|housing\s+scheme|(?:birth|death)\s+certificate)")
_NOT_EN = r"(?:\b(?:not|never|yet\s+to)|\b(?:is|was|are|were|do|does|did|has|have|had|ca|wo)n['’]?t)"
_GOT_EN = (r"(?:receiv\w*|gets?|getting|got(?:ten)?|paid|pay|giv(?:e|en|ing)|gave|credited|released|sanctioned"
           r"|issued|provided|come|coming|came|delivered|disbursed|transferred|reached|arrived|started|made|done)\b")
_NOT_GOT = rf"{_NOT_EN}\s+(?:(?:been|yet|even|ever|being)\s+)?{_GOT_EN}"
# not got before the thing: "I have not received my pension", "they are not giving my birth certificate", "they
# stopped my pension"
BEFORE_EN = (rf"{GUARD}.*?(?:{_NOT_GOT}|\b(?:stopped|denied|denying|refus\w*\s+to\s+\w+|withh[eo]ld\w*"
             rf"|delay(?:ed|ing)))(?:\s+\S+){{0,5}}?\s+{_THING_EN}")
# and after it: "my old age pension has stopped", "100 days work money not paid", "my awas yojana installment has
# not come"
AFTER_EN = (rf"{GUARD}.*?{_THING_EN}\S*(?:\s+\S+){{0,6}}?\s+(?:{_NOT_GOT}|(?:not\s+yet|stopped|delayed|pending"
            r"|stuck|withheld|held\s+up|cancell?ed|discontinued|blocked|rejected|unpaid|overdue"
            r"|(?:is|was|are|been|comes?|coming|very|always|too)\s+late)\b)")

# the thing in Bengali words typed in Latin letters, and in Bengali script
_THING_LATIN = (rf"\b(?:pens?h?i?on|(?:bh|v)at+a|allowance|{LAKSHMIR}"
                r"|bardhok+o|bidh[ao]ba|joy\s+bangla|job\s*[ck]a?rd|(?:100|eksh?o)\s*din|mgnregs?a?|nrega|narega"
                r"|manrega|m[ao]juri|karm[ao]sh?ree|awaa?s|abas|pmay|(?:barir|ghorer)\s+taka"
                r"|(?:birth|death|jonm[oa]|janm[oa]|mri?t+[yi]?u)(?:\s*(?:er|r))?\s+(?:certificate|sonsapatra"
                r"|s[oa]ng?sh?ap[oa]tr[oa]|sanad|sonod))")
_THING_BENGALI = (rf"(?:পেনশন|পেনসন|ভাতা|{LAKSHMIR_BENGALI}|বার্ধক্য|বিধবা|জয়\s*বাংলা|জব\s*কার্ড|জবকার্ড"
                  r"|(?:১০০|100|একশো|একশ)\s*দিন|নরেগা|মনরেগা|মজুর[িী]|কর্মশ্রী|আবাস|(?:বাড়ি|ঘর)\S*\s*টাকা"
                  r"|(?:জন্ম|মৃত্যু)\S*\s*(?:সার্টিফিকেট|শংসাপত্র|সনদ))")
# not got, not come, not given, not credited ("pai ni", "pacchi na", "ase ni", "dicche na", "dhoke ni", "hoyni"),
# stopped, stuck, late, cancelled, one's name not on its list or struck off ("list e naam nei", "তালিকায় নাম নেই",
# "naam kete diyeche"); "pani" (water) is no "pai ni"
_WRONG_LATIN = (r"(?:(?:p(?!ani\b)[ae]|a(?:s|sh)|el|esh?|d[ie]|dh[ou]k|h[oa]|m[ei]l)\w*\s*n(?:a|i|ai)"
                r"|pa[ow]a\s+ja\w*\s*n[ai]|b[ao]ndh?o|atk\w*|deri|dery|late\s+h\w*|pending|stuck|bok[ae]y?a"
                r"|(?:batil|cancel|stop)\w*\s+(?:kore\s+)?(?:d[ie]|h[oa])\w*"
                r"|na+m\s+n[ae]i|(?:kete|bad)\s+d[ie]\w*)\b")
_WRONG_BENGALI = (r"(?:(?:পা|পে|আস|এল|এস|দি|দে|ঢু|ঢো|হ|মেল|মিল)\S*?\s*(?:না|নি)|পাওয়া\s*যা\S*\s*না|বন্ধ|আটক\S*"
                  r"|দের[িী]\S*|বকেয়া|(?:বাতিল|স্টপ)\s*(?:করে\s*)?(?:দি|দে|হ)\S*"
                  r"|নাম\s*(?:নেই|নাই)|(?:কেটে|বাদ)\s*(?:দি|দে)\S*)(?!\S)")
# the thing, then up to six words on what is wrong: "pension pacchi na", "ami pension pai ni", "job card er taka pai
# ni", "barir taka ase ni", "birth certificate dicche na"; "তিন মাস ভাতা পাইনি", "জব কার্ডের টাকা পাচ্ছি না", "আবাস যোজনার
# টাকা আসেনি"
LATIN = rf"{GUARD}.*?{_THING_LATIN}\S*(?:\s+\S+){{0,6}}?\s+{_WRONG_LATIN}"
BENGALI = rf"{GUARD}.*?{_THING_BENGALI}\S*(?:\s+\S+){{0,6}}?\s+{_WRONG_BENGALI}"

UNRECEIVED = (BEFORE_EN, AFTER_EN, LATIN, BENGALI)
_UNRECEIVED = tuple(re.compile(unicodedata.normalize("NFKC", pattern), re.IGNORECASE) for pattern in UNRECEIVED)


def told(text: str) -> bool:
    """Whether ``text``, compared as the main menu compares words (``plain``), tells a benefit not received."""
    said = plain(text)
    return any(pattern.search(said) for pattern in _UNRECEIVED)
