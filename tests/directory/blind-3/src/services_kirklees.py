# Kirklees services for the blind-3 directory (hand-written).
# Schedule mini-language (expanded by build.py):
#   "W TU,TH 10:00-15:00"            weekly
#   "F TH 14:00-16:00 2026-11-05"    fortnightly, first date given
#   "M 1TU 10:30-12:30"              monthly by weekday (-1 = last)
# cost: "free" | "donations" | "payf" (pay as you feel) | (amount, "option text")
# tax: "fd" (frontdoor-tags attributes), "foreign" (the feed's own categories only), "none"
from common import S

K = [
    S("k01", "Huddersfield Men's Shed", "Kirklees Men in Sheds CIO", "lockwood_mill",
      ["W TU,TH 10:00-15:00"], (2, "£2 a session, brews included"),
      "<p>A shed is a workshop where men (and a few women!) come together to make, mend and chat. "
      "We do woodwork, bike repairs, bird boxes for local schools and a <em>lot</em> of tea drinking. "
      "No experience needed &ndash; our members will show you the ropes.</p>"
      "<p>Due to the machinery, members must be <strong>18 or over</strong>.</p>",
      ["men", "arts_crafts", "older_people", "retired"], mn=18, assured="2026-10-12",
      elig="Adults 18+", phone="01632 960101", email="hello@huddsshed.example.org"),

    S("k02", "Coffee & Chat at St Thomas'", "St Thomas' Church, Paddock", "paddock_church",
      ["W WE 10:00-12:00"], "donations",
      "Everyone welcome for a brew, a slice of homemade cake and a natter!! Wednesdays 10 till 12 in the church hall "
      "(it's not a religious service). Donations go to the hall heating fund.",
      ["social_cafe", "older_people"], assured="2026-09-03", phone="01632 960102"),

    S("k03", "Kirklees Phone Friends", "Kirklees Silver Threads", "hudd_silver",
      ["W MO,TU,WE,TH,FR 10:00-16:00"], "free",
      "Telephone befriending for people aged 50+ across the whole of Kirklees. A trained volunteer rings you once a week "
      "for a chat - about anything you like. Lots of our callers say it's the highlight of their week.\n\n"
      "You can refer yourself, or a family member / GP / social worker can refer you (with your permission).\n\n"
      "VOLUNTEERS WANTED: can you spare an hour a week to ring someone? Calls are made from home; training given.",
      ["older_people"], mn=50, assured="2026-11-02", elig="Kirklees residents aged 50 and over", area="Kirklees",
      phone="01632 960103", email="phonefriends@silverthreads.example.org"),

    S("k04", "Huddersfield Food Bank - Town Centre", "Huddersfield & District Food Bank", "hudd_hub",
      ["W MO,WE,FR 12:00-14:00"], "free",
      "Emergency food parcels (three days of nutritionally balanced food). You normally need a food bank voucher from an "
      "agency such as Citizens Advice, your GP, a housing officer or Kirklees Local Welfare Provision, BUT if you turn up "
      "without one we will never turn you away hungry - we'll give you a hot drink and help you get a referral.\n"
      "Also available: toiletries, period products, pet food, and fuel top-up vouchers (when we have them).",
      ["free_cost"], assured="2026-10-28", phone="01632 960104", elig="Anyone in crisis; referral preferred"),

    S("k05", "Money & Debt Advice drop-in (Huddersfield)", "Citizens Advice Kirklees", "hudd_cab",
      ["W TU,TH 10:00-13:00"], "free",
      "Free, confidential, independent advice on debt, benefits (Universal Credit, PIP, Attendance Allowance), "
      "energy bills, housing & employment. Drop in Tuesday and Thursday mornings or ring our Adviceline on 01632 960112. "
      "Interpreters available on request.",
      ["free_cost"], assured="2026-09-22", phone="01632 960112"),

    S("k06", "Warm Welcome at Huddersfield Library", "Kirklees Libraries", "hudd_lib",
      ["W MO,TU,WE,TH,FR,SA 09:30-17:00"], "free",
      "Come in from the cold! Free hot drinks, comfy seats, newspapers, free Wi-Fi and PCs, and somewhere to charge your "
      "phone. No need to borrow a book or explain why you're here. Staff can point you to other help if you need it. "
      "(Warm Welcome space, November 2026 - March 2027.)",
      ["social_cafe", "free_cost", "books_learning"], assured="2026-11-09", phone="01632 960106"),

    S("k07", "Rainbow Huddersfield - LGBTQ+ social night", "Rainbow Huddersfield", "hudd_bar",
      ["M 2WE 19:00-21:30"], "free",
      "Friendly monthly meet-up for LGBTQ+ adults & allies, upstairs at The Lamp Room. It's a bar, so 18+ only - but "
      "soft drinks are plentiful and nobody will pressure you to drink. New faces always welcome, look for the rainbow "
      "flag on the table :)",
      ["lgbtq", "social_cafe"], mn=18, assured="2026-08-19", email="rainbowhudds@example.org", tax="foreign"),

    S("k08", "Kirklees Youth Pride", "Kirklees Youth Service", "hudd_youth",
      ["W TH 17:00-19:00"], "free",
      "A safe, confidential space for LGBTQ+ and questioning young people aged 11-19 (up to 25 with SEND). Games, art, "
      "film nights, trips, and support from trained youth workers. You don't have to be 'out' to come along, and we "
      "won't tell your parents or carers you're coming.",
      ["lgbtq", "young_people"], mn=11, mx=19, assured="2026-10-01", phone="07700 900108"),

    S("k09", "Sing Out Huddersfield - community choir", "Sing Out Huddersfield", "hudd_mission",
      ["W MO 19:00-20:30"], (3, "£3 a week (£2 concessions); first session free"),
      "No auditions, no reading music, no pressure! We sing pop, soul, folk and a bit of gospel in four-part harmony. "
      "Beginners absolutely welcome. Monday evenings in term time. Teenagers 14+ welcome with a parent or guardian.",
      ["music"], mn=14, assured="2026-09-14", email="singout@example.org"),

    S("k10", "Get Online Huddersfield - digital drop-in", "Kirklees Libraries", "hudd_lib",
      ["W FR 10:00-12:00"], "free",
      "<p>Struggling with your smartphone, tablet or laptop? Our Digital Champions can help with:</p><ul>"
      "<li>emails &amp; video calls to family</li><li>the NHS App and booking GP appointments</li>"
      "<li>online shopping &amp; banking safely</li><li>your Universal Credit journal</li><li>spotting scams</li></ul>"
      "<p>Bring your own device or use ours. Free, no booking, one-to-one. We can also lend tablets and data SIMs to people on low incomes.</p>",
      ["digital_skills", "free_cost"], assured="2026-10-17", phone="01632 960106"),

    S("k11", "Carers' Cafe - Huddersfield", "Carers Count Kirklees", "hudd_mission",
      ["M 1TU 10:30-12:30"], "free",
      "A relaxed monthly get-together for unpaid carers: if you look after someone who couldn't manage without you, this "
      "is for you. Tea, cake and a chance to talk to others who 'get it', plus a Carers Count worker on hand for advice "
      "about carers' assessments, Carer's Allowance and getting a break.",
      ["carers", "social_cafe"], assured="2026-07-30", phone="01632 960111"),

    S("k12", "Afterwards - bereavement support group", "Lighthouse Bereavement Care Kirklees", "hudd_friends",
      ["F TH 14:00-16:00 2026-11-05"], "free",
      "A fortnightly group for adults who have lost someone close, whether it was recently or years ago. Facilitated by "
      "trained bereavement volunteers. You can talk, or just listen. Tea & biscuits.\n"
      "Please ring first so we can say hello: 01632 960145.\n"
      "For children & young people, see our Young Minds Matter group in Dewsbury.",
      ["bereaved"], mn=18, assured="2026-10-06", phone="01632 960145"),

    S("k13", "Young Minds Matter - group for bereaved young people", "Lighthouse Bereavement Care Kirklees", "dewsbury_minster",
      ["M 2SA 10:00-12:30"], "free",
      "Monthly Saturday group for children and teenagers (8-18) who have had someone important die. Activities, crafts, "
      "memory boxes and meeting others who understand. Parents & carers have their own cuppa and chat in the room next "
      "door. Referral via school, GP or self-referral - young people can also contact us themselves.",
      ["bereaved", "young_people"], mn=8, mx=18, assured="2026-10-06", phone="01632 960145",
      elig="Young people aged 8-18 living in Kirklees"),

    S("k14", "Walk for Health - Greenhead Park", "Kirklees Walking for Health", "greenhead_park",
      ["W WE 10:30-11:30"], "free",
      "Gentle, led one-hour walk on flat paths around Greenhead Park, followed by an optional cuppa in the cafe. Ideal if "
      "you're getting back into exercise, living with a long-term condition or just fancy some company. Walk leaders are "
      "trained volunteers. All welcome, no need to book - just turn up in comfy shoes.",
      ["walking_outdoors", "health_condition", "older_people", "accessibility"], assured="2026-09-25", phone="01632 960114"),

    S("k15", "Friends of Beaumont Park - conservation mornings", "Friends of Beaumont Park", "beaumont_park",
      ["M 1SA,3SA 10:00-13:00"], "free",
      "Volunteer with us to look after this Victorian woodland park: clearing paths, planting bulbs, building habitat "
      "piles and litter picking. Tools, gloves and refreshments provided. All abilities welcome. Under 16s are welcome "
      "with a parent or guardian. Wear old clothes!",
      ["gardening_nature", "walking_outdoors"], assured="2026-08-08", email="friends.beaumont@example.org"),

    S("k16", "Lindley Lunch Club", "Lindley Methodist Church", "lindley_church",
      ["W TH 12:00-14:00"], (5, "£5 for a two-course hot lunch and tea"),
      "Hot two-course lunch (vegetarian option always available) followed by bingo or a quiz, for people aged 60+. "
      "Please let us know by Tuesday if you're coming so Cook knows numbers! We are also looking for volunteers to help serve.",
      ["older_people", "food_cooking", "social_cafe"], mn=60, assured="2026-09-01", phone="01632 960116"),

    S("k17", "Growing Together at Marsh Allotments", "Huddersfield Growing Minds CIC", "marsh_allot",
      ["W TU 10:00-13:00", "W SA 10:00-12:00"], "free",
      "Therapeutic gardening for adults (16+) who would like to improve their wellbeing - particularly people living with "
      "anxiety, depression or long-term health conditions. Grow veg, flowers & friendships. No experience needed. "
      "Raised beds and a wheelchair-accessible path. Self-referrals welcome, just give Jo a ring.",
      ["gardening_nature", "health_condition"], mn=16, assured="2026-06-29", phone="07700 900117"),

    S("k18", "Volunteer Kirklees - volunteering drop-in", "Volunteer Kirklees", "hudd_volunteer",
      ["W TU,WE,TH 10:00-15:00"], "free",
      "Thinking about volunteering? Pop in for a chat about the hundreds of roles across Kirklees - from befriending and "
      "driving to gardening, charity shops and helping at events. We'll help you find something that fits your time, "
      "skills and interests. We also support groups who want to start up or recruit volunteers.",
      [], assured="2026-10-20", phone="01632 960118", url="https://volunteerkirklees.example.org", tax="none"),

    S("k19", "Walking Football 50+", "Terriers Community Trust", "leeds_rd",
      ["W TU 11:00-12:00"], (3, "£3 per session"),
      "Walking football for over 50s - men AND women. Slower pace, no running, no slide tackles, lots of laughs. Good for "
      "fitness, fun and friendship. Bibs and balls provided. Indoor 3G pitch in winter.",
      ["sport_fitness", "older_people", "men"], mn=50, assured="2026-10-10", phone="01632 960119"),

    S("k20", "Fartown Youth Club", "Kirklees Youth Service", "fartown_yc",
      ["W MO,WE 18:00-20:30"], "free",
      "Open-access youth club for 11-17s. Pool, table tennis, PlayStation, cooking, football in the MUGA, trips in the "
      "holidays and youth workers to talk to about anything. Free. Tuck shop 20p-£1.",
      ["young_people", "games_quizzes", "sport_fitness", "food_cooking"], mn=11, mx=17, assured="2026-09-30",
      phone="07700 900120"),

    S("k21", "Birkby & Fartown Women's Group", "Birkby & Fartown Women's Network", "birkby_cc",
      ["W TU 10:00-12:00"], "free",
      "Friendly women-only group: sewing & crafts, English conversation practice, health talks and trips. Creche "
      "available (please book). We speak English, Urdu, Punjabi, Arabic and Kurdish (Sorani). Women new to Huddersfield very welcome.",
      ["women", "new_to_area", "non_english", "arts_crafts", "social_cafe"], mn=16, assured="2026-09-08", phone="07700 900121"),

    S("k22", "Conversation Cafe - practise your English", "Huddersfield Welcome", "hudd_mission",
      ["W WE 13:00-15:00"], "free",
      "Practise speaking English in a relaxed cafe with volunteers. All levels, from beginners to advanced. Free tea and "
      "biscuits. Bus fares paid back for people seeking asylum.",
      ["new_to_area", "non_english", "books_learning", "social_cafe"], assured="2026-10-14", phone="01632 960122"),

    S("k23", "Welcome Drop-in for refugees and people seeking asylum", "Huddersfield Welcome", "hudd_mission",
      ["W TH 11:00-14:00"], "free",
      "Hot lunch, clothing store, casework support (Home Office letters, asylum support, GP registration) and help finding "
      "ESOL classes. Interpreters for Arabic, Farsi, Kurdish and Tigrinya. Children welcome.",
      ["new_to_area", "non_english", "food_cooking"], assured="2026-10-14", phone="01632 960122"),

    S("k24", "Knit & Natter - Almondbury Library", "Kirklees Libraries", "almondbury_lib",
      ["W FR 14:00-16:00"], "free",
      "Knitters, crocheters and stitchers of all abilities. Bring whatever you're working on - or come and learn. We also "
      "knit twiddlemuffs for the hospital. Free.",
      ["arts_crafts", "social_cafe"], assured="2026-08-21", phone="01632 960124"),

    S("k25", "Newsome Community Pantry", "Newsome Together", "newsome_cc",
      ["W SA 10:00-12:00", "W WE 16:00-18:00"], (3.5, "£3.50 per visit for at least £15 of food"),
      "A membership food pantry, not a food bank. Pay £3.50 a visit and choose 10+ items (fresh fruit & veg, chilled, "
      "tins, bread) worth £15 or more. No referral needed - just live in HD4 or nearby. Help with fuel bills and a benefits "
      "check on the 1st Saturday of the month.",
      ["food_cooking", "free_cost"], assured="2026-11-05", phone="01632 960125"),

    S("k26", "Crosland Moor Warm Hub", "Crosland Moor Community Association", "crosland_moor_hub",
      ["W MO,WE 10:00-15:00"], "free",
      "Warm space with soup & a roll. ** CLOSED - funding ended March 2026. Please see Newsome Community Pantry or the "
      "Warm Welcome at Huddersfield Library. **",
      ["social_cafe", "free_cost"], status="inactive", assured="2026-09-01"),

    S("k27", "Huddersfield Parkinson's Support Group", "Parkinson's Friends Huddersfield", "birkby_church",
      ["M 3MO 14:00-16:00"], "free",
      "Monthly meeting for people with Parkinson's, their partners and carers. Speakers, seated exercise and friendly "
      "peer support. There's also a Tuesday 'Keep Moving' class at the same hall (£3).",
      ["health_condition", "carers"], assured="2026-07-07", phone="01632 960127"),

    S("k28", "Huddersfield Stroke Club", "Huddersfield Stroke Club", "lockwood_baptist",
      ["W FR 13:30-15:30"], (2, "£2"),
      "Social club for stroke survivors and carers. Transport can be arranged. Tea, games and chat.",
      ["health_condition", "older_people", "social_cafe"], assured="2021-03-10", phone="01632 960128"),

    S("k29", "Table Tennis for All", "Kirklees Table Tennis Association", "hudd_sports",
      ["W TH 13:00-15:00"], (2, "£2"),
      "Inclusive table tennis - all ages and abilities, standing or seated. Wheelchair users, people with learning "
      "disabilities, beginners and returners all very welcome. Bats and balls provided, coach on hand. "
      "Under-14s with an adult please.",
      ["sport_fitness", "disability", "accessibility"], assured="2026-10-23", phone="01632 960129"),

    S("k30", "Memory Lane Singers", "Kirklees Dementia Friends Network", "lindley_church",
      ["F MO 14:00-15:30 2026-11-16"], "free",
      "A singing group for people living with dementia or memory loss, and the people who care for them. Familiar songs, "
      "warm-up games and a cuppa. Free; booking helps but isn't essential.",
      ["music", "health_condition", "carers", "older_people"], assured="2026-08-26", phone="01632 960130"),

    S("k31", "Meeples & Mugs community games night", "Meeples & Mugs", "hudd_meeples",
      ["W TU 18:00-22:00"], (3, "£3 table fee (includes our library of 400+ games)"),
      "Tuesday night is community games night! Turn up on your own and we'll find you a table; hosts teach the rules. Hot "
      "drinks, soft drinks, snacks. Under-16s welcome with an adult.",
      ["games_quizzes", "social_cafe"], assured="2026-11-11", url="https://meeplesandmugs.example.org"),

    S("k32", "Indoor Bowls - beginners' afternoons", "Huddersfield Indoor Bowls Club", "birkby_bowls",
      ["W WE 14:00-16:00"], (4, "£4 including tea"),
      "Fancy trying bowls? Free loan of woods and flat-soled shoes, and coaching for beginners every Wednesday afternoon. "
      "Club bar and cafe.",
      ["sport_fitness", "older_people"], assured="2026-09-17", phone="01632 960132", tax="foreign"),

    S("k33", "Golcar Saturday Coffee Morning", "Golcar Community Association", "golcar_cc",
      ["W SA 10:00-12:00"], (1, "£1"),
      "Coffee, toast & chat. Book swap and jigsaw swap. Everyone welcome, young and old.",
      ["social_cafe"], assured="2026-07-18"),

    S("k34", "Colne Valley Repair Cafe", "Colne Valley Repair Cafe", "slaithwaite_hall",
      ["M 2SA 10:00-13:00"], "donations",
      "Bring your broken toaster, wobbly chair, ripped jeans or bike with a puncture and our volunteer fixers will try to "
      "mend it WITH you. Free (donations welcome), cake available. We're always looking for new volunteer fixers and cake-bakers!",
      ["arts_crafts", "social_cafe"], assured="2026-10-03", email="fixit@colnevalleyrepair.example.org"),

    S("k35", "Marsden Moor Conservation Volunteers", "South Pennines Moorland Trust", "marsden_station",
      ["W TH 09:30-15:30"], "free",
      "Join our weekly volunteer team on the moors: repairing footpaths, planting sphagnum moss, blocking drains and "
      "dry-stone walling. Physically demanding, in all weathers. Transport from Marsden station to the work site. "
      "Volunteers must be 18+.",
      ["walking_outdoors", "gardening_nature"], mn=18, assured="2026-09-09", phone="01632 960135"),

    S("k36", "Colne Valley Sunday Ramblers", "Colne Valley Walking Group", "slaithwaite_cp",
      ["W SU 10:00-15:00"], "free",
      "Walks of 6-10 miles around the Colne Valley and beyond, every Sunday. Moderate to strenuous; boots and waterproofs "
      "essential; bring a packed lunch. Dogs on leads OK. New walkers welcome - just turn up. 16+ (under-18s with an adult).",
      ["walking_outdoors"], mn=16, assured="2026-06-14", tax="none"),

    S("k37", "Holme Valley Carers Drop-in", "Carers Count Kirklees", "holmfirth_civic",
      ["M 2WE 10:00-12:00"], "free",
      "Carers' drop-in at Holmfirth Civic Hall: advice, information, a listening ear and a cuppa with other local carers. "
      "2nd Wednesday of every month.",
      ["carers", "social_cafe"], assured="2026-07-30", phone="01632 960111"),

    S("k38", "Holmfirth Community Kitchen - pay-as-you-feel lunch", "Holme Valley Food Project", "holmfirth_methodist",
      ["W WE 12:00-14:00"], "payf",
      "Delicious hot lunches made from surplus food that would otherwise go to waste. Pay what you can afford, or nothing "
      "at all. Everybody welcome: families, older folk, walkers, anyone. Volunteers wanted for cooking and washing up!",
      ["food_cooking", "social_cafe", "free_cost"], assured="2026-10-27", phone="07700 900138"),

    S("k39", "Holmfirth Art Club", "Holmfirth Art Club", "holmfirth_civic",
      ["W TH 13:30-16:00"], (4, "£4 including tea"),
      "Friendly painting & drawing group for adults. Watercolour, acrylics, pastels... bring your own materials. Occasional "
      "tutor-led sessions.",
      ["arts_crafts", "retired"], assured="2026-08-13", tax="foreign"),

    S("k40", "Holme Valley Men's Shed", "Holme Valley Men's Shed", "honley_shed",
      ["W MO,FR 09:30-15:00"], "donations",
      "Woodworking, metalwork, gardening and model-railway projects in our converted mill workshop in Honley. Open to all "
      "adults (despite the name, women are welcome too!). Donations of £2 appreciated. Members must be 18+ for insurance.",
      ["men", "arts_crafts", "retired"], mn=18, assured="2026-10-15", phone="01632 960140"),

    S("k41", "Holme Valley Youth Hub", "Kirklees Youth Service", "holmfirth_youth",
      ["W FR 18:00-21:00"], "free",
      "Friday night youth drop-in for 11-18s from across the Holme Valley. Music studio, gaming, pool, arts, a chill-out "
      "room and youth workers. Free.",
      ["young_people", "music", "games_quizzes"], mn=11, mx=18, assured="2026-09-30", phone="07700 900141"),

    S("k42", "Digital Buddies - Honley Library", "Kirklees Libraries", "honley_lib",
      ["W TU 10:00-12:00"], "free",
      "One-to-one help with tablets, smartphones and computers from patient volunteer 'Digital Buddies'. Perfect if you're "
      "a complete beginner. Book a 30-minute slot or just drop in.",
      ["digital_skills", "older_people"], assured="2026-08-21", phone="01632 960142"),

    S("k43", "Meltham Walk for Health", "Kirklees Walking for Health", "meltham_cc",
      ["W MO 10:00-11:00"], "free",
      "Gentle hour-long walk from the Carlile Institute, mostly on paths & tracks (some slopes). All welcome.",
      ["walking_outdoors", "health_condition", "older_people"], assured="2026-09-25", phone="01632 960114"),

    S("k44", "Denby Dale & District Lunch Club", "Dearne Valley Friendship Club", "denby_dale_hall",
      ["W FR 12:00-14:30"], (6, "£6 lunch; £2 each way for the minibus"),
      "Friday lunch club for the over-65s in Denby Dale, Skelmanthorpe, Scissett, Clayton West and surrounding villages. "
      "Two-course home-cooked lunch, raffle & entertainment. Our minibus can pick you up from home (£2 each way) - "
      "ring Margaret to book.",
      ["older_people", "food_cooking", "social_cafe", "transport"], mn=65, assured="2026-07-24", phone="01632 960144"),

    S("k45", "Skelmanthorpe Library Book Group", "Skelmanthorpe Community Library", "skelmanthorpe_lib",
      ["M -1TH 19:00-20:30"], "free",
      "Monthly book group on the last Thursday of the month, 7pm. We read a mix of fiction and non-fiction; copies "
      "available from the library. Friendly, and no pressure to finish the book!",
      ["books_learning"], assured="2026-06-20", email="skelmanthorpelibrary@example.org"),

    S("k46", "Kirkburton Gardening Club", "Kirkburton Gardening Club", "kirkburton_hall",
      ["M 2TU 19:30-21:30"], (2, "Members £10/yr, visitors £2"),
      "Talks, plant swaps and outings.",
      ["gardening_nature"], assured="2022-04-02"),

    S("k48", "Holmfirth Tuesday Lunch Club", "Holmfirth Tuesday Lunch Club", "holmfirth_methodist",
      ["W TU 12:00-14:00"], (5, "£5"),
      "CLOSED. After 25 years our volunteers have hung up their aprons - thank you all! Try the Holmfirth Community "
      "Kitchen on Wednesdays.",
      ["older_people", "food_cooking"], status="inactive", assured="2026-08-10"),

    # ---- North Kirklees ----
    S("k50", "Dewsbury Food Bank", "Dewsbury & District Food Bank", "dewsbury_foodbank",
      ["W TU,FR 10:00-12:00"], "free",
      "Emergency food support for anyone in crisis in Dewsbury, Ravensthorpe, Thornhill, Savile Town and Batley. Referral "
      "preferred but walk-ins are seen. Halal, vegetarian & baby food available. We can also signpost you to debt and "
      "benefits advice on site.",
      ["free_cost"], assured="2026-10-30", phone="01632 960150"),

    S("k51", "Dewsbury Advice Surgery - debt, benefits & housing", "Citizens Advice Kirklees", "dewsbury_cab",
      ["W MO 10:00-14:00"], "free",
      "Monday drop-in advice: debt, benefits, housing, energy bills. Urdu-, Punjabi- and Gujarati-speaking advisers on "
      "Mondays. Bring any letters you've had.",
      ["free_cost", "non_english"], assured="2026-09-22", phone="01632 960112"),

    S("k52", "Soup & Warm Space at Dewsbury Minster", "Dewsbury Minster", "dewsbury_minster",
      ["W MO,TU,WE,TH 11:00-15:00"], "free",
      "<p>Warm, welcoming space every Mon&ndash;Thu 11am&ndash;3pm, November to March. Free soup &amp; bread from 12, "
      "tea/coffee all day, board games, jigsaws and free wifi.</p><p>All welcome &ndash; you don't have to be religious.</p>",
      ["social_cafe", "free_cost", "food_cooking"], assured="2026-11-04", phone="01632 960152"),

    S("k53", "Savile Town Sisters walking group", "Savile Town Sisters", "savile_town",
      ["W SA 09:00-10:30"], "free",
      "Women-only walking group: a brisk 90-minute walk along the Calder & Hebble canal towpath and through Crow Nest Park. "
      "Chat in English or Urdu. All fitness levels, we never leave anyone behind.",
      ["women", "walking_outdoors", "non_english"], mn=16, assured="2026-10-11", phone="07700 900153"),

    S("k54", "Kirklees Young Carers - Dewsbury club", "Kirklees Young Carers", "dewsbury_yc_hub",
      ["W WE 16:30-18:30"], "free",
      "Do you help look after someone at home - a parent, brother, sister or grandparent who is ill, disabled, or has a "
      "mental health or drug/alcohol problem? Young Carers club is a break just for you: games, trips, arts, food and "
      "someone to talk to. Ages 8-18; transport can be arranged from anywhere in Kirklees.",
      ["carers", "young_people", "transport"], mn=8, mx=18, assured="2026-09-16", phone="01632 960154",
      elig="Young carers aged 8-18 living in Kirklees"),

    S("k55", "Batley Boxing Club - junior sessions", "Batley Amateur Boxing Club", "batley_boxing",
      ["W MO,WE 17:00-18:00"], (2, "£2 per session"),
      "Non-contact boxing fitness for juniors aged 10-17. Builds fitness, confidence and discipline. Gloves provided. "
      "Girls & boys welcome. England Boxing affiliated; all coaches DBS checked.",
      ["sport_fitness", "young_people"], mn=10, mx=17, assured="2026-10-19", phone="07700 900155"),

    S("k56", "Over 50s Tea Dance", "Dewsbury Town Hall", "dewsbury_town_hall",
      ["M 1SU 14:00-16:30"], (4, "£4"),
      "Ballroom and sequence dancing in the magnificent Dewsbury Town Hall. Live organist, tea and cakes. Don't worry if "
      "you haven't danced for years - or ever!",
      ["music", "older_people", "social_cafe"], mn=50, assured="2026-08-31", phone="01632 960156"),

    S("k57", "Thursday Quiz Night at The Shepherd's Rest", "The Shepherd's Rest", "dewsbury_pub",
      ["W TH 20:00-22:30"], (1, "£1 per person"),
      "Weekly pub quiz raising money for local charities. Teams of up to 6 - solo players get adopted! Over 18s only.",
      ["games_quizzes"], mn=18, assured="2026-10-01"),

    S("k58", "Thornhill Lees Community Garden", "Thornhill Lees Community Association", "thornhill_lees",
      ["W TU,TH 10:00-14:00"], "free",
      "Community growing space with veg beds, a polytunnel, chickens and a wildlife pond. Volunteer with us or just come "
      "and sit in the garden. Families welcome; school-holiday activities for kids. Free.",
      ["gardening_nature", "parents_families"], assured="2026-07-02", phone="01632 960158"),

    S("k59", "Ravensthorpe Asian Elders Lunch Club", "Ravensthorpe Community Centre", "ravensthorpe_cc",
      ["W WE 12:00-14:00"], (3, "£3"),
      "Hot South Asian lunch, chat, chair exercise and health checks for elders aged 55+. Conversation in Urdu, Punjabi, "
      "Gujarati and English.",
      ["older_people", "non_english", "food_cooking", "social_cafe"], mn=55, assured="2026-09-29", phone="01632 960159"),

    S("k60", "Batley Library Warm Space", "Kirklees Libraries", "batley_lib",
      ["W MO,TU,WE,TH,FR,SA 09:30-17:00"], "free",
      "Free warm space: tea and coffee, newspapers, Wi-Fi, computers and a friendly face. Children's corner for families.",
      ["social_cafe", "free_cost"], assured="2026-11-09", phone="01632 960160"),

    S("k61", "Stitch & Chat Batley", "Batley Stitchers", "batley_lib",
      ["W WE 13:00-15:00"], "free",
      "Sewing, knitting, embroidery, crochet. Bring a project or try something new. Beginners welcome.",
      ["arts_crafts", "social_cafe"], assured="2026-08-05", tax="foreign"),

    S("k62", "Carers' Coffee Morning - Batley", "Carers Count Kirklees", "batley_cc",
      ["M -1FR 10:00-12:00"], "free",
      "Monthly coffee morning for unpaid carers in Batley, Birstall and Heckmondwike - last Friday of the month. Bring the "
      "person you care for if you like.",
      ["carers", "social_cafe"], assured="2026-07-30", phone="01632 960111"),

    S("k63", "Wilton Park Walk - Batley", "Kirklees Walking for Health", "wilton_park",
      ["W TH 10:00-11:00"], "free",
      "A friendly, gentle walk around Wilton Park, about an hour. Meet at the Bagshaw Museum car park. All welcome, "
      "especially if you're new to walking.",
      ["walking_outdoors", "health_condition", "older_people"], assured="2026-09-25", phone="01632 960114"),

    S("k64", "Kicks Batley - free football for young people", "Batley & Spen Community Sports Trust", "batley_sports",
      ["W FR 17:00-19:00"], "free",
      "Free football sessions for 8-18 year olds every Friday. All abilities, girls & boys; just turn up in trainers. "
      "Qualified coaches, plus workshops and volunteering/coaching qualifications for older teens.",
      ["sport_fitness", "young_people"], mn=8, mx=18, assured="2026-10-09", phone="07700 900164"),

    S("k65", "Birstall Community Choir", "Birstall Community Choir", "birstall_church",
      ["W TU 19:30-21:00"], (3, "£3 a week"),
      "Open community choir - no auditions. Everything from sea shanties to Coldplay. All ages; under-16s with an adult.",
      ["music"], assured="2026-06-11", tax="none"),

    S("k66", "Birstall Men's Breakfast", "St Peter's Church, Birstall", "birstall_church",
      ["M 1SA 08:30-10:00"], (4, "£4"),
      "A full English (or veggie) and a speaker on a topic of interest - from mountain rescue to brass bands. Men aged 18+. "
      "Hosted by St Peter's but you don't need to be a churchgoer.",
      ["men", "food_cooking", "social_cafe", "faith"], mn=18, assured="2026-09-05", phone="01632 960166"),

    S("k67", "Spen Valley Food Bank", "Spen Valley Food Bank", "heck_hub",
      ["W TH 13:00-15:00"], "free",
      "Serving Heckmondwike, Cleckheaton, Liversedge, Gomersal & Birstall. Emergency food parcels - no one is turned away. "
      "Also a baby bank (nappies, formula, clothes).",
      ["free_cost", "parents_families"], assured="2026-10-22", phone="01632 960167"),

    S("k68", "Chatty Cafe - Cleckheaton Library", "Kirklees Libraries", "cleck_lib",
      ["W MO 10:00-12:00"], "free",
      "A 'Chatter & Natter' table where anyone can sit and have a chat over a free cuppa. Hosted by volunteers. Ideal if "
      "you live alone or just fancy a natter.",
      ["social_cafe", "older_people"], assured="2026-08-21", phone="01632 960168"),

    S("k69", "Spen Valley Shed", "Spen Valley Shed CIC", "cleck_shed",
      ["W WE,SA 10:00-14:00"], (2, "£2"),
      "Community workshop for adults - woodwork, upcycling, repairs and plenty of tea. Open to men and women 18+.",
      ["men", "arts_crafts"], mn=18, assured="2026-10-02", phone="07700 900169"),

    S("k70", "Cleckheaton Young Gamers", "Cleckheaton Youth Project", "cleck_yc",
      ["W SA 13:00-16:00"], "free",
      "Tabletop gaming (Dungeons & Dragons, Warhammer, card games) and retro video games for 12-18s. Free, snacks "
      "provided. Friendly for autistic and neurodivergent young people; quiet room available.",
      ["games_quizzes", "young_people", "accessibility"], mn=12, mx=18, assured="2026-11-06", phone="07700 900170"),

    S("k71", "Batley Debt Advice Outreach", "Citizens Advice Kirklees", "batley_lib",
      ["W WE 10:00-12:00"], "free",
      "This outreach session has ended. For debt advice please contact Citizens Advice Kirklees in Dewsbury or Huddersfield.",
      ["free_cost"], status="inactive", assured="2026-09-22"),

    S("k72", "Mirfield Memory Cafe", "Mirfield Memory Cafe", "mirfield_memorial",
      ["F TU 10:00-12:00 2026-11-17"], "free",
      "A welcoming cafe for people living with dementia or memory worries, and the family & friends who support them. "
      "Reminiscence, music, crafts and advice from a Dementia Adviser. Free.",
      ["health_condition", "carers", "older_people", "social_cafe"], assured="2026-10-13", phone="01632 960172"),

    S("k73", "Mirfield Community Litter Pickers", "Mirfield Community Litter Pickers", "mirfield_lib",
      ["M -1SU 10:00-12:00"], "free",
      "Help keep Mirfield tidy! Monthly group litter pick - pickers, bags and hi-vis provided. Children welcome with a "
      "responsible adult. Tea & biscuits afterwards.",
      ["walking_outdoors", "gardening_nature"], assured="2026-10-26", email="mirfieldpickers@example.org"),

    S("k74", "Chair-based Exercise - Mirfield", "Mirfield Active", "mirfield_memorial",
      ["W WE 11:00-12:00"], (2.5, "£2.50"),
      "Seated exercise to music to improve strength, balance and mobility. Great if you have limited mobility or "
      "arthritis, or are recovering from illness.",
      ["sport_fitness", "older_people", "disability", "accessibility", "health_condition"], assured="2026-09-12",
      phone="01632 960174"),

    S("k75", "North Kirklees LGBTQ+ Coffee & Chat", "North Kirklees Pride", "dewsbury_lib",
      ["M 3SA 11:00-13:00"], "free",
      "A relaxed, alcohol-free monthly social for LGBTQ+ people aged 16+ in North Kirklees. We meet in the library cafe. "
      "Allies welcome.",
      ["lgbtq", "social_cafe"], mn=16, assured="2026-10-17", email="nkpride@example.org"),

    S("k76", "Kirklees Welfare Rights Helpline", "Kirklees Council - Welfare Rights Service", "hudd_civic",
      ["W MO,TU,WE,TH,FR 09:30-16:30"], "free",
      "Free phone advice for Kirklees residents about benefits: checking what you're entitled to, help with PIP and "
      "Attendance Allowance claims, Universal Credit problems, mandatory reconsiderations and appeals. Call 01632 960200. "
      "We can arrange a home visit if you can't get out.",
      [], assured="2026-10-01", phone="01632 960200", area="Kirklees", tax="none"),

    S("k77", "Heckmondwike Over 60s Friendship Club", "Heckmondwike Over 60s Friendship Club", "heck_methodist",
      ["W WE 13:30-15:30"], (1.5, "£1.50"),
      "Bingo, tea and a chat every Wednesday.",
      ["older_people", "social_cafe", "games_quizzes"], mn=60, assured="2019-06-01"),

    S("k78", "Kirklees Visiting Friends (home befriending)", "Kirklees Silver Threads", "hudd_silver",
      ["W MO,TU,WE,TH,FR 10:00-16:00"], "free",
      "A volunteer befriender visits you at home for an hour a week - or comes with you to a group, the shops or an "
      "appointment until you feel confident going on your own. For people aged 60+ anywhere in Kirklees. "
      "We also welcome new volunteer befrienders: full training and DBS check provided.",
      ["older_people", "accompany"], mn=60, assured="2026-11-02", area="Kirklees", phone="01632 960103"),

    S("k79", "Kirklees Community Transport - door-to-door minibus", "Kirklees Community Transport", "kct_depot",
      ["W MO,TU,WE,TH,FR 08:30-17:00"], (3, "£3-£5 a journey"),
      "Door-to-door minibus for people who find it difficult to use ordinary buses because of age, disability or where "
      "they live. Shopping trips, lunch clubs, GP and hospital appointments, social groups. Wheelchair-accessible "
      "vehicles. Register free, then book by phone.",
      ["transport", "disability", "older_people", "accessibility"], assured="2026-08-18", phone="01632 960179", area="Kirklees"),

    S("k80", "Wellbeing Cafe - Huddersfield", "Mind in Kirklees", "hudd_mind",
      ["W MO 13:00-15:00"], "free",
      "A peer-led drop-in for adults who are struggling with their mental health - low mood, anxiety, loneliness, stress. "
      "Tea, toast, games and someone to talk to. No referral, no forms.",
      ["health_condition", "social_cafe"], mn=18, assured="2026-10-08", phone="01632 960180"),

    S("k81", "Holme Valley Youth Theatre", "Holme Valley Youth Theatre", "holmfirth_civic",
      ["W WE 17:30-19:30"], (3, "£3 a session; bursaries available"),
      "Drama, musical theatre and stagecraft for 11-18s. Two shows a year. Bursaries available - nobody misses out because of cost.",
      ["arts_crafts", "music", "young_people"], mn=11, mx=18, assured="2026-09-19", email="hvyt@example.org"),

    S("k82", "Mirfield Bereavement Group", "Mirfield Bereavement Group", "mirfield_memorial",
      ["M 1TH 19:00-21:00"], "free",
      "Support group for those who have lost a loved one.",
      ["bereaved"], assured="2020-01-20"),

    S("k83", "Dewsbury Moor Youth Drop-in", "Kirklees Youth Service", "dewsbury_moor_yc",
      ["W TU,TH 18:00-20:30"], "free",
      "<b>Closed</b> while the building is refurbished. See Kirklees Youth Service for other youth clubs.",
      ["young_people"], mn=11, mx=18, status="inactive", assured="2026-10-05"),

    S("k84", "Heckmondwike Digital Help & Job Club", "Heckmondwike Green Community Hub", "heck_hub",
      ["W TH 10:00-12:00"], "free",
      "Help with CVs, job applications, Universal Credit journals, email & online forms. Free printing for job seekers.",
      ["digital_skills"], assured="2026-09-24", phone="01632 960184"),

    S("k85", "Little Acorns Stay & Play", "Batley Family Hub", "batley_cc",
      ["W TH 09:30-11:00"], "free",
      "Stay and play for babies and children under 5 with their parents, grandparents or carers. Messy play, songs and "
      "snack. A lovely way to meet other local families.",
      ["parents_families"], assured="2026-10-12", phone="01632 960185"),

    S("k87", "Bikes for Good - volunteer bike mechanics", "Bikes for Good Huddersfield", "hudd_bikes",
      ["W WE 17:30-20:00"], "free",
      "Learn bike maintenance while refurbishing donated bikes for refugees and key workers. Wednesday evenings. Beginners "
      "welcome. 14-17s welcome with parental consent.",
      ["sport_fitness", "arts_crafts"], mn=14, assured="2026-10-29", email="workshop@bikesforgood.example.org"),

    S("k88", "Huddersfield Phone Buddies (pilot)", "Huddersfield Phone Buddies", "hudd_volunteer",
      ["W MO,TU,WE,TH,FR 10:00-16:00"], "free",
      "Pilot telephone befriending scheme. The pilot has ENDED and we are not taking referrals. Please contact Kirklees "
      "Phone Friends instead.",
      ["older_people"], status="inactive", assured="2026-06-30"),

    S("k91", "Gentle Yoga Batley", "Batley Yoga Collective", "batley_cc",
      ["W MO 18:30-19:30"], (5, "£5, first class free"),
      "Beginners' hatha yoga on Monday evenings - perfect after work. Mats provided. 16+.",
      ["sport_fitness"], mn=16, assured="2026-10-05", phone="07700 900191"),

    S("k92", "Kirklees Deaf Social", "Kirklees Deaf Social", "hudd_mission",
      ["M 2SA 12:00-16:00"], "free",
      "Social afternoon for Deaf and hard of hearing people, BSL users and learners. BSL-friendly; hearing loop.",
      ["disability", "accessibility", "social_cafe"], assured="2026-09-13", email="deafsocial@example.org"),

    S("k93", "Huddersfield Men's Walk & Talk", "Mates in Mind Huddersfield", "greenhead_park",
      ["W SU 10:00-11:30"], "free",
      "#ItsOkayToTalk - a peer support walk for men 18+. Stroll round the park, chat if you want to, no judgement. Every "
      "Sunday 10am, meet at the bandstand.",
      ["men", "walking_outdoors", "health_condition"], mn=18, assured="2026-11-01"),
]
