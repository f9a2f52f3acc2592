"""The common words people use for each subject, in Bengali and in Bengali typed in Latin letters, give the subject:
'kal theke alo nei' (no light since yesterday) was begun as a complaint and still asked what it was about. A word
belongs to one subject only, and words that say one thing together ('rastar batti', the road's lamp; 'batti jole
na', the lamp does not burn; 'jol jome ache', water stands) are read together, not as a road, or as water."""
from __future__ import annotations

import pytest

from services.grievance.domain import Categories
from services.grievance.domain.subject import _CLUES, guess
from services.grievance.service import CATEGORIES

OFFERED = [c.key for c in Categories.load(CATEGORIES).chosen_by_people()]

SAID = {
    "water": ["amader kol e jol aschhe na", "পাড়ার কলে জল নেই", "chapakol kharap", "চাপাকল ভেঙে গেছে",
              "tubekol theke pani ashe na", "nolkup kharap hoye ache", "nalkup sarano hoy ni",
              "jolkol bondho", "pipeline fete geche", "জলের পাইপলাইন ফাটা"],
    "roads": ["gramer path bhanga", "পথ খারাপ", "amader goli te hata jay na", "গলিতে কাদা", "bridge bhenge geche",
              "সেতু ভাঙা", "setu bhanga", "কালভার্ট ভেঙেছে", "culvert bhanga", "বাঁশের সাঁকো নড়বড়ে",
              "sanko bhanga", "pul bhanga", "পুল ভেঙে গেছে", "street full of holes", "পিচ উঠে গেছে",
              "rastha kharap"],
    "lights": ["kal theke alo nei", "আলো নেই", "light jolche na", "batti jole na", "রাস্তার আলো জ্বলে না",
               "rastar batti kharap", "রাস্তার বাতি নিভে আছে", "rastar light kharap", "রাস্তার লাইট খারাপ",
               "bulb kete geche", "বাল্ব নেই", "rastar alo nei", "sondhe theke ondhokar", "রাতে অন্ধকার",
               "andhokar hoye thake", "bati jwole na", "বাতি জ্বলছে না", "lamp post e alo jolche na",
               "ল্যাম্পপোস্ট ভাঙা"],
    "drainage": ["abor-jona jome ache", "aborjona phele rakhe", "abarjana porishkar hoy na", "jonjal jome ache",
                 "nordama bhora", "nardama bondho", "jol jome ache barir samne", "বৃষ্টিতে জল জমে থাকে",
                 "জল জমেছে", "nongra hoye ache", "নোংরা জায়গা", "kachra pore ache", "kochra tola hoy na",
                 "durgondho beroy", "দুর্গন্ধ ছড়াচ্ছে", "toilet bhanga", "শৌচাগার নেই", "shouchagar nei",
                 "পায়খানা ভাঙা", "dustbin nei", "ডাস্টবিন উপচে পড়ছে", "jol nikashi nei", "nikasi bebostha kharap"],
    "housing": ["bangla awas er ghar pai ni", "pakka bari pai ni", "পাকা বাড়ি পাইনি", "pakka ghar hoy ni",
                "ghorer taka pai ni", "ঘরের টাকা পাইনি", "indira awas er kisti", "housing er taka ashe ni",
                "abas yojana list e naam nei"],
    "pension": ["lokkhir bhandar er taka ashe ni", "laxmir bhandar bondho", "lakhir bhandar pacchi na",
                "bhatta pacchi na", "বার্ধক্যের টাকা আসেনি", "বিধবার টাকা বন্ধ", "bidhoba bhata", "bidhaba bhata",
                "joy bangla pension", "জয় বাংলা প্রকল্প", "allowance bondho", "penson pai na"],
    "jobcard": ["eksho diner kaj pai ni", "একশ দিনের কাজের টাকা", "narega r taka", "manrega kaj nei", "নরেগার টাকা",
                "মনরেগা কাজ", "karmashree kaj", "karmasree prokolpo", "kormoshree", "কর্মশ্রী প্রকল্পের কাজ",
                "job kard nei"],
    "certificates": ["birth er kagoj", "sonsapatra pai ni", "shongshapotro dey na", "songsapatra lagbe",
                     "জন্মের সার্টিফিকেট", "mrittu r kagoj pai ni"],
    "building": ["bari toirir plan pass hoy ni", "plan pass korche na", "বাড়ির নকশা অনুমোদন হয়নি",
                 "barir plan jama diyechi", "nirman onumoti pai ni", "nirmaner onumoti", "bhaban nirman"],
    "trade": ["trade er kagoj", "byabsar licence pai ni", "bebsa r license", "লাইসেন্স পাইনি", "ব্যবসার কাগজ",
              "babsa licence"],
    "conduct": ["durniti hocche", "দুর্নীতি", "corruption", "ghoosh chay", "taka chaiche kaj korte",
                "টাকা চাইছে", "taka cheyeche", "টাকা চেয়েছে", "galagali korlo", "গালাগালি দিল", "গালি দিয়েছে",
                "kharap byabohar", "kharap bebohar", "durbyabohar", "খারাপ আচরণ", "kharap achoron", "dhomki dilo",
                "হুমকি দিয়েছে"],
}


@pytest.mark.parametrize(("text", "key"), [(text, key) for key, texts in SAID.items() for text in texts])
def test_the_common_words_for_each_subject_give_it(text, key):
    assert guess(text, OFFERED) == key


@pytest.mark.parametrize(("key", "clue"), [(key, clue) for key, clues in _CLUES.items() for clue in clues])
def test_every_clue_belongs_to_its_own_subject_only(key, clue):
    assert guess(clue, OFFERED) == key


@pytest.mark.parametrize("text", ["water on the road", "rastay jol jome ache", "the broadband is slow", "hello",
                                  "kal theke", "ghorer taka chaiche"])
def test_words_of_two_subjects_or_of_none_still_ask(text):
    assert guess(text, OFFERED) is None


async def test_kal_theke_alo_nei_begins_a_complaint_about_the_street_lights(make_person):
    person = make_person(lang="bn")
    await person.tap("grievance:new")
    begun = await person.say("kal theke alo nei")
    assert "বিষয়: পথবাতি, আপনার লেখা থেকে" in begun.text
    assert "grievance:cat:lights" not in begun.choices


@pytest.mark.parametrize("text", [
    "amader gramer rastay alo jole na 3 din dhore", "রাস্তায় আলো জ্বলে না", "rastay batti nei", "goli te bati nei",
    "the road lights are off", "light jolche na rastay", "the street lamp near the school is broken",
    "গলিতে আলো নেই", "pother alo kharap"])
def test_a_light_said_with_the_road_it_stands_on_is_a_street_light(text):
    assert guess(text, OFFERED) == "lights"


@pytest.mark.parametrize("text", ["রাস্তায় বড় গর্ত, আলোও নেই", "road e pothole ar light nei", "bridge e light nei"])
def test_a_light_and_the_roads_own_trouble_still_ask(text):
    assert guess(text, OFFERED) is None
