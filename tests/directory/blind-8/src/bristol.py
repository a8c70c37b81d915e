"""Bristol: hand-written services for blind-8.

Neighbourhoods: city centre and Old Market, St Pauls, Montpelier, Easton, Lawrence Hill,
St George, Fishponds, Lockleaze, Horfield, Bishopston, Southmead, Henbury, Shirehampton,
Avonmouth, Hotwells, Southville, Bedminster, Totterdown, Knowle (Knowle West),
Brislington, Stockwood, Hartcliffe, Withywood; Kingswood (South Gloucestershire) next
door; Weston-super-Mare and Wells far off.
"""
from common import svc, L

AREA = {"name": "Bristol", "councils": ["Bristol", "South Gloucestershire", "North Somerset", "Somerset"],
        "state": "Bristol", "phone": "0117 496 0{:03d}", "phone_base": 400}

V = "bristol-community-finder"

HARECLIVE = L("Hareclive Road Centre", "Hareclive Road", "Hartcliffe", "BS13 0JP", 51.4080, -2.5990)
STAPLETON = L("Stapleton Road Community Room", "Stapleton Road", "Easton", "BS5 0QX", 51.4630, -2.5630)
BRIGSTOCKE = L("Advice Line office", "Brigstocke Road", "St Pauls", "BS2 8UB", 51.4640, -2.5820)
WICK_ROAD = L("Wick Road Hall", "Wick Road", "Brislington", "BS4 4HR", 51.4350, -2.5450)

SERVICES = [
    svc("bs_walk_stgeorge", "St George Park Health Walk",
        "Free health walk round St George Park and the lake, Tuesday mornings at 10. About 40 minutes at "
        "a gentle pace.",
        kind="walk", org="Bristol Walking for Health",
        loc=L("Park Crescent gate", "Chalks Road", "St George", "BS5 7PF", 51.4610, -2.5400),
        sched=["TU 10:00-11:00"], tags=["walking_outdoors", "free_cost", "older_people"]),

    svc("bs_walk_blaise", "Blaise Gentle Walk",
        "Gentle woodland walk on the Blaise Castle estate, Friday mornings. 1.5 to 2 miles, some slopes "
        "taken slowly. Free.",
        kind="walk", org="Bristol Walking for Health",
        loc=L("Blaise estate car park", "Kings Weston Road", "Henbury", "BS10 7QS", 51.5020, -2.6350),
        sched=["FR 10:30-12:00"], tags=["walking_outdoors", "free_cost"]),

    svc("bs_hike", "Bristol Hill & Dale Walkers",
        "Sunday hikes of 10-14 miles in the Mendips, Cotswolds and Wye Valley. Car share from Gloucester "
        "Road. Adults 18+, decent fitness needed.",
        kind="walk", org="Bristol Hill & Dale Walkers",
        loc=L("Gloucester Road meeting point", "Gloucester Road", "Bishopston", "BS7 8AE", 51.4770, -2.5890),
        sched=["SU 08:30-17:00"], cost=[(2, "£2 plus petrol share")], min_age=18,
        tags=["walking_outdoors", "sport_fitness"]),

    svc("bs_walk_women", "Hartcliffe Women's Walk & Talk",
        "Women-only walk and talk on Monday mornings, round the edge of Hengrove Park and back. Go at "
        "your own pace, bring a friend. Free.",
        kind="walk/women", org="Hartcliffe Women's Network", loc=HARECLIVE,
        sched=["MO 10:00-11:00"], tags=["walking_outdoors", "women", "free_cost"]),

    svc("bs_mensgrief", "Men's Grief Walk Bristol",
        "For men who have lost someone - partner, child, parent, friend. We walk for an hour in Eastville "
        "Park, then coffee. First Saturday of the month. Men 18+. Free.",
        kind="walk/bereave/men", org="Men's Grief Walk Bristol",
        loc=L("Fishponds Road gate", "Fishponds Road", "Fishponds", "BS16 3AA", 51.4780, -2.5330),
        sched=["M 1SA 10:00-12:00"], min_age=18, tags=["walking_outdoors", "bereaved", "men", "free_cost"]),

    svc("bs_foodbank", "Lawrence Hill Food Bank",
        "Food bank open Monday and Thursday 11-2. No voucher needed. We also have toiletries, baby "
        "things and pet food.",
        kind="food", org="East Bristol Food Network",
        loc=L("Ducie Road Hall", "Ducie Road", "Lawrence Hill", "BS5 0AX", 51.4590, -2.5680),
        sched=["MO,TH 11:00-14:00"], tags=["free_cost", "parents_families"]),

    svc("bs_fridge", "Southville Community Fridge",
        "Community fridge - free food for anyone, every evening 5-7pm. Just turn up.",
        kind="food", org="Southville Neighbours",
        loc=L("North Street shopfront", "North Street", "Southville", "BS3 1HT", 51.4430, -2.6080),
        sched=["MO,TU,WE,TH,FR,SA,SU 17:00-19:00"], tags=["free_cost"], emit_tags=False, phone=False),

    svc("bs_pantry", "Lockleaze Community Pantry",
        "Membership pantry: £4 a visit for around £15-20 of groceries. Wednesday 12-3. Free to join.",
        kind="food", org="Lockleaze Hub",
        loc=L("Gainsborough Square Hub", "Gainsborough Square", "Lockleaze", "BS7 9XA", 51.4900, -2.5650),
        sched=["WE 12:00-15:00"], cost=[(4, "£4 a visit")], tags=["free_cost", "food_cooking"]),

    svc("bs_advice_line", "Bristol Money Advice Line",
        "Free phone advice for Bristol residents on benefits, debt and bills. Monday to Friday 9.30-4.",
        kind="advice", org=("Bristol Advice Network", "Advice charities in Bristol."), loc=BRIGSTOCKE,
        sched=["MO,TU,WE,TH,FR 09:30-16:00"], areas=["Bristol"], loctype="postal", tags=["free_cost"]),

    svc("bs_advice_somali", "Easton Somali Advice Session",
        "Talo ku saabsan faa'iidooyinka, guryaha iyo dukumiintiyada - af Soomaali. Advice in Somali "
        "(and Arabic) on benefits, housing and paperwork. Saturday mornings, drop in.",
        kind="advice", org=("Easton Somali Community Association", "Community association."),
        loc=STAPLETON, sched=["SA 10:00-13:00"], langs=["Somali", "Arabic"],
        tags=["non_english", "new_to_area", "free_cost"]),

    svc("bs_advice_sglos", "South Glos Benefits Phone Service",
        "Benefits advice by phone for people who live in South Gloucestershire - Kingswood, Filton, "
        "Yate, Thornbury and villages.",
        kind="advice", org="South Glos Advice",
        loc=L("Benefits Service office", "Regent Street", "Kingswood", "BS15 8JX", 51.4600, -2.5050,
              "Gloucestershire"),
        sched=["MO,TU,WE,TH 09:00-16:00"], areas=["South Gloucestershire"], loctype="postal",
        tags=["free_cost"], trap="area"),

    svc("bs_energy", "Bristol Warm Homes Advice Clinic",
        "Walk-in energy advice: bring your bills and we'll check your tariff, meters and any grants or "
        "debt help. Thursdays 10-2 on East Street. Free.",
        kind="energy", org="Bristol Warm Homes",
        loc=L("East Street Shop", "East Street", "Bedminster", "BS3 4HH", 51.4400, -2.6000),
        sched=["TH 10:00-14:00"], tags=["free_cost"]),

    svc("bs_digital", "Fishponds Digital Drop-in",
        "Help with phones, tablets, email and online forms, Monday mornings. Free, no booking.",
        kind="digital", org="Fishponds Community Trust",
        loc=L("Fishponds Road Rooms", "Fishponds Road", "Fishponds", "BS16 3DA", 51.4800, -2.5270),
        sched=["MO 10:00-12:00"], tags=["digital_skills", "free_cost"]),

    svc("bs_digital_b", "Brislington Tech Tea",
        "Tea, cake and patient help with technology for older people. Thursday afternoons, £1.",
        kind="digital", org="Brislington Community Association", loc=WICK_ROAD,
        sched=["TH 14:00-16:00"], cost=[(1, "£1")], tags=["digital_skills", "older_people"],
        emit_tags=False, other=[(V, "DIG", "Digital help")]),

    svc("bs_befriend", "Bristol Chat Line",
        "Weekly phone calls from a friendly volunteer for any adult (18+) in Bristol who feels lonely or "
        "can't get out much. Free.",
        kind="befriend", org=("Bristol Befriending", "Befriending charity."), loc=BRIGSTOCKE,
        min_age=18, areas=["Bristol"], loctype="postal", tags=["free_cost"]),

    svc("bs_visit", "Bristol Good Neighbours Visiting",
        "Home visits from a volunteer for people aged 65+ in Bristol - a chat, a game of cards, a walk to "
        "the corner shop.",
        kind="befriend", org="Bristol Good Neighbours",
        loc=L("Good Neighbours office", "Cheltenham Road", "Montpelier", "BS6 5QZ", 51.4650, -2.5860),
        min_age=65, areas=["Bristol"], loctype="postal", tags=["older_people", "accompany"]),

    svc("bs_shed", "Shirehampton Men's Shed",
        "Men's Shed - woodwork, restoring old tools, bike fixing, a brew. Wednesdays and Saturdays. Men 18+.",
        kind="shed", org="Shirehampton Men's Shed",
        loc=L("Station Road Workshop", "Station Road", "Shirehampton", "BS11 9TU", 51.4860, -2.6800),
        sched=["WE,SA 10:00-15:00"], cost=[(2, "£2")], min_age=18, tags=["men", "arts_crafts"]),

    svc("bs_women", "Montpelier Women's Cafe",
        "Women-only cafe morning on Fridays - free breakfast, crafts, advice sessions, and a creche.",
        kind="women", org="Montpelier Women's Cafe",
        loc=L("Picton Street Cafe Room", "Picton Street", "Montpelier", "BS6 5QA", 51.4655, -2.5855),
        sched=["FR 10:00-12:30"], tags=["women", "social_cafe", "free_cost"]),

    svc("bs_carers", "Bristol Carers' Drop-in",
        "Drop-in for adult carers every Tuesday afternoon in Horfield: talk to a support worker, meet "
        "other carers.",
        kind="carers", org=("Bristol Carers Network", "Carers' centre."),
        loc=L("Ashley Down Road Room", "Ashley Down Road", "Horfield", "BS7 9JR", 51.4880, -2.5830),
        sched=["TU 13:00-15:00"], min_age=18, tags=["carers", "free_cost"]),

    svc("bs_youngcarers", "Bristol Young Carers Club",
        "Club for young carers aged 8-17, Wednesdays after school. Games, food, trips and support.",
        kind="carers", org="Bristol Carers Network",
        loc=L("Sandy Park Road Hut", "Sandy Park Road", "Brislington", "BS4 3PL", 51.4380, -2.5530),
        sched=["WE 16:30-18:30"], min_age=8, max_age=17, tags=["young_people", "carers", "free_cost"]),

    svc("bs_bereave", "Southmead Bereavement Coffee",
        "Coffee morning for bereaved people, last Monday of the month. Gentle, friendly, no pressure "
        "to talk.",
        kind="bereave", org="Southmead Community Church",
        loc=L("Greystoke Avenue Room", "Greystoke Avenue", "Southmead", "BS10 6AD", 51.4960, -2.5950),
        sched=["M -1MO 10:30-12:00"], tags=["bereaved", "social_cafe"], emit_tags=False,
        other=[(V, "BRV", "Bereavement")]),

    svc("bs_lgbtq", "Bristol Queer Craft Night",
        "LGBTQ+ craft night for adults: knitting, zines, embroidery, collage. Second Wednesday, 7pm, £3.",
        kind="lgbtq/crafts", org="Bristol Queer Craft Night",
        loc=L("West Street Rooms", "West Street", "Bristol", "BS2 0BH", 51.4560, -2.5800),
        sched=["M 2WE 19:00-21:30"], cost=[(3, "£3")], min_age=18, tags=["lgbtq", "arts_crafts"]),

    svc("bs_lgbtq_youth", "Out & About Bristol Youth",
        "LGBTQ+ youth group for 12-19 year olds, Monday evenings. Safe, fun, free.",
        kind="lgbtq/youth", org="Out & About Bristol",
        loc=L("Portland Square Youth Space", "Portland Square", "St Pauls", "BS2 8RZ", 51.4610, -2.5860),
        sched=["MO 18:00-20:00"], min_age=12, max_age=19, tags=["lgbtq", "young_people", "free_cost"]),

    svc("bs_toddler", "Totterdown Toddlers",
        "Toddler group, Wednesday mornings - play, songs, snack. £1.50 per family.",
        kind="toddler", org="Totterdown Families",
        loc=L("Wells Road Hall", "Wells Road", "Totterdown", "BS4 2AX", 51.4430, -2.5750),
        sched=["WE 09:30-11:30"], cost=[(1.5, "£1.50 per family")], tags=["parents_families"],
        emit_tags=False, other=[(V, "FAM-TOD", "Families - toddlers")]),

    svc("bs_esol", "St Pauls English Corner",
        "Free English conversation practice on Tuesday evenings. Beginners to advanced. Make friends "
        "while you learn.",
        kind="esol", org="St Pauls Learning Centre",
        loc=L("Grosvenor Road Learning Room", "Grosvenor Road", "St Pauls", "BS2 8XA", 51.4650, -2.5800),
        sched=["TU 18:00-19:30"], tags=["new_to_area", "books_learning", "free_cost"], emit_tags=False,
        other=[(V, "LRN", "Learning English")]),

    svc("bs_sanctuary", "Bristol Sanctuary Drop-in",
        "Weekly drop-in for refugees and people seeking asylum: hot lunch, clothes, phone top-ups, help "
        "finding English classes and legal advice. Thursdays 11-2, free.",
        kind="newcomers/lunch", org="Bristol Sanctuary Drop-in", loc=STAPLETON,
        sched=["TH 11:00-14:00"], tags=["new_to_area", "social_cafe", "free_cost"]),

    svc("bs_youth", "Hartcliffe Youth Shack",
        "Youth club for 11-18s - games room, music, cooking, sport. Tuesdays and Thursdays 6-9pm, free.",
        kind="youth", org="Hartcliffe Youth Shack", loc=HARECLIVE,
        sched=["TU,TH 18:00-21:00"], min_age=11, max_age=18, tags=["young_people", "free_cost"]),

    svc("bs_choir", "Bedminster Rabble Choir",
        "Loud, joyful community choir. No auditions. Thursday nights, £5.",
        kind="music", org="Bedminster Rabble Choir",
        loc=L("Cannon Street Hall", "Cannon Street", "Bedminster", "BS3 1BN", 51.4420, -2.5970),
        sched=["TH 19:30-21:00"], cost=[(5, "£5")], tags=["music"]),

    svc("bs_choir_far", "Wells Community Choir",
        "Community choir in Wells, Monday evenings.",
        kind="music", org="Wells Community Choir",
        loc=L("Chamberlain Street Hall", "Chamberlain Street", "Wells", "BA5 2PE", 51.2100, -2.6480, "Somerset"),
        sched=["MO 19:30-21:00"], cost=[(4, "£4")], tags=["music"], trap="far"),

    svc("bs_crafts", "Stockwood Craft & Natter",
        "Craft and natter on Monday afternoons: knitting, card making, cross stitch. £2 with tea.",
        kind="crafts", org="Stockwood Community Hall",
        loc=L("Ladman Road Hall", "Ladman Road", "Stockwood", "BS14 8QD", 51.4130, -2.5460),
        sched=["MO 13:30-15:30"], cost=[(2, "£2")], tags=["arts_crafts", "social_cafe"]),

    svc("bs_scrabble", "Bishopston Scrabble Club",
        "scrabble club, tuesday evenings. friendly games, beginners welcome. £2.",
        kind="games", org="Bishopston Scrabble Club",
        loc=L("Berkeley Road Room", "Berkeley Road", "Bishopston", "BS7 8HQ", 51.4740, -2.5920),
        sched=["TU 19:00-22:00"], cost=[(2, "£2")], tags=["games_quizzes"], emit_tags=False),

    svc("bs_garden", "Knowle West Growing Project",
        "Community food growing in Knowle West. Volunteer sessions Wednesday and Saturday mornings - "
        "all abilities, tools provided, take home veg.",
        kind="garden/volunteer", org="Knowle West Growing Project",
        loc=L("Filwood Broadway Plot", "Filwood Broadway", "Knowle", "BS4 1JN", 51.4230, -2.5800),
        sched=["WE,SA 10:00-13:00"], tags=["gardening_nature", "free_cost"]),

    svc("bs_yoga_stale", "Brislington Chair Yoga",
        "Chair yoga Wednesday mornings.",
        kind="sport", org="Brislington Community Association", loc=WICK_ROAD,
        sched=["WE 11:00-12:00"], cost=[(3, "£3")], assured="2025-06-12",
        tags=["sport_fitness", "accessibility"]),

    svc("bs_netball_inactive", "Avonmouth Walking Netball",
        "Walking netball for women of all ages and fitness levels.",
        kind="sport", org="Avonmouth Community Centre",
        loc=L("Avonmouth Road Hall", "Avonmouth Road", "Avonmouth", "BS11 9EN", 51.4990, -2.7000),
        sched=["MO 18:00-19:00"], cost=[(3, "£3")], status="inactive", assured="2026-10-12",
        tags=["sport_fitness", "women"]),

    svc("bs_swim", "Hotwells Cold Water Swim Social",
        "Cold water dips in the harbour swimming area, Saturday mornings at 8, then hot drinks. Adults "
        "18+, you swim at your own risk. Free.",
        kind="sport/swim", org="Hotwells Dippers",
        loc=L("Hotwell Road steps", "Hotwell Road", "Hotwells", "BS8 4UB", 51.4490, -2.6150),
        sched=["SA 08:00-09:00"], min_age=18, tags=["sport_fitness", "free_cost"], emit_tags=False),

    svc("bs_swim_far", "Weston Bay Dippers",
        "Sea swimming group, Sunday mornings on Weston beach. Adults 18+.",
        kind="sport/swim", org="Weston Bay Dippers",
        loc=L("Marine Parade steps", "Marine Parade", "Weston-super-Mare", "BS23 1AL", 51.3430, -2.9800,
              "Somerset"),
        sched=["SU 08:00-09:30"], min_age=18, tags=["sport_fitness"], trap="far"),

    svc("bs_silversurfers", "Silver Surfers Bristol",
        "Stand-up paddleboarding on the harbour for people aged 50+. Boards, wetsuits and instructors "
        "provided; no experience needed. Saturday mornings, £8.",
        kind="sport", org="Silver Surfers Bristol",
        loc=L("Cumberland Road Pontoon", "Cumberland Road", "Bristol", "BS1 6XW", 51.4470, -2.6020),
        sched=["SA 10:00-12:00"], cost=[(8, "£8")], min_age=50, tags=["sport_fitness", "older_people"],
        trap="name"),

    svc("bs_faith", "St Pauls Gospel Breakfast",
        "Sunday breakfast, gospel singing and a short prayer, before the main service. Everyone welcome, "
        "whatever your faith or none. Free.",
        kind="faith/music", org="City Road Chapel",
        loc=L("City Road Chapel Hall", "City Road", "St Pauls", "BS2 8TP", 51.4620, -2.5850),
        sched=["SU 09:00-10:00"], tags=["faith", "music", "free_cost"]),

    svc("bs_lunch", "Knowle Friday Lunch Club",
        "Friday lunch club: a hot dinner and pudding for £4, then dominoes and cards. Mostly over-60s.",
        kind="lunch", org="Knowle Broadwalk Church",
        loc=L("Broadwalk Hall", "Broadwalk", "Knowle", "BS4 2QZ", 51.4320, -2.5680),
        sched=["FR 12:00-14:00"], cost=[(4, "£4")], tags=["social_cafe", "older_people", "food_cooking"]),

    svc("bs_transport", "Bristol Dial-a-Ride",
        "Accessible door-to-door minibus for Bristol residents who can't use public transport easily. "
        "Wheelchair lift on every bus.",
        kind="transport", org=("Bristol Community Transport", "Charity."),
        loc=L("Dial-a-Ride depot", "Feeder Road", "Bristol", "BS2 0TQ", 51.4500, -2.5650),
        cost=[(3, "£3 a journey")], areas=["Bristol"], loctype="postal",
        tags=["transport", "accessibility", "disability"]),

    svc("bs_volcentre", "Bristol Volunteer Hub",
        "Bristol's volunteer centre: search hundreds of roles, talk to an adviser, or get support to set "
        "up a new community group. Ages 16+.",
        kind="volunteer", org=("Bristol Volunteer Hub", "Volunteer centre."),
        loc=L("Volunteer Hub office", "Old Market Street", "Bristol", "BS2 0EZ", 51.4560, -2.5830),
        min_age=16, areas=["Bristol"], loctype="postal", emit_tags=False,
        other=[(V, "VOL", "Volunteering")]),
]
