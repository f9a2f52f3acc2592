"""A problem said, as villagers first type it, and words most often meaning another office's work: the patterns of
the complaints' menu phrases (``services.grievance.service.MENU``) that begin a complaint with the words, or answer
them first; read too by complaints' own chat (``told``) and by every other service's, to point there
(``shared.elsewhere``).

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
_END = r"(?![^\s,.!?।;:)])"  # a word's end, a stop or a comma after it
# a word setting what follows against what came before ("road is fine now but no water", "রাস্তা ঠিক আছে কিন্তু জল
# নেই") ends a clause as a comma does; looked for at a space only, and the spaces after it taken whole, so that each
# clause is begun once. Each pattern knows the words of its own language and the Latin ones mixed into it ("drain is
# blocked kintu road is fine", "jol nei but rasta thik"): a pattern's length is limited (``PHRASE_MAX``)
_GRANTING_BN, _GRANTING_EN = r"jodi[oy]|যদিও", r"(?:al)?though"
_CONTRAST_BN = rf"but|kint[uo]o?|tobe|কিন্তু|তবে|অথচ|{_GRANTING_BN}"
_CONTRAST_EN = rf"but|kint[uo]o?|however|{_GRANTING_EN}"
# the words of a clause after a word of contrast speaking of the problem's own thing (group ``t``): "now", "it",
# the thing again; "but now it is cleaned", "kintu ekhon jol thik ache", not "but the road is fine"
_SAME_EN = r"now|it|th(?:is|at|ey?)|ha(?:s|ve)|also|again"
_SAME_BN = r"now|it|th(?:is|at|ey?)|ekhon|এখন|ta|abar|আবার"


class _Clauses:
    """The parts of a pattern reading one clause after another, in one language's words of contrast."""

    def __init__(self, contrast: str, granting: str, same: str):
        self.contrast = rf"(?:{contrast})(?!\S)"
        self.but = rf"\s{self.contrast}"
        self.part = rf"(?:[^,.;!?।\s]|(?!{self.but})\s)"  # a letter or space of a clause, a stop or such a word ends
        self.granting = granting
        self.same = rf"(?:\s(?:(?P=t)\S*|(?:{same})(?!\S)))"

    def clauses(self, mended: str) -> str:
        """The first clause, else the next one, and so on; a clause granting that a thing is ``mended`` ("although
        the road is fine the drain is blocked", "যদিও রাস্তা ঠিক আছে নালা বন্ধ") ends at that word, a few words on,
        once."""
        granted = rf"(?>\b(?:{self.granting})(?:\s\S+){{0,6}}?\s{mended}\b)"
        return rf"(?:.*?(?:{_STOP}|{self.but}|{granted})\s*+)??"

    def unsaid(self, mended: str, after: str = "") -> str:
        """A clause's guard, read once from its start: not ``mended`` in it, nor in the clause after a word of
        contrast about its own thing (``after``, when it differs: "the drain was blocked but now it is cleaned" is no
        problem)."""
        if after:
            return rf"(?!{self.part}*(?:{mended}|{_STOP}?{self.but}{self.same}{{0,4}}\s{after}))"
        return rf"(?!{self.part}*(?:{_STOP}?{self.but}{self.same}{{0,4}}\s)?{mended})"


_BN, _EN = _Clauses(_CONTRAST_BN, _GRANTING_BN, _SAME_BN), _Clauses(_CONTRAST_EN, _GRANTING_EN, _SAME_EN)

# a complaint refused ("... korbo na"), or words saying there is no problem ("amar kono somossa nei", "no problem")
_NONE = (r"(?:korbo|korte|chai|চাই|করব\S*)\s*(?:na|না)(?!\S)|\b(?:s[ao]m[ao]s+h?y?a|[ao]subidh?a|problem)\s+n[ae]h?i\b"
         r"|\bno\s+problem|(?:সমস্যা|অসুবিধা)\s*ন[াে]ই")
# water, a road, a light, a drain, in Latin letters ("jol", "rasta", "batti", "nala") or Bengali ("জল", "নালা")
_THING = (r"(?:\b(?:j[ao]l|pani|water|ra{1,2}sta|road|batt?i|lights?|alo|nala|drain)|জল|পানি|রাস্তা|বাতি|লাইট"
          r"|আলো|নালা|নর্দমা|ড্রেন)")
# mended ("thik ache", "fine"), not "thik kore din" (mend it) nor "thik moto ashe na" (does not come properly)
_FINE = r"(?:thik|ঠিক|fine|ok|fixed|repaired)\b(?!\s*(?:kor|কর|mo?t|মত|bh?ab|ভাব))"
# a problem word denied: "rasta kharap na", "nala bondho noy", "জল আর বন্ধ নেই" (no longer off)
_DENIED = (r"\b(?:khara[pb]|b[ao]ndh?o|bh[ae]ng\w*|g[ao]rt\w*|খারাপ|বন্ধ|ভ[াে]?ঙ\S*|গর্ত\S*)"
           r"\s+(?:na|n[ae]i|noy|না|ন[াে]ই|নয়)(?!\S)")


def _said_bn(wrong: str, denied: str = _DENIED, mended: str | None = None, thing: str = _THING) -> str:
    """Banglish or Bengali: in a clause, a ``thing`` and, up to six words on, what is ``wrong`` with it, a comma or
    stop after it ("jol nei, kichu korun"); not in a clause saying a thing is mended ("jol ekhon thik ache", "রাস্তা
    ঠিক আছে"; only the problem's own with ``mended="(?P=t)"``), the problem ``denied`` ("rasta kharap na") or that it
    does not matter ("jol nei to ki hoyeche")."""
    mended = thing if mended is None else mended
    return (rf"^(?!.*(?:{_NONE})){_BN.clauses(_FINE)}"
            rf"(?={_BN.part}*?(?P<t>{thing})\S*\s+(?:\S+\s+){{0,6}}?(?:{wrong}){_END})"
            + _BN.unsaid(rf"(?:\bto\s+ki\s+ho|তো\s*ক[িী]\s*হয়|{denied}"
                         rf"|{mended}\S*(?:\s(?!{_BN.contrast})\S+){{0,3}}?\s{_FINE})", _FINE))


# "jol nei", "rasta kharap", "batti jolche na", "nala bondho", "জল নেই", "আলো জ্বলছে না", "রাস্তা ভাঙা", "নালা বন্ধ", up to
# six words between ("jol ekdom nei", "amader gramer rasta ta onek din dhore kharap hoye ache": told at length)
PROBLEM = _said_bn(r"n[ae]i|[ap]\w*\s*na|khara[pb]|bh[ae]ng\w*|j[ou]l\w*\s*na|b[ao]ndh?o?|atk\w*|ন[াে]ই"
                   r"|(?:আস|পা|জ্বল)\S*\s*না|খারাপ|ভ[াে]?ঙ\S*|বন্ধ|আটক\S*")
# the rest of what is said wrong with a thing, another phrase (each is limited to ``PHRASE_MAX``): a pothole ("rastay
# boro gorto", "রাস্তায় বড় গর্ত"), no walking on it ("hata jay na", "হাঁটা যায় না"), water standing ("jol jome ache",
# "জল জমে আছে"), a drain jammed, blocked, overflowing or stinking ("nala jam", "drain block hoye geche", "নালা উপচে
# পড়ছে"); not "kono gorto nei", "nala block nei"
_HOLE = r"g[ao]rt\w*|গর্ত\S*|(?:dur)?gondh\w*|(?:দুর্)?গন্ধ|jam|জ্যাম|block"
PROBLEM_MORE = _said_bn(rf"{_HOLE}|kh?ana\s*kh?ond\w*|খানাখন্দ\S*|(?:h[ae]n?t|chol)\w*\s+(?:ja[iy]|par)\w*\s*na"
                        r"|(?:হাঁট|হাট|চল)\S*\s+(?:যা|পার)\S*\s*না|jom(?:e|e?c?he)|জম(?:ে|েছে|ছে)|upo?ch\w*|উপচ\S*"
                        r"|bh[ae]s[ae]|ভেসে|nongra|নোংরা",
                        rf"(?:{_HOLE})\s+(?:n[ae]i|noy|না|নেই|নাই|নয়)(?!\S)", "(?P=t)")

# not cleaned ("drain ta poriskar hoy na", "নর্দমা পরিষ্কার করা হয় না", "nala poriskar hoy ni", "ড্রেন পরিষ্কার হয়নি"),
# not working ("kol hocche na", "আলো কাজ করছে না"), said of any thing; and the things named in a few more words, a tube
# well or a tap ("tubewell kharap", "kol e jol ase na", "চাপাকল ভেঙে গেছে", a tap's কল, not কলেজ or "kolkata") or a
# drain's nordoma, with all that is said wrong
_UNDONE = (r"(?:p[ao]ri?sh?k\w*|পরিষ্কার)(?:\s\S+){0,2}? ?(?:n[ai]|ন[াি])|h[ao]c+h?e ?na|হচ্ছে ?না"
           r"|kaj\s+k\w* ?na|কাজ\s+কর\S* ?না")
_PUMP = (r"(?:\b(?:tube\s*(?:wel|kol)|chapa\s*kol|n[ao]lkup|n[ao]rd[ao]ma|kol(?=(?:er?|ta)?\b))|টিউব|নলকূপ|চাপাকল"
         r"|কল(?=(?:ে|ের|টা)?(?!\S)))")
PROBLEM_UNDONE = _said_bn(_UNDONE, mended="(?P=t)", thing=rf"{_THING}|{_PUMP}")
PROBLEM_PUMP = _said_bn(r"n[ae]i|[ap]\w*\s*na|khara[pb]|bh[ae]ng\w*|b[ao]ndh?o?|atk\w*|jam|jom\w*|ন[াে]ই|(?:আস|পা)\S*"
                        r"\s*না|পড়\S*\s*না|খারাপ|ভ[াে]?ঙ\S*|বন্ধ|আটক\S*|জম\S*"
                        # its water red, iron or arsenic in it, or a pipe burst ("tubewell theke laal jol porche",
                        # "kol er jole ayron", "pipeline fete geche", "পাইপ ফেটে গেছে")
                        r"|l?aa?l\s+jol|ayron|iron(?! f)|arsenic|(?:ph|f)ete|লাল\s*জল|আয়রন|আর্সেনিক|ফেটে",
                        mended="(?P=t)", thing=rf"{_PUMP}|pipe|পাইপ")

_THING_EN = (r"\b(?:(?:water|road|street|lane|light|lamp|tube\s*well|hand\s*pump|tap|culvert|bridge|toilet)s?"
             r"|drain\w*|sewe\w*|pipe\w*|nala|garbage)\b")
_NOT = r"(?:\w+n['’]t|(?:is|does|do|are|was|has)nt|not|never)"
_FINE_EN = r"(?:fine|ok|okay|fixed|repaired|mended|clea[nr]ed|working|burning)"
_MENDED_EN = rf"\b(?:is|are|was|were|been|got|now)\s(?:now\s)?{_FINE_EN}\b"
# English: "the road near school is broken", "no water in the tube well since 3 days", "street light not working",
# "drain is blocked", "potholes on the road"; not a booking, a permit, a licence or a pay slip asked about, nor no
# problem ("no water problem now"), nor the problem denied ("the drain is not blocked any more"), nor in a clause
# saying something is mended ("the road is fine now", "the light was repaired", "it is working now"; not "the road is
# not repaired"). The thing (group ``t``) is its word's first letters: "drains were blocked but now the drain is
# clean" is one drain. A clause granting a problem (group ``c``: "although the road is broken the light is fine") is
# one unless the thing is said mended after it ("although the drain was blocked it is cleaned now")
PROBLEM_EN = (r"^(?!.*(?:\bno\s+(?:\S+\s+){0,2}?(?:problem|issue)|\b(?:book|guest\s*house|home\s*stay|permi|applica"
              rf"|t?noc|licen|slip|salary|payroll|certificat))){_EN.clauses(_FINE_EN)}(?P<c>(?:al)?though\s)?+"
              rf"(?={_EN.part}*?(?:\bpot\s*holes?|(?P<no>\bno\s+(?:\S+\s+){{0,2}}?)?"
              rf"(?=(?P<t>(?:tube\s*|hand\s*)?\w{{1,4}})){_THING_EN}(?(no)|\S*\s"
              rf"(?:(?!{_NOT}\s|no\slonger)\S+\s+){{0,6}}?(?:broken|damaged|blocked|choked|clogged|jammed|leak"
              r"|overflow|flooded|collapsed|cracked|dirty|smell|stink|dried|(?:gone|run\w*)\s+dry"
              rf"|{_NOT}\s+(?:\S+\s+)?(?:work|com|burn|function|flow|run|repair|clea[nr]|fix|lit|glow))))"
              r"(?(c)(?!\S*(?:\s(?:it|they|now|the|(?P=t)\S*)){1,3}\s(?:is|are|was|were)\s(?!not|still))))"
              rf"(?(c)|{_EN.unsaid(_MENDED_EN)})")

# a problem said, each pattern a phrase of the main menu's that begins a complaint with the words
SAID = (PROBLEM, PROBLEM_MORE, PROBLEM_PUMP, PROBLEM_UNDONE, PROBLEM_EN)

# Things the patterns above do not name, as people most often say them wrong: garbage not collected or piled up
# ("garbage not collected", "moyla fela hoy na", "ময়লা জমে আছে"), a tree fallen ("tree fell on the road", "gach
# pore ache", "রাস্তায় গাছ পড়ে আছে"), a bridge or culvert broken in Bengali or Banglish ("sako bhenge geche",
# "কালভার্ট ভেঙে গেছে"; English has it above), and water, a road or a light in Hindi ("pani nahi aa raha", "सड़क
# टूटी है"); a complaint begun with the words. Not with no problem said ("moyla niye kono somossa nei"), and each a
# thing and its wrong a few words apart in one clause, so "garbage was collected", "gach lagate chai" (planting
# one), "a waste of time, not clear" are none
_GARBAGE = r"(?:\b(?:garbage|rubbish|waste|trash|m[ou][yi]la|ab[ao]rj[ao]na|jonjal)|ময়লা|আবর্জনা|জঞ্জাল)\S*"
_TAKEN = r"(?:fel|ph?el|ney|nei|nit|nic|tol|t[ou]l|sor|clean|p[ao]ri?sh?k|ফেল|নে|নিয়ে|নিচ্ছ|তোল|তুল|সরা|পরিষ্কার)\S*"
_APART = r"(?:\s[^\s,.!?।]+){0,3}?\s"  # up to three words between, in the clause
OTHER = (rf"^(?!.*(?:{_NONE})).*?(?:{_GARBAGE}{_APART}(?:(?:is\s|are\s)?(?:not|never)\s(?:been\s|being\s)?"
         r"(?:collect|pick|clear|lift|remov|clean)|(?:piled|lying|dumped|everywhere|smell|stink)"
         rf"|{_TAKEN}(?:\s(?:hoy|hocche|kor\S*|হয়|হচ্ছে|কর\S*))?\s(?:na|না)(?!\S)"
         r"|(?:jome|pore|জমে|পড়ে)\s(?:ache|ase|thake|আছে|থাকে))"
         r"|\bno\s*(?:one|body)\s(?:\S+\s){0,2}?(?:collect|pick|clear|lift|remov|clean)\S*\s(?:the\s)?"
         r"(?:garbage|rubbish|waste|trash)"
         rf"|(?:\btrees?|\bga+c?h|গাছ)\S*{_APART}(?:(?:has\s|have\s)?(?:fell|fallen|uprooted)|(?:bh[ae]ng\S*\s)?"
         r"(?:pore|por[ae]c?he|পড়ে|পড়েছে)|ভেঙে\sপড়\S*)(?!\S)"
         rf"|(?:\b(?:s[ah]ko|setu|pul|p[ou]ll|bridge|culvert)|সাঁকো|সেতু|ব্রিজ|কালভার্ট|পুল)\S*{_APART}"
         r"(?:bh[ae]ng|ভ[াে]ঙ|ভেঙ্গ)"
         rf"|(?:\b(?:pa+ni|jal|sa?da?k|batti|nal)|पानी|जल|सड़क|बत्ती|नल)\S*{_APART}(?:(?:nahi|nahin|नहीं|नही)\s"
         r"(?:aa|a|aata|aati|mil|jal|chal|आ|मिल|जल|चल)|(?:toot|tut|टूट)|(?:kharab|खराब)(?!\s(?:nahi|नहीं))))")

# A toilet missing, broken, dirty or never built ("amader toilet nei", "শৌচাগার ভেঙে গেছে", "no toilet in the school",
# "toilet banano hoy ni", "শৌচাগার তৈরি হয়নি"), mosquitoes grown or breeding ("mosha khub bere geche", "মশার উপদ্রব",
# "mosquito menace", "পুকুরে মশা"), stray dogs biting ("rastay kukur kamracche", "কুকুর কামড়াচ্ছে", "stray dogs are
# biting children"), dogs, monkeys or elephants a menace ("kukur er upodrob", "বাঁদরের উৎপাত", "hatir hana"), garbage
# with nowhere to go ("ময়লা ফেলার জায়গা নেই", "no dustbin"), a pradhan, a member, the secretary, an officer or the BDO
# not working, not at the office or not answering the phone ("pradhan kaj korche na", "প্রধান অফিসে আসে না", "officer
# phone dhorche na"): a complaint begun with the words; not with no problem said
_NOT_BUILT = r"bana\S*\s+(?:hoy|hoi)\s*ni|(?:ho[yi]|pa[iy])\s*ni|(?:তৈরি|বানানো)\s+হয়\s*নি|পাই\s*নি"
_OFFICIAL = (r"\b(?:upo?)?pr[ao]dhan|\bsecretary|\bs[ao]chib|\bmember|\bofficer|\bbdo|প্রধান|সচিব|মেম্বার|সদস্য"
             r"|অফিসার|বিডিও")  # উপপ্রধান is a প্রধান
NUISANCE = (rf"^(?!.*(?:{_NONE})).*?(?:(?:\btoilets?|\bpa[yi]khana|\bsh?ouchagar|শৌচাগার|পায়খানা|টয়লেট)\S*{_APART}"
            r"(?:n[ae]i|nai|ন[াে]ই|নাই|bh[ae]ng\S*|ভ[াে]ঙ\S*|nongra|নোংরা|broken|dirty"
            rf"|(?:not|never)\s(?:been\s)?(?:built|made|working|clean)|{_NOT_BUILT})"
            r"|\bno\s(?:toilets?|dustbins?)\b"
            rf"|(?:\bmosh?a|\bmosquito(?:e?s)?|মশা)\S*{_APART}(?:ber[ae]\S*|upo?drob|বেড়ে\S*|উপদ্রব|menace|breeding"
            r"|utpat|উৎপাত|jonm\S*|জন্ম\S*)"
            r"|(?:\bpukur|\bdoba|পুকুর|ডোবা)\S*\s(?:\S+\s)?(?:mosh?a|mosquito|মশা)"
            rf"|(?:\bkukur|\bdogs?|কুকুর|\bb[ao]nd[ao]r|\bmonkeys?|বাঁদর|হনুমান|\bhati|\belephants?|হাতি)"
            rf"\S*{_APART}(?:kamr\S*|কামড়\S*|bit\S*|attack\S*|menace|upo?drob|উপদ্রব|utpat|উৎপাত|hana|হানা)"
            rf"|{_GARBAGE}\s(?:fel|ph?el|ফেল)\S*\s(?:\S+\s)?(?:j[ao]y?i?ga|জায়গা)\S*\s(?:n[ae]i|nai|ন[াে]ই|নাই){_END}"
            rf"|(?:\bdustbin|ডাস্টবিন)\S*\s(?:n[ae]i|nai|ন[াে]ই|নাই){_END}"
            rf"|(?:{_OFFICIAL})\S*{_APART}(?:kaj\s+k[ao]r\S*\s+na|কাজ\s+কর\S*\s+না"
            rf"|(?:office|অফিস)\S*(?:\se)?\s+(?:a?s|আস)\S*\s+(?:na|না)|(?:phone|ফোন)\s+(?:dh|ধ)\S*\s+(?:na|না)){_END})")

# A public work asked for: a new tube well, a road, a drain, a street light, a culvert, a water line or a toilet
# wanted, or asked to be made or mended ("notun tubewell chai", "amader parai ekta rasta chai", "জলের লাইন চাই",
# "we need a road", "please make a drain in our village", "rasta ta thik kore din"): the panchayat's to hear, a
# complaint begun with the words; not something else about it wanted ("amader rasta niye kichu jante chai"), nor with
# a room, a shop, a house's permission, a licence, a slip or a paper named ("road er pashe room chai" is a room
# wanted), nor with no problem said
_ELSE = (r"\b(?:rooms?|gh[oa]r|kamr[ae]|home\s*stay|hotel|guest\s*house|lodge|resort|(?:dok|duk)aa?n)|\bshop"
         r"|\blicen|\bpermi|\bonumoti|\bslip|\bcertificate"
         r"|ঘর|রুম|হোটেল|অতিথি|দোকান|লাইসেন্স|অনুমতি|স্লিপ|সার্টিফিকেট")
_WORK = (r"(?:\b(?:tube\s*(?:well|kol)|nolkup|nalkup|road|ra{1,2}sta|drain|nala|street\s*light|batti|culvert|bridge"
         r"|pipe\s*line|(?:jol|jal|water)\s*(?:er\s*)?line|toilet)"
         r"|টিউবওয়েল|নলকূপ|রাস্তা|নালা|ড্রেন|পথবাতি|কালভার্ট|সেতু|জলের\s*লাইন|শৌচাগার)")
_WANTED_DONE = (r"(?:chai|lagbe|dorkar|darkar|chahiye|চাই|লাগবে|দরকার|(?:thik\s+)?kor(?:un|e\s+din)"
                r"|(?:ঠিক\s*)?কর(?:ুন|ে\s*দিন)|banano\s+hok|বানানো\s*হোক)(?!\S)")
# ... its mending asked for, or when it will be ("tubewell sarai kora dorkar", "রাস্তা মেরামত কবে হবে", "rasta repair
# kobe hobe")
_MENDING = (r"(?:sara[iy]|mer[ao]m[ao]t|repair|সারাই|মেরামত)\S*(?:\s\S+){0,2}?\s"
            rf"(?:{_WANTED_DONE}|(?:kobe\s+hobe|hobe\s+kobe|কবে\s*হবে|হবে\s*কবে)(?!\S))"
            r"(?!\s(?:n[ae]i|nai|na|নেই|নাই|না)(?!\S))")  # never said not needed: "sarai korar dorkar nei"
WORK_WANTED = (rf"^(?!.*(?:{_NONE}|{_ELSE})).*?(?:{_WORK}\S*(?:\s[^\s,.!?।]+)?\s(?:{_WANTED_DONE}|{_MENDING})"
               r"|\b(?:we|i)\s+(?:need|want)\s+(?:a\s+|an\s+)?(?:new\s+)?(?:tube\s*well|road|drain|street\s*light"
               r"|culvert|bridge|water\s+(?:line|connection)|toilet)s?\b"
               r"|\bplease\s+(?:make|build|construct|repair)\s+(?:a\s+|the\s+|our\s+)?(?:\S+\s+)?(?:road|drain|culvert"
               r"|bridge|tube\s*well))")

_CONCEDED = rf"^\s*(?:{_GRANTING_EN}|{_GRANTING_BN})(?:\s\S+){{0,6}}?\s(?:{_FINE}|{_FINE_EN})\b"
_MENDED = (rf"{_THING}\S*(?:\s\S+){{0,3}}?\s(?:thik|ঠিক)\b(?!\s*(?:kor|কর|mo?t|মত|bh?ab|ভাব|n[ae]i?\b|নেই|নাই|না))"
           rf"|{_MENDED_EN}|{_DENIED}")
# a clause granting a problem, another thing said mended after it ("although the road is broken the street light is
# fine"): the words before the mended thing's own
_GRANTED = rf"^\s*(?:{_GRANTING_EN}|{_GRANTING_BN})\s"
_OWN = rf"(?:\s(?:the|our|this|that))?(?:\s\S+)?\s(?:{_THING_EN}|{_THING})\S*\s*$"
_SPLIT, _CONCEDED_RE, _MENDED_RE, _GRANTED_RE, _OWN_RE = (
    re.compile(unicodedata.normalize("NFKC", p))
    for p in (rf"{_STOP}|{_BN.but}|{_EN.but}", _CONCEDED, _MENDED, _GRANTED, _OWN))


def _unmended(clause: str) -> str:
    mended = _MENDED_RE.search(clause)
    if mended is None:
        return clause
    return _OWN_RE.sub("", clause[:mended.start()]) if _GRANTED_RE.match(clause) else ""


_SAID = tuple(re.compile(unicodedata.normalize("NFKC", pattern), re.IGNORECASE)
              for pattern in (*SAID, OTHER, NUISANCE, WORK_WANTED))


def told(said: str) -> bool:
    """Whether ``said``, compared as the main menu compares words (``shared.india.plain``), tells a problem as the
    complaints' menu phrases read one."""
    return any(pattern.search(said) for pattern in _SAID)


def unmended(text: str) -> str:
    """``text`` without its clauses saying a thing is mended or a problem denied, nor a clause's part granting it
    ("drain is blocked but the road is fine", "যদিও রাস্তা ঠিক আছে নালা বন্ধ": the drain's words; "although the road
    is broken the light is fine": the road's): what a complaint's subject is read from."""
    said = " ".join(unicodedata.normalize("NFKC", text).casefold().split())
    clauses = (_unmended(_CONCEDED_RE.sub("", clause)) for clause in _SPLIT.split(said))
    return ", ".join(clause for clause in clauses if clause)


# No power at home ("current nei", "light nei", "bidyut nei", "কারেন্ট নেই", "no electricity", "power cut"), or its bill
# ("current bill beshi eseche", "বিদ্যুতের বিল"): the electricity company's (WBSEDCL), not the panchayat's; a street
# light named ("street light nei", "rastar alo jolche na", "বাতি জ্বলছে না") is the panchayat's, a complaint begun at
# once
_POWER_OFF = (r"^(?!.*(?:\b(?:street|ra{1,2}sta[ry]|road\s*(?:side\s*)?lights?|path\s*ba|lamp|pole|bulb|ba{1,2}t+i)"
         r"|রাস্তা(?:র|য়)|পথ|বাতি|ল্যাম্প|খুঁটি|বাল্ব))"
         r".*(?:\b(?:no|without)\s+(?:electricity|power|current|light)\b|\bpower\s*(?:cut|off|failure|outage)"
         r"|\bload\s*shedding|লোড\s*শেডিং"
         r"|\b(?:electric(?:ity)?|current|karent|bidyut|biddut|bijli|light)\s+(?:er\s+)?bill"
         r"|(?:ইলেকট্রিক|কারেন্ট|বিদ্যুৎ|বিদ্যুত)\S*\s*বিল"
         r"|(?:\b(?:current|karent|bidyut|biddut|bidyuth|bijli|electricity|power|lights?)"
         r"|কারেন্ট|কারেণ্ট|বিদ্যুৎ|বিদ্যুত|লাইট|बिजली)\S*\s+(?:\S+\s+){0,3}?(?:nei|nai|cut|off|chole\s*gec?he|gone"
         # and in Hindi: "bijli nahi hai", "बिजली नहीं है", "bijli chali gayi"
         r"|নেই|নাই|চলে\s*গেছে|nahi|nahin|नहीं|chali\s*gayi|चली\s*गई)(?=[\s,.!?।;:)]|$))")
# The electricity company's lines down or burning: a pole fallen, a wire snapped or hanging, a transformer burst or on
# fire ("current er pole pore geche", "কারেন্টের খুঁটি পড়ে গেছে", "electric wire hanging low", "bijli ka khamba gir
# gaya", "transformer blast hoyeche"): theirs too, and a danger to be told to them at once. The line named with its
# electricity ("tar chire geche" alone is any string, or "his"), and what befell it, each looked for from the start
_LIVE = (r"(?:\b(?:electric(?:ity|al)?|current|karent|bidyut|biddut|bidyuth|bijli|power|high\s*tension)"
         r"|কারেন্ট|বিদ্যুৎ|বিদ্যুত|ইলেকট্রিক|बिजली)")
_LINE = (r"(?:\b(?:poles?|poll|khamb?h?a|khuti|khunti|wires?|tar|taar|lines?|cables?)\b"
         r"|খুঁটি|খুটি|পোল|তার\b|লাইন|খাম্বা|खंभा|खम्भा|तार)")
_TRANSFORMER = r"(?:\btrans?formers?\b|ট্রান্সফ[রর্]\S*মার|ট্রান্সফর্মার|ट्रांसफार्मर)"
_BEFELL = (r"(?:\b(?:fall\w*|fell|down|pore|pode|porche|poreche|gir\w*|jhul\w*|hang\w*|loose|snap\w*|broken|bhe[n]?g\w*"
           r"|chi[n]?re|toot\w*|tut\w*|latak\w*|spark\w*|fire|agun|blast\w*|burst|phete|fete|shock)\b"
           r"|পড়ে|ঝুল|ছিঁড়ে|ছিড়ে|ভেঙে|ভেঙ্গে|আগুন|ফেটে|স্পার্ক|শক|गिर|टूट|लटक|आग)")
POWER_DOWN = rf"^(?=.*?(?:{_LIVE}\S*\s+(?:(?:er|ka|ki|ke|r|का|की|के)\s+)?{_LINE}|{_TRANSFORMER}))(?=.*?{_BEFELL})"
POWER = rf"{_POWER_OFF}|{POWER_DOWN}"
