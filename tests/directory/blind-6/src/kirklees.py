"""Kirklees: Cleckheaton, Heckmondwike, Liversedge, Dewsbury (Savile Town,
Ravensthorpe), Mirfield, Huddersfield, Kirkburton, Meltham, Honley, Holmfirth,
Denby Dale, Skelmanthorpe; plus traps over the border."""
from common import svc, L

AREA = {"name": "Kirklees", "council": "Kirklees", "state": "West Yorkshire",
        "phone": "01632 960{:03d}", "phone_base": 100}

V = "kirklees-local-categories"

CLK_TH = L("Cleckheaton Town Hall", "Bradford Road", "Cleckheaton", "BD19 3RH", 53.7249, -1.7120)
CLK_LIB = L("Cleckheaton Library", "Whitcliffe Road", "Cleckheaton", "BD19 3DX", 53.7227, -1.7143)
CLK_PARK = L("Memorial Park gates", "Whitcliffe Road", "Cleckheaton", "BD19 3BZ", 53.7205, -1.7160)
CLK_CH = L("St John's Church Hall", "St John's Road", "Cleckheaton", "BD19 3JP", 53.7262, -1.7090)
HEC_MP = L("Heckmondwike Community Rooms", "Market Place", "Heckmondwike", "WF16 0HE", 53.7081, -1.6722)
HEC_WG = L("Westgate Workshop", "Westgate", "Heckmondwike", "WF16 0EH", 53.7075, -1.6760)
HEC_UN = L("Union Street Chapel Hall", "Union Street", "Heckmondwike", "WF16 0HL", 53.7090, -1.6700)
DEW_NG = L("Northgate Centre", "Northgate", "Dewsbury", "WF13 1DS", 53.6925, -1.6335)
DEW_BR = L("Bradford Road Community Hub", "Bradford Road", "Dewsbury", "WF13 2DU", 53.6958, -1.6360)
DEW_SPORT = L("Crow Nest Park 3G pitch", "Heckmondwike Road", "Dewsbury", "WF13 2SF", 53.6990, -1.6420)
SAV = L("Savile Town Community Centre", "Savile Road", "Dewsbury", "WF12 9LN", 53.6825, -1.6268)
RAV = L("Ravensthorpe Learning Centre", "Huddersfield Road", "Ravensthorpe", "WF13 3AN", 53.6830, -1.6580)
MIR = L("Mirfield Library and Community Room", "East Thorpe", "Mirfield", "WF14 8AS", 53.6741, -1.6936)
HUD_ST = L("Byram Arcade rooms", "Westgate", "Huddersfield", "HD1 1ND", 53.6470, -1.7830)
HUD_RS = L("Ramsden Street Methodist Hall", "Ramsden Street", "Huddersfield", "HD1 2TH", 53.6450, -1.7835)
HUD_OFF = L("Kirklees voluntary sector office", "Northumberland Street", "Huddersfield", "HD1 1RL", 53.6480, -1.7810)
HUD_CAFE = L("The Lantern Cafe", "Market Street", "Huddersfield", "HD1 2EN", 53.6457, -1.7845)
KB_N = L("Kirkburton Parish Hall", "North Road", "Kirkburton", "HD8 0RL", 53.6102, -1.7036)
KB_G = L("George Street Rooms", "George Street", "Kirkburton", "HD8 0SA", 53.6095, -1.7045)
MEL = L("Meltham Carlile Institute", "Huddersfield Road", "Meltham", "HD9 4AE", 53.5922, -1.8509)
MEL_ST = L("Station Street Hall", "Station Street", "Meltham", "HD9 5NX", 53.5930, -1.8480)
HOLM = L("Holmfirth Civic Hall car park", "Huddersfield Road", "Holmfirth", "HD9 3AS", 53.5710, -1.7865)
DD = L("Denby Dale Centre", "Wakefield Road", "Denby Dale", "HD8 8RX", 53.5726, -1.6564)
DD_ST = L("Denby Dale station", "Wakefield Road", "Denby Dale", "HD8 8RA", 53.5720, -1.6630)
SKEL = L("Skelmanthorpe Methodist Church", "Commercial Road", "Skelmanthorpe", "HD8 9DA", 53.5900, -1.6520)

SERVICES = [
    # --- walking
    svc("kk_walk_clk", "Cleckheaton Health Walk",
        "A gentle 45 minute walk round Memorial Park and the Greenway. Flat paths, benches on the way, "
        "a walk leader at the front and back. Ideal if you are getting back on your feet after illness "
        "or an operation. Tea at the library afterwards.",
        kind="walk_gentle", org="Kirklees Walking for Health", loc=CLK_PARK,
        sched=["WE 10:00-11:00"], tags=["walking_outdoors", "older_people", "free_cost", "health_condition"],
        assured="2026-10-14"),
    svc("kk_walk_denby", "Denby Dale Walking for Health",
        "gentle hour-long walk from the Denby Dale Centre, suitable for beginners, walking sticks welcome. "
        "no need to book.",
        kind="walk_gentle", org="Kirklees Walking for Health", loc=DD,
        sched=["MO 10:30-11:30"], tags=["walking_outdoors", "free_cost"], assured="2026-07-07"),
    svc("kk_walk_penistone", "Penistone Thursday Trekkers",
        "Friendly mid-length walks of 5 to 7 miles on the Trans Pennine Trail and field paths around "
        "Penistone and Denby Dale. Moderate pace, some stiles. Meet at Penistone Market Barn.",
        kind="walk_mid", org="Penistone Thursday Trekkers",
        loc=L("Penistone Market Barn", "Shrewsbury Road", "Penistone", "S36 6DZ", 53.5250, -1.6290, "South Yorkshire"),
        sched=["TH 09:30-13:00"], tags=["walking_outdoors"], assured="2026-09-24"),
    # --- food and money
    svc("kk_foodbank_dews", "Dewsbury & District Foodbank",
        "Emergency food parcels for people in crisis. Please bring a voucher from an agency, or come and "
        "talk to us and we will help you get one. Free.",
        kind="food_free", org="Dewsbury & District Foodbank", loc=DEW_NG,
        sched=["TU,FR 12:00-14:00"], tags=["free_cost"], assured="2026-10-30"),
    svc("kk_pantry_heck", "Heckmondwike Community Pantry",
        "Membership food club: pay £4 a week and choose about £20 worth of groceries, fresh fruit and veg "
        "and household bits. Open to anyone living in Kirklees. Not an emergency food bank.",
        kind="food_pantry", org="Spen Valley Food Network", loc=HEC_UN,
        sched=["TH 13:00-15:00"], cost=[(4, "Weekly membership")],
        tags=["free_cost", "food_cooking"], assured="2026-08-28"),
    svc("kk_fridge_meltham", "Meltham Community Fridge",
        "Free surplus food from local shops and allotments. Take what you need, no questions, no referral.",
        kind="food_free", org="Meltham Together", loc=MEL_ST,
        sched=["MO,WE,FR 10:00-12:00"], emit_tags=False, other=[(V, "FOOD-SURPLUS", "Food - surplus sharing")],
        assured="2026-10-02"),
    svc("kk_benefits", "Money Matters Kirklees",
        "Free, confidential welfare rights and debt advice for anyone living in Kirklees. Help with Universal "
        "Credit, PIP and Attendance Allowance forms, appeals and mandatory reconsiderations, energy debt. "
        "Phone first; home visits and appointments at local libraries can be arranged.",
        kind="benefits", org="Money Matters Kirklees", loc=HUD_OFF, loctype="postal",
        areas=["Kirklees"], tags=["free_cost", "disability"], assured="2026-11-03"),
    svc("kk_advice_clk", "Spen Valley Advice Drop-in",
        "WALK-IN ADVICE ON BENEFITS, BILLS, DEBT AND HOUSING. NO APPOINTMENT NEEDED. FREE.",
        kind="benefits", org="Spen Valley Advice Service", loc=CLK_TH,
        sched=["TU 09:30-12:30"], emit_tags=False, other=[(V, "ADV-MONEY", "Advice - money and benefits")],
        assured="2026-09-15"),
    # --- digital
    svc("kk_digital_clk", "Get Online at Cleckheaton Library",
        "Bring your phone, tablet or laptop and our volunteers will help: emails, video calls, NHS app, "
        "online shopping, staying safe. Beginners and older learners very welcome. Hearing loop at the desk.",
        kind="digital", org="Kirklees Libraries", loc=CLK_LIB,
        sched=["FR 10:00-12:00"], tags=["digital_skills", "older_people", "free_cost"],
        access=["Step-free entrance", "Hearing loop"], assured="2026-10-23"),
    svc("kk_digital_urdu", "Savile Town Digital Cafe",
        "<p>Learn to use your smartphone, WhatsApp, online forms and banking. Sessions run in <b>Urdu, "
        "Punjabi and Gujarati</b> as well as English. Ladies' session Wednesdays.</p>",
        kind="digital_lang", org="Savile Town Community Association", loc=SAV,
        sched=["WE 13:00-15:00"], tags=["digital_skills", "non_english", "free_cost"],
        langs=["Urdu", "Punjabi", "Gujarati", "English"], assured="2026-06-30"),
    svc("kk_digital_stale", "Heckmondwike Computer Buddies",
        "One-to-one computer help for the over 60s in the chapel hall. Free.",
        kind="digital", org="Heckmondwike Computer Buddies", loc=HEC_UN,
        sched=["MO 14:00-16:00"], tags=["digital_skills", "older_people"], assured="2024-03-11"),
    # --- someone to talk to
    svc("kk_phone", "Kirklees Telephone Friends",
        "A friendly volunteer rings you for a chat at the same time each week. For anyone in Kirklees who "
        "feels lonely or cut off. Free. Call us or ask someone to refer you.",
        kind="phone_befriend", org="Kirklees Telephone Friends", loc=HUD_OFF, loctype="postal",
        areas=["Kirklees"], tags=["older_people", "free_cost"], assured="2026-10-19"),
    svc("kk_phone_wakefield", "Wakefield District Chatline",
        "Weekly befriending phone calls for older residents of the Wakefield district.",
        kind="phone_befriend", org="Wakefield District Chatline",
        loc=L("Chatline office", "Station Road", "Ossett", "WF5 8AA", 53.6800, -1.5800),
        loctype="postal", areas=["Wakefield"], tags=["older_people", "free_cost"], trap="area",
        assured="2026-09-02"),
    # --- audiences
    svc("kk_shed_heck", "Spen Valley Men's Shed",
        "Woodwork, bike repairs, tinkering and a brew. Mainly blokes, mainly retired, all welcome over 18. "
        "£2 a session covers tea and materials.",
        kind="shed", org="Spen Valley Men's Shed", loc=HEC_WG,
        sched=["TU,TH 10:00-15:00"], cost=[(2, "Per session")], min_age=18,
        tags=["men", "arts_crafts", "retired"], assured="2026-09-29"),
    svc("kk_shed_far", "Todmorden Men's Shed",
        "Men's shed in the old mill, woodwork and metalwork. Over 18s.",
        kind="shed", org="Todmorden Men's Shed",
        loc=L("Old Mill workshop", "Burnley Road", "Todmorden", "OL14 5LH", 53.7137, -2.0968),
        sched=["MO,WE,FR 10:00-14:00"], cost=[(3, "Per session")], min_age=18,
        tags=["men", "arts_crafts"], trap="far", assured="2026-08-12"),
    svc("kk_women_dews", "Dewsbury Women's Wellbeing Circle",
        "A women-only space to chat, share and learn - guest speakers, gentle exercise, crafts. Female "
        "staff only; creche available. Many of our members are Muslim women and prayer space is provided.",
        kind="women", org="Dewsbury Women's Wellbeing Circle", loc=DEW_BR,
        sched=["TH 10:00-12:00"], tags=["women", "social_cafe", "free_cost"], assured="2026-10-08"),
    svc("kk_carers_cafe", "Kirklees Carers' Cafe - Mirfield",
        "Monthly cafe for unpaid carers: a cuppa, cake and a chance to talk to people who get it. Carers' "
        "support workers on hand.",
        kind="carers", org="Carers Count Kirklees", loc=MIR,
        sched=["M 2WE 10:00-12:00"], tags=["carers", "social_cafe", "free_cost"], assured="2026-09-16"),
    svc("kk_young_carers", "Young Carers Kirklees",
        "For young people aged 8 to 18 who help look after someone at home. Clubs in the holidays, "
        "a worker to talk to, help with school. Anywhere in Kirklees.",
        kind="young_carers", org="Young Carers Kirklees", loc=HUD_OFF, loctype="postal",
        areas=["Kirklees"], min_age=8, max_age=18, tags=["young_people", "carers"], assured="2026-08-05"),
    svc("kk_bereave", "Kirkburton Bereavement Cafe",
        "Losing someone changes everything. Come for tea and a chat with others who understand, at your own "
        "pace - you don't have to talk. First Tuesday afternoon of the month.",
        kind="bereaved", org="All Hallows Kirkburton", loc=KB_N,
        sched=["M 1TU 14:00-16:00"], tags=["bereaved", "social_cafe"], assured="2026-10-06"),
    svc("kk_forgetmenot", "Forget-Me-Not Club",
        "Meltham's flower and veg growers. Allotment tips, seed swaps, the annual show. New growers welcome.",
        kind="gardening", org="Forget-Me-Not Club", loc=MEL,
        sched=["M 2MO 19:00-21:00"], cost=[(10, "Per year")], tags=["gardening_nature"], trap="name",
        assured="2026-07-13"),
    svc("kk_memory_dd", "Denby Dale Memory Cafe",
        "A relaxed afternoon for people living with dementia or memory problems and the people who care "
        "for them: music, reminiscence, tea. Dementia-friendly venue.",
        kind="memory", org="Denby Dale Memory Cafe", loc=DD,
        sched=["M 3TH 14:00-16:00"], tags=["health_condition", "carers", "older_people", "social_cafe"],
        access=["Step-free entrance", "Accessible toilet"], assured="2026-09-17"),
    svc("kk_lgbt", "Huddersfield Rainbow Social",
        "LGBTQ+ adults' social in a quiet cafe (not a bar!) - board games, chat, cake. Last Friday of the month.",
        kind="lgbt", emit_tags=False, other=[(V, "COMM-LGBT", "Communities - LGBT+")], org="Huddersfield Rainbow Social", loc=HUD_CAFE,
        sched=["M -1FR 18:30-21:00"], min_age=18, tags=["lgbtq", "social_cafe"], assured="2026-10-30"),
    svc("kk_lgbt_youth", "Spectrum Youth",
        "LGBTQ+ youth group for 13-19 year olds. Safe space, youth workers, snacks.",
        kind="lgbt_youth", org="Kirklees Youth Service", loc=HUD_ST,
        sched=["WE 17:30-19:30"], min_age=13, max_age=19, tags=["young_people", "lgbtq", "free_cost"],
        assured="2026-09-30"),
    svc("kk_toddlers_heck", "Heckmondwike Stay & Play",
        "Stay and play for babies and under 5s with their grown-ups. Toys, songs, snack. £1 per family.",
        kind="toddlers", emit_tags=False, other=[(V, "FAM-EY", "Families - early years")], org="Heckmondwike Family Hub", loc=HEC_MP,
        sched=["MO 09:30-11:30"], cost=[(1, "Per family")], tags=["parents_families"], assured="2026-10-12"),
    svc("kk_toddlers_clk", "Little Acorns Cleckheaton",
        "toddler group in the church hall, 0-4s, messy play and singing, 50p",
        kind="toddlers", org="St John's Cleckheaton", loc=CLK_CH,
        sched=["WE 09:30-11:00"], cost=[(0.5, "Per child")], emit_tags=False, trap="pair",
        assured="2026-09-23"),
    svc("kk_esol", "Ravensthorpe English Conversation Club",
        "Practise speaking English in a friendly group. All levels, all countries. Free, with tea.",
        kind="esol", emit_tags=False, org="Ravensthorpe Learning Centre", loc=RAV,
        sched=["TU 10:00-12:00"], tags=["new_to_area", "books_learning", "free_cost"], assured="2026-10-20"),
    # --- young people
    svc("kk_youth_clk", "Cleckheaton Youth Club",
        "Youth club for 11-16s: pool, games consoles, cooking, trips. £1.",
        kind="youth_club", org="Kirklees Youth Service", loc=CLK_TH,
        sched=["TU,TH 18:00-20:00"], cost=[(1, "Per session")], min_age=11, max_age=16,
        tags=["young_people"], assured="2026-10-01"),
    svc("kk_chess_heck", "Heckmondwike Chess Club",
        "Chess for all ages from 8 upwards - juniors and adults play together, coaching for beginners. "
        "Saturday mornings in the community rooms.",
        kind="chess", emit_tags=False, org="Heckmondwike Chess Club", loc=HEC_MP,
        sched=["SA 10:00-12:00"], cost=[(2, "Per session, juniors free")], min_age=8,
        tags=["games_quizzes"], assured="2026-08-22"),
    svc("kk_youth_theatre", "Meltham Youth Theatre",
        "Drama, improvisation and an annual show for young people aged 11 to 18.",
        kind="youth_drama", org="Meltham Youth Theatre", loc=MEL,
        sched=["SA 10:00-12:00"], cost=[(3, "Per session")], min_age=11, max_age=18,
        tags=["young_people", "arts_crafts"], assured="2026-09-05"),
    # --- interests
    svc("kk_choir_hudd", "Huddersfield Community Singers",
        "No auditions, no reading music, just singing - pop, folk, gospel. All welcome.",
        kind="choir", org="Huddersfield Community Singers", loc=HUD_RS,
        sched=["MO 19:00-21:00"], cost=[(4, "Per session")], tags=["music"], assured="2026-10-26"),
    svc("kk_uke_kb", "Kirkburton Ukulele Strummers",
        "Ukulele jam night - bring a uke or borrow one.",
        kind="music_other", org="Kirkburton Ukulele Strummers", loc=KB_G,
        sched=["TU 19:30-21:00"], cost=[(3, "Per night")], tags=["music"], assured="2026-09-08"),
    svc("kk_choir_far", "Pontefract Community Choir",
        "Friendly community choir, all voices welcome.",
        kind="choir", org="Pontefract Community Choir",
        loc=L("Pontefract Methodist Church", "Horsefair", "Pontefract", "WF8 1PE", 53.6910, -1.3120),
        sched=["TH 19:00-21:00"], cost=[(5, "Per session")], tags=["music"], trap="far", assured="2026-10-15"),
    svc("kk_teadance", "Cleckheaton Tea Dance",
        "Ballroom and sequence dancing with tea and cake, Sunday afternoons.",
        kind="dance", org="Cleckheaton Tea Dance", loc=CLK_TH,
        sched=["SU 14:00-16:30"], cost=[(4, "Entry")], status="inactive",
        tags=["music", "social_cafe", "older_people"], assured="2026-10-04"),
    # --- practical and volunteering
    svc("kk_transport", "Kirklees Community Transport (Dial-a-Ride)",
        "Door-to-door minibus for people who can't use ordinary buses because of age, disability or "
        "where they live. Wheelchair accessible vehicles. Book a day ahead. Fares like the bus.",
        kind="transport", org="Kirklees Community Transport", loc=HUD_OFF, loctype="postal",
        areas=["Kirklees"], cost=[(3, "Typical single fare")],
        tags=["transport", "disability", "older_people", "accessibility"], assured="2026-10-09"),
    svc("kk_volcentre", "Volunteer Kirklees",
        "Find a volunteering role that suits you, or get help to start and run a community group: "
        "constitutions, funding, safeguarding, finding a venue. Covers all of Kirklees.",
        kind="volcentre", org="Volunteer Kirklees", loc=HUD_OFF, loctype="postal",
        areas=["Kirklees"], emit_tags=False, other=[(V, "VOL", "Volunteering")], assured="2026-11-02"),
    svc("kk_greenway", "Spen Valley Greenway Volunteers",
        "Outdoor conservation volunteering on the Greenway: hedge laying, litter picks, wildflower planting. "
        "Tools and gloves provided. Second and fourth Saturdays.",
        kind="vol_outdoor", org="Spen Valley Greenway Volunteers", loc=CLK_PARK,
        sched=["M 2SA,4SA 10:00-13:00"], tags=["gardening_nature", "walking_outdoors"], assured="2026-09-12"),
]
