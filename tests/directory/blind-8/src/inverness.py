"""Inverness (Highland): hand-written services for blind-8.

City: centre (IV1), Crown, Hilton, Drakies, Raigmore, Holm, Lochardil, Culloden,
Smithton, Balloch, Westhill (IV2), Dalneigh, Merkinch, Muirtown, Kinmylies (IV3);
North Kessock (Black Isle) across the bridge; Nairn and Aviemore far off.
Highland Council areas: "Inverness" services do not cover the Black Isle; "Highland"
services cover everything here.
"""
from common import svc, L

AREA = {"name": "Inverness", "councils": ["Highland", "Inverness", "Black Isle", "Nairn", "Badenoch and Strathspey"],
        "state": "Highland", "phone": "01632 960{:03d}", "phone_base": 500}

V = "highland-community-directory"

MERKINCH = L("Grant Street Hall", "Grant Street", "Merkinch", "IV3 8BS", 57.4880, -4.2420)
DALNEIGH = L("St Ninian Drive Room", "St Ninian Drive", "Dalneigh", "IV3 5AT", 57.4720, -4.2480)
HILTON = L("Hilton Community Hub", "Temple Crescent", "Hilton", "IV2 4HD", 57.4630, -4.2130)
CHURCH_ST = L("Church Street Rooms", "Church Street", "Inverness", "IV1 1EA", 57.4795, -4.2280)
HUNTLY = L("Huntly Street office", "Huntly Street", "Inverness", "IV3 5PR", 57.4790, -4.2310)
KINGSMILLS = L("Kingsmills Road Hall", "Kingsmills Road", "Crown", "IV2 3JT", 57.4770, -4.2150)
MIDMILLS = L("Midmills Road Room", "Midmills Road", "Crown", "IV2 3NZ", 57.4760, -4.2160)
KEPPOCH = L("Keppoch Road Hall", "Keppoch Road", "Culloden", "IV2 7LL", 57.4880, -4.1120)
ACADEMY = L("Advice Line office", "Academy Street", "Inverness", "IV1 1LE", 57.4800, -4.2250)

SERVICES = [
    svc("iv_walk_ness", "Ness Islands Wander",
        "A gentle hour's walk along the river and over the Ness Islands bridges, Tuesday mornings. "
        "Flat paths, benches, free.",
        kind="walk", org="Inverness Health Walks",
        loc=L("Ness Bank bandstand", "Ness Bank", "Inverness", "IV2 4SF", 57.4690, -4.2290),
        sched=["TU 10:30-11:30"], tags=["walking_outdoors", "free_cost", "older_people"]),

    svc("iv_walk_culloden", "Culloden Woods Health Walk",
        "Short health walk on the forest tracks of Culloden Woods, Thursday afternoons. Free.",
        kind="walk", org="Inverness Health Walks",
        loc=L("Culloden Road car park", "Culloden Road", "Culloden", "IV2 7BP", 57.4860, -4.0980),
        sched=["TH 13:30-14:30"], tags=["walking_outdoors", "free_cost"], emit_tags=False,
        other=[(V, "ACT-WLK", "Walking")]),

    svc("iv_hike", "Great Glen Hillwalkers",
        "Hill days every other Saturday - Munros and Corbetts around the Great Glen, Affric and "
        "Torridon. Minibus from Millburn Road, £10 a seat. Adults 18+ with hill experience and kit.",
        kind="walk", org="Great Glen Hillwalkers",
        loc=L("Millburn Road minibus stop", "Millburn Road", "Inverness", "IV2 3PS", 57.4790, -4.2130),
        sched=["2W SA 08:00-18:00 2026-11-14"], cost=[(10, "£10 minibus seat")], min_age=18,
        tags=["walking_outdoors", "sport_fitness"]),

    svc("iv_walk_canal", "Caledonian Canal Step-free Stroll",
        "A level, step-free stroll along the canal towpath from Muirtown Locks, Friday mornings. Good for "
        "wheelchairs, scooters, walking frames and buggies. Free.",
        kind="walk", org="Inverness Health Walks",
        loc=L("Muirtown Locks", "Clachnaharry Road", "Muirtown", "IV3 8LD", 57.4860, -4.2490),
        sched=["FR 11:00-12:00"],
        access=["Level, step-free towpath", "Accessible toilet at the lock-keeper's cafe"],
        tags=["walking_outdoors", "accessibility", "disability", "free_cost"]),

    svc("iv_foodbank", "Merkinch Food Share",
        "Free food for anyone who needs it, Monday, Wednesday and Friday 12-2. No referral needed.",
        kind="food", org="Merkinch Community Partnership", loc=MERKINCH,
        sched=["MO,WE,FR 12:00-14:00"], tags=["free_cost"]),

    svc("iv_larder", "Dalneigh Pay-as-you-feel Cafe & Larder",
        "saturday cafe and larder. pay what you can for soup, toasties and shopping from the larder "
        "shelves, or nothing at all.",
        kind="food/lunch", org="Dalneigh Community Council", loc=DALNEIGH,
        sched=["SA 10:00-13:00"], cost=["payf"], tags=["free_cost", "social_cafe", "food_cooking"],
        emit_tags=False, phone=False),

    svc("iv_pantry", "Hilton Community Pantry",
        "Members' pantry - £3 a visit for a bag of shopping worth much more. Thursdays 3-6pm. Join on "
        "your first visit.",
        kind="food", org="Hilton Community Hub", loc=HILTON,
        sched=["TH 15:00-18:00"], cost=[(3, "£3 a visit")], tags=["free_cost", "food_cooking"]),

    svc("iv_advice_line", "Highland Money Advice Line",
        "Free phone advice on benefits, debt and bills for anyone living in the Highlands. Monday to "
        "Friday.",
        kind="advice", org=("Highland Advice Network", "Advice charities across the Highlands."), loc=ACADEMY,
        sched=["MO,TU,WE,TH,FR 09:00-17:00"], areas=["Highland"], loctype="postal", tags=["free_cost"]),

    svc("iv_advice_polish", "Polska Pomoc Inverness",
        "Porady po polsku: zasiłki, mieszkanie, praca, szkoła. Advice in Polish on benefits, housing, "
        "work and schools. Tuesday evenings 5.30-7.30.",
        kind="advice", org="Polska Pomoc Inverness", loc=CHURCH_ST,
        sched=["TU 17:30-19:30"], langs=["Polish"], tags=["non_english", "new_to_area", "free_cost"]),

    svc("iv_digital", "Inverness Library Digital Help",
        "Digital help sessions: get online, set up email, use your smartphone. Wednesday mornings, free.",
        kind="digital", org="Inverness Digital Champions",
        loc=L("Farraline Park Learning Room", "Margaret Street", "Inverness", "IV1 1LS", 57.4805, -4.2235),
        sched=["WE 10:00-12:00"], tags=["digital_skills", "free_cost"]),

    svc("iv_digital_culloden", "Culloden Tablet Club",
        "Tablet and smartphone club for beginners, Monday afternoons. £1 for tea.",
        kind="digital", org="Culloden Community Council", loc=KEPPOCH,
        sched=["MO 14:00-15:30"], cost=[(1, "£1")], tags=["digital_skills", "older_people"],
        emit_tags=False, other=[(V, "DIG-01", "Digital skills")]),

    svc("iv_befriend", "Inverness Phone Pals",
        "A friendly phone call every week from a volunteer, for adults 18+ living in the Inverness area.",
        kind="befriend", org=("Inverness Befriending", "Befriending charity."), loc=HUNTLY,
        min_age=18, areas=["Inverness"], loctype="postal", tags=["free_cost"]),

    svc("iv_befriend_bi", "Black Isle Friendly Calls",
        "Telephone befriending for people living on the Black Isle - North Kessock, Munlochy, Avoch, "
        "Fortrose, Cromarty and around.",
        kind="befriend", org="Black Isle Befriending",
        loc=L("Friendly Calls office", "Bellfield Road", "North Kessock", "IV1 3XD", 57.5030, -4.2490),
        min_age=18, areas=["Black Isle"], loctype="postal", tags=["free_cost", "older_people"], trap="area"),

    svc("iv_visit", "Inverness Visiting Friends",
        "Volunteers visit people aged 60+ at home in the Inverness area for a blether and a cuppa, once "
        "a week.",
        kind="befriend", org="Inverness Befriending", loc=HUNTLY,
        min_age=60, areas=["Inverness"], loctype="postal", tags=["older_people", "free_cost"]),

    svc("iv_shed", "Merkinch Men's Shed",
        "Men's Shed by the harbour: woodwork, boat repairs, a workshop full of tools and a kettle. "
        "Mon, Wed, Fri. Men 18+. Free.",
        kind="shed", org="Merkinch Men's Shed",
        loc=L("Thornbush Quay workshop", "Thornbush Quay", "Merkinch", "IV3 8BN", 57.4900, -4.2360),
        sched=["MO,WE,FR 10:00-15:00"], min_age=18, tags=["men", "arts_crafts", "free_cost"]),

    svc("iv_women", "Hilton Women's Blether",
        "Women's morning on Wednesdays: coffee, crafts, a blether and the odd outing. All ages, free.",
        kind="women", org="Hilton Community Hub", loc=HILTON,
        sched=["WE 10:00-12:00"], tags=["women", "social_cafe", "arts_crafts", "free_cost"]),

    svc("iv_carers", "Inverness Carers' Cuppa",
        "Monthly cuppa for unpaid adult carers, first Monday morning. Information and a listening ear.",
        kind="carers", org=("Highland Carers Centre", "Carers' centre."), loc=CHURCH_ST,
        sched=["M 1MO 10:30-12:00"], min_age=18, tags=["carers", "social_cafe"], emit_tags=False,
        other=[(V, "CAR-01", "Unpaid carers")]),

    svc("iv_youngcarers", "Highland Young Carers",
        "Support for young carers aged 8-18 anywhere in the Highlands: groups, breaks, one-to-one support.",
        kind="carers", org="Highland Carers Centre",
        loc=L("Young Carers office", "Ardconnel Street", "Inverness", "IV2 3EX", 57.4760, -4.2220),
        min_age=8, max_age=18, areas=["Highland"], loctype="postal",
        tags=["young_people", "carers", "free_cost"]),

    svc("iv_bereave", "Crown Bereavement Support Group",
        "Evening support group for anyone bereaved, second Tuesday of the month.",
        kind="bereave", org="Crown Church", loc=KINGSMILLS,
        sched=["M 2TU 19:00-20:30"], tags=["bereaved", "free_cost"]),

    svc("iv_lgbtq", "Highland Pride Social",
        "LGBTQ+ social night, last Friday of the month. Adults 18+.",
        kind="lgbtq", org="Highland Pride",
        loc=L("Upstairs at Castle Wynd", "Castle Wynd", "Inverness", "IV2 3EB", 57.4770, -4.2260),
        sched=["M -1FR 19:30-23:00"], min_age=18, tags=["lgbtq"]),

    svc("iv_lgbtq_youth", "Inverness LGBT+ Youth",
        "Youth group for LGBT+ young people aged 12-25. Monday evenings.",
        kind="lgbtq/youth", org="Highland Pride",
        loc=L("Bank Street Youth Hub", "Bank Street", "Inverness", "IV1 1QY", 57.4790, -4.2260),
        sched=["MO 18:00-20:00"], min_age=12, max_age=25, tags=["lgbtq", "young_people", "free_cost"]),

    svc("iv_toddler", "Merkinch Bumps to Toddlers",
        "Parent and toddler group for bumps, babies and toddlers up to 5, Tuesday mornings. Free.",
        kind="toddler", org="Merkinch Community Partnership", loc=MERKINCH,
        sched=["TU 10:00-11:30"], tags=["parents_families", "free_cost"]),

    svc("iv_toddler_gaelic", "Parant is Pàiste Inbhir Nis",
        "Buidheann pàrant is pàiste tro mheadhan na Gàidhlig. Gaelic-medium parent and toddler group - "
        "songs, stories and play in Gaelic. Learners and non-speaking parents welcome. Thursdays.",
        kind="toddler", org="Inverness Gaelic Families", loc=MIDMILLS,
        sched=["TH 10:00-11:30"], cost=[(1, "£1")], langs=["Scottish Gaelic"],
        tags=["parents_families", "non_english"]),

    svc("iv_esol", "Inverness ESOL Conversation Cafe",
        "Practise English conversation, Monday evenings. Free, friendly, all levels.",
        kind="esol", org="Inverness Welcome Network", loc=CHURCH_ST,
        sched=["MO 18:30-20:00"], tags=["new_to_area", "books_learning", "free_cost"]),

    svc("iv_newcomers", "New in Inverness Coffee Club",
        "Just moved to Inverness or the Highlands? Come for coffee and meet other newcomers, second "
        "Saturday of the month.",
        kind="newcomers/social", org="Inverness Welcome Network",
        loc=L("Eastgate Cafe Room", "Eastgate", "Inverness", "IV2 3NA", 57.4785, -4.2200),
        sched=["M 2SA 10:30-12:00"], tags=["new_to_area", "social_cafe"], emit_tags=False,
        other=[(V, "SOC-03", "Social - newcomers")]),

    svc("iv_youth", "Kinmylies Youth Cafe",
        "Youth cafe for S1-S6 (11-17): pool, games consoles, snacks, chat. Tuesdays and Fridays.",
        kind="youth", org="Kinmylies Youth Cafe",
        loc=L("Kinmylies Way Hall", "Kinmylies Way", "Kinmylies", "IV3 8TB", 57.4740, -4.2640),
        sched=["TU,FR 18:30-21:00"], min_age=11, max_age=17, tags=["young_people", "games_quizzes"]),

    svc("iv_choir", "Inverness Community Singers",
        "Community choir, Tuesday evenings - pop, folk, Scottish songs. No auditions. £4.",
        kind="music", org="Inverness Community Singers", loc=KINGSMILLS,
        sched=["TU 19:30-21:00"], cost=[(4, "£4")], tags=["music"]),

    svc("iv_gaelic_choir", "Còisir Bheag Inbhir Nis",
        "Còisir bheag - luchd-ionnsachaidh fàilte. A small Gaelic choir; learners very welcome, words "
        "taught line by line. Wednesday evenings.",
        kind="music", org="Còisir Bheag Inbhir Nis", loc=MIDMILLS,
        sched=["WE 19:00-20:30"], cost=[(3, "£3")], langs=["Scottish Gaelic"],
        tags=["music", "books_learning"], emit_tags=False),

    svc("iv_choir_far", "Nairn Community Choir",
        "Community choir rehearsing in Nairn on Monday evenings.",
        kind="music", org="Nairn Community Choir",
        loc=L("King Street Hall", "King Street", "Nairn", "IV12 4NZ", 57.5860, -3.8690),
        sched=["MO 19:00-20:30"], cost=[(4, "£4")], tags=["music"], trap="far"),

    svc("iv_crafts", "Drakies Knitting Circle",
        "Knitting and crochet, Thursday afternoons. Free, bring your own wool or use ours.",
        kind="crafts", org="Drakies Residents",
        loc=L("Stevenson Road Room", "Stevenson Road", "Drakies", "IV2 3RR", 57.4700, -4.1950),
        sched=["TH 14:00-16:00"], tags=["arts_crafts", "free_cost"]),

    svc("iv_crafts_far", "Aviemore Spinners & Weavers",
        "Spinning, weaving and dyeing group in Aviemore, Saturday mornings.",
        kind="crafts", org="Aviemore Spinners & Weavers",
        loc=L("Grampian Road Hall", "Grampian Road", "Aviemore", "PH22 1RH", 57.1950, -3.8290),
        sched=["SA 10:00-13:00"], cost=[(3, "£3")], tags=["arts_crafts"], trap="far"),

    svc("iv_games", "Muirtown Board Games Night",
        "Board games on Friday nights. Big library of games, friendly folk, 16+. £2.",
        kind="games", org="Muirtown Board Gamers",
        loc=L("Telford Road Rooms", "Telford Road", "Muirtown", "IV3 5LE", 57.4810, -4.2470),
        sched=["FR 19:00-23:00"], cost=[(2, "£2")], min_age=16, tags=["games_quizzes"]),

    svc("iv_garden", "Holm Community Garden",
        "Community garden and orchard - volunteers welcome on Saturday mornings. Tools, gloves and "
        "tea provided.",
        kind="garden/volunteer", org="Holm Community Garden",
        loc=L("Dores Road Plot", "Dores Road", "Holm", "IV2 6AA", 57.4570, -4.2350),
        sched=["SA 10:00-13:00"], tags=["gardening_nature", "free_cost"]),

    svc("iv_dance_stale", "Culloden Scottish Country Dancing",
        "Scottish country dancing Thursday evenings.",
        kind="sport/dance", org="Culloden Community Council", loc=KEPPOCH,
        sched=["TH 19:30-21:30"], cost=[(3, "£3")], assured="2025-10-20", tags=["sport_fitness", "music"]),

    svc("iv_rugby_inactive", "Inverness Walking Rugby",
        "Walking rugby for over-35s, no contact.",
        kind="sport", org="Inverness Community Sport",
        loc=L("Bught Park Pavilion", "Bught Drive", "Inverness", "IV3 5SS", 57.4680, -4.2380),
        sched=["WE 18:00-19:00"], cost=[(3, "£3")], status="inactive", assured="2026-09-02",
        tags=["sport_fitness"]),

    svc("iv_buddies", "Hilton Walking Buddies",
        "Nervous about going somewhere new? A volunteer buddy will meet you and go along with you to a "
        "group, class or appointment for the first few times, until you feel settled. Anywhere in the "
        "Inverness area, free.",
        kind="accompany", org="Hilton Community Hub", loc=HILTON,
        areas=["Inverness"], loctype="postal", tags=["accompany", "free_cost"], trap="name"),

    svc("iv_lunch", "Dalneigh Lunch Club",
        "Lunch club on Wednesdays - soup, a hot main and pudding for £4. Mostly older folk, all welcome.",
        kind="lunch", org="Dalneigh Community Council", loc=DALNEIGH,
        sched=["WE 12:00-13:30"], cost=[(4, "£4")], tags=["social_cafe", "older_people", "food_cooking"], emit_tags=False),

    svc("iv_faith", "Hilton Church Friday Fellowship",
        "Friday afternoon fellowship: tea, a hymn or two, a short prayer and good company. All welcome.",
        kind="faith/lunch", org="Hilton Church",
        loc=L("Hilton Church Hall", "Old Edinburgh Road", "Hilton", "IV2 3HF", 57.4650, -4.2100),
        sched=["FR 14:00-15:30"], tags=["faith", "social_cafe", "music"]),

    svc("iv_transport", "Inverness Community Transport",
        "Dial-a-bus and volunteer car scheme for people in the Inverness area who can't use public "
        "transport - appointments, shopping, clubs.",
        kind="transport", org=("Inverness Community Transport", "Charity."),
        loc=L("Community Transport depot", "Longman Road", "Inverness", "IV1 1SU", 57.4870, -4.2180),
        cost=[(2, "£2 a journey")], areas=["Inverness"], loctype="postal", tags=["transport"]),

    svc("iv_volcentre", "Highland Volunteer Centre",
        "Volunteering opportunities across the Highlands and help to start a community group. Ages 16+.",
        kind="volunteer", org=("Highland Volunteer Centre", "Volunteer centre."),
        loc=L("Volunteer Centre office", "Queensgate", "Inverness", "IV1 1DA", 57.4790, -4.2240),
        min_age=16, areas=["Highland"], loctype="postal", emit_tags=False),
]
