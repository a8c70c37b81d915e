"""Kirklees searches and their labels."""
from common import Q

QUERIES = [
    Q("any walking groups near marsden? nothing too strenuous, im 68 and my knees arent great",
      "Marsden", ["walking_outdoors", "older_people"], ["kk-walk-hudd", "kk-walk-holmfirth"],
      ["walk"], ["variant"], age=68),
    Q("Food bank in Dewsbury?", "Dewsbury", [], ["kk-fridge-batley", "kk-foodbank-hudd"],
      ["food_free", "pantry"], ["variant"]),
    Q("is there one of them pantry things in dewsbury where you pay a few quid a week and get your "
      "shopping? on UC and skint", "Dewsbury", ["free_cost"], ["kk-pantry-dewsbury"],
      ["pantry", "food_free"], ["variant"]),
    Q("Assalam o alaikum, Batley mein koi jagah hai jahan muft khana mil sake? is mahine paise bilkul "
      "nahi hain", "Batley", ["non_english", "free_cost"], ["kk-fridge-batley", "kk-foodbank-hudd"],
      ["food_free", "pantry"], ["variant"]),
    Q("got a letter about my PIP review and I dont understand half of it. Huddersfield. I'd rather sort "
      "it over the phone than go anywhere", "Huddersfield", [], ["kk-advice-line"], ["advice"], ["variant"]),
    Q("meri ammi ko Attendance Allowance ka form bharna hai, woh sirf Punjabi samajhti hain. Savile Town "
      "mein koi madad milegi?", "Savile Town", ["non_english"], ["kk-advice-savile"], ["advice"], ["variant"]),
    Q("can someone show me how to use my new tablet? I live in Cleckheaton and I'm 79", "Cleckheaton",
      ["digital_skills", "older_people"], ["kk-digital-batley", "kk-digital-hudd"], ["digital"], ["stale"],
      age=79),
    Q("is the tech cafe in cleckheaton still on tuesday mornings? need help with my phone", "Cleckheaton",
      ["digital_skills"], [], ["digital"], ["stale", "time"]),
    Q("Moved to Mirfield in the summer to be near my daughter but she works all week. I'm 81 and don't "
      "get out much. Would love someone to ring me for a natter now and then", "Mirfield",
      ["new_to_area", "older_people"], ["kk-befriend-phone"], ["befriend_phone"], ["area"], age=81),
    Q("retired joiner here, 66, wife says I need a hobby lol. any mens shed round dewsbury", "Dewsbury",
      ["men", "retired", "older_people"], ["kk-shed-mirfield"], ["shed"], ["far"], age=66),
    Q("mens shed near Marsden? or anywhere up the colne valley", "Marsden", ["men"], [], ["shed"], ["far"]),
    Q("I care for my husband (he has Parkinson's). Is there a carers group in Dewsbury in the daytime? I "
      "can only leave him for a couple of hours", "Dewsbury", ["carers"],
      ["kk-carers-dewsbury", "kk-carers-hudd"], ["carers", "young_carers"], ["audience"]),
    Q("im 14 and i look after my mum shes got MS. is there anything for young carers near holmfirth",
      "Holmfirth", ["young_people", "carers"], ["kk-young-carers"], ["young_carers", "carers"],
      ["age", "audience"], age=14, youth=True),
    Q("My wife passed in March. Not coping brilliantly. Is there a bereavement group round Honley or "
      "Holmfirth?", "Honley", ["bereaved"], ["kk-bereave-honley"], ["bereave"]),
    Q("lgbt social for adults in huddersfield? friday nights ideally, I'm 34, bit nervous about going on "
      "my own", "Huddersfield", ["lgbtq"], ["kk-lgbt-adult"], ["lgbtq", "kids"], ["name", "age"], age=34),
    Q("I'm 15 and gay, is there a group for people like me near Dewsbury? my parents don't know",
      "Dewsbury", ["young_people", "lgbtq"], ["kk-lgbt-youth"], ["lgbtq"], ["age"], age=15, youth=True),
    Q("im 12 is there an lgbt group near huddersfield i can go to", "Huddersfield",
      ["young_people", "lgbtq"], [], ["lgbtq", "kids"], ["age", "name"], age=12, youth=True),
    Q("Rainbows for my 6 year old in Lindley? she wants to join like her friend", "Lindley",
      ["parents_families"], ["kk-rainbows-lindley"], ["kids"], age=6),
    Q("toddler group heckmondwike on a wednesday?", "Heckmondwike", ["parents_families"],
      ["kk-toddler-heck"], ["toddler"], ["time"]),
    Q("we're in slaithwaite with a 10 month old, any baby groups on a friday? we don't have a car",
      "Slaithwaite", ["parents_families", "transport"], ["kk-toddler-marsden"], ["toddler"], ["time"]),
    Q("Hello. I am from Eritrea, now live in Huddersfield. I want practise my English and make friends. "
      "Where I can go?", "Huddersfield", ["new_to_area", "books_learning"], ["kk-esol-hudd"], ["newcomer"]),
    Q("anything for teenagers in batley on a thursday night? my son is 13 and bored out his mind",
      "Batley", ["young_people", "parents_families"], ["kk-youth-batley"], ["youth"], ["time"],
      age=13, youth=True),
    Q("Is there a choir in Huddersfield where you don't have to audition? I can't read music",
      "Huddersfield", ["music"], ["kk-choir-hudd"], ["choir"], ["far"]),
    Q("I'm in Golcar and love singing, happy to drive up to 20 miles for the right choir", "Golcar",
      ["music", "transport"], ["kk-choir-hudd", "kk-choir-rochdale"], ["choir"], radius=20),
    Q("knitting or crochet group near Birstall, afternoons?", "Birstall", ["arts_crafts"],
      ["kk-crafts-birstall"], ["crafts", "women"], ["time"]),
    Q("lunch club for my dad in Kirkburton, he's 84 and a bit deaf", "Kirkburton",
      ["older_people", "accessibility"], ["kk-lunch-kirkburton"], ["lunch"], age=84),
    Q("My mum uses a wheelchair and the buses are a nightmare - is there any transport to get her to the "
      "shops from Batley?", "Batley", ["disability", "transport", "accessibility"], ["kk-transport"],
      ["transport"]),
    Q("I'm 35 and want to volunteer outdoors, conservation type stuff, near Slaithwaite. Weekends would be "
      "best", "Slaithwaite", ["gardening_nature"], ["kk-vol-conservation", "kk-volcentre"],
      ["volunteer", "vol_centre"], ["time"], age=35),
    Q("line dancing in meltham monday nights?", "Meltham", ["sport_fitness"], [], ["dance"], ["inactive"]),
    Q("board games night in huddersfield? im 17", "Huddersfield", ["games_quizzes", "young_people"],
      ["kk-games-hudd"], ["games"], ["age"], age=17, youth=True),
    Q("any open mic or folk session in HD9? I play fiddle", "HD9", ["music"],
      ["kk-shed-sessions"], ["music", "choir"], ["name"]),
    Q("proper hill walking group, 10 miles plus on the moors, HD7", "HD7",
      ["walking_outdoors", "sport_fitness"], ["kk-walk-marsden"], ["walk"], ["variant"]),
    Q("want to start a litter pick group in Liversedge, who can help me get it going?", "Liversedge", [],
      ["kk-volcentre"], ["vol_centre", "volunteer"]),
    Q("Hiya, sorry this is long. Since Dad went into the home I've been on my own in the house in Honley "
      "and it's far too quiet, I used to do things with him every weekend. I'm 58, not very sporty, my "
      "friend says try a walking group but I'd want something gentle. Is there anything on a Wednesday?",
      "Honley", ["walking_outdoors"], ["kk-walk-holmfirth"], ["walk"], ["time", "pair"], age=58),
    Q("Is there a walking group just for women near Ravensthorpe? I'd feel more comfortable", "Ravensthorpe",
      ["women", "walking_outdoors"], ["kk-walk-women"], ["walk", "women"], ["audience"]),
    Q("Dewsbury mein aurton ke liye silai kadhai ka koi group hai? jahan Urdu mein baat ho sake", "Dewsbury",
      ["non_english", "women", "arts_crafts"], ["kk-women-ravensthorpe"], ["women", "crafts", "walk"],
      ["variant"]),
    Q("pay as you feel food in holmfirth on a saturday?", "Holmfirth", ["free_cost"], ["kk-larder-holmfirth"],
      ["food_free", "pantry"], ["time"]),
    Q("youth club in holmfirth for my 12 year old, tuesday nights", "Holmfirth",
      ["young_people", "parents_families"], ["kk-youth-holmfirth"], ["youth"], ["time"], age=12, youth=True),
]
