"""Hackney (London): hand-written services for blind-8.

Neighbourhoods: Hackney Central, Hackney Wick, Shacklewell, Lower Clapton, Clapton,
Clapton Park, Kingsmead, Well Street, Kingsland, Cazenove, Springfield, Rectory Road,
Brownswood, Shoreditch; Bethnal Green (Tower Hamlets) next door; Harlow and Watford
far off.
"""
from common import svc, L

AREA = {"name": "Hackney", "councils": ["Hackney", "Tower Hamlets", "Waltham Forest", "Harlow", "Watford"],
        "state": "Greater London", "phone": "020 7946 0{:03d}", "phone_base": 200}

V = "hackney-local-guide"

KINGSMEAD = L("Kingsmead Way Community Hall", "Kingsmead Way", "Kingsmead", "E9 5QG", 51.5560, -0.0380)
WELL_ST = L("Well Street Mission Hall", "Well Street", "Well Street", "E9 7PX", 51.5410, -0.0470)
KINGSLAND = L("Kingsland Road Community Room", "Kingsland Road", "Kingsland", "E8 4AA", 51.5460, -0.0760)
CHATSWORTH = L("Chatsworth Road Rooms", "Chatsworth Road", "Lower Clapton", "E5 0LH", 51.5545, -0.0445)
DALSTON_LANE = L("Dalston Lane office", "Dalston Lane", "Hackney Central", "E8 1NG", 51.5470, -0.0640)
SHACKLEWELL = L("Shacklewell Lane Hall", "Shacklewell Lane", "Shacklewell", "E8 2EZ", 51.5560, -0.0720)
READING_LANE = L("Reading Lane Room", "Reading Lane", "Hackney Central", "E8 1HJ", 51.5440, -0.0580)
SPRINGFIELD = L("Springfield Park White Lodge gate", "Springfield", "Springfield", "E5 9EF", 51.5715, -0.0590)
RECTORY = L("Rectory Road Chapel Room", "Rectory Road", "Rectory Road", "N16 7QR", 51.5580, -0.0680)

SERVICES = [
    svc("hk_walk_springfield", "Springfield Park Health Walk",
        "Free, gentle health walk round Springfield Park and along the Lea towpath, about 45 minutes. "
        "Wednesday mornings. Trained walk leaders, no booking.",
        kind="walk", org="Hackney Walks for Health", loc=SPRINGFIELD,
        sched=["WE 10:30-11:30"], tags=["walking_outdoors", "free_cost", "older_people"]),

    svc("hk_walk_wick", "Hackney Wick Canal Amble",
        "Saturday amble along the Hertford Union and Lee Navigation canals - flat, about two miles, "
        "street art and herons on the way. Free.",
        kind="walk", org="Hackney Walks for Health",
        loc=L("Wallis Road corner", "Wallis Road", "Hackney Wick", "E9 5LN", 51.5435, -0.0245),
        sched=["SA 11:00-12:00"], tags=["walking_outdoors", "free_cost"]),

    svc("hk_hike", "Lea Valley Long Walkers",
        "Day walks of 10-15 miles out of London - Epping Forest, the Chilterns, the North Downs - by "
        "train on Sundays. Meet at Clapton station. Reasonable fitness needed. 18+.",
        kind="walk", org="Lea Valley Long Walkers",
        loc=L("Clapton station forecourt", "Upper Clapton Road", "Clapton", "E5 9JP", 51.5615, -0.0575),
        sched=["SU 09:00-17:00"], cost=[(2, "£2 plus your train fare")], min_age=18,
        tags=["walking_outdoors", "sport_fitness"]),

    svc("hk_foodbank", "Kingsmead Food Bank",
        "Food bank open Thursdays 12-3. No voucher needed for your first three visits. Halal and "
        "vegetarian options.",
        kind="food", org="East Hackney Food Network", loc=KINGSMEAD,
        sched=["TH 12:00-15:00"], tags=["free_cost"]),

    svc("hk_fridge", "Cazenove Community Fridge",
        "Free surplus food for anyone - no forms, no questions. Mon, Wed, Fri and Sat, 4 to 6pm.",
        kind="food", org="Cazenove Neighbours",
        loc=L("Cazenove Road shopfront", "Cazenove Road", "Cazenove", "N16 6BD", 51.5645, -0.0685),
        sched=["MO,WE,FR,SA 16:00-18:00"], tags=["free_cost"], emit_tags=False, phone=False),

    svc("hk_pantry", "Well Street Members' Pantry",
        "Membership food club: £5 a week gets you about £25 of groceries including fresh food. Tuesday "
        "afternoons and Saturday mornings. Hackney residents.",
        kind="food", org="East Hackney Food Network", loc=WELL_ST,
        sched=["TU 14:00-17:00", "SA 10:00-12:00"], cost=[(5, "£5 a week")],
        tags=["free_cost", "food_cooking"]),

    svc("hk_advice_line", "Hackney Money Help Line",
        "Free phone advice for Hackney residents on benefits, debt, council tax and bills. Lines open "
        "Monday to Friday 10-4.",
        kind="advice", org=("Hackney Advice Alliance", "Advice agencies in Hackney."),
        loc=L("Mare Street office", "Mare Street", "Hackney Central", "E8 1HE", 51.5450, -0.0555),
        sched=["MO,TU,WE,TH,FR 10:00-16:00"], areas=["Hackney"], loctype="postal", tags=["free_cost"]),

    svc("hk_advice_spanish", "Casa Latina Advice Hour",
        "Asesoramiento en español sobre crédito universal, vivienda, trabajo y papeles. Advice in Spanish "
        "on Universal Credit, housing, work rights and immigration paperwork. Wednesdays 5-7.30pm, "
        "no appointment.",
        kind="advice", org=("Casa Latina Hackney", "Latin American community group."), loc=KINGSLAND,
        sched=["WE 17:00-19:30"], langs=["Spanish"], tags=["non_english", "new_to_area", "free_cost"]),

    svc("hk_advice_walkin", "Shoreditch Walk-in Advice",
        "Walk-in advice on benefits, debt and housing, Monday and Thursday mornings. Face to face, first "
        "come first served.",
        kind="advice", org="Hackney Advice Alliance",
        loc=L("Pitfield Street Advice Shop", "Pitfield Street", "Shoreditch", "N1 6HA", 51.5290, -0.0830),
        sched=["MO,TH 10:00-13:00"], tags=["free_cost"], emit_tags=False,
        other=[(V, "ADV", "Advice and money")]),

    svc("hk_digital", "Lower Clapton Digital Drop-in",
        "Friday afternoon digital help: phones, email, online forms, the NHS app. Laptops to borrow. Free.",
        kind="digital", org="Chatsworth Road Community Trust", loc=CHATSWORTH,
        sched=["FR 14:00-16:00"], tags=["digital_skills", "free_cost"]),

    svc("hk_befriend", "Hackney Call Companions",
        "A weekly phone call from a friendly volunteer for Hackney residents aged 50 and over. Free.",
        kind="befriend", org=("Hackney Befriending", "Telephone and home befriending for older people."),
        loc=DALSTON_LANE, min_age=50, areas=["Hackney"], loctype="postal",
        tags=["older_people", "free_cost"]),

    svc("hk_befriend_th", "Tower Hamlets Telephone Friends",
        "Telephone befriending for adults living in Tower Hamlets - Bethnal Green, Bow, Poplar, "
        "Whitechapel and the Isle of Dogs.",
        kind="befriend", org="Tower Hamlets Befriending",
        loc=L("Roman Road office", "Roman Road", "Bethnal Green", "E2 0HU", 51.5290, -0.0500),
        min_age=18, areas=["Tower Hamlets"], loctype="postal", tags=["free_cost"], trap="area"),

    svc("hk_visit", "Hackney Home Visitors",
        "Volunteers visit people aged 60+ at home every week for a chat and a cuppa, and can go with you "
        "to the shops or a club. Hackney residents.",
        kind="befriend", org="Hackney Befriending", loc=DALSTON_LANE,
        min_age=60, areas=["Hackney"], loctype="postal", tags=["older_people", "accompany", "free_cost"]),

    svc("hk_shed", "Clapton Park Men's Shed",
        "A workshop for men 18+: woodwork, bike repair, upcycling, and a proper chat over tea. Tuesdays "
        "and Saturdays.",
        kind="shed", org="Clapton Park Men's Shed",
        loc=L("Daubeney Road Workshop", "Daubeney Road", "Clapton Park", "E5 0EE", 51.5550, -0.0390),
        sched=["TU,SA 10:00-16:00"], cost=[(3, "£3 a session")], min_age=18, tags=["men", "arts_crafts"]),

    svc("hk_women", "Shacklewell Sisters",
        "Women's group for women of every background. Crafts, cooking, guest speakers and a good chat, "
        "Thursday mornings. Free creche for under-5s.",
        kind="women", org="Shacklewell Sisters", loc=SHACKLEWELL,
        sched=["TH 10:30-12:30"], tags=["women", "social_cafe", "arts_crafts", "free_cost"]),

    svc("hk_carers", "Hackney Carers' Evening Circle",
        "Peer support for adult carers who work in the day: second Tuesday evening of the month. Food "
        "provided.",
        kind="carers", org=("Hackney Carers Centre", "Support for unpaid carers."), loc=READING_LANE,
        sched=["M 2TU 18:30-20:30"], min_age=18, tags=["carers", "free_cost"]),

    svc("hk_youngcarers", "Hackney Young Carers",
        "Support for young carers aged 8-18 who live in Hackney: one-to-one help, holiday trips and "
        "a monthly club. Self-referrals welcome.",
        kind="carers", org="Hackney Carers Centre", loc=DALSTON_LANE,
        min_age=8, max_age=18, areas=["Hackney"], loctype="postal",
        tags=["young_people", "carers", "free_cost"]),

    svc("hk_bereave", "Hackney Grief Circle",
        "Bereavement support group, first and third Monday evenings. Facilitated by trained volunteers; "
        "you can talk or just listen.",
        kind="bereave", org="Hackney Grief Circle", loc=WELL_ST,
        sched=["M 1MO,3MO 18:30-20:00"], tags=["bereaved", "free_cost"], emit_tags=False,
        other=[(V, "BRV", "Bereavement")]),

    svc("hk_lgbtq_youth", "Kingsland Queer Youth",
        "LGBTQ+ youth group for 14-21s. Tuesdays after school/college. Chill space, workshops, trips.",
        kind="lgbtq/youth", org="Kingsland Queer Youth", loc=KINGSLAND,
        sched=["TU 17:30-19:30"], min_age=14, max_age=21, tags=["lgbtq", "young_people", "free_cost"]),

    svc("hk_lgbtq_walk", "Hackney Queer Walkers",
        "LGBTQ+ walking group: a relaxed two-hour walk on the second Sunday of the month, usually along "
        "the Lea, finishing at a cafe. 18+.",
        kind="lgbtq/walk", org="Hackney Queer Walkers", loc=SPRINGFIELD,
        sched=["M 2SU 11:00-13:00"], min_age=18, tags=["lgbtq", "walking_outdoors", "free_cost"]),

    svc("hk_lgbtq_older", "Rainbow Elders Tea",
        "Tea afternoon for LGBTQ+ people aged 55+, last Thursday of the month. Cake, company and "
        "occasional talks.",
        kind="lgbtq", org="Rainbow Elders", loc=RECTORY,
        sched=["M -1TH 14:00-16:00"], min_age=55, tags=["lgbtq", "older_people", "social_cafe"]),

    svc("hk_toddler", "Hackney Wick Stay & Play",
        "Free stay and play for 0-5s and their grown-ups, Tuesday and Thursday mornings.",
        kind="toddler", org="Hackney Wick Families",
        loc=L("Eastway Community Room", "Eastway", "Hackney Wick", "E9 5JA", 51.5460, -0.0300),
        sched=["TU,TH 10:00-11:30"], tags=["parents_families", "free_cost"]),

    svc("hk_toddler_spanish", "Jugamos Kingsland",
        "Grupo de juego en español para familias con niños de 0 a 5 años. Spanish-speaking playgroup for "
        "families with under-5s: songs, stories and play, Friday mornings.",
        kind="toddler", org="Casa Latina Hackney", loc=KINGSLAND,
        sched=["FR 10:00-11:30"], cost=[(2, "£2 per family")], langs=["Spanish"],
        tags=["parents_families", "non_english"]),

    svc("hk_esol", "Hackney ESOL Conversation Cafe",
        "Practise your English with friendly volunteers, Saturday late mornings. All levels, free, "
        "tea and biscuits.",
        kind="esol", org="Hackney Learning Network",
        loc=L("Mare Street Learning Room", "Mare Street", "Hackney Central", "E8 3RH", 51.5455, -0.0560),
        sched=["SA 11:00-13:00"], tags=["new_to_area", "books_learning", "free_cost"]),

    svc("hk_welcome", "Brownswood Welcome Table",
        "A warm welcome for refugees and people seeking asylum: hot lunch, clothes rail, help to find "
        "English classes and advice. Wednesdays 12-3. Free.",
        kind="newcomers/lunch", org="Brownswood Welcome Table",
        loc=L("Queens Drive Hall", "Queens Drive", "Brownswood", "N4 2HW", 51.5680, -0.0970),
        sched=["WE 12:00-15:00"], tags=["new_to_area", "social_cafe", "food_cooking", "free_cost"],
        emit_tags=False, other=[(V, "COM-REF", "Refugees and people seeking asylum")]),

    svc("hk_youth", "Kingsmead Youth Club",
        "Open youth club for 11-19s: football, music, cooking, homework help. Mon, Wed, Fri 5-8pm. Free.",
        kind="youth", org="Kingsmead Youth Partnership", loc=KINGSMEAD,
        sched=["MO,WE,FR 17:00-20:00"], min_age=11, max_age=19,
        tags=["young_people", "sport_fitness", "free_cost"]),

    svc("hk_youth_studio", "Shoreditch Youth Studio",
        "Free music production and recording sessions for 13-18 year olds - beats, vocals, DJing. "
        "Saturdays 12-4.",
        kind="youth/music", org="Shoreditch Youth Studio",
        loc=L("Hoxton Street Studio", "Hoxton Street", "Shoreditch", "N1 6SH", 51.5300, -0.0790),
        sched=["SA 12:00-16:00"], min_age=13, max_age=18,
        tags=["young_people", "music", "digital_skills", "free_cost"]),

    svc("hk_choir", "Lower Clapton Community Choir",
        "Monday night community choir. No auditions, no sheet music - we learn by ear. £5 or £3 "
        "concessions.",
        kind="music", org="Lower Clapton Community Choir", loc=CHATSWORTH,
        sched=["MO 19:30-21:00"], cost=[(5, "£5 a session"), (3, "£3 concessions")], tags=["music"]),

    svc("hk_choir_far", "Harlow Evening Singers",
        "Friendly choir rehearsing Thursday evenings in Harlow town centre.",
        kind="music", org="Harlow Evening Singers",
        loc=L("The Stow Hall", "The Stow", "Harlow", "CM20 3AG", 51.7790, 0.1060, "Essex"),
        sched=["TH 19:30-21:00"], cost=[(4, "£4")], tags=["music"], trap="far"),

    svc("hk_crafts", "Stitch & Mend Hackney",
        "learn to mend, darn, patch and alter your clothes. tuesday evenings 6.30-8.30, £3, machines "
        "and thread provided.",
        kind="crafts", org="Stitch & Mend Hackney", loc=READING_LANE,
        sched=["TU 18:30-20:30"], cost=[(3, "£3")], tags=["arts_crafts"], emit_tags=False),

    svc("hk_chess", "Well Street Chess Club",
        "Chess club for all ages 8+ and all levels, Thursday evenings. Juniors until 8pm, then adults.",
        kind="games", org="Well Street Chess Club", loc=WELL_ST,
        sched=["TH 18:30-22:00"], cost=[(2, "£2")], min_age=8, tags=["games_quizzes"]),

    svc("hk_chess_far", "Watford Chess Circle",
        "Chess club meeting Tuesday evenings in central Watford. Casual and rated games.",
        kind="games", org="Watford Chess Circle",
        loc=L("Clarendon Road Hall", "Clarendon Road", "Watford", "WD17 1JA", 51.6585, -0.3985, "Hertfordshire"),
        sched=["TU 19:00-22:00"], cost=[(3, "£3")], tags=["games_quizzes"], trap="far"),

    svc("hk_garden", "Clapton Park Community Garden",
        "Volunteer gardening on the estate: food growing, bee beds, composting. Saturday mornings, all "
        "welcome, no experience needed.",
        kind="garden/volunteer", org="Clapton Park Tenants",
        loc=L("Overbury Street Garden", "Overbury Street", "Clapton Park", "E5 0AJ", 51.5535, -0.0365),
        sched=["SA 10:00-13:00"], tags=["gardening_nature", "free_cost"]),

    svc("hk_skate_inactive", "Hackney Wick Roller Skate Social",
        "Roller skating social for beginners, skates to borrow.",
        kind="sport", org="Hackney Wick Families",
        loc=L("Eastway Community Room", "Eastway", "Hackney Wick", "E9 5JA", 51.5460, -0.0300),
        sched=["WE 19:00-21:00"], cost=[(5, "£5")], status="inactive", assured="2026-08-14",
        tags=["sport_fitness"]),

    svc("hk_lunchclub_run", "The Lunch Club",
        "Lunchtime running club: a 5k loop from Morning Lane on Tuesdays and Thursdays, 12.30 sharp, "
        "back at your desk by 1.15. All paces, nobody left behind. Free.",
        kind="sport", org="The Lunch Club",
        loc=L("Morning Lane corner", "Morning Lane", "Hackney Central", "E9 6NA", 51.5460, -0.0520),
        sched=["TU,TH 12:30-13:15"], tags=["sport_fitness", "free_cost"], trap="name"),

    svc("hk_lunch", "Shacklewell Tuesday Lunch",
        "Hot two-course lunch for older neighbours every Tuesday, £3, followed by bingo. Wheelchair "
        "accessible.",
        kind="lunch", org="Shacklewell Neighbours", loc=SHACKLEWELL,
        sched=["TU 12:00-14:00"], cost=[(3, "£3")],
        tags=["social_cafe", "older_people", "food_cooking", "games_quizzes"], emit_tags=False,
        other=[(V, "OLD-LUN", "Older people - lunch clubs")]),

    svc("hk_film_stale", "Rectory Road Silver Screen",
        "Afternoon film club for older people with tea and cake.",
        kind="film", org="Rectory Road Chapel", loc=RECTORY,
        sched=["M 2WE 14:00-16:30"], cost=[(2, "£2")], assured="2024-10-02",
        tags=["older_people", "social_cafe"], emit_tags=False),

    svc("hk_transport", "Hackney Door-to-Door Transport",
        "Accessible minibus for Hackney residents who find buses hard - wheelchair users, people with "
        "mobility problems. Shopping, clubs, appointments. Book by phone.",
        kind="transport", org=("Hackney Community Transport", "Charity."),
        loc=L("Community Transport depot", "Bohemia Place", "Hackney Central", "E8 1DU", 51.5468, -0.0540),
        cost=[(2.5, "£2.50 a single journey")], areas=["Hackney"], loctype="postal",
        tags=["transport", "accessibility", "disability"], emit_tags=False,
        other=[(V, "TRN", "Transport")]),

    svc("hk_volcentre", "Volunteer Hackney",
        "Hackney's volunteer centre - hundreds of roles, from food banks to gardening to befriending, and "
        "help for residents starting their own group. Ages 16+.",
        kind="volunteer", org=("Volunteer Hackney", "Volunteer centre."),
        loc=L("Volunteer Hackney office", "Dalston Lane", "Hackney Central", "E8 3DF", 51.5475, -0.0630),
        min_age=16, areas=["Hackney"], loctype="postal", emit_tags=False),
]
