"""Harrogate district (North Yorkshire Council): Harrogate (Bilton, Starbeck),
Pannal, Killinghall, Knaresborough, Ripon, Boroughbridge, Pateley Bridge; plus
traps in Thirsk, Skipton and Wetherby (Leeds)."""
from common import svc, L

AREA = {"name": "Harrogate district", "council": "North Yorkshire", "state": "North Yorkshire",
        "phone": "01632 960{:03d}", "phone_base": 200}

V = "nyc-directory"

HGT_LIB = L("Harrogate Library", "Victoria Avenue", "Harrogate", "HG1 1EG", 53.9905, -1.5390)
VALLEY = L("Valley Gardens (Royal Pump Room entrance)", "Crown Place", "Harrogate", "HG1 2RY", 53.9930, -1.5460)
STRAY = L("West Park Stray bandstand", "West Park", "Harrogate", "HG1 1BJ", 53.9890, -1.5440)
BILTON = L("Bilton Lane Community Hall", "Bilton Lane", "Harrogate", "HG1 3DT", 54.0060, -1.5250)
STARBECK = L("Starbeck Cafe Rooms", "High Street", "Starbeck", "HG2 7LW", 53.9990, -1.5020)
HGT_CH = L("St Peter's Church Rooms", "Cambridge Road", "Harrogate", "HG1 1RP", 53.9925, -1.5395)
HGT_OFF = L("Community House", "Station Parade", "Harrogate", "HG1 1UF", 53.9917, -1.5370)
HGT_BAR = L("The Crown Room", "Montpellier Hill", "Harrogate", "HG1 2RP", 53.9940, -1.5445)
HGT_HYDRO = L("Hydro studio", "Jennyfield Drive", "Harrogate", "HG1 2PD", 54.0010, -1.5570)
KNB_RIVER = L("Waterside car park", "Waterside", "Knaresborough", "HG5 8DE", 54.0070, -1.4720)
KNB_MP = L("Market Place Rooms", "Market Place", "Knaresborough", "HG5 8AL", 54.0090, -1.4680)
KNB_LIB = L("Knaresborough Library", "Market Place", "Knaresborough", "HG5 8AG", 54.0092, -1.4675)
KNB_YARD = L("Chain Lane workshop", "Chain Lane", "Knaresborough", "HG5 0DJ", 54.0130, -1.4610)
NIDD = L("Nidd Gorge (Scotton Lane entrance)", "Scotton Lane", "Knaresborough", "HG5 9HL", 54.0200, -1.4830)
RIP_TH = L("Ripon Town Hall", "Market Place", "Ripon", "HG4 1DD", 54.1380, -1.5240)
RIP_CATH = L("Cathedral Hall", "Minster Road", "Ripon", "HG4 1QS", 54.1353, -1.5206)
RIP_LEIS = L("Ripon Leisure Centre", "Camp Close", "Ripon", "HG4 1UH", 54.1420, -1.5330)
RIP_CH = L("Allhallowgate Chapel", "Allhallowgate", "Ripon", "HG4 1LQ", 54.1395, -1.5210)
BORO = L("Back Lane Hall", "Back Lane", "Boroughbridge", "YO51 9AX", 54.0950, -1.3980)
BORO_PUB = L("The Black Bull Rooms", "St James Square", "Boroughbridge", "YO51 9AR", 54.0955, -1.3975)
PANNAL = L("Pannal Village Hall", "Main Street", "Pannal", "HG3 1EN", 53.9580, -1.5340)
PATELEY = L("Nidderdale Museum car park", "King Street", "Pateley Bridge", "HG3 5LE", 54.0860, -1.7590)
NALL = L("County Hall", "Racecourse Lane", "Northallerton", "DL7 8AD", 54.3340, -1.4400)

SERVICES = [
    svc("hg_walk_hgt", "Valley Gardens Health Walk",
        "An easy hour through Valley Gardens and the Pinewoods at a gentle pace. Led by trained volunteers. "
        "No need to book, just turn up. Free.",
        kind="walk_gentle", org="Harrogate Walking for Health", loc=VALLEY,
        sched=["TU 10:30-11:30"], tags=["walking_outdoors", "older_people", "free_cost"], trap="pair",
        assured="2026-10-13"),
    svc("hg_walk_knb", "Knaresborough Riverside Stroll",
        "Level riverside walk along Waterside and back, about 50 minutes, no hills or steps. Perfect for "
        "people with breathing or heart problems. Coffee after.",
        kind="walk_gentle", org="Harrogate Walking for Health", loc=KNB_RIVER,
        sched=["FR 10:00-11:00"], tags=["walking_outdoors", "health_condition", "free_cost"],
        assured="2026-09-18"),
    svc("hg_walk_long", "Nidderdale Rovers",
        "Hill walking club for fit adults - 10 to 15 miles over the Nidderdale moors on alternate Sundays. "
        "Meet at Pateley Bridge.",
        kind="walk_long", org="Nidderdale Rovers", loc=PATELEY,
        sched=["2W SU 09:00-16:00 2026-11-15"], cost=[(15, "Per year")], min_age=18,
        tags=["walking_outdoors", "sport_fitness"], assured="2026-08-30"),
    svc("hg_walk_women", "Harrogate Women's Walk & Talk",
        "Women-only Saturday walk round the Stray and beyond, 3-4 miles at a chatty pace. All ages of "
        "women welcome.",
        kind="walk_women", org="Harrogate Women's Walk & Talk", loc=STRAY,
        sched=["SA 09:00-10:30"], tags=["women", "walking_outdoors", "free_cost"], assured="2026-10-24"),
    svc("hg_foodbank", "Harrogate District Foodbank",
        "Emergency food parcels. Bring a referral if you have one; if not, come anyway and we'll help.",
        kind="food_free", org="Harrogate District Foodbank", loc=BILTON,
        sched=["MO,TH 13:00-15:00"], tags=["free_cost"], assured="2026-11-05"),
    svc("hg_larder_ripon", "Ripon Community Larder",
        "pay as you feel surplus food - bread, veg, tins, whatever the supermarkets give us. everyone welcome.",
        kind="food_free", org="Ripon Community Larder", loc=RIP_CH,
        sched=["SA 10:00-12:00"], cost=["payf"], emit_tags=False, other=[(V, "FOOD", "Food support")],
        assured="2026-09-26"),
    svc("hg_pantry_knb", "Knaresborough Community Pantry",
        "Members pay £3.50 a visit and take home groceries worth around £15. Join on your first visit.",
        kind="food_pantry", org="Knaresborough Community Pantry", loc=KNB_MP,
        sched=["WE 14:00-16:00"], cost=[(3.5, "Per visit")], tags=["free_cost", "food_cooking"],
        assured="2026-10-07"),
    svc("hg_benefits", "North Yorkshire Welfare Advice",
        "Free phone advice on benefits, PIP and ESA appeals, Pension Credit and council tax support for "
        "anyone in North Yorkshire. Home visits for people who can't get out. Ring for an appointment.",
        kind="benefits", org="North Yorkshire Welfare Advice", loc=NALL, loctype="postal",
        areas=["North Yorkshire"], tags=["free_cost"], assured="2026-10-28"),
    svc("hg_advice_ripon", "Ripon Advice Point",
        "Free face-to-face advice on benefits, PIP and ESA appeals, debt and housing at Ripon Town Hall. "
        "By appointment only - phone to book; home visits in the Ripon area for people who can't travel.",
        kind="benefits", org="Ripon Advice Point", loc=RIP_TH,
        emit_tags=False, assured="2026-09-09"),
    svc("hg_digital_hgt", "Harrogate Library Digital Buddies",
        "Friendly one-to-one help with phones, tablets and laptops. Thursday afternoons, free, no booking.",
        kind="digital", org="North Yorkshire Libraries", loc=HGT_LIB,
        sched=["TH 14:00-16:00"], tags=["digital_skills", "free_cost"],
        access=["Step-free entrance", "Lift to all floors", "Hearing loop"], assured="2026-10-15"),
    svc("hg_digital_stale", "Boroughbridge Silver Surfers",
        "Computer and tablet help for older people in Boroughbridge.",
        kind="digital", org="Boroughbridge Silver Surfers", loc=BORO,
        sched=["TU 10:00-12:00"], tags=["digital_skills", "older_people"], assured="2026-05-20"),
    svc("hg_phone", "North Yorkshire Chatterbox Calls",
        "Regular friendly phone calls from a trained volunteer for people living alone anywhere in North "
        "Yorkshire. Free. Family can refer.",
        kind="phone_befriend", org="North Yorkshire Chatterbox Calls", loc=NALL, loctype="postal",
        areas=["North Yorkshire"], tags=["older_people", "free_cost"], assured="2026-09-21"),
    svc("hg_phone_leeds", "Wetherby & Outer North East Telephone Friends",
        "Telephone befriending for older people living in the Leeds City Council area.",
        kind="phone_befriend", org="Outer North East Neighbours",
        loc=L("Westgate office", "Westgate", "Wetherby", "LS22 6NL", 53.9280, -1.3860, "West Yorkshire"),
        loctype="postal", areas=["Leeds"], tags=["older_people"], trap="area", assured="2026-10-01"),
    svc("hg_shed_knb", "Knaresborough Men's Shed",
        "A workshop where men (and a few women) make, mend and chat. Over 18s. Tools provided.",
        kind="shed", org="Knaresborough Men's Shed", loc=KNB_YARD,
        sched=["MO,WE 09:30-13:00"], cost=[(2, "Per session")], min_age=18,
        tags=["men", "arts_crafts"], assured="2026-10-19"),
    svc("hg_shed_far", "Thirsk Men's Shed",
        "Men's shed by the station. Woodwork, restoration, tea.",
        kind="shed", org="Thirsk Men's Shed",
        loc=L("Station Road unit", "Station Road", "Thirsk", "YO7 1QH", 54.2310, -1.3470),
        sched=["TU,TH 09:00-13:00"], min_age=18, tags=["men"], trap="far", assured="2026-08-14"),
    svc("hg_carers", "Harrogate Carers' Coffee Morning",
        "For anyone looking after a family member or friend - parents of disabled children, partners, "
        "adult children. Information, peer support, cake. First Tuesday of every month.",
        kind="carers", emit_tags=False, other=[(V, "CARER", "Carers")], org="Carers' Resource", loc=HGT_CH,
        sched=["M 1TU 10:00-12:00"], tags=["carers", "social_cafe", "free_cost"], assured="2026-11-03"),
    svc("hg_young_carers", "North Yorkshire Young Carers",
        "Support, days out and a listening ear for young carers aged 8 to 17 anywhere in North Yorkshire.",
        kind="young_carers", org="North Yorkshire Young Carers", loc=NALL, loctype="postal",
        areas=["North Yorkshire"], min_age=8, max_age=17, tags=["young_people", "carers"],
        assured="2026-07-22"),
    svc("hg_bereave_ripon", "Ripon Cathedral Bereavement Cafe",
        "A warm, quiet place to sit with others who have lost a husband, wife, partner or family member. "
        "Second Thursday of the month. Everyone welcome, any faith or none.",
        kind="bereaved", org="Ripon Cathedral", loc=RIP_CATH,
        sched=["M 2TH 14:00-16:00"], tags=["bereaved", "social_cafe"], assured="2026-10-08"),
    svc("hg_widowed_stale", "Harrogate Widowed Friends",
        "Social group for widows and widowers - lunches, outings and coffee.",
        kind="bereaved", org="Harrogate Widowed Friends", loc=HGT_CH,
        sched=["M 3WE 12:00-14:00"], tags=["bereaved", "older_people"], assured="2023-02-14"),
    svc("hg_lgbt", "Harrogate Pride Social",
        "Monthly LGBTQ+ social in the bar at The Crown Room. Over 18s.",
        kind="lgbt", org="Harrogate Pride", loc=HGT_BAR,
        sched=["M 3WE 19:00-22:00"], min_age=18, tags=["lgbtq"], assured="2026-10-21"),
    svc("hg_lgbt_older", "Rainbow 50+ Harrogate",
        "Afternoon tea and conversation for LGBTQ+ people aged 50 and over. Quiet room, no music, no alcohol.",
        kind="lgbt_older", emit_tags=False, other=[(V, "EQ-LGBT", "Equalities - LGBT")], org="Rainbow 50+ Harrogate", loc=HGT_LIB,
        sched=["M 1SA 14:00-16:00"], min_age=50, tags=["lgbtq", "older_people", "social_cafe"],
        assured="2026-09-05"),
    svc("hg_toddlers_ripon", "Ripon Little Explorers",
        "Active play, sand, paint and songs for walking toddlers aged 18 months to 4 years and their adults. £1.50.",
        kind="toddlers", org="Ripon Family Hub", loc=RIP_TH,
        sched=["TU 09:30-11:30"], cost=[(1.5, "Per child")], tags=["parents_families"], assured="2026-10-20"),
    svc("hg_babies_boro", "Boroughbridge Bumps & Babies",
        "For parents-to-be and parents of babies up to 12 months. Weigh-ins with the health visitor once a month.",
        kind="babies", org="Boroughbridge Bumps & Babies", loc=BORO,
        sched=["TH 10:00-11:30"], tags=["parents_families", "free_cost"], assured="2026-09-10"),
    svc("hg_newcomers", "Harrogate International Welcome",
        "<p>Welcome for people new to the UK: help with forms, English practice, a warm drink and friends.</p>"
        "<p>Ласкаво просимо! Ukrainian speakers on hand every week.</p>",
        kind="newcomers", org="Harrogate International Welcome", loc=HGT_CH,
        sched=["SA 11:00-13:00"], tags=["new_to_area", "non_english", "free_cost"],
        langs=["English", "Ukrainian", "Russian"], assured="2026-10-31"),
    svc("hg_youth_knb", "Knaresborough Youth Hub",
        "Free drop-in for 11-18s: music room, pool table, snacks, youth workers to talk to.",
        kind="youth_club", org="Knaresborough Youth Hub", loc=KNB_MP,
        sched=["MO,WE 18:30-20:30"], min_age=11, max_age=18, tags=["young_people", "free_cost"],
        assured="2026-10-16"),
    svc("hg_youth_ripon", "Ripon Youth Cafe",
        "Friday night youth cafe for 13 to 19 year olds.",
        kind="youth_club", org="Ripon Youth Cafe", loc=RIP_CH,
        sched=["FR 18:00-21:00"], min_age=13, max_age=19, tags=["young_people"], assured="2026-09-04"),
    svc("hg_choir_hgt", "Harrogate Sing for Fun",
        "A daytime choir - Wednesday afternoons, home before dark. No auditions, just enjoy singing.",
        kind="choir", org="Harrogate Sing for Fun", loc=HGT_CH,
        sched=["WE 14:00-15:30"], cost=[(3, "Per session")], tags=["music", "older_people"],
        assured="2026-11-04"),
    svc("hg_choir_far", "Skipton Street Choir",
        "Open-access street choir. Everyone welcome.",
        kind="choir", org="Skipton Street Choir",
        loc=L("Skipton Town Hall", "High Street", "Skipton", "BD23 1AH", 53.9620, -2.0170),
        sched=["TU 19:00-21:00"], tags=["music"], trap="far", assured="2026-10-02"),
    svc("hg_crafts_pannal", "Pannal Village Crafters",
        "Knitting, card making, patchwork and chat on Monday afternoons. £2 with tea.",
        kind="crafts", emit_tags=False, org="Pannal Village Crafters", loc=PANNAL,
        sched=["MO 14:00-16:00"], cost=[(2, "Per session")], tags=["arts_crafts", "social_cafe"],
        assured="2026-08-24"),
    svc("hg_quiz_boro", "Boroughbridge Quiz League",
        "Pub quiz league - teams of up to six, Tuesday nights. Over 18s.",
        kind="quiz", org="Boroughbridge Quiz League", loc=BORO_PUB,
        sched=["TU 20:00-22:30"], cost=[(1, "Per person")], min_age=18, tags=["games_quizzes"],
        assured="2026-10-27"),
    svc("hg_books_knb", "Knaresborough Library Readers",
        "monthly book group, first monday afternoon, books supplied by the library",
        kind="books", org="North Yorkshire Libraries", loc=KNB_LIB,
        sched=["M 1MO 14:00-15:30"], emit_tags=False, other=[(V, "LIB-READ", "Reading groups")],
        assured="2026-09-07"),
    svc("hg_lunch", "The Rambling Rose",
        "Thursday lunch club for older people in Starbeck: soup, a hot main and a pudding for £6, served "
        "at the table, with a raffle. Most members are in their 70s and 80s.",
        kind="lunch", org="Starbeck Community Lunch", loc=STARBECK,
        sched=["TH 12:00-14:00"], cost=[(6, "Three courses")], tags=["older_people", "social_cafe", "food_cooking"],
        trap="name", assured="2026-10-29"),
    svc("hg_transport", "Harrogate & District Community Transport",
        "Dial-a-ride and volunteer car scheme for people who can't use buses - to shops, appointments and "
        "social groups. Covers the old Harrogate district. Book by phone.",
        kind="transport", org="Harrogate & District Community Transport", loc=HGT_OFF, loctype="postal",
        areas=["Harrogate district"], cost=[(4, "Typical return fare")],
        tags=["transport", "older_people", "disability"], assured="2026-10-11"),
    svc("hg_volcentre", "Harrogate & Ripon Volunteer Centre",
        "Volunteering opportunities across the Harrogate district - and help for anyone wanting to start a "
        "new group.",
        kind="volcentre", org="Harrogate & Ripon Volunteer Centre", loc=HGT_OFF, loctype="postal",
        areas=["Harrogate district"], emit_tags=False, other=[(V, "VOL", "Volunteering")],
        assured="2026-11-06"),
    svc("hg_conservation", "Nidd Gorge Conservation Volunteers",
        "Practical woodland work in the Nidd Gorge: coppicing, path repairs, clearing Himalayan balsam. "
        "First and third Wednesdays.",
        kind="vol_outdoor", org="Nidd Gorge Conservation Volunteers", loc=NIDD,
        sched=["M 1WE,3WE 09:30-13:00"], tags=["gardening_nature", "walking_outdoors"], assured="2026-09-02"),
    svc("hg_pickleball", "Ripon Pickleball 55+",
        "Gentle racket sport, easy to learn. For over 55s. Bats provided. Thursday mornings.",
        kind="sport50", emit_tags=False, other=[(V, "SPORT-OLD", "Sport - older people")], org="Ripon Pickleball", loc=RIP_LEIS,
        sched=["TH 10:00-12:00"], cost=[(3, "Per session")], min_age=55,
        tags=["sport_fitness", "older_people"], assured="2026-10-22"),
    svc("hg_film", "Knaresborough Film Club",
        "Monthly film screenings in the Market Place Rooms.",
        kind="film", org="Knaresborough Film Club", loc=KNB_MP,
        sched=["M 2FR 19:00-21:30"], cost=[(5, "Per film")], status="inactive",
        tags=["social_cafe"], assured="2026-08-20"),
    svc("hg_deaf", "Harrogate Deaf Social",
        "SOCIAL EVENING FOR DEAF AND HARD OF HEARING PEOPLE. BSL USERS WELCOME. LAST FRIDAY OF THE MONTH.",
        kind="deaf", org="Harrogate Deaf Social", loc=HGT_LIB,
        sched=["M -1FR 18:00-21:00"], tags=["disability", "accessibility", "social_cafe"],
        langs=["British Sign Language"], access=["Hearing loop", "BSL interpreter"], assured="2026-10-01"),
]
