"""What employees type to ask for a choice of the payroll menu in their own words ("pay slip", "annual
statement", "বেতন বিবরণী"): the main menu reads them from the service's menu entry, the payroll menu from here."""
from __future__ import annotations

import re
import unicodedata

from services.payroll.domain import bangla_months
from services.payroll.domain.last_months import LAST
from shared.india import MONTHS, NOT_COME, plain
from shared.paying import ACCOUNT, ACCOUNT_CHANGED
from shared.runtime import Phrase

# A slip asked for by its month: "goto maser slip", "last month's pay slip", "অক্টোবর মাসের স্লিপ", "slip for
# March 2026"; the month right before the slip, or after it when the slip opens the message ("my slip of last
# month"), so that another slip of a month ("fee slip for March", "my bank slip of last month") is not payroll's
# salary as it is often typed on a phone too: "salry", "salery", "sallary", "selary", "salari"
_SALARY = r"s[ae]l+[ae]?r(?:y|i|ee|ie)"
_KIND = rf"(?:pay|{_SALARY}|wage|ma[iy]ner?|beton(?:er)?|পে|বেতনের|বেতন|স্যালারি|মাইনের|মাইনে)"
_SLIP = rf"(?:{_KIND}\s*)?(?:slips?\b|স্লিপ)"
_NAMES_EN = "|".join(f"{n[:3]}(?:{n[3:]})?" if len(n) > 3 else n for n in (*map(str.casefold, MONTHS["en"]), "sept"))
# as the names are spelled: জানুয়ারী, আগষ্ট, অগাস্ট, সেপ্টেম্বার too; মে (May) before a space or a dash, not মেয়ে
_NAMES_BN = r"জানুয়ার[িী]|ফেব্রুয়ার[িী]|মার্চ|এপ্রিল|মে(?=[\s-])|জুন|জুলাই|[আঅ]গা?[সষ]্ট|সেপ্টেম্বা?র|অক্টোবা?র|নভেম্বা?র|ডিসেম্বা?র"
_MONTH = (r"(?:\b(?:last|previous|this|current)\s+month|\b(?:g[ao]t+h?[ao]|ag+h?er|ei)\s*mash?"
          r"|(?:গত|আগের|এই|চলতি)\s*মাস"
          rf"|\b(?:{_NAMES_EN})\b|(?<!\S)(?:{_NAMES_BN}))(?:'s|s|er|e|-?এর|-?র|ের|য়ের)?(?:\s*[\d০-৯]{{2,4}})?")

# the pay itself, said as employees say it (wages too, but not where it is asked after as one's own, ``credit``: a
# job card's wages, 100 days' work, are a complaint's subject, ``_NOT_OWN``), and that it comes, is credited, or when
_OWN_PAY = (rf"(?:\b(?:{_SALARY}|beton|betoner|baton|ma[iy]ner?|my\s+pay|tankh?w?aa?h|t[ao]nkhwa+h?|vetan)\b"
            r"|বেতন|মাইনে|স্যালারি"
            r"|वेतन|तनख़?्वाह|सैलरी)")
# ... and its net or take-home amount ("why is my net pay less", "net pay kom keno", "take home pay is less")
_PAY_ITSELF = rf"(?:{_OWN_PAY}|\bwages?\b|\b(?:net|gross|take\s*-?\s*home|in\s*-?\s*hand)\s+pay\b)"
_COMES = (r"(?:\b(?:when|kobe|kbe|dhuk\w*|dhok\w*|ash\w*|asbe|asche|eseche|esechhe|elo|pabo|pab|pelam"
          r"|credit\w*|come|came|comes|arrived?|received|paid|where|kothay|kothai|get|got"
          # and in Hindi: "salary kab aayegi", "वेतन कब आएगा", "tankhwah nahi mili"
          r"|kab|aa?ye?g[ia]|aa?eg[ia]|aa?yi|mil(?:eg[ia]|i|a))\b"
          rf"|{NOT_COME}"  # not come yet: "salary pai ni", "beton ase ni"
          r"|(?<![\u0900-\u097F])(?:कब|आएग[ाी]|आयेग[ाी]|आई|मिल(?:ेग[ाी]|ी|ा))(?![\u0900-\u097F])"
          # a word's start in Bengali script: থাকবে ("will stay") ends in কবে
          r"|(?<![\u0980-\u09FF])(?:কবে|ঢুক|ঢোক|আসবে|আসেনি|এসেছে|এলো?(?![\u0980-\u09FF])|পাব|পাই\s*নি|জমা|কোথায়))")
# not one's own salary: a job card's wages, 100 days' work (the grievance service's subject), the pradhan's, someone's
_WAGE_SCHEME = (r"\bjob\s*ca?rd|\bjobcard|\b(?:100|ek\s?sh?o)\s*(?:days?|din)"
                r"|\b(?:m?g?nrega\w*|manrega|narega|karm\w*shree)\b"
                r"|জব\s*কার্ড|(?:100|১০০|একশো?)\s*দিন|মজুর|নরেগা|মনরেগা|কর্মশ্রী")
_NOT_OWN = (rf"{_WAGE_SCHEME}|\bpradhan|প্রধান"
            r"|\b(?:his|her|their)\s+(?:salary|pay)\b|\bof\s+(?:the|a|an|our|his|her|their)\s+(?!month|last|previous)")

# a slip said to be wrong, the pay to be less, a deduction asked about: "amar slip e bhul ache", "my salary is less this
# month", "বেতন কম এসেছে কেন", "amar PF kata hoyeche keno?" (a bank's slip, a ration card's mistake are not payroll's)
_WRONG = r"(?:\b(?:bhul|vul|wrong|mistake|error|galat|incorrect)\b|ভুল)"
# ... and in Hindi: "salary kam aayi", "वेतन कम आया"
_LESS = (r"(?:\b(?:kom|kam|less|short|lower|reduced)\b|(?<![\u0980-\u09FF])কম(?:ে|তি)?(?![\u0980-\u09FF])"
         r"|(?<![\u0900-\u097F])कम(?![\u0900-\u097F]))")
_OWN_SLIP = rf"(?:^|\b(?:my|amar|amr|the)\s+|আমার\s*|{_KIND}\s*)(?:slips?\b|স্লিপ|রসিদ|\bro[sh]+id\b)"
_TAKEN = (r"(?:\b(?:[gce]?pf|p\.?\s?tax|tds)\b|\b(?:professional|income)\s+tax\b|জিপিএফ|পিএফ|বৃত্তিকর|আয়কর)")
_CUT = r"(?:\b(?:kat\w*|ket\w*|deduct\w*|keno|why)\b|কাট|কেটে|কেন)"
_DOUBT = (rf"{_OWN_SLIP}.*{_WRONG}|^(?=.*{_PAY_ITSELF})(?=.*(?:{_WRONG}|{_LESS}))"
          rf"|^(?=.*{_TAKEN})(?=.*{_CUT})"
          rf"|^(?=.*{_PAY_ITSELF})(?=.*(?:\btax\b|ট্যাক্স|\bdeduct\w*|\bkata\b|\bkete\b|\bcut\b|কাটা|কেটে))")

# Form 16, the employer's TDS certificate ("form 16", "form-16", "ফর্ম ১৬", "TDS certificate", "income tax certificate",
# "আয়করের সার্টিফিকেট"): not this service's document, which the chat says before it offers the annual salary statement
# (``taps.form_16``)
FORM_16 = (r"\bform[\s-]*(?:no\.?\s*)?16\b|ফর্ম\s*-?\s*(?:16|১৬)|\b(?:tds|income\s*-?\s*tax)\s+certificate"
           r"|(?:টিডিএস|আয়কর)\S*\s*(?:সার্টিফিকেট|শংসাপত্র)")
_FORM_16 = re.compile(unicodedata.normalize("NFKC", FORM_16))


def names_form_16(text: str) -> bool:
    """Form 16 named (``FORM_16``): told whose it is wherever it is asked, at the PIN's question too."""
    return _FORM_16.search(plain(text)) is not None

# an employee's ID or their saying they are one: "employee id GP-PUR-0027", "my staff id", "ami panchayat er
# kormochari", "ami ekjon karmachari", "আমি পঞ্চায়েতের কর্মচারী", "আমি একজন কর্মচারী", "কর্মচারী আইডি"
EMPLOYEE_ID = (r"\b(?:employee|staff|kormochari|karmachari|karmochari)\s*(?:id|code|no|number)\b|\bgp-[a-z]{3}-\d{4}\b"
               r"|\bi\s+am\s+(?:an?\s+)?(?:panchayat\s+)?(?:employee|staff)\b"
               r"|\bami\s+(?:panchayat\s*(?:er\s+)?|ekjon\s+){0,2}(?:employee|staff|kormochari|karmachari|karmochari)\b"
               r"|কর্মচারী\s*(?:আইডি|নম্বর|কোড)|আমি\s*(?:পঞ্চায়েতের\s*|একজন\s*){0,2}কর্মচারী")
_EMPLOYEE_ID = re.compile(unicodedata.normalize("NFKC", EMPLOYEE_ID), re.IGNORECASE)

# a part of one's pay asked for by its name, with how much ("DA koto?", "amar basic koto", "how much is my HRA",
# "মহার্ঘ ভাতা কত"): the slip with its earnings listed, after the PIN; not a rise asked about ("DA kobe barbe")
_PART = (r"(?:\b(?:basic(?:\s+pay)?|da|d\.a\.?|hra|h\.r\.a\.?|dearness\s+allowance|house\s+rent\s+allowance"
         rf"|medical\s+allowance|gross(?:\s+(?:pay|{_SALARY}))?)\b|মূল\s*বেতন|মহার্ঘ\s*ভাতা|বাড়িভাড়া\s*ভাতা|ডিএ|এইচআরএ"
         r"|মোট\s*বেতন)")
_HOW_MUCH = r"(?:\bkoto\b|\bhow\s+much\b|\bwhat\s+is\b|(?<![\u0980-\u09ff])কত)"
_RISE = r"(?:\b(?:increase\w*|hike|rise|bar(?:be|lo|bo|che)|barano\w*|kobe)\b|বাড়বে|বাড়ল|বৃদ্ধি|কবে)"
EARNINGS_ASKED = rf"^(?!.*{_RISE})(?=.*{_PART})(?=.*{_HOW_MUCH})"

# What the payroll does not hold, asked for ("how many leaves do I have left?", "PF balance koto?", "GPF slip", "gpf er
# hisab", "salary certificate for bank loan", "ছুটি কত বাকি"): the office's drawing and disbursing officer's, said so
# (``not_held``; each month's slip shows what went to the fund)
_BALANCE = r"(?:\bbalance\b|\bleft\b|\bremaining\b|\bbaki\b|\bkoto\b|\bhow\s+(?:many|much)\b|বাকি|(?<![\u0980-\u09ff])কত)"
# (the look-aheads anchored at the start: tried at every position instead, a long message took seconds)
# ... and a loan or an advance from the fund, or money drawn from it ("PF loan nite chai", "GPF advance nebo", "PF theke
# taka tulte chai", "জিপিএফ থেকে লোন নিতে চাই"); never what was deducted for it ("PF koto kete che": the slip's)
_LOAN = r"\bloans?\b|\badvance\b|\bwithdraw\w*|\btul(?:te|bo|ben|a)\b|লোন|ঋণ|অগ্রিম|তুল|लोन|निकाल"
NOT_HELD = (rf"^(?=.*(?:\b(?:leaves?|chh?uti|chh?utir|casual\s+leave|earned\s+leave)\b|ছুটি))"
            rf"(?=.*(?:{_BALANCE}|\bapplication|\bapply\b|\ba+bed[ao]n|আবেদন))"  # never a holiday's room wanted
            rf"|^(?=.*(?:\b(?:g?pf|cpf|provident\s+fund|nps)\b|জিপিএফ|পিএফ|पीएफ|जीपीएफ))"
            r"(?!.*(?:\bkat\w*|\bket\w*|\bdeduct\w*|কাট|কেটে))"
            rf"(?=.*(?:{_BALANCE}|\bpassbook\b|\bstatement\b|\bslips?\b|\bhis[ae]b\b|হিসাব|স্লিপ|{_LOAN}))"
            rf"|\b(?:{_SALARY}|pay|income|beton|betoner)\s+certificate\b|(?:বেতনের?|স্যালারি)\s*(?:সার্টিফিকেট|শংসাপত্র)")
_NOT_HELD = re.compile(unicodedata.normalize("NFKC", NOT_HELD), re.IGNORECASE)


def not_held(text: str) -> bool:
    """The words ask for what the payroll does not hold: a leave or GPF balance, a salary certificate."""
    return _NOT_HELD.search(plain(text)) is not None


# the bank account one's pay goes to, to be changed ("salary account change korte chai", "beton er bank account bodlate
# chai", "বেতনের ব্যাংক অ্যাকাউন্ট বদলাতে চাই", "I have a new bank account for my salary"): the DDO changes it, said so
# (``bank_changed``); not a job card's wages, nor a bank account with no pay named (a scheme's too)
BANK_CHANGED = rf"^(?!.*(?:{_NOT_OWN}))(?=.*{_OWN_PAY})(?=.*{ACCOUNT})(?=.*{ACCOUNT_CHANGED})"
_BANK_CHANGED = re.compile(unicodedata.normalize("NFKC", BANK_CHANGED), re.IGNORECASE)


def bank_changed(text: str) -> bool:
    """The words ask to change the bank account one's pay goes to: the office's to do."""
    return _BANK_CHANGED.search(plain(text)) is not None


# What is not decided here, asked after: a rise ("DA kobe barbe", "when will my salary increase", "বেতন কবে বাড়বে"),
# when a bonus, an arrear or an increment comes ("puja bonus kobe pabo", "DA arrear kobe debe", "বোনাস কবে দেবে",
# "increment kobe hobe"): the government's and the office's to decide, shown on that month's slip once paid, said so
# (``pay_news``); how much an arrear on one's slip is ("amar DA arrear koto") is the slip's
_PAY = rf"(?:{_OWN_PAY}|\b(?:pay|da|d\.a\.?|dearness\s+allowance)\b|ডিএ|মহার্ঘ)"  # one's pay, or its DA
_RISES = r"(?:\bbar(?:be|bo)\b|বাড়বে)"  # "will rise", when or not
_GOING_UP = r"(?:\b(?:increase\w*|hike|rise|barano\w*)\b|বাড়ানো|বৃদ্ধি)"  # with a "when" ("my pay increased" tells)
_EXTRA = r"(?:\bbonus\w*|\barrears?\b|\bbokeya\b|\bincrements?\b|বোনাস|এরিয়ার|বকেয়া|ইনক্রিমেন্ট)"
_WHEN = r"(?:\b(?:kobe|when|kokhon|pabo|debe|dibe|dewa|deoa|ki\s+hol\w*)\b|কবে|কখন|পাব|দেবে|দেওয়া|কী\s*হল)"
# ... or how much it rose ("DA koto barlo", "ডিএ কত বাড়ল", "how much did the DA increase"): the same
_RISEN = (r"(?=.*(?:\bbar(?:lo|che|eche|hlo)\b|\bbereche\b|বাড়ল|বেড়েছে|\bincreas\w*|\bwent\s+up\b|\braised\b))"
          r"(?=.*(?:\bkoto\b|\bhow\s+much\b|কত))")
# ... or a bonus, an arrear or an increment said not received ("bonus er taka pai ni", "arrear ekhono asheni", "I did
# not get my bonus", "বোনাস পাইনি"): the same, as the office decides when it is paid; never a scheme's money owed
# ("pension er arrear pai ni", "100 diner kajer bokeya taka pai ni": a complaint's) nor "bokeya" alone
_OWED = r"(?:\bbonus\w*|\barrears?\b|\bincrements?\b|বোনাস|এরিয়ার|ইনক্রিমেন্ট)"
_SCHEME = (rf"{_WAGE_SCHEME}|\b(?:pension|allowance|bhata|awaa?s|pmay|lakk?h?s?hmi\w*|hundred\s+d(?:ays?|in\w*))\b"
           r"|পেনশন|ভাতা|আবাস|লক্ষ্মী")
_UNPAID = (r"(?:\b(?:pai\s*ni|paini|pelam\s+na|paichi\s+na|a(?:s|sh)e\s*ni|dhoke\s*ni|dhokeni|dey\s*ni|deyni"
           r"|not\s+(?:yet\s+)?(?:received|got|paid|credited|come)"
           r"|(?:did|have|has)\s*(?:n't|not)\s+(?:yet\s+)?(?:get|got|been|receive\w*|come))\b"
           r"|পাইনি|পাই\s*নি|পেলাম\s*না|আসেনি|ঢোকেনি|দেয়নি|দেওয়া\s*হয়নি)")
PAY_NEWS = (rf"^(?:(?=.*{_PAY})(?:(?=.*{_RISES})|(?=.*{_GOING_UP})(?=.*{_WHEN})|{_RISEN})"
            rf"|(?=.*{_EXTRA})(?=.*{_WHEN})|(?!.*(?:{_SCHEME}))(?=.*{_OWED})(?=.*{_UNPAID}))")
_PAY_NEWS = re.compile(unicodedata.normalize("NFKC", PAY_NEWS), re.IGNORECASE)


def pay_news(text: str) -> bool:
    """The words ask when pay rises, or when a bonus or an arrear is paid, or say one not received: not known here."""
    return _PAY_NEWS.search(plain(text)) is not None


# one's PIN asked for, not known ("amar PIN ta ki", "what is my PIN", "আমার পিন কত", "pin jani na"), or forgotten said
# in Hindi: *Forgot my PIN*
PIN_UNKNOWN = (r"\b(?:amar|my)\s+pin\s*(?:ta|ti|number)?\s*(?:ki|koto|kot[ao]|what)\b|\bwhat(?:'s|\s+is)\s+my\s+pin\b"
               r"|\bpin\s*(?:ta|ti)?\s*jani\s*na\b|\bdon'?t\s+know\s+(?:my\s+|the\s+)?pin\b"
               r"|আমার\s*পিন\s*(?:টা|টি|নম্বর)?\s*(?:কী|কি|কত)(?!\S)|পিন\s*(?:টা|টি)?\s*জানি\s*না"
               # and in Hindi: "PIN bhul gaya", "mera PIN kya hai", "पिन भूल गया", "मेरा पिन क्या है"
               r"|\bbh?ul\s+ga(?:ya|yi|ye)\b|\bmera\s+pin\s+kya\b|भूल\s*ग|मेरा\s*पिन\s*क्या")
# one's PIN forgotten, locked or to be changed ("amar PIN bhule gechi", "I forgot my PIN", "পিন ভুলে গেছি", "pin lock
# hoye geche", "reset my pin"): the chat cannot reset it; the office's payroll desk can, as *Forgot my PIN* says. Not
# a postal PIN code ("pin code ki?"); and one's PIN asked for (``PIN_UNKNOWN``)
# ... forgotten or not known, as the payroll chat reads it too ("pin bhule gechi", "pin mone nei")
FORGOTTEN = rf"\bforg[eo]t|ভুলে\s*গ|মনে\s*নেই|\bbh?ule\s*g|\bmone\s*(?:nei|nai|pore\s*na)\b|{PIN_UNKNOWN}"
FORGOT_PIN = (r"^(?!.*(?:\bpin\s*codes?\b|\bpincodes?\b|পিন\s*কোড|पिन\s*कोड))(?=.*(?:\bpin\b|পিন|पिन))"
              rf"(?=.*(?:{FORGOTTEN}|\breset|\bchange|\bbod[oa]?l|বদল|\block|লক|\bblock|ব্লক))")

_IN_FIGURES = r"\d{1,2}\s*[/\-]\s*(?:\d{4}|\d{2})"  # a month and its year in figures: "3/25", "03/2025"
PHRASES = (
    # before the credit day's: "beton kom dhukeche" is the pay doubted, not asked after
    Phrase("doubt", _DOUBT),
    Phrase("forgot", FORGOT_PIN),
    Phrase("earnings", EARNINGS_ASKED),  # "DA koto?": the slip with its earnings, after the PIN
    # the year's statement as a tax statement too ("income tax statement", "আয়কর বিবরণী")
    Phrase("statement", rf"\b(?:annual|yearly)\s+(?:{_SALARY}\s+|pay\s+)?statement|\b(?:{_SALARY}|tax)\s+statement"
                        r"|আয়কর\s*বিবরণী"
                        rf"|{FORM_16}|বার্ষিক\s*(?:বেতন\s*)?বিবরণী"
                        r"|^statement\s+[\d০-৯]{4}(?:\s*[-/]\s*[\d০-৯]{2,4})?$|^[\d০-৯]{4}(?:\s*[-/]\s*[\d০-৯]{2,4})?\s+statement$"
                        # a year's, "গত বছরের বিবরণী", "last year's statement", in Banglish "gato bochorer statement",
                        # in Hindi "pichhle saal ka statement": the years are shown to pick from
                        r"|বছরের\s*(?:বেতন\s*|বেতনের\s*)?বিবরণী|\b(?:last|previous|this|g[ao]t+h?[ao]|ag+h?er|ei"
                        r"|pich+h?le|is)\s+(?:year'?s?|bo?c?h+or\w*|b[ao]s+or\w*|sa+l)\s+(?:er\s+|ka\s+)?statement"
                        # a financial year's: "last financial year statement", "গত আর্থিক বছরের বিবরণী", "FY 24-25
                        # statement", "statement 24-25": that year's (``typed_period.parse_statement_year``)
                        r"|\b(?:financial|fiscal|arthik)\s+(?:year|bo?c?h+or)\S*\s+(?:er\s+)?statement"
                        r"|\bfy\s+statement|\bstatement\s+(?:for\s+|of\s+)?fy\b"
                        r"|আর্থিক\s*বছরের\s*(?:বেতন\s*|বেতনের\s*)?বিবরণী|\bfy\s*\d{2,4}\s*[-/]\s*\d{2,4}\s+statement"
                        r"|^statement\s+(?:(?:for|of)\s+)?(?:fy\s*)?\d{2}\s*[-/]\s*\d{2}$"
                        r"|^\d{2}\s*[-/]\s*\d{2}\s+statement$"),
    # মাইনে (salary) as said, and in Latin letters: "mayne slip", "mainer slip chai"; with a hyphen, and in two scripts
    # as a Bengali keyboard writes the English word: "pay-slip", "pay স্লিপ", "বেতনের slip"
    # and with its "of" apart: "beton er slip", "বেতন এর স্লিপ"
    Phrase("slip", rf"(?:\b(?:pay|{_SALARY}|wage|ma[iy]ne|ma[iy]ner|beton|betoner)|পে|বেতনের|বেতন|স্যালারি|মাইনের|মাইনে)"
                   r"(?:[\s\-]+(?:er|এর))?[\s\-]*(?:slips?\b|স্লিপ)|^slips?$"
                   r"|^স্লিপ$|বেতন\s*বিবরণী"
                   # a slip and its month in figures alone: "slip 3/25", "03/2025 er slip", "স্লিপ ৩/২৫"
                   rf"|^(?:slips?|স্লিপ)\s+(?:(?:of|for)\s+)?{_IN_FIGURES}$"
                   rf"|^{_IN_FIGURES}\s*(?:er|এর)?\s*(?:slips?|স্লিপ)$"
                   # and in Hindi: "वेतन पर्ची", "सैलरी स्लिप", "तनख्वाह की पर्ची", "vetan parchi"
                   # a receipt for the pay, "মাইনের রসিদ", "betoner rosid chai"
                   rf"|{_KIND}(?:\s*(?:er|এর))?\s*(?:রসিদ|\bro[sh]+id\b)"
                   # the pay's account, its reckoning, "beton er hishab", "বেতনের হিসাব"
                   rf"|{_KIND}(?:\s*(?:er|এর))?\s*(?:\bhi?sh?[ae]b\b|হিসাব|হিসেব)"
                   r"|(?:वेतन|सैलरी|तनख\u093c?्वाह|पे)\s*(?:की\s*)?(?:पर्ची|स्लिप)"
                   r"|\b(?:salary|vetan|tankh?wa+h?)\s+(?:ki\s+)?parchi\b"),
    # and the last of a run of months: "april theke june porjonto slip", "এপ্রিল থেকে জুন পর্যন্ত স্লিপ", in Hindi
    # "april se june tak ki slip", "june ki slip"
    Phrase("slip", rf"{_MONTH}(?:\s*-?\s*(?:এর|র|er))?(?:\s*(?:month|mash?(?:er|e)?|মাস(?:ের)?))?"
                   rf"(?:\s*(?:porjonto|পর্যন্ত|tak))?(?:\s*ki)?\s*{_SLIP}"),
    # the last months' slips, as banks ask for them and the answer to a salary certificate asked says to type
    # ("last 3 months slips", "গত তিন মাসের স্লিপ", "goto 3 maser slip"): the chat reads the count (``last_months``)
    Phrase("slip", rf"{LAST}(?:\s*(?:er|এর))?\s*(?:{_SLIP}|(?:বেতন\s*)?বিবরণী|\bpay\s*slips?\b)"),
    Phrase("slip", rf"(?:^|\b(?:my|the|amar)\s|আমার\s)\s*{_SLIP}\s+(?:(?:of|for|from)\s+)?(?:the\s+)?{_MONTH}"),
    # the slip asked for in everyday words: "স্লিপ দিন", "slip please", "স্লিপটা দেখাও" (show it), and the pay asked
    # after: "আমার বেতন কত"
    # or said not received: "স্লিপ পাইনি", "slip pai ni", "I did not get my slip" (the latest is sent), or not opening:
    # "slip download hocche na", "স্লিপ খুলছে না", "my slip is not opening" (the latest, as for one not received)
    Phrase("slip", r"^(?:আমার\s*)?স্লিপ(?:টা|টি)?\s*(?:দিন|দাও|চাই|পাঠান|পাঠাও|লাগবে|দেখাও|দেখান|দেখুন|পাই\s*নি"
                   r"|পাচ্ছি\s*না|পেলাম\s*না|(?:ডাউনলোড|ওপেন)\s*হচ্ছে\s*না|খুলছে\s*না)?$"
                   # and in Latin letters: "amar slip dao", "slip ta pathao", "amar slip ta dekhao"
                   r"|^(?:(?:my|amar|amr)\s+)?slips?(?:\s*(?:ta|ti))?\s*"
                   r"(?:please|pls|chai|din|dao|den|lagbe|pathao|pathan|dekhao|dekhan|dekhun|dekhaw|pai\s*ni"
                   r"|pacchi\s*na|pelam\s*na|(?:download|open)\s+(?:hocche|hoche|hoy|hoi)\s*na|khul(?:che|e)\s*na"
                   r"|(?:is\s+not|isn['’]?t|won['’]?t|does\s*not|doesn['’]?t)\s+(?:open|download)(?:ing)?)?$"
                   r"|^i\s+(?:did\s*not|didn['’]?t|have\s*not|haven['’]?t)\s+(?:got|get|received?)\s+(?:my|the)\s+"
                   r"(?:latest\s+|last\s+)?slips?$"
                   # and in English: "show me my slip", "send me my slip please", "may I have my slip", "can you
                   # send my slip", "I want my slip"
                   r"|^(?:(?:please|pls|kindly)\s+)?(?:(?:can|could|may)\s+(?:i|you)\s+(?:please\s+)?"
                   r"|i\s+(?:want|need|would\s+like)\s+(?:to\s+(?:get|see|have)\s+)?)?"
                   r"(?:(?:show|send|give|have|get|see)\s+(?:me\s+)?)?(?:my|the)\s+(?:latest\s+|last\s+)?slips?"
                   r"(?:\s+(?:please|pls))?$"
                   r"|^(?:(?:please|pls|kindly)\s+)?(?:show|send|give)\s+(?:me\s+)?slips?(?:\s+(?:please|pls))?$"
                   r"|(?:বেতন|মাইনে)(?:টা|টি)?\s*কত(?:\s*(?:হল|হলো|টাকা|ছিল|এল|এসেছে))?$"
                   # "beton koto taka", "amar salary ta koto", "betan koto"
                   rf"|\b(?:{_SALARY}|bet[ao]n|ma[iy]ne)(?:\s*(?:ta|ti))?\s+koto(?:\s+(?:taka|holo?|chilo))?$"
                   rf"|\bhow\s+much\s+(?:is\s+|was\s+)?my\s+(?:{_SALARY}|pay)$"
                   # "what is my salary", "what's my pay", "tell me my salary", "show my salary details"
                   r"|^(?:what(?:['’]?s|\s+is|\s+was)|tell\s+me|show(?:\s+me)?)"
                   rf"\s+my\s+(?:{_SALARY}|pay)(?:\s+details)?$"),
    # ... and in Hindi: "meri salary kitni hai", "मेरी सैलरी कितनी है", "वेतन कितना मिला" (the phrase above has no room)
    Phrase("slip", rf"^(?:(?:meri|mera|mujhe)\s+)?(?:{_SALARY}|vetan|tankh?wa+h?)\s+kitn[ai]"
                   r"(?:\s+(?:hai|thi|mili|mila|aayi))?$"
                   r"|^(?:(?:मेरी|मेरा|मुझे)\s*)?(?:सैलरी|वेतन|तनख\u093c?्वाह)\s*कितन[ाी]"
                   r"(?:\s*(?:है|थी|मिली|मिला|आई))?$"),
    # a month of the Bengali calendar: "কার্তিক মাসের স্লিপ", "poush maser slip" (its two months are offered), with
    # its year: "কার্তিক ১৪৩২ এর স্লিপ", "kartik 1432-er slip" (the months of that year)
    Phrase("slip", rf"(?<!\S)(?:{'|'.join(bangla_months.SPELLED)})\S*\s*(?:[\d০-৯]{{4}}\s*-?\s*(?:এর|র|er)?\s*)?"
                   rf"(?:mash?(?:er|e)?\s*|মাসের?\s*)?{_SLIP}"),
    # one's pay asked after: when it comes, whether it came, where it is ("beton kobe dhukbe", "has my salary been
    # credited", "where is my salary", "বেতন কবে ঢুকবে"); its slip, a rise in it, a pension, an allowance, a job card's
    # wages or another's salary are not asked
    Phrase("credit", rf"^(?=.*{_OWN_PAY})(?=.*{_COMES})(?!.*(?:slip|স্লিপ|statement|বিবরণী|\bform\s*16"
                     rf"|\b(?:increase|hike|rise|barbe|barano\w*)\b|বাড়|বৃদ্ধি|পেনশন|ভাতা|{_NOT_OWN}))"),
    # the money asked after alone, at the main menu too: "taka dhukeche?", "টাকা ঢুকেছে?"
    Phrase("credit", r"^(?:amar\s+|আমার\s*)?(?:taka|টাকা)\s*(?:ki\s+|কি\s*)?(?:dhuk\w*|dhok\w*|ঢুক\S*|ঢোক\S*)"
                     r"(?:\s*(?:ki|কি|naki|নাকি))?$"),
    # the pay, Hindi's too: तनख्वाह ("tankhwah") anywhere, वेतन or सैलरी alone ("मेरा वेतन")
    Phrase("menu", rf"^(?:my\s+)?(?:{_SALARY}|payroll)$|\bpayroll\b|^(?:আমার\s*)?(?:বেতন|মাইনে|স্যালারি)$"
                   r"|^(?:my\s+|amar\s+)?(?:beton|betan|bethon|ma[iy]ne)$"
                   r"|तनख\u093c?्वाह|\btankh?wa+h?\b|^(?:मेरा\s*|मेरी\s*)?(?:वेतन|सैलरी)$"),
    # an employee saying so, or giving their ID ("employee id GP-PUR-0027", "আমি পঞ্চায়েতের কর্মচারী"): this service's,
    # which says to an unregistered number why an ID typed does not register it (``handlers``)
    Phrase("menu", EMPLOYEE_ID),
    # a PIN said in words, "my pin is 4821", "আমার পিন ৪৮২১": a secret, never kept to send on as a complaint (a postal
    # "pin code" is no PIN)
    Phrase("menu", r"^(?:(?:my|the|new|amar|আমার|নতুন)\s+)*(?:pin|পিন)(?:\s*(?:is|no|number|হল|হলো|নম্বর|নাম্বার|নং))*"
                   r"[\s:=#\-]*\d(?:[\s\-]*\d){3,5}$"),
)
_COMPILED = tuple((p.action, re.compile(unicodedata.normalize("NFKC", p.pattern), re.IGNORECASE)) for p in PHRASES)


def asked_for(text: str) -> str | None:
    """The payroll action ``text`` asks for, compared as the main menu compares it; None when it names none."""
    said = plain(text)
    return next((action for action, pattern in _COMPILED if pattern.search(said)), None)


def names_employee(text: str) -> bool:
    """The words give an employee's ID or say they are one (``EMPLOYEE_ID``)."""
    return _EMPLOYEE_ID.search(plain(text)) is not None
