"""West Cornwall (own choice: a Cornish town) - Penzance, Newlyn, Mousehole,
Heamoor, Long Rock, Marazion, St Just, Sennen, St Ives, Hayle; traps in Truro
and on the Isles of Scilly."""
from common import svc, L

AREA = {"name": "West Cornwall (Penzance)", "council": "Cornwall", "state": "Cornwall",
        "phone": "01632 960{:03d}", "phone_base": 300}

V = "cornwall-community-directory"

PZ_PROM = L("Jubilee Pool, promenade entrance", "Battery Road", "Penzance", "TR18 4FF", 50.1145, -5.5330)
PZ_HALL = L("St John's Hall", "Alverton Street", "Penzance", "TR18 2QR", 50.1190, -5.5390)
PZ_LIB = L("Penzance Library", "Morrab Road", "Penzance", "TR18 4EY", 50.1170, -5.5400)
PZ_CHAPEL = L("Chapel Street Rooms", "Chapel Street", "Penzance", "TR18 4AJ", 50.1170, -5.5360)
PZ_MJ = L("Market Jew Street Centre", "Market Jew Street", "Penzance", "TR18 2HR", 50.1195, -5.5345)
NEWLYN = L("Newlyn Centre", "The Strand", "Newlyn", "TR18 5HW", 50.1035, -5.5500)
NEWLYN_BEACH = L("Newlyn Green slipway", "Chywoone Hill", "Newlyn", "TR18 5AB", 50.1050, -5.5470)
MOUSEHOLE = L("Mousehole harbour car park", "The Parade", "Mousehole", "TR19 6PP", 50.0830, -5.5380)
HEAMOOR = L("Heamoor Community Hall", "Josephs Lane", "Heamoor", "TR18 3EJ", 50.1290, -5.5550)
LONGROCK = L("Long Rock workshop", "Long Rock Industrial Estate", "Long Rock", "TR20 8HX", 50.1290, -5.5000)
MARAZION = L("Marazion Community Hall", "Gwallon Lane", "Marazion", "TR17 0HW", 50.1240, -5.4760)
STJUST = L("Lafrowda Club rooms", "Market Square", "St Just", "TR19 7HF", 50.1240, -5.6800)
STJUST_CH = L("St Just Methodist schoolroom", "Chapel Street", "St Just", "TR19 7HT", 50.1245, -5.6790)
SENNEN = L("Sennen Cove slipway", "Sennen Cove", "Sennen", "TR19 7DF", 50.0770, -5.6960)
STIVES = L("St Ives Guildhall", "Street-an-Pol", "St Ives", "TR26 2DS", 50.2110, -5.4800)
STIVES_FS = L("Fore Street Hall", "Fore Street", "St Ives", "TR26 1HE", 50.2120, -5.4790)
HAYLE = L("Passmore Edwards Institute", "Commercial Road", "Hayle", "TR27 4DE", 50.1860, -5.4200)
HAYLE_FS = L("Foundry Square rooms", "Foundry Square", "Hayle", "TR27 4HH", 50.1880, -5.4220)
TRURO = L("Lemon Street office", "Lemon Street", "Truro", "TR1 2LS", 50.2620, -5.0510)

SERVICES = [
    svc("pz_walk_pz", "Penzance Prom Health Walk",
        "Flat, level walk along the promenade to Newlyn and back, about an hour. Step-free all the way, "
        "benches every few hundred yards. Walking sticks, frames and wheelchairs welcome.",
        kind="walk_gentle", org="Walking for Health Cornwall", loc=PZ_PROM,
        sched=["TU 10:00-11:00"], tags=["walking_outdoors", "free_cost", "accessibility", "older_people"],
        access=["Step-free route", "Accessible toilets at the start"], assured="2026-10-13"),
    svc("pz_walk_stives", "St Ives Gentle Strollers",
        "A gentle stroll round the harbour and headland at chatting pace. St Ives is hilly in places - "
        "some steep lanes and steps.",
        kind="walk_gentle", org="Walking for Health Cornwall", loc=STIVES,
        sched=["FR 10:30-11:30"], tags=["walking_outdoors", "free_cost"], assured="2026-09-18"),
    svc("pz_walk_long", "West Penwith Coast Path Walkers",
        "Challenging 8-12 mile sections of the South West Coast Path from St Just, Pendeen and Zennor. "
        "Alternate Sundays. Steep climbs, good boots essential. Adults.",
        kind="walk_long", org="West Penwith Coast Path Walkers", loc=STJUST,
        sched=["2W SU 09:30-16:00 2026-11-29"], min_age=18, tags=["walking_outdoors", "sport_fitness"],
        assured="2026-10-04"),
    svc("pz_merry", "Mousehole Merry Maidens",
        "Heritage walking group - 4 to 6 mile walks to the stone circles, holy wells and quoits of West "
        "Penwith. Men and women of all ages. First and third Sundays.",
        kind="walk_mid", org="Mousehole Merry Maidens", loc=MOUSEHOLE,
        sched=["M 1SU,3SU 10:00-13:00"], emit_tags=False, other=[(V, "OUT-WALK", "Outdoors - walking")],
        trap="name", assured="2026-08-30"),
    svc("pz_mermaids", "Mount's Bay Mermaids",
        "Women's year-round sea swimming group. Saturday morning dips off Newlyn Green, all abilities, "
        "tea and cake after. Women 18+.",
        kind="swim_women", org="Mount's Bay Mermaids", loc=NEWLYN_BEACH,
        sched=["SA 08:00-09:30"], min_age=18, tags=["women", "sport_fitness"], assured="2026-10-24"),
    svc("pz_foodbank", "Penzance Foodbank",
        "Emergency food parcels for local people in crisis. Ask for a voucher from your GP, Citizens Advice "
        "or the job centre - or just come and talk to us.",
        kind="food_free", org="Penzance Foodbank", loc=PZ_MJ,
        sched=["TU,FR 11:00-13:00"], tags=["free_cost"], assured="2026-11-03"),
    svc("pz_larder_stjust", "St Just Community Larder",
        "Pay as you feel larder - bread, veg, tins and fresh food. Nobody is turned away.",
        kind="food_free", org="St Just Community Larder", loc=STJUST_CH,
        sched=["WE 14:00-16:00"], cost=["payf"], tags=["free_cost", "food_cooking"], assured="2026-09-23"),
    svc("pz_pantry_hayle", "Hayle Community Pantry",
        "Join for free, then pay £3 a visit for a bag of groceries worth about £12. For Hayle and nearby.",
        kind="food_pantry", org="Hayle Community Pantry", loc=HAYLE_FS,
        sched=["TH 10:00-12:00"], cost=[(3, "Per visit")], emit_tags=False,
        other=[(V, "FOOD-PANTRY", "Food - pantry")], assured="2026-10-16"),
    svc("pz_benefits", "Cornwall Benefits Advice Line",
        "Free phone advice on Universal Credit, PIP, Pension Credit and appeals for anyone in Cornwall. "
        "Home visits for people who can't get out. Ring to book an appointment.",
        kind="benefits", org="Cornwall Benefits Advice", loc=TRURO, loctype="postal", areas=["Cornwall"],
        tags=["free_cost"], assured="2026-10-29"),
    svc("pz_digital", "Penzance Library Tech Help",
        "Volunteers help you get to grips with smartphones, tablets and laptops - beginners and older "
        "learners especially welcome. Monday afternoons.",
        kind="digital", org="Cornwall Libraries", loc=PZ_LIB,
        sched=["MO 14:00-16:00"], tags=["digital_skills", "older_people", "free_cost"],
        access=["Step-free entrance"], assured="2026-10-19"),
    svc("pz_digital_stale", "St Ives Silver Surfers",
        "Computer club for older beginners.",
        kind="digital", org="St Ives Silver Surfers", loc=STIVES_FS,
        sched=["WE 10:00-12:00"], tags=["digital_skills", "older_people"], assured="2025-11-02"),
    svc("pz_phone", "Cornwall Friendly Calls",
        "A weekly phone chat with the same volunteer for people who feel lonely or isolated, anywhere in "
        "Cornwall. Free.",
        kind="phone_befriend", org="Cornwall Friendly Calls", loc=TRURO, loctype="postal",
        areas=["Cornwall"], tags=["older_people", "free_cost"], assured="2026-10-07"),
    svc("pz_phone_scilly", "Scilly Friendly Voices",
        "Telephone befriending for islanders on St Mary's, Tresco, St Martin's, St Agnes and Bryher.",
        kind="phone_befriend", org="Scilly Friendly Voices",
        loc=L("Quay office", "Wharf Road", "Penzance", "TR18 4BZ", 50.1180, -5.5300),
        loctype="postal", areas=["Isles of Scilly"], tags=["older_people"], trap="area", assured="2026-09-11"),
    svc("pz_shed", "Penwith Men's Shed",
        "Woodwork, boat repairs and a natter. Over 18s. Tuesdays and Thursdays.",
        kind="shed", org="Penwith Men's Shed", loc=LONGROCK,
        sched=["TU,TH 09:30-14:00"], cost=[(2, "Per session")], min_age=18, tags=["men", "arts_crafts"],
        assured="2026-10-22"),
    svc("pz_shed_far", "Truro Men's Shed",
        "Community workshop for men. Over 18s.",
        kind="shed", org="Truro Men's Shed",
        loc=L("Newham workshop", "Newham Road", "Truro", "TR1 2SU", 50.2580, -5.0430),
        sched=["MO,WE,FR 09:00-13:00"], min_age=18, tags=["men"], trap="far", assured="2026-09-15"),
    svc("pz_women_hayle", "Hayle Women's Wellbeing Group",
        "Women's group - chat, crafts, walks and guest speakers. Wednesday mornings.",
        kind="women", org="Hayle Women's Wellbeing Group", loc=HAYLE,
        sched=["WE 10:00-12:00"], tags=["women", "social_cafe"], assured="2026-10-14"),
    svc("pz_carers", "West Cornwall Carers' Cafe",
        "Monthly cafe for unpaid carers, first Monday. A break, a chat and information from the carers' service.",
        kind="carers", org="Carers Cornwall", loc=PZ_HALL,
        sched=["M 1MO 10:30-12:30"], tags=["carers", "social_cafe", "free_cost"], assured="2026-11-02"),
    svc("pz_young_carers", "Cornwall Young Carers",
        "Support for young carers aged 8 to 18 across Cornwall - groups, trips and one-to-one support.",
        kind="young_carers", org="Cornwall Young Carers", loc=TRURO, loctype="postal", areas=["Cornwall"],
        min_age=8, max_age=18, tags=["young_people", "carers"], assured="2026-08-19"),
    svc("pz_bereave", "St Ives Bereavement Friends",
        "Monthly group for anyone grieving the loss of someone close. Third Tuesday.",
        kind="bereaved", org="St Ives Bereavement Friends", loc=STIVES_FS,
        sched=["M 3TU 14:00-16:00"], tags=["bereaved"], assured="2026-09-29"),
    svc("pz_lgbt", "Penzance LGBTQ+ Coffee",
        "Friendly LGBTQ+ coffee morning for adults, second Saturday of the month.",
        kind="lgbt", org="Penwith Pride", loc=PZ_CHAPEL,
        sched=["M 2SA 10:30-12:30"], min_age=18, tags=["lgbtq", "social_cafe"], assured="2026-10-10"),
    svc("pz_lgbt_youth_far", "Kernow Youth Rainbow",
        "LGBTQ+ youth group for 12-19s, meeting in Truro.",
        kind="lgbt_youth", org="Kernow Youth Rainbow",
        loc=L("Truro youth centre", "Lemon Street", "Truro", "TR1 2PE", 50.2615, -5.0520),
        sched=["TH 17:00-19:00"], min_age=12, max_age=19, tags=["young_people", "lgbtq"], trap="far",
        assured="2026-10-01"),
    svc("pz_toddlers_newlyn", "Newlyn Toddler Time",
        "Songs, stories and messy play for under 5s and grown-ups. Wednesdays. 50p.",
        kind="toddlers", org="Newlyn Toddler Time", loc=NEWLYN,
        sched=["WE 09:30-11:30"], cost=[(0.5, "Per family")], tags=["parents_families"], trap="pair",
        assured="2026-10-21"),
    svc("pz_toddlers_stjust", "St Just Little Kittiwakes",
        "toddler group thursdays in the schoolroom, babies welcome too, free",
        kind="toddlers", org="St Just Little Kittiwakes", loc=STJUST_CH,
        sched=["TH 10:00-11:30"], emit_tags=False, assured="2026-09-24"),
    svc("pz_welcome", "West Cornwall Welcome Hub",
        "Help for workers and families new to Cornwall: forms, GP registration, English classes. "
        "Български и румънски говорители. Vorbim română.",
        kind="newcomers", org="West Cornwall Welcome Hub", loc=HAYLE,
        sched=["SU 14:00-17:00"], tags=["new_to_area", "non_english", "free_cost"],
        langs=["Bulgarian", "Romanian", "English"], assured="2026-10-26"),
    svc("pz_kernewek", "Penzance Kernewek Conversation",
        "Learn and speak Cornish (Kernewek) - beginners' table and conversation practice. Tuesday evenings.",
        kind="language", emit_tags=False, other=[(V, "LEARN-LANG", "Learning - languages")], org="Kowethas Kernewek Pennsans", loc=PZ_LIB,
        sched=["TU 18:30-20:00"], tags=["books_learning"], assured="2026-09-08"),
    svc("pz_youth", "Penzance Youth Project",
        "Open youth club for 11-18s - games, cooking, music, someone to talk to. Mondays and Thursdays.",
        kind="youth_club", org="Penzance Youth Project", loc=PZ_MJ,
        sched=["MO,TH 18:00-20:30"], min_age=11, max_age=18, tags=["young_people", "free_cost"],
        assured="2026-10-08"),
    svc("pz_smugglers", "Smugglers' Den Club",
        "Heamoor's youth club for 11 to 16 year olds - table tennis, tuck shop, trips. Tuesday and Friday evenings.",
        kind="youth_club", org="Heamoor Youth", loc=HEAMOOR,
        sched=["TU,FR 18:30-20:30"], cost=[(1, "Per night")], min_age=11, max_age=16,
        emit_tags=False, other=[(V, "YOUTH", "Youth clubs")], trap="name", assured="2026-10-15"),
    svc("pz_surf", "Sennen Youth Surf Club",
        "Surf coaching for young people aged 10-17. Wetsuits and boards provided. Saturday mornings.",
        kind="youth_sport", org="Sennen Youth Surf Club", loc=SENNEN,
        sched=["SA 09:00-11:00"], cost=[(5, "Per session")], min_age=10, max_age=17,
        tags=["young_people", "sport_fitness"], assured="2026-09-12"),
    svc("pz_mvc", "Mount's Bay Male Voice Choir",
        "Traditional Cornish male voice choir. New singers welcome - men 16 and over. Wednesday rehearsals.",
        kind="choir_men", emit_tags=False, other=[(V, "MUSIC", "Music and singing groups")], org="Mount's Bay Male Voice Choir", loc=NEWLYN,
        sched=["WE 19:30-21:30"], min_age=16, tags=["music", "men"], assured="2026-10-17"),
    svc("pz_choir_stives", "St Ives Community Choir",
        "Mixed community choir, no audition. Monday nights.",
        kind="choir", org="St Ives Community Choir", loc=STIVES,
        sched=["MO 19:00-21:00"], cost=[(4, "Per session")], tags=["music"], assured="2026-10-05"),
    svc("pz_lunch", "Marazion Friendship Lunch",
        "Fortnightly Wednesday lunch for over 65s. £6. Lifts can be arranged.",
        kind="lunch", emit_tags=False, org="Marazion Friendship Lunch", loc=MARAZION,
        sched=["2W WE 12:00-14:00 2026-11-18"], cost=[(6, "Lunch")], min_age=65,
        tags=["older_people", "social_cafe"], assured="2026-10-28"),
    svc("pz_transport", "Penwith Community Transport",
        "Dial-a-ride minibus and volunteer drivers for people in West Penwith who can't use buses or "
        "don't have a car. Wheelchair accessible. Book by phone.",
        kind="transport", org="Penwith Community Transport", loc=PZ_MJ, loctype="postal", areas=["Penwith"],
        cost=[(3, "Typical single fare")], tags=["transport", "accessibility"], assured="2026-10-20"),
    svc("pz_volcentre", "Cornwall Volunteer Hub",
        "Volunteering roles across Cornwall and support to set up and run community groups.",
        kind="volcentre", org="Cornwall Volunteer Hub", loc=TRURO, loctype="postal", areas=["Cornwall"],
        emit_tags=False, other=[(V, "VOL", "Volunteering")], assured="2026-11-05"),
    svc("pz_beachclean", "Mount's Bay Beach Clean",
        "Monthly beach clean, first Sunday - Long Rock, Wherrytown or Newlyn. Pickers and bags provided.",
        kind="vol_outdoor", org="Mount's Bay Beach Clean", loc=PZ_PROM,
        sched=["M 1SU 10:00-12:00"], tags=["gardening_nature", "walking_outdoors"], assured="2026-10-06"),
    svc("pz_film", "Hayle Harbour Film Nights",
        "Community cinema in the Passmore Edwards Institute.",
        kind="film", org="Hayle Harbour Film Nights", loc=HAYLE,
        sched=["M -1FR 19:30-22:00"], cost=[(5, "Per film")], status="inactive", tags=["social_cafe"],
        assured="2026-09-01"),
]
