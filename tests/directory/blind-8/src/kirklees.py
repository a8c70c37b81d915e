"""Kirklees (West Yorkshire): hand-written services for blind-8.

Towns: Huddersfield (Almondbury, Lockwood, Crosland Moor, Paddock, Marsh, Birkby,
Fartown, Sheepridge, Bradley, Newsome, Berry Brow, Netherton, Milnsbridge,
Linthwaite), Kirkheaton, Lepton, Shepley, Skelmanthorpe, Denby Dale, Dewsbury
(Thornhill, Thornhill Lees, Earlsheaton, Hanging Heaton), Gomersal; Ossett
(Wakefield) next door; Oldham and Sheffield (Hillsborough) far off.
"""
from common import svc, L

AREA = {"name": "Kirklees", "councils": ["Kirklees", "Wakefield", "Oldham", "Sheffield"],
        "state": "West Yorkshire", "phone": "01632 960{:03d}", "phone_base": 0}

V = "kirklees-community-listings"

WESTBOURNE = L("Westbourne Road Hall", "Westbourne Road", "Marsh", "HD1 4LE", 53.6502, -1.8108)
RAMSDEN = L("Ramsden Street Rooms", "Ramsden Street", "Huddersfield", "HD1 2TH", 53.6449, -1.7818)
BANKFIELD = L("Bankfield Rooms", "Town Road", "Kirkheaton", "HD5 0JR", 53.6471, -1.7238)

SERVICES = [
    svc("kk_walk_castlehill", "Castle Hill Ramble & Chat",
        "A gentle hour round the lanes below Castle Hill - about two miles at an easy pace with plenty of "
        "stops, then a brew back at the Westgate Rooms. Led by trained volunteer walk leaders. No need to "
        "book, just turn up in comfy shoes.",
        kind="walk", org=("Almondbury Walkers for Health", "Volunteer-led health walks in Almondbury."),
        loc=L("Westgate Rooms", "Westgate", "Almondbury", "HD5 8XJ", 53.6331, -1.7489),
        sched=["TH 10:00-11:30"], tags=["walking_outdoors", "older_people", "free_cost"]),

    svc("kk_walk_viaduct", "Viaduct Wanderers",
        "Saturday morning wander from the Dearne Rooms - three miles or so under the viaduct and along "
        "the river, flat-ish with one stile (there's a way round it). Dogs on leads welcome. Free.",
        kind="walk", org="Denby Dale Community Association",
        loc=L("Dearne Rooms", "Wakefield Road", "Denby Dale", "HD8 8RX", 53.5723, -1.6552),
        sched=["SA 10:00-11:30"], tags=["walking_outdoors", "free_cost"], emit_tags=False,
        other=[(V, "WLK-01", "Walking - gentle")]),

    svc("kk_hike_colne", "Colne Valley Fell Striders",
        "Long hill days on the moors above the Colne Valley: 10 to 14 miles with steep climbs and rough "
        "ground. You need boots, waterproofs and a packed lunch. Adults only (18+). Car sharing from the "
        "pavilion.",
        kind="walk", org="Colne Valley Fell Striders",
        loc=L("Linthwaite Sports Pavilion", "Manchester Road", "Linthwaite", "HD7 5NS", 53.6265, -1.8493),
        sched=["SU 08:30-16:30"], cost=[(2, "£2 per walk")], min_age=18,
        tags=["walking_outdoors", "sport_fitness"]),

    svc("kk_walk_crownest", "Crow Nest Park Level Walk",
        "A slow, level 40-minute loop on tarmac paths round Crow Nest Park. Ideal if you use a wheelchair, "
        "a frame or a scooter, or you're getting back on your feet after illness. Cuppa in the park cafe "
        "afterwards.",
        kind="walk", org=("Dewsbury Active Together", "Health walks and chair exercise in North Kirklees."),
        loc=L("Crow Nest Park gates", "Heckmondwike Road", "Dewsbury", "WF13 2RJ", 53.6955, -1.6470),
        sched=["TU 10:30-11:30"],
        access=["Step-free route on level tarmac paths - wheelchairs, walking frames and mobility scooters "
                "welcome", "Accessible toilet in the park cafe"],
        tags=["walking_outdoors", "accessibility", "disability", "free_cost"]),

    svc("kk_foodbank_birkby", "Birkby & Fartown Food Bank",
        "Emergency food parcels. No referral or voucher needed - come along on a Monday or Friday "
        "lunchtime and we'll sort a parcel for you and your household. Toiletries and nappies too.",
        kind="food", org=("North Huddersfield Food Bank Partnership", "Churches and mosques working together."),
        loc=L("Norman Road Hall", "Norman Road", "Birkby", "HD2 2UE", 53.6598, -1.7938),
        sched=["MO,FR 12:00-14:00"], tags=["free_cost", "parents_families"]),

    svc("kk_fridge_thornhilllees", "Thornhill Lees Community Fridge",
        "free food saved from the supermarkets - bread, veg, dairy, sometimes meat. take what you need, "
        "no questions asked. tues thurs sat 11-1.",
        kind="food", org="Lees Hall Residents",
        loc=L("Lees Hall Community Room", "Lees Hall Road", "Thornhill Lees", "WF12 9DL", 53.6770, -1.6295),
        sched=["TU,TH,SA 11:00-13:00"], tags=["free_cost"], emit_tags=False, phone=False, trap="pair"),

    svc("kk_pantry_lockwood", "Lockwood Members' Pantry",
        "A membership food pantry: join for free, then pay £4.50 a visit and choose around £20 worth of "
        "groceries, fresh fruit and veg included. For households in HD1 and HD4 on a low income.",
        kind="food", org="Lockwood & Newsome Community Trust",
        loc=L("Bridge Street Centre", "Bridge Street", "Lockwood", "HD4 6EL", 53.6310, -1.7960),
        sched=["WE 10:00-13:00", "FR 14:00-16:00"], cost=[(4.5, "£4.50 a visit for about £20 of shopping")],
        tags=["free_cost", "food_cooking", "parents_families"]),

    svc("kk_advice_line", "Kirklees Money Matters Helpline",
        "Free, confidential phone advice on benefits, Universal Credit, debt, rent arrears and bills for "
        "anyone who lives in Kirklees. Ring Monday to Friday; we can fill in forms with you over the "
        "phone. Phone only - there is no drop-in at this office.",
        kind="advice", org=("Kirklees Advice Partnership", "Independent advice agencies across Kirklees."),
        loc=L("Advice Partnership office", "Market Street", "Huddersfield", "HD1 2EN", 53.6468, -1.7838),
        sched=["MO,TU,WE,TH,FR 09:00-17:00"], areas=["Kirklees"], loctype="postal", tags=["free_cost"]),

    svc("kk_advice_thornhill", "Thornhill Walk-in Advice Session",
        "Face-to-face help with benefits, debt and bills. Just walk in on a Thursday morning, no "
        "appointment. Bring any letters you've had.",
        kind="advice", org="Kirklees Advice Partnership",
        loc=L("Overthorpe Road Centre", "Overthorpe Road", "Thornhill", "WF12 0HE", 53.6650, -1.6130),
        sched=["TH 09:30-12:30"], tags=["free_cost"], emit_tags=False,
        other=[(V, "ADV-02", "Advice - benefits and money")]),

    svc("kk_advice_ukr", "Dopomoha Huddersfield",
        "Порада українською мовою: пільги, житло, школа, робота. Advice session in Ukrainian (and "
        "Russian) for families who have come to Kirklees: benefits, housing, school places, work. "
        "Saturdays 11 till 2, no appointment.",
        kind="advice", org=("Huddersfield Ukrainian Families Network", "Volunteers from the Ukrainian community."),
        loc=RAMSDEN, sched=["SA 11:00-14:00"], langs=["Ukrainian", "Russian"],
        tags=["non_english", "new_to_area", "free_cost"]),

    svc("kk_warm_marsh", "Marsh Warm Room & Energy Help",
        "Warm room with hot drinks, soup at lunchtime, wifi and the papers, Mondays and Wednesdays 10 till "
        "3. On Wednesdays an energy adviser is in from 10 to 12 to look at your gas and electric bills, "
        "meters and any grants you could get. All free.",
        kind="warm/energy", org="Marsh Community Forum", loc=WESTBOURNE,
        sched=["MO,WE 10:00-15:00"], tags=["social_cafe", "free_cost"]),

    svc("kk_digital_kirkheaton", "Kirkheaton Get Online Mornings",
        "Bring your phone, tablet or laptop and our volunteers will help: email, video calls, the NHS app, "
        "your Universal Credit journal, online shopping. Beginners very welcome, no question too small.",
        kind="digital", org="Kirkheaton Village Trust", loc=BANKFIELD,
        sched=["FR 10:00-12:00"], tags=["digital_skills", "older_people", "free_cost"]),

    svc("kk_digital_stale", "Hanging Heaton Silver Surfers",
        "Computer and tablet help for the over-50s, Monday afternoons.",
        kind="digital", org="Hanging Heaton Silver Surfers",
        loc=L("Bennett Lane Rooms", "Bennett Lane", "Hanging Heaton", "WF17 6DQ", 53.7040, -1.6170),
        sched=["MO 14:00-16:00"], cost=[(1, "£1 a session")], assured="2025-12-10",
        tags=["digital_skills", "older_people"], emit_tags=False),

    svc("kk_befriend_phone", "Kirklees Phone Pals",
        "Feeling a bit cut off? A friendly volunteer will ring you once a week for a natter, at a time that "
        "suits you. For anyone aged 18 or over living in Kirklees. Free. Refer yourself by phone or ask "
        "someone to refer you.",
        kind="befriend", org=("Kirklees Befriending Network", "Telephone and home befriending."),
        loc=L("Befriending Network office", "Railway Street", "Huddersfield", "HD1 1JY", 53.6484, -1.7846),
        min_age=18, areas=["Kirklees"], loctype="postal", tags=["older_people", "free_cost"]),

    svc("kk_befriend_wakefield", "Wakefield District Telephone Friends",
        "Weekly friendly phone calls for adults living anywhere in the Wakefield district - Ossett, "
        "Horbury, Wakefield, Pontefract and the Five Towns.",
        kind="befriend", org="Wakefield Befriending Trust",
        loc=L("Befriending Trust office", "Station Road", "Ossett", "WF5 8AH", 53.6799, -1.5791),
        min_age=18, areas=["Wakefield"], loctype="postal", tags=["older_people", "free_cost"], trap="area"),

    svc("kk_visit", "Kirklees Home Visiting Friends",
        "A volunteer visits you at home for an hour a week - a cup of tea, a chat, maybe a short walk to "
        "the shops together. For people aged 60+ anywhere in Kirklees who find it hard to get out.",
        kind="befriend", org="Kirklees Befriending Network",
        loc=L("Visiting Friends office", "Northgate", "Dewsbury", "WF13 1DS", 53.6925, -1.6305),
        min_age=60, areas=["Kirklees"], loctype="postal", tags=["older_people", "accompany", "free_cost"]),

    svc("kk_shed_skelmanthorpe", "Skelmanthorpe Men's Shed",
        "Woodwork, repairs, the odd bird box and lots of tea. Men aged 18+ come along to make things and "
        "chat shoulder to shoulder. Tools provided, no experience needed.",
        kind="shed", org="Skelmanthorpe Men's Shed",
        loc=L("Commercial Road Workshop", "Commercial Road", "Skelmanthorpe", "HD8 9DA", 53.5880, -1.6540),
        sched=["TU,TH 10:00-15:00"], cost=[(2, "£2 a session, brew included")], min_age=18,
        tags=["men", "arts_crafts", "older_people"]),

    svc("kk_women_gomersal", "Gomersal Women's Circle",
        "Women of all ages meet every other Monday evening: a speaker or a craft, a bit of supper and a "
        "good laugh. New faces always welcome.",
        kind="women", org="Gomersal Women's Circle",
        loc=L("Oxford Road Methodist Rooms", "Oxford Road", "Gomersal", "BD19 4PX", 53.7370, -1.6870),
        sched=["2W MO 19:00-21:00 2026-11-16"], cost=[(3, "£3 including supper")],
        tags=["women", "social_cafe", "arts_crafts"]),

    svc("kk_carers_hudd", "Carers' Cuppa Huddersfield",
        "For adults who look after a family member or friend. First Wednesday of the month: coffee, cake, "
        "a chance to offload, and information from the carers' support workers.",
        kind="carers", org=("Kirklees Carers Support", "Support for unpaid carers in Kirklees."),
        loc=L("Queensgate Rooms", "Queensgate", "Huddersfield", "HD1 2RS", 53.6446, -1.7812),
        sched=["M 1WE 10:00-12:00"], min_age=18, tags=["carers", "social_cafe", "free_cost"]),

    svc("kk_youngcarers", "Kirklees Young Carers Club",
        "A break for young people aged 8-17 who help look after someone at home: games, trips, food and "
        "people who get it. Transport home can be arranged.",
        kind="carers", org="Kirklees Carers Support",
        loc=L("Bradley Road Youth Rooms", "Bradley Road", "Bradley", "HD2 1QX", 53.6775, -1.7510),
        sched=["TU 16:30-18:30"], min_age=8, max_age=17, tags=["young_people", "carers", "free_cost"]),

    svc("kk_bereave_lepton", "Lepton Bereavement Cafe",
        "A relaxed monthly cafe for anyone who has lost someone, however long ago. Tea, cake and people "
        "who understand. Second Thursday afternoon of the month.",
        kind="bereave", org="Lepton Churches Together",
        loc=L("Highgate Lane Schoolroom", "Highgate Lane", "Lepton", "HD8 0HH", 53.6280, -1.7080),
        sched=["M 2TH 14:00-16:00"], tags=["bereaved", "social_cafe", "free_cost"]),

    svc("kk_lgbtq_adult", "Queer Folk Huddersfield",
        "LGBTQ+ social for adults (18+), last Friday of every month. Upstairs room, quieter than the bar, "
        "soft drinks always available.",
        kind="lgbtq", org="Queer Folk Huddersfield",
        loc=L("The Lamplight Bar", "Byram Street", "Huddersfield", "HD1 1DA", 53.6470, -1.7825),
        sched=["M -1FR 19:30-22:30"], min_age=18, tags=["lgbtq"]),

    svc("kk_lgbtq_youth", "Spectrum Youth Dewsbury",
        "A safe, fun space for LGBTQ+ and questioning young people aged 13-19. Games, chats, pizza. "
        "Wednesdays 6 till 8.",
        kind="lgbtq/youth", org="Spectrum Youth",
        loc=L("Wellington Road Youth Centre", "Wellington Road", "Dewsbury", "WF13 1HF", 53.6905, -1.6355),
        sched=["WE 18:00-20:00"], min_age=13, max_age=19, tags=["lgbtq", "young_people", "free_cost"]),

    svc("kk_toddler_paddock", "Paddock Tots Stay & Play",
        "Stay and play for babies, toddlers and pre-schoolers with their grown-ups. Toys, messy play, "
        "singing at 11. Mondays, term time and holidays.",
        kind="toddler", org="Paddock Church Hall Committee",
        loc=L("Church Street Hall", "Church Street", "Paddock", "HD1 4SD", 53.6440, -1.8150),
        sched=["MO 09:30-11:30"], cost=[(1.5, "£1.50 per family")], tags=["parents_families"]),

    svc("kk_baby_marsh", "Marsh Little Bumps & Babies",
        "For mums, dads and carers with babies from birth to 12 months (and bumps!). Baby massage, "
        "rhymes, weighing scales and a cuppa. Once your little one is walking you'll be ready for a "
        "toddler group.",
        kind="toddler", org="Marsh Community Forum", loc=WESTBOURNE,
        sched=["TH 13:30-15:00"], tags=["parents_families", "free_cost"], emit_tags=False,
        other=[(V, "FAM-03", "Families - babies")]),

    svc("kk_esol_hudd", "Huddersfield English Conversation Club",
        "Practise speaking English in a friendly group. All levels, all nationalities. Tuesday evenings "
        "after work. Free, no booking.",
        kind="esol", org="Huddersfield Welcome Network", loc=RAMSDEN,
        sched=["TU 18:00-19:30"], tags=["new_to_area", "books_learning", "free_cost"], emit_tags=False,
        other=[(V, "LRN-ESOL", "Learning - English")]),

    svc("kk_youth_sheepridge", "Sheepridge Youth Hub",
        "youth club for 11-17s. pool table, xbox, football on the MUGA, tuck shop, youth workers to talk "
        "to. mon + thurs 6-8.30. free",
        kind="youth", org="North Huddersfield Youth Partnership",
        loc=L("Wiggan Lane Centre", "Wiggan Lane", "Sheepridge", "HD2 1EZ", 53.6720, -1.7660),
        sched=["MO,TH 18:00-20:30"], min_age=11, max_age=17,
        tags=["young_people", "games_quizzes", "sport_fitness", "free_cost"]),

    svc("kk_pantry_players", "Crosland Moor Pantry Players",
        "Amateur dramatics company rehearsing on Wednesday evenings for two shows a year (panto at "
        "Christmas!). Actors, singers, backstage and costume helpers all welcome, 16+. No experience "
        "needed.",
        kind="drama", org="Crosland Moor Pantry Players",
        loc=L("Dryclough Road Hall", "Dryclough Road", "Crosland Moor", "HD4 5DE", 53.6370, -1.8130),
        sched=["WE 19:30-21:30"], cost=[(3, "£3 a rehearsal")], min_age=16,
        tags=["arts_crafts", "music"], trap="name"),

    svc("kk_choir_berrybrow", "Berry Brow Sing Out",
        "Community choir - no auditions and no need to read music. Pop, folk and gospel in parts. "
        "Wednesday nights.",
        kind="music", org="Berry Brow Sing Out",
        loc=L("Parkgate Hall", "Parkgate", "Berry Brow", "HD4 7LR", 53.6170, -1.7930),
        sched=["WE 19:30-21:00"], cost=[(3, "£3 a week")], assured="2026-05-23", tags=["music"]),

    svc("kk_uke_netherton", "Netherton Ukulele Club",
        "Strum along every Thursday night! Beginners' half hour at 7, then everyone plays. Loan ukes "
        "available.",
        kind="music", org="Netherton Ukulele Club",
        loc=L("Moor Lane Rooms", "Moor Lane", "Netherton", "HD4 7HR", 53.6040, -1.8020),
        sched=["TH 19:00-21:00"], cost=[(2, "£2")], tags=["music"], emit_tags=False),

    svc("kk_uke_far", "Oldham Ukulele Strummers",
        "Ukulele group for all abilities, Monday evenings in Oldham town centre. Beginners welcome.",
        kind="music", org="Oldham Ukulele Strummers",
        loc=L("Union Street Rooms", "Union Street", "Oldham", "OL1 1NL", 53.5418, -2.1133, "Greater Manchester"),
        sched=["MO 19:30-21:00"], cost=[(3, "£3")], tags=["music"], trap="far"),

    svc("kk_repair_shepley", "Shepley Repair Cafe",
        "Bring your broken toaster, wobbly chair or torn coat and our volunteer fixers will help you mend "
        "it. First Saturday morning of the month. Free (donations welcome). Handy with tools? Come and "
        "be a fixer.",
        kind="repair", org="Shepley Village Society",
        loc=L("Marsh Lane Institute", "Marsh Lane", "Shepley", "HD8 8AE", 53.5870, -1.7120),
        sched=["M 1SA 10:00-13:00"], tags=["arts_crafts", "free_cost"], emit_tags=False),

    svc("kk_repair_far", "Hillsborough Fix-It Cafe",
        "Community repair cafe: electricals, clothes, bikes, furniture. Second Saturday of the month, "
        "free.",
        kind="repair", org="Hillsborough Fix-It Cafe",
        loc=L("Middlewood Road Hall", "Middlewood Road", "Sheffield", "S6 4GP", 53.4030, -1.5000, "South Yorkshire"),
        sched=["M 2SA 10:00-13:00"], tags=["arts_crafts", "free_cost"], trap="far"),

    svc("kk_crafts_milnsbridge", "Milnsbridge Stitch Club",
        "Sewing, quilting, embroidery and mending. Bring what you're working on or start something new - "
        "machines available. Tuesday afternoons.",
        kind="crafts", org="Milnsbridge Stitch Club",
        loc=L("Morley Lane Rooms", "Morley Lane", "Milnsbridge", "HD3 4NA", 53.6430, -1.8320),
        sched=["TU 13:30-15:30"], cost=[(2, "£2 with tea")], tags=["arts_crafts"]),

    svc("kk_games_dewsbury", "Dewsbury Board Game Night",
        "Over 300 games to choose from and friendly people to teach you. Ages 16+. Wednesdays from 6.30.",
        kind="games", org="Dewsbury Dice Club",
        loc=L("Corporation Street Cafe", "Corporation Street", "Dewsbury", "WF13 1AS", 53.6910, -1.6330),
        sched=["WE 18:30-22:00"], cost=[(2, "£2 table fee")], min_age=16, tags=["games_quizzes"]),

    svc("kk_garden_fartown", "Fartown Growing Patch",
        "Community growing space - veg beds, polytunnel, wildlife pond. Volunteers of all abilities "
        "welcome on Wednesday afternoons and Saturday mornings; take some veg home. Gloves and tools "
        "provided.",
        kind="garden/volunteer", org="Fartown Growing Patch",
        loc=L("Spaines Road Growing Site", "Spaines Road", "Fartown", "HD2 1AG", 53.6640, -1.7800),
        sched=["WE 14:00-16:00", "SA 10:00-13:00"], tags=["gardening_nature", "free_cost"]),

    svc("kk_tt_inactive", "Kirkheaton Table Tennis for All",
        "Friendly table tennis for all ages and abilities, bats provided.",
        kind="sport", org="Kirkheaton Village Trust", loc=BANKFIELD,
        sched=["TU 19:00-21:00"], cost=[(3, "£3")], status="inactive", assured="2026-10-05",
        tags=["sport_fitness"]),

    svc("kk_walkingfootball", "Walking Football at Leeds Road",
        "Football at walking pace for men and women aged 50+. No running, no contact, lots of laughs. "
        "Fridays 11 till 12.",
        kind="sport", org="Huddersfield Community Sport",
        loc=L("Leeds Road Playing Fields pavilion", "Leeds Road", "Huddersfield", "HD1 6PX", 53.6560, -1.7680),
        sched=["FR 11:00-12:00"], cost=[(3, "£3")], min_age=50, tags=["sport_fitness", "older_people"]),

    svc("kk_lunch_earlsheaton", "Earlsheaton Friday Lunch Club",
        "Home-cooked two-course lunch every Friday, then bingo or a quiz. Mostly older folk but everyone "
        "welcome. Let us know by Wednesday if you're coming.",
        kind="lunch", org="Earlsheaton Methodist Church",
        loc=L("Wakefield Road Hall", "Wakefield Road", "Earlsheaton", "WF12 8DE", 53.6880, -1.6150),
        sched=["FR 12:00-14:00"], cost=[(4.5, "£4.50 for two courses")],
        tags=["social_cafe", "older_people", "food_cooking", "games_quizzes"]),

    svc("kk_transport", "Kirklees Community Minibus",
        "Door-to-door minibus for people who can't easily use buses - shopping trips, lunch clubs, groups "
        "and hospital appointments. Wheelchair accessible. Anywhere in Kirklees; book 48 hours ahead.",
        kind="transport", org=("Kirklees Community Transport", "Charity community transport."),
        loc=L("Transport depot", "Mill Street West", "Dewsbury", "WF12 9AH", 53.6865, -1.6395),
        cost=[(10, "£10 a year membership plus fares")], areas=["Kirklees"], loctype="postal",
        tags=["transport", "accessibility", "older_people", "disability"]),

    svc("kk_volcentre", "Volunteer Kirklees",
        "Find a volunteering role that suits you - over 400 opportunities across Kirklees, from gardening "
        "to driving to befriending. We also help people start a new community group. Ages 16+. Chat to "
        "an adviser by phone or book a meeting.",
        kind="volunteer", org=("Volunteer Kirklees", "The volunteer centre for Kirklees."),
        loc=L("Volunteer Kirklees office", "New Street", "Huddersfield", "HD1 2AR", 53.6445, -1.7830),
        min_age=16, areas=["Kirklees"], loctype="postal", emit_tags=False,
        other=[(V, "VOL-00", "Volunteering")]),
]
