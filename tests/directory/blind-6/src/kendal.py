"""South Lakes (own choice: a Lake District market town) - Kendal, Burneside,
Staveley, Windermere, Bowness, Ambleside, Milnthorpe, Sedbergh; traps in
Lancaster, Carnforth (Lancaster district) and Penrith."""
from common import svc, L

AREA = {"name": "South Lakes (Kendal)", "council": "Westmorland and Furness", "state": "Cumbria",
        "phone": "01632 960{:03d}", "phone_base": 400}

V = "wandf-services"

KD_CHURCH = L("Kendal Parish Church gates", "Kirkland", "Kendal", "LA9 5AF", 54.3235, -2.7470)
KD_TH = L("Kendal Town Hall", "Highgate", "Kendal", "LA9 4DL", 54.3270, -2.7470)
KD_LIB = L("Kendal Library", "Stricklandgate", "Kendal", "LA9 4PY", 54.3300, -2.7460)
KD_QUAKER = L("Friends Meeting House", "Stramongate", "Kendal", "LA9 4BH", 54.3295, -2.7420)
KD_WALL = L("Kendal climbing wall", "Mint Bridge Road", "Kendal", "LA9 6NH", 54.3380, -2.7350)
KD_YOUTH = L("Blackhall Road youth centre", "Blackhall Road", "Kendal", "LA9 4BT", 54.3285, -2.7440)
KD_OFF = L("Lowther Street office", "Lowther Street", "Kendal", "LA9 4DQ", 54.3280, -2.7460)
KD_SHED = L("Shap Road workshop", "Shap Road", "Kendal", "LA9 6DQ", 54.3400, -2.7380)
KD_CASTLE = L("Castle Street Hall", "Castle Street", "Kendal", "LA9 7AD", 54.3280, -2.7380)
KD_STRAM = L("Stramongate rooms", "Stramongate", "Kendal", "LA9 4BD", 54.3290, -2.7430)
KD_FELLS = L("Kendal bus station stand 4", "Blackhall Road", "Kendal", "LA9 4BT", 54.3288, -2.7445)
BURNESIDE = L("Burneside Village Hall", "Hollins Lane", "Burneside", "LA9 6QJ", 54.3530, -2.7640)
STAVELEY = L("Staveley Village Hall", "Main Street", "Staveley", "LA8 9LN", 54.3760, -2.8180)
STAVELEY_MILL = L("Mill Yard", "Mill Yard", "Staveley", "LA8 9LR", 54.3770, -2.8160)
WINDERMERE = L("Windermere Methodist rooms", "Lake Road", "Windermere", "LA23 2EQ", 54.3780, -2.9060)
WINDERMERE_ST = L("Windermere station forecourt", "Station Precinct", "Windermere", "LA23 1AH", 54.3795, -2.9035)
BOWNESS = L("Glebe Road hall", "Glebe Road", "Bowness-on-Windermere", "LA23 3HB", 54.3640, -2.9200)
AMBLESIDE = L("Ambleside Parish Centre", "Vicarage Road", "Ambleside", "LA22 9DH", 54.4320, -2.9620)
MILN = L("Milnthorpe Institute", "The Square", "Milnthorpe", "LA7 7QJ", 54.2270, -2.7710)
SEDBERGH = L("Sedbergh People's Hall", "Main Street", "Sedbergh", "LA10 5AB", 54.3230, -2.5290)
BARROW = L("Duke Street office", "Duke Street", "Barrow-in-Furness", "LA14 1HU", 54.1107, -3.2270)

SERVICES = [
    svc("kd_walk_kendal", "Kendal Health Walks",
        "Easy riverside walk, about an hour, starting at the Parish Church gates. Mondays. Led by volunteers, "
        "free, no need to book.",
        kind="walk_gentle", org="Walking for Health Westmorland", loc=KD_CHURCH,
        sched=["MO 10:30-11:30"], tags=["walking_outdoors", "free_cost", "older_people"], assured="2026-10-12"),
    svc("kd_walk_amb", "Ambleside Gentle Rambles",
        "Slow, sociable low-level walks from Ambleside and Rydal - 2 to 3 miles, no fell climbing, plenty "
        "of stops. Wednesday mornings.",
        kind="walk_gentle", org="Ambleside Gentle Rambles", loc=AMBLESIDE,
        sched=["WE 10:00-12:00"], emit_tags=False, other=[(V, "ACT-WALK", "Activity - walking")],
        assured="2026-09-16"),
    svc("kd_walk_long", "Kendal Fellwalking Club",
        "Fell walks of 8-14 miles across the Lakes on alternate Sundays. We travel together by minibus from "
        "Kendal bus station, so you don't need a car. £8 including transport. Adults.",
        kind="walk_long", org="Kendal Fellwalking Club", loc=KD_FELLS,
        sched=["2W SU 08:00-18:00 2026-11-22"], cost=[(8, "Per walk including minibus")], min_age=18,
        tags=["walking_outdoors", "sport_fitness"], assured="2026-10-25"),
    svc("kd_foodbank", "Kendal Foodbank",
        "Emergency food parcels. Referral preferred but not essential. Free.",
        kind="food_free", org="Kendal Foodbank", loc=KD_CASTLE,
        sched=["TU,FR 12:00-14:00"], tags=["free_cost"], assured="2026-11-06"),
    svc("kd_fridge_win", "Windermere Community Fridge",
        "free food - surplus from local cafes, hotels and shops. help yourself.",
        kind="food_free", org="Windermere Together", loc=WINDERMERE,
        sched=["MO,WE,FR,SA 11:00-13:00"], emit_tags=False, assured="2026-10-18"),
    svc("kd_pantry", "Kendal Community Pantry",
        "Low-cost food club. £4 membership per visit, choose 12 items plus fresh fruit and veg.",
        kind="food_pantry", org="Kendal Community Pantry", loc=KD_STRAM,
        sched=["TH 13:00-15:30"], cost=[(4, "Per visit")], tags=["free_cost", "food_cooking"],
        assured="2026-09-25"),
    svc("kd_larder", "Kendal Larder",
        "Monthly supper club and cookery demonstration with local chefs - three courses of Cumbrian produce, "
        "£12. Book ahead.",
        kind="supper_club", org="Kendal Larder", loc=KD_CASTLE,
        sched=["M -1SA 18:30-21:30"], cost=[(12, "Supper")], tags=["food_cooking", "social_cafe"],
        trap="name", assured="2026-10-03"),
    svc("kd_benefits", "Westmorland & Furness Money Advice",
        "Free benefits and money advice for residents of Westmorland and Furness: Attendance Allowance, "
        "Pension Credit, PIP, Universal Credit, debts. Phone appointments and home visits.",
        kind="benefits", org="Westmorland & Furness Money Advice", loc=BARROW, loctype="postal",
        areas=["Westmorland and Furness"], tags=["free_cost"], assured="2026-10-27"),
    svc("kd_digital", "Kendal Library Digital Drop-in",
        "Help with phones, tablets, email, the NHS app and online forms. Thursday mornings. Free.",
        kind="digital", org="Westmorland & Furness Libraries", loc=KD_LIB,
        sched=["TH 10:00-12:00"], tags=["digital_skills", "free_cost"], access=["Step-free entrance", "Hearing loop"],
        assured="2026-10-15"),
    svc("kd_digital_amb", "Ambleside Tech Cafe",
        "Bring your device and a question. First and third Tuesdays.",
        kind="digital", org="Ambleside Tech Cafe", loc=AMBLESIDE,
        sched=["M 1TU,3TU 14:00-16:00"], cost=["payf"], tags=["digital_skills"], assured="2026-09-30"),
    svc("kd_phone", "Westmorland Chatty Calls",
        "Weekly befriending phone calls for anyone who feels lonely, anywhere in Westmorland and Furness. "
        "Free. You can refer yourself.",
        kind="phone_befriend", org="Westmorland Chatty Calls", loc=KD_OFF, loctype="postal",
        areas=["Westmorland and Furness"], tags=["older_people", "free_cost"], assured="2026-10-20"),
    svc("kd_phone_lancs", "North Lancashire Friendly Calls",
        "Telephone friendship service for older people in the Lancaster district.",
        kind="phone_befriend", org="North Lancashire Friendly Calls",
        loc=L("Market Street office", "Market Street", "Carnforth", "LA5 9JX", 54.1290, -2.7670, "Lancashire"),
        loctype="postal", areas=["Lancaster"], tags=["older_people", "free_cost"], trap="area",
        assured="2026-09-22"),
    svc("kd_shed", "Kendal Men's Shed",
        "Woodwork, repairs, model making and a brew. Over 18s. Mon, Wed, Fri.",
        kind="shed", org="Kendal Men's Shed", loc=KD_SHED,
        sched=["MO,WE,FR 09:30-15:00"], cost=[(2, "Per session")], min_age=18, tags=["men", "arts_crafts"],
        assured="2026-10-09"),
    svc("kd_shed_far", "Lancaster Men's Shed",
        "Men's shed on the quay. Over 18s.",
        kind="shed", org="Lancaster Men's Shed",
        loc=L("St George's Quay workshop", "St George's Quay", "Lancaster", "LA1 1RB", 54.0510, -2.8050, "Lancashire"),
        sched=["TU,TH 10:00-15:00"], min_age=18, tags=["men"], trap="far", assured="2026-10-01"),
    svc("kd_women", "Kendal Women's Craft & Chat",
        "A women's evening of crafts and conversation - bring your knitting, sketching or just yourself. "
        "Tuesdays.",
        kind="women_craft", org="Kendal Women's Craft & Chat", loc=KD_STRAM,
        sched=["TU 19:00-21:00"], cost=[(2, "Per evening")], tags=["women", "arts_crafts"], assured="2026-10-06"),
    svc("kd_carers", "South Lakes Carers' Coffee",
        "For unpaid carers: information, a sympathetic ear and a coffee. Second Friday of the month.",
        kind="carers", emit_tags=False, org="Carers Support South Lakes", loc=KD_TH,
        sched=["M 2FR 10:00-12:00"], tags=["carers", "social_cafe"], assured="2026-10-10"),
    svc("kd_young_carers", "Westmorland & Furness Young Carers",
        "Young carers aged 8-17: groups, activities and support anywhere in Westmorland and Furness.",
        kind="young_carers", org="Westmorland & Furness Young Carers", loc=KD_OFF, loctype="postal",
        areas=["Westmorland and Furness"], min_age=8, max_age=17, tags=["young_people", "carers"],
        assured="2026-08-18"),
    svc("kd_bereave_walk", "Windermere Bereavement Walk & Talk",
        "A gentle walk by the lake for people who have lost someone - walking side by side makes talking "
        "easier. First Saturday of the month, from the station.",
        kind="bereaved", org="Windermere Bereavement Walk & Talk", loc=WINDERMERE_ST,
        sched=["M 1SA 10:30-12:00"], tags=["bereaved", "walking_outdoors"], assured="2026-10-30"),
    svc("kd_lgbt", "Kendal Pride Social",
        "Monthly LGBTQ+ social, last Thursday. Over 18s. Trans and non-binary people very welcome.",
        kind="lgbt", emit_tags=False, other=[(V, "COMM-LGBT", "Community - LGBTQ+")], org="Kendal Pride", loc=KD_STRAM,
        sched=["M -1TH 19:00-21:30"], min_age=18, tags=["lgbtq"], assured="2026-10-29"),
    svc("kd_toddlers_kendal", "Kendal Stay & Play",
        "Stay and play for under 5s, Tuesday mornings. £1.",
        kind="toddlers", org="Kendal Family Hub", loc=KD_TH,
        sched=["TU 09:30-11:30"], cost=[(1, "Per family")], tags=["parents_families"], trap="pair",
        assured="2026-10-13"),
    svc("kd_toddlers_staveley", "Staveley Tots",
        "Friendly toddler group in the village hall, Friday mornings. Free.",
        kind="toddlers", org="Staveley Tots", loc=STAVELEY,
        sched=["FR 09:30-11:00"], tags=["parents_families", "free_cost"], assured="2026-09-26"),
    svc("kd_refugee", "South Lakes Welcome",
        "<p>Support and friendship for refugee families settling in the South Lakes.</p>"
        "<p>مرحباً بكم - دعم للعائلات السورية والعربية. Ласкаво просимо.</p><p>Saturday family afternoon.</p>",
        kind="newcomers", org="South Lakes Welcome", loc=KD_QUAKER,
        sched=["SA 14:00-16:30"], tags=["new_to_area", "non_english", "parents_families", "free_cost"],
        langs=["Arabic", "Ukrainian", "English"], assured="2026-10-17"),
    svc("kd_youth", "Kendal Youth Zone",
        "Free youth club for 11 to 18 year olds: sports hall, music, cooking, chill-out space. "
        "Mon, Wed and Fri evenings.",
        kind="youth_club", emit_tags=False, other=[(V, "CYP-YOUTH", "Children and young people - youth clubs")], org="Kendal Youth Zone", loc=KD_YOUTH,
        sched=["MO,WE,FR 18:00-21:00"], min_age=11, max_age=18, tags=["young_people", "free_cost"],
        assured="2026-10-23"),
    svc("kd_climb", "Lakes Junior Climbing",
        "Climbing sessions for young people aged 8 to 16 with qualified instructors. Saturday mornings, £6.",
        kind="youth_sport", org="Lakes Junior Climbing", loc=KD_WALL,
        sched=["SA 09:00-11:00"], cost=[(6, "Per session")], min_age=8, max_age=16,
        tags=["young_people", "sport_fitness"], assured="2026-09-19"),
    svc("kd_choir", "Kendal Community Choir",
        "Wednesday evening community choir. No auditions. All ages and abilities.",
        kind="choir", org="Kendal Community Choir", loc=KD_TH,
        sched=["WE 19:30-21:30"], cost=[(5, "Per session")], tags=["music"], assured="2026-10-14"),
    svc("kd_choir_far", "Penrith Community Choir",
        "Friendly choir, all welcome.",
        kind="choir", org="Penrith Community Choir",
        loc=L("Penrith Methodist Church", "Wesley Street", "Penrith", "CA11 7QB", 54.6640, -2.7520),
        sched=["WE 19:00-21:00"], tags=["music"], trap="far", assured="2026-10-02"),
    svc("kd_quilt", "Milnthorpe Patchwork & Quilters",
        "PATCHWORK, QUILTING AND APPLIQUE. 2ND AND 4TH MONDAY AFTERNOONS. BEGINNERS WELCOME. £3.",
        kind="crafts", org="Milnthorpe Patchwork & Quilters", loc=MILN,
        sched=["M 2MO,4MO 13:30-16:00"], cost=[(3, "Per session")], emit_tags=False,
        other=[(V, "ACT-CRAFT", "Activity - crafts")], assured="2026-09-14"),
    svc("kd_lunch", "Burneside Friendship Lunch",
        "Thursday lunch for over 60s: a hot meal, pudding and good company for £5.50. Hearing loop.",
        kind="lunch", org="Burneside Friendship Lunch", loc=BURNESIDE,
        sched=["TH 12:00-14:00"], cost=[(5.5, "Lunch")], min_age=60, tags=["older_people", "social_cafe"],
        access=["Hearing loop", "Step-free entrance"], assured="2026-10-22"),
    svc("kd_faith", "Kendal Quaker Quiet Hour",
        "An hour of shared silence followed by tea. Friday lunchtimes. Anyone welcome, no experience needed.",
        kind="faith", org="Kendal Quakers", loc=KD_QUAKER,
        sched=["FR 12:30-13:30"], tags=["faith"], assured="2026-09-28"),
    svc("kd_transport", "South Lakes Dial-a-Ride",
        "Door-to-door accessible minibus for people who can't use public transport. Covers the South Lakeland "
        "area including Sedbergh and the villages. Book by phone.",
        kind="transport", org="South Lakes Dial-a-Ride", loc=KD_OFF, loctype="postal", areas=["South Lakeland"],
        cost=[(3.5, "Single journey")], tags=["transport", "disability", "accessibility"], assured="2026-10-19"),
    svc("kd_volcentre", "Volunteer Westmorland",
        "Volunteering opportunities across Westmorland and Furness - and help to start a community group.",
        kind="volcentre", org="Volunteer Westmorland", loc=KD_OFF, loctype="postal",
        areas=["Westmorland and Furness"], emit_tags=False, assured="2026-11-04"),
    svc("kd_conservation", "Kentmere Valley Conservation Volunteers",
        "Dry stone walling, hedge laying and tree planting in the Kentmere valley. Second Saturday. "
        "Meet at Staveley Mill Yard; lifts to the valley.",
        kind="vol_outdoor", org="Kentmere Valley Conservation Volunteers", loc=STAVELEY_MILL,
        sched=["M 2SA 09:30-15:00"], tags=["gardening_nature", "walking_outdoors"], assured="2026-09-10"),
    svc("kd_memory", "Kendal Memory Cafe",
        "For people living with dementia and their families or carers: music, activities, tea and advice. "
        "First Wednesday afternoon.",
        kind="memory", org="Kendal Memory Cafe", loc=KD_TH,
        sched=["M 1WE 14:00-16:00"], tags=["health_condition", "carers", "social_cafe"], assured="2026-10-07"),
    svc("kd_taichi", "Windermere Lakeside Tai Chi",
        "Tai chi by the lake, Tuesday mornings.",
        kind="taichi", org="Windermere Lakeside Tai Chi", loc=BOWNESS,
        sched=["TU 09:30-10:30"], cost=[(5, "Per class")], status="inactive", tags=["sport_fitness"],
        assured="2026-09-15"),
    svc("kd_sedbergh", "Sedbergh Friendship Club",
        "Afternoon social for older people - tea, bingo and a speaker.",
        kind="social_older", org="Sedbergh Friendship Club", loc=SEDBERGH,
        sched=["TU 14:00-16:00"], tags=["older_people", "social_cafe"], assured="2022-09-06"),
]
