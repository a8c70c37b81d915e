# Resident searches, text written first, then labelled.
# Q(text, near, age, youth, tags, topics-for-checking, max-miles, relevant-keys, **filters)
QUERIES = []

def Q(text, near, age, youth, tags, top, mi, rel, **kw):
    QUERIES.append(dict(text=text, near=near, age=age, youth=youth, tags=tags.split(), top=top.split(), mi=mi,
                        rel=rel.split(), **kw))

def B(text, near, age, youth, tags, mi, add="", drop="", hand="", **kw):
    """A broad search: relevant = every general activity in reach that suits the person (see check.auto_rel), +add -drop."""
    QUERIES.append(dict(text=text, near=near, age=age, youth=youth, tags=tags.split(), top=["*"], mi=mi, rel=None,
                        add=add.split(), drop=drop.split(), hand=hand.split(), **kw))

# ------------------------------------------------------------ Kirklees
Q("any walking groups round slaithwaite? just retired and want to get out more", "Slaithwaite", None, False,
  "walking_outdoors retired", "walk", 5, "K01 K03", older=True)
Q("Is there a knit and natter in Huddersfield", "Huddersfield", None, False, "arts_crafts", "craft", 4, "K07 K08")
Q("hi im 72 and on my own since my husband passed, is there a lunch club near cleckheaton", "Cleckheaton", 72, False,
  "social_cafe older_people bereaved", "lunch bereaved", 4, "K22 K40 K20 K52")
Q("my dad is 80 and doesnt really leave the house any more, is there anyone who could visit him? hes in heckmondwike",
  "Heckmondwike", 80, False, "older_people", "befriend", 5, "K52 K51")
Q("im 15 and bored, anything on in batley in the evenings", "Batley", 15, True, "young_people", "youth games", 4, "K46", when="evening")
Q("where can i get a food parcel in dewsbury, got nothing till payday", "Dewsbury", None, False, "free_cost",
  "foodbank hardship", 4, "K57 K63 K24")
Q("need help with my gas and electric, prepayment meter keeps running out. huddersfield", "Huddersfield", None, False, "",
  "energy hardship", 5, "K60 K63")
Q("Can anyone help me fill in a PIP form in Dewsbury", "Dewsbury", None, False, "", "benefits", 5, "K61")
Q("I care for my wife who has dementia. Is there any support for carers near Huddersfield?", "Huddersfield", None, False,
  "carers health_condition", "carers dementia", 6, "K37 K17")
Q("My 14 yr old son has just come out as gay and is struggling, is there a group for him in huddersfield?", "Huddersfield",
  None, False, "lgbtq young_people parents_families", "lgbtq", 5, "K42", foryouth=True)
Q("im 16 and think i might be bi. is there anywhere in huddersfield i can meet people like me", "Huddersfield", 16, True,
  "lgbtq young_people", "lgbtq youth", 6, "K42")
Q("Warm place to sit during the day in Cleckheaton? heatings off, cant afford it", "Cleckheaton", None, False,
  "social_cafe free_cost", "warm energy hardship", 3, "K71 K60 K63")
Q("I'm a 38 year old mum, is there walking netball or anything like that in Dewsbury", "Dewsbury", 38, False,
  "sport_fitness women parents_families", "sport", 5, "K67", women=True)
Q("toddler groups in Dewsbury? got a 2 yr old", "Dewsbury", None, False, "parents_families", "toddler", 4, "K43")
Q("lonely since i retired, i like gardening. near birkby", "Birkby", None, False, "gardening_nature retired", "garden volunteer", 5,
  "K13 K54", older=True)
Q("Any book clubs in Huddersfield that meet in the evening?", "Huddersfield", None, False, "books_learning", "books", 5, "K26")
Q("where can i play chess in huddersfield im 13", "Huddersfield", 13, True, "games_quizzes young_people", "chess games", 5,
  "K28")
Q("I'd like to volunteer, I've got time on weekdays. Dewsbury area", "Dewsbury", None, False, "", "volunteer", 5, "K54")
Q("id like to help out at a community cafe or a garden project in huddersfield", "Huddersfield", None, False,
  "gardening_nature social_cafe", "volunteer", 5, "K25 K13 K54")
Q("How do I start a walking group in my village? Kirkburton", "Kirkburton", None, False, "walking_outdoors", "startgroup", 9, "K55")
Q("need a lift to the hospital from holmfirth, i dont drive", "Holmfirth", None, False, "transport", "transport", 9, "K53 K64")
Q("any community transport in dewsbury, i use a wheelchair", "Dewsbury", None, False, "transport disability accessibility",
  "transport", 9, "K64")
Q("facing eviction what do i do. huddersfield", "Huddersfield", None, False, "", "housing", 9, "K66")
Q("is there a bereavement group in cleckheaton or heckmondwike, lost my mum in the summer", "Cleckheaton", None, False,
  "bereaved", "bereaved", 7, "K40 K39")
Q("Dewsbury coffee morning on a friday?", "Dewsbury", None, False, "social_cafe", "coffee", 4, "K24 K21", days="FR")
B("Whats on for older people in Batley? Im 67", "Batley", 67, False, "older_people", 3.5, add="K36", hand="K20 K36 K30 K32 K22")
B("im 45 and a bit lonely, anything sociable in cleckheaton or heckmondwike?", "Cleckheaton", 45, False, "social_cafe", 3.5, hand="K71 K11 K29")
Q("Can someone help me get online, I've got a new tablet and haven't a clue. Mirfield", "Mirfield", None, False,
  "digital_skills", "digital", 5, "K35 K34")
Q("I'm 70 and want to learn how to video call my grandchildren, Batley", "Batley", 70, False, "digital_skills older_people",
  "digital", 5, "K36 K35")
Q("somewhere to practise my english in huddersfield? I am from Syria", "Huddersfield", None, False, "new_to_area",
  "language newcomer", 5, "K49")
Q("women only english conversation in dewsbury", "Dewsbury", None, False, "women new_to_area", "language", 5, "K50", women=True)
Q("marsden anything on thursday night? im 14", "Marsden", 14, True, "young_people", "youth music", 5, "K45", days="TH")
Q("football for my 13 year old in savile town", "Savile Town", None, False, "sport_fitness young_people parents_families",
  "sport", 4, "K47", foryouth=True)
Q("young carer, 15, really need a break from home. huddersfield", "Huddersfield", 15, True, "carers young_people", "carers",
  6, "K48")
B("Free things to do in Dewsbury? skint", "Dewsbury", None, False, "free_cost", 3, hand="K24 K04 K15", free=True)
Q("my husband has dementia, is there a singing group we could go to together? near honley", "Honley", None, False,
  "music carers health_condition", "music dementia carers", 5, "K17 K37")
Q("anywhere to get cheap food in batley? not a foodbank, I work", "Batley", None, False, "free_cost", "pantry", 4, "K58")
Q("Slaithwaite free food?", "Slaithwaite", None, False, "free_cost", "pantry foodbank", 4, "K59")
Q("is there a group for men to talk about mental health round mirfield", "Mirfield", None, False, "men",
  "wellbeing", 5, "K69 K70 K04", men=True)
Q("feeling really anxious and low. is there a support group in huddersfield", "Huddersfield", None, False, "",
  "wellbeing", 4, "K70")
Q("gardening club I can do from my wheelchair, near Fartown", "Fartown", None, False,
  "gardening_nature disability accessibility", "garden", 5, "K13", step=True)
Q("anything for carers in dewsbury? I look after my son", "Dewsbury", None, False, "carers parents_families", "carers", 8, "K37")
Q("is there a craft group in dewsbury or batley", "Dewsbury", None, False, "arts_crafts", "craft", 4, "K09")
Q("lunch club almondbury for my mum, she's 82", "Almondbury", 82, False, "older_people social_cafe", "lunch", 4, "K23")
Q("Is there any help from Kirklees with paying bills? struggling", "Kirklees", None, False, "", "hardship energy debt",
  9, "K63 K60 K61")
Q("any LGBT social groups in Kirklees for adults", "Kirklees", None, False, "lgbtq", "lgbtq", 8, "K41")
Q("hi im 17 from dewsbury and need to volunteer for my DofE", "Dewsbury", 17, True, "young_people", "volunteer", 6, "K54")
Q("need a food bank in huddersfield thats open on a friday", "Huddersfield", None, False, "", "foodbank", 5, "K56", days="FR")
Q("somewhere warm to go in huddersfield town centre, cant afford the heating", "Huddersfield", None, False,
  "social_cafe free_cost", "warm cafe energy hardship", 3, "K25 K60 K63")
B("bored stiff in holmfirth, 68 and widowed, whats on", "Holmfirth", 68, False, "older_people bereaved", 5, add="K53 K51", hand="K02 K17 K53 K12 K51")
Q("Marsden walking group at the weekend?", "Marsden", None, False, "walking_outdoors", "walk", 5, "K03", days="SA SU")
Q("anything for dads round heckmondwike? stay at home dad, 34, bit isolated", "Heckmondwike", 34, False,
  "men parents_families", "shed toddler", 4, "K11 K43")
Q("Is there somewhere in Birstall for older people to have a chat and a cuppa", "Birstall", None, False,
  "older_people social_cafe", "coffee warm", 3.5, "K20 K71 K24 K36", older=True)
Q("I'm 58, live on my own in Denby Dale, would love a phone call now and again", "Denby Dale", 58, False, "",
  "befriend", 9, "K51")
Q("knit group huddersfield with a hearing loop? im hard of hearing", "Huddersfield", None, False,
  "arts_crafts disability accessibility", "craft", 5, "K07", loop=True)
B("whats on in huddersfield on tuesdays?", "Huddersfield", None, False, "", 2.5, hand="K07 K25 K26", days="TU")
Q("Is there a walk and talk type thing in Dewsbury? Been struggling since lockdown", "Dewsbury", None, False,
  "walking_outdoors", "walk wellbeing", 4, "K04 K06")
Q("wheelchair accesible coffee morning mirfield", "Mirfield", None, False, "social_cafe disability accessibility", "coffee warm",
  4, "K21 K24 K71", step=True)
B("anything on for 60s and over in heckmondwike? im 64", "Heckmondwike", 64, False, "older_people", 4, hand="K32 K20 K22 K30 K21 K24 K71 K09")
Q("Im 12 is there a football club in dewsbury i can join for free", "Dewsbury", 12, True, "sport_fitness young_people free_cost",
  "sport youth", 4, "K47 K46", free=True)
Q("mums group in dewsbury where i can practise english", "Dewsbury", None, False, "women new_to_area parents_families",
  "language toddler", 4, "K50 K43", women=True)
Q("benefits help huddersfield, UC journal keeps going wrong", "Huddersfield", None, False, "digital_skills",
  "benefits digital", 7.5, "K34 K61")
B("anything to do in Batley on a friday night", "Batley", None, False, "", 3, hand="K29", days="FR", when="evening")
Q("volunteer driver holme valley", "Holmfirth", None, False, "transport", "volunteer", 6, "K53 K54")
B("anything to do in huddersfield in the day? retired and fed up of the telly", "Huddersfield", None, False, "retired", 2.5, add="K54", hand="K07 K08 K13 K25 K68 K54", older=True, when="morning afternoon")
B("I've just moved to Dewsbury and don't know anyone. I'm 30", "Dewsbury", 30, False, "new_to_area", 3, add="K54", hand="K16 K04 K24 K09 K54")
B("any groups in batley where i can meet people? im 50", "Batley", 50, False, "", 2.5, hand="K15 K29 K24 K16 K09")
B("my mum's 78 and lonely, lives in cleckheaton. what could she go to?", "Cleckheaton", 78, False, "older_people", 3.5, add="K52", hand="K22 K71 K52 K20 K32")
B("things to do in holmfirth that don't cost anything", "Holmfirth", None, False, "free_cost", 3, hand="K02 K12", free=True)
Q("help with money worries in dewsbury", "Dewsbury", None, False, "", "debt benefits hardship energy", 7, "K61 K63 K60")
B("mirfield, anything on on a saturday?", "Mirfield", None, False, "", 3, hand="K06 K09", days="SA")
Q("something creative to do in huddersfield? crafts, sewing, that sort of thing", "Huddersfield", None, False, "arts_crafts",
  "craft", 4, "K07 K08")
B("I'm 16, anything to do in dewsbury or batley?", "Dewsbury", 16, True, "young_people", 3, hand="K46 K47")
Q("any walking groups near berry brow? doctor says I need more exercise", "Berry Brow", None, False,
  "walking_outdoors health_condition", "walk", 5, "K02 K01")
Q("food help in batley or dewsbury, can't make it to payday", "Batley", None, False, "free_cost",
  "foodbank pantry hardship warm", 4, "K57 K58 K24 K63")
Q("Im a pensioner in Dewsbury, any help with my heating bills? and somewhere warm to go", "Dewsbury", None, False,
  "older_people social_cafe", "energy hardship warm", 4, "K60 K63 K24", older=True)
Q("volunteering in holmfirth?", "Holmfirth", None, False, "", "volunteer", 6, "K53 K54")
B("colne valley, anything on for older people? I'm 74", "Slaithwaite", 74, False, "older_people", 3)
Q("help with my phone or computer, huddersfield or dewsbury", "Mirfield", None, False, "digital_skills", "digital", 5,
  "K34 K35")
Q("I care for my mum who has dementia, we live in holmfirth", "Holmfirth", None, False, "carers health_condition",
  "carers music", 6, "K17 K37")
B("anything on in batley on a wednesday", "Batley", None, False, "", 2.5, days="WE")
B("things to do in huddersfield on a thursday", "Huddersfield", None, False, "", 2, days="TH")
Q("Where can I get help with forms and using my phone in dewsbury", "Dewsbury", None, False, "digital_skills",
  "digital benefits", 4, "K35 K61")
Q("any clubs for teenagers round batley? I'm 14", "Batley", 14, True, "young_people", "youth", 3, "K46 K47")
B("heckmondwike, something active for over 60s, I'm 69", "Heckmondwike", 69, False, "older_people sport_fitness", 2.5,
  drop="K09 K11 K15 K16 K20 K21 K22 K24 K29 K71")
Q("toddler group in holmfirth? just moved here with a 1 year old", "Holmfirth", None, False, "parents_families new_to_area",
  "toddler", 4, "K73")
Q("any walking groups in knaresborough? I'm fairly fit", "Knaresborough", None, False, "walking_outdoors", "walk", 4,
  "H02 H01")
Q("masham walking group", "Masham", None, False, "walking_outdoors", "walk", 9, "H03")
Q("Im 75 and live alone in Bilton, is there a lunch club", "Bilton", 75, False, "older_people social_cafe", "lunch", 4,
  "H18 H19")
Q("lunch club knaresborough, I'm 62", "Knaresborough", 62, False, "older_people social_cafe", "lunch", 4, "H18")
Q("my mum has dementia and loves singing, we live in ripon", "Ripon", None, False, "music carers health_condition older_people",
  "music dementia", 5, "H13")
Q("mens shed knaresborough", "Knaresborough", None, False, "men", "shed", 5, "H14")
Q("I'm 16, is there a youth club in Ripon", "Ripon", 16, True, "young_people", "youth", 5, "H39")
Q("dominoes or cards in the afternoon, knaresborough. Im 79", "Knaresborough", 79, False, "games_quizzes older_people",
  "games", 4, "H24", when="afternoon")
Q("ballroom dancing ripon", "Ripon", None, False, "sport_fitness", "dance", 11, "H25")
Q("exercise class for over 60s in harrogate, I'm 71 and had a fall last year", "Harrogate", 71, False,
  "sport_fitness older_people health_condition", "exercise_older", 4, "H27 H28 H01")
Q("carers support in harrogate", "Harrogate", None, False, "carers", "carers", 6, "H31")
Q("I care for my husband, we're near pateley bridge. I need a break and some company", "Pateley Bridge", None, False,
  "carers", "carers warm", 12, "H32 H17 H31")
Q("lost my husband last year, live in harrogate, would like to meet others in the same boat", "Harrogate", None, False,
  "bereaved", "bereaved", 11, "H33 H34")
Q("bereavement support ripon", "Ripon", None, False, "bereaved", "bereaved", 11, "H34 H33")
Q("lgbt groups harrogate", "Harrogate", None, False, "lgbtq", "lgbtq", 6, "H35")
Q("im 15 and trans, is there anything in harrogate for me", "Harrogate", 15, True, "lgbtq young_people", "lgbtq youth", 5,
  "H38")
Q("bored, 14, nidderdale, anything to do", "Pateley Bridge", 14, True, "young_people", "youth", 6, "H40")
Q("I have just moved to Harrogate from Ukraine and want to practise my English", "Harrogate", None, False,
  "new_to_area", "language newcomer", 5, "H41")
Q("feeling lonely, would like someone to ring me for a chat. harrogate", "Harrogate", None, False, "", "befriend", 5,
  "H42 H43")
Q("I'd like to volunteer visiting older people in Knaresborough", "Knaresborough", None, False, "older_people", "volunteer",
  5, "H43 H44")
Q("volunteering in harrogate on weekdays", "Harrogate", None, False, "", "volunteer", 5, "H44 H43",
  days="MO TU WE TH FR")
Q("volunteer gardening ripon", "Ripon", None, False, "gardening_nature", "volunteer garden", 5, "H45 H44")
Q("food bank harrogate", "Harrogate", None, False, "", "foodbank hardship pantry", 4, "H46 H56 H48")
Q("ripon food bank opening times", "Ripon", None, False, "", "foodbank", 5, "H47")
Q("free veg or food in pateley bridge?", "Pateley Bridge", None, False, "free_cost", "pantry foodbank", 6, "H49")
Q("can't afford to heat my home. harrogate", "Harrogate", None, False, "free_cost", "energy hardship warm", 5, "H50 H56")
Q("benefits advice ripon", "Ripon", None, False, "", "benefits debt", 5, "H52")
Q("debt advice in harrogate", "Harrogate", None, False, "", "debt", 5, "H51")
Q("transport to hospital from pateley bridge, no car", "Pateley Bridge", None, False, "transport", "transport", 6, "H54")
Q("harrogate i'm homeless tonight where do i go", "Harrogate", None, False, "", "housing", 5, "H55")
Q("walking football in knaresborough, I'm 55", "Knaresborough", 55, False, "sport_fitness", "sport", 5, "H58")
B("over 60 and want to make friends in Boroughbridge", "Boroughbridge", None, False, "older_people", 5, hand="H08 H20", older=True)
B("killinghall - anything for pensioners? feeling lonely", "Killinghall", None, False, "older_people retired", 3, add="H42", hand="H18 H42 H27 H06 H25 H01", older=True)
B("something to do in harrogate on a monday evening", "Harrogate", None, False, "", 3, hand="H12 H23", days="MO")
Q("community garden near harrogate I can help at on a sunday", "Harrogate", None, False, "gardening_nature", "garden", 4,
  "H10", days="SU")
Q("knaresborough food bank", "Knaresborough", None, False, "", "foodbank pantry hardship", 4, "H48 H46 H56")
Q("is there any help with a one-off grant for a new cooker? harrogate, on benefits", "Harrogate", None, False, "",
  "hardship", 8, "H56")
Q("whats the number for warm and well in harrogate", "Harrogate", None, False, "", "energy", 12, "H50")
Q("we are a couple in our 70s in Starbeck, any lunch club or tea dance?", "Starbeck", None, False, "older_people social_cafe",
  "lunch dance", 3.5, "H18 H25 H19", older=True)
B("retired and bored in harrogate, what's on?", "Harrogate", None, False, "retired", 2.5, add="H44", hand="H01 H06 H12 H21 H25 H27 H44", older=True)
B("new to knaresborough, want to meet people", "Knaresborough", None, False, "new_to_area", 3, add="H43", hand="H02 H24 H14 H43 H28 H01")
B("ripon. I'm 66 and on my own, what is there to do", "Ripon", 66, False, "older_people", 2, hand="H03 H07 H15 H22 H30")
Q("need money help in harrogate, struggling with bills and rent", "Harrogate", None, False, "",
  "debt benefits hardship energy housing", 5, "H51 H50 H56 H55")
B("pateley bridge, anything on for a 70 year old?", "Pateley Bridge", 70, False, "older_people", 3, hand="H04 H09 H17")
B("anything on in harrogate on a wednesday afternoon", "Harrogate", None, False, "", 3, add="H25", hand="H06 H25", days="WE",
  when="afternoon")
B("free things to do in ripon", "Ripon", None, False, "free_cost", 3, hand="H03 H22 H30 H45", free=True)
Q("volunteering round knaresborough or harrogate, i like being outdoors", "Knaresborough", None, False, "walking_outdoors gardening_nature",
  "volunteer", 4, "H10 H44")
Q("lunch clubs in harrogate for my dad, he's 81", "Harrogate", 81, False, "older_people social_cafe", "lunch", 4,
  "H18 H19")
Q("food or money help in ripon", "Ripon", None, False, "", "foodbank benefits debt hardship pantry", 5, "H47 H52 H56")
Q("gentle exercise in harrogate or knaresborough, I'm 68", "Harrogate", 68, False, "sport_fitness older_people",
  "exercise_older sport walk", 4, "H01 H27 H28 H58")
Q("I'm 17 and want to do some volunteering in harrogate", "Harrogate", 17, True, "young_people", "volunteer", 4,
  "H44 H10 H43")
Q("anything for teenagers in harrogate? im 14", "Harrogate", 14, True, "young_people", "youth chess", 3, "H38 H23")
Q("budget advice and a food parcel, harrogate", "Harrogate", None, False, "", "foodbank debt hardship pantry", 4,
  "H46 H51 H56 H48")
Q("I'm 80 and can't get out much now, bilton", "Bilton", 80, False, "older_people transport", "befriend transport lunch",
  3, "H18 H42 H53")
B("things to do in knaresborough on a thursday", "Knaresborough", None, False, "", 3, days="TH")
Q("walking groups near harrogate?", "Harrogate", None, False, "walking_outdoors", "walk", 4, "H01 H02")
B("anything in starbeck or knaresborough for older people? I'm 72", "Starbeck", 72, False, "older_people", 2.5)
Q("my husband has dementia, is there any support for us? knaresborough", "Knaresborough", None, False,
  "carers health_condition", "carers dementia", 11, "H31 H13")
Q("help with heating and food, harrogate, really struggling", "Harrogate", None, False, "free_cost",
  "energy hardship foodbank pantry", 4, "H50 H56 H46 H48")
Q("I want to start a knitting group in knaresborough, is there any help or funding?", "Knaresborough", None, False,
  "arts_crafts", "startgroup", 5, "H57")
Q("nearest food bank to boroughbridge? no car", "Boroughbridge", None, False, "transport", "foodbank pantry hardship", 8,
  "H47 H48 H56")

# ------------------------------------------------------------ Hackney
Q("walking group on hackney marshes", "Hackney Marshes", None, False, "walking_outdoors", "walk", 2, "X01 X03")
Q("gentle walk stoke newington, I use a walking stick", "Stoke Newington", None, False,
  "walking_outdoors disability accessibility", "walk", 2, "X02", step=True)
Q("women's walking group stamford hill", "Stamford Hill", None, False, "walking_outdoors women", "walk", 2, "X56", women=True)
Q("sewing group homerton", "Homerton", None, False, "arts_crafts", "craft", 2, "X05 X04")
Q("gardening group stamford hill", "Stamford Hill", None, False, "gardening_nature", "garden", 2, "X07")
Q("a choir in hackney, I'm unemployed so can't pay much", "Hackney", None, False, "music free_cost", "music", 3, "X10",
  free=True)
Q("singing group for over 60s stoke newington", "Stoke Newington", None, False, "music older_people", "music", 2.5,
  "X11 X10", older=True)
Q("free lunch on saturday anywhere in hackney", "Hackney", None, False, "social_cafe free_cost food_cooking", "lunch cafe", 3,
  "X16", days="SA")
Q("lunch club for my gran in homerton, she's 84", "Homerton", 84, False, "older_people social_cafe", "lunch cafe", 2, "X15 X16")
Q("Im 55 is there a lunch club in homerton", "Homerton", 55, False, "social_cafe", "lunch cafe", 2.5, "X16 X13")
Q("book group hoxton, i'm 60", "Hoxton", 60, False, "books_learning older_people", "books", 2, "X18")
Q("free exercise for over 60s in stoke newington, Im 66", "Stoke Newington", 66, False,
  "sport_fitness older_people free_cost", "exercise_older walk", 2, "X24 X02 X01", free=True)
Q("help using my phone, hackney central", "Hackney Central", None, False, "digital_skills", "digital", 2, "X25 X26")
Q("computer help in yiddish stamford hill", "Stamford Hill", None, False, "digital_skills non_english", "digital", 2, "X26")
Q("I'm a carer for my mum in dalston, need some advice and support", "Dalston", None, False, "carers", "carers", 2.5,
  "X27 X28")
Q("my partner died in march. is there a grief group near homerton", "Homerton", None, False, "bereaved", "bereaved", 3, "X29")
Q("older gay man, 68, lonely in hackney", "Hackney", 68, False, "lgbtq older_people men", "lgbtq befriend", 3, "X32 X31 X41 X42")
Q("im 14 and gay, is there anything in hackney", "Hackney", 14, True, "lgbtq young_people", "lgbtq", 3, "X33")
Q("mums and babies group stamford hill", "Stamford Hill", None, False, "parents_families women", "toddler", 2, "X35",
  women=True)
Q("me and my mate are 15 and want to do boxing, clapton", "Clapton", 15, True, "young_people sport_fitness", "sport youth",
  2, "X37")
Q("im 12 and want to do drama in stoke newington", "Stoke Newington", 12, True, "young_people arts_crafts", "youth", 2, "X38")
Q("just moved to hackney from turkey, my english is not good", "Hackney", None, False, "new_to_area",
  "language newcomer", 3, "X40 X39")
Q("Merhaba, Hackney'de Türkçe konuşan bir yer var mı? Yeni geldim.", "Hackney", None, False, "non_english new_to_area",
  "newcomer non_english", 3, "X40 X26")
Q("lonely, would like someone to phone me now and then. hackney", "Hackney", None, False, "", "befriend", 3, "X41")
Q("my dad is 79 and housebound in clapton, could someone visit him", "Clapton", 79, False, "older_people", "befriend", 3,
  "X42 X41")
Q("how can i volunteer in hackney", "Hackney", None, False, "", "volunteer", 3, "X43 X07 X13")
Q("want to start a community group on my estate in hoxton", "Hoxton", None, False, "", "startgroup", 3, "X44")
Q("food bank hackney", "Hackney", None, False, "", "foodbank hardship pantry", 3, "X45 X46 X51 X47 X48")
Q("food bank stoke newington wednesday", "Stoke Newington", None, False, "", "foodbank", 2, "X46", days="WE")
Q("cheap food club in clapton", "Clapton", None, False, "free_cost", "pantry", 2, "X47")
Q("free food in hoxton without a referral", "Hoxton", None, False, "free_cost", "pantry", 2, "X48")
Q("help with energy bills hackney", "Hackney", None, False, "", "energy", 3, "X49 X51")
Q("emergency money, hackney, cant afford food this week", "Hackney", None, False, "free_cost", "hardship foodbank", 3,
  "X51 X45 X46")
Q("dial a ride hackney, Im disabled", "Hackney", None, False, "transport disability", "transport", 3, "X52")
Q("housing advice hackney, landlord won't fix the damp", "Hackney", None, False, "", "housing", 3, "X53")
B("anything on in hackney wick for someone my age, I'm 70", "Hackney Wick", 70, False, "older_people", 1.5, hand="X01 X12 X05 X03 X23 X15")
Q("I'm a refugee in Homerton, where can I get a free lunch and help", "Homerton", None, False, "new_to_area free_cost",
  "newcomer lunch", 2, "X40 X16")
Q("hackney carers group on a friday", "Hackney", None, False, "carers", "carers", 3, "X28", days="FR")
Q("crochet or knitting in hackney on a tuesday evening", "Hackney", None, False, "arts_crafts", "craft", 3, "X04",
  note="Dalston Knit Night (Tuesday) is inactive; the Thursday crochet club is the nearest fit")
Q("is there a men's mental health walk in hackney", "Hackney", None, False, "men walking_outdoors", "walk wellbeing", 3,
  "X01", men=True)
Q("step free tea dance hackney with hearing loop", "Hackney", None, False, "accessibility disability older_people", "dance", 3,
  "X22", step=True, loop=True)
Q("youth club in hackney for a 17 year old", "Hackney", 17, True, "young_people", "youth", 3, "X36")
Q("pay what you can cafe hackney", "Hackney", None, False, "social_cafe free_cost", "cafe", 3, "X13 X16")
B("any free activities for older people in stoke newington? I'm 63", "Stoke Newington", 63, False,
  "older_people free_cost", 2, hand="X24 X02 X01 X14 X17 X20 X10 X16", free=True)
Q("rainbow group for over 50s hackney", "Hackney", None, False, "lgbtq older_people", "lgbtq", 3, "X32 X31", older=True)

B("just moved to dalston, how do i meet people? I'm 29", "Dalston", 29, False, "new_to_area", 1.5, add="X43", hand="X04 X13 X19 X39 X10 X43 X21")
B("anything on in hackney on a sunday", "Hackney", None, False, "", 3, add="X22", hand="X05 X22", days="SU")
B("retired in stoke newington and want to keep busy", "Stoke Newington", None, False, "retired", 2, add="X43", hand="X02 X11 X17 X24 X14 X43 X20", older=True)
Q("money problems, hackney. behind on rent and council tax", "Hackney", None, False, "", "debt benefits hardship housing", 3,
  "X50 X53 X51")
Q("things for teenagers in hackney? im 15", "Hackney", 15, True, "young_people", "youth", 3, "X36 X37 X38")
B("low mood, want to get out more. clapton", "Clapton", None, False, "", 2, hand="X01 X07 X16")
B("I'm 40 and lonely in Homerton", "Homerton", 40, False, "", 1.5, add="X41", hand="X01 X13 X16 X41 X12")
Q("help with bills and food in hackney, I'm skint", "Hackney", None, False, "free_cost",
  "energy hardship foodbank pantry debt", 3, "X49 X51 X45 X46 X50 X47 X48")
Q("gardening groups in hackney", "Hackney", None, False, "gardening_nature", "garden", 3, "X07 X09")
Q("computer classes for older people in hackney, I'm 72", "Hackney", 72, False, "digital_skills older_people", "digital", 3,
  "X25 X26")
Q("exercise for older people in hackney, I'm 75", "Hackney", 75, False, "sport_fitness older_people",
  "exercise_older walk", 3, "X23 X24 X02 X01")
Q("craft groups in hackney", "Hackney", None, False, "arts_crafts", "craft", 3, "X04 X05")
Q("walking groups hackney", "Hackney", None, False, "walking_outdoors", "walk", 3, "X01 X02 X03")
Q("coffee morning in hackney?", "Hackney", None, False, "social_cafe", "coffee cafe", 3, "X14 X13 X20")
Q("where can i get help with my english in hackney", "Hackney", None, False, "new_to_area", "language newcomer", 3,
  "X39 X40")
Q("somewhere warm to sit in hackney in the day, cant afford heating", "Hackney", None, False, "social_cafe free_cost",
  "cafe warm energy hardship", 3, "X13 X49 X51")
Q("somewhere to meet other mums in hackney", "Hackney", None, False, "parents_families women", "toddler", 3, "X34 X35",
  women=True)
