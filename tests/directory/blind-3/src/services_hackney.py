# Hackney services (and far-away records) for the blind-3 directory (hand-written).
# See services_kirklees.py for the notation.
from common import S

X = [
    S("x01", "Hackney Foodbank - Clapton", "Hackney Foodbank", "clapton_church",
      ["W TU,TH 10:00-13:00"], "free",
      "Emergency food for people in crisis. You'll usually need a voucher from a referral agency (GP, Citizens Advice, "
      "Hackney Council, schools). No voucher? Come anyway and our team will help you get one.",
      ["free_cost"], assured="2026-10-27", phone="020 7946 0101"),

    S("x02", "Citizens Advice Hackney - money & debt", "Citizens Advice Hackney", "hackney_advice",
      ["W MO,TU,WE,TH 10:00-16:00"], "free",
      "Free advice on debt, benefits, housing, immigration and employment. Adviceline 020 7946 0100. Interpreters in "
      "Turkish, Kurdish, Yiddish, Somali, Spanish and Portuguese on request.",
      ["free_cost", "non_english"], assured="2026-10-05", phone="020 7946 0100"),

    S("x03", "Warm Space at Dalston CLR James Library", "Hackney Libraries", "clr",
      ["W MO,TU,WE,TH,FR 09:00-20:00", "W SA 10:00-17:00"], "free",
      "Warm, free and open to everyone. Tea and coffee, newspapers, free Wi-Fi & computers, phone charging. Late opening "
      "until 8pm on weekdays.",
      ["social_cafe", "free_cost", "books_learning"], assured="2026-11-10", phone="020 7946 0103"),

    S("x04", "Hackney Wick Shed", "Hackney Wick Shed", "hackney_wick_shed",
      ["W WE,SA 10:00-16:00"], "donations",
      "Community workshop in a railway arch: woodwork, bike fixing, furniture upcycling. Men and women over 18 welcome. "
      "Free - donations keep the lights on.",
      ["men", "arts_crafts"], mn=18, assured="2026-09-23", email="shed@hackneywick.example.org"),

    S("x05", "Stokey Sings - community choir", "Stokey Sings", "stokey_church",
      ["W MO 19:00-21:00"], (5, "£5 / £2 concessions / free if you can't pay - just have a quiet word"),
      "Community choir, no auditions. Gospel, pop, world music. 16+.",
      ["music"], mn=16, assured="2026-09-07", tax="foreign"),

    S("x06", "Clissold Park Health Walk", "Hackney Walk for Health", "clissold_park",
      ["W TH 10:30-11:30"], "free",
      "A gentle hour's walk around Clissold Park on flat paths, led by trained volunteers. Suitable for people using "
      "walking aids. Tea at the cafe afterwards.",
      ["walking_outdoors", "health_condition", "older_people", "accessibility"], assured="2026-09-17", phone="020 7946 0106"),

    S("x07", "Walking Football 50+ - Hackney Marshes", "Hackney Marshes Walking Football", "marshes",
      ["W SU 10:00-11:30"], (2, "£2"),
      "Walking football for over-50s. All welcome, whatever your fitness.",
      ["sport_fitness", "older_people", "men"], mn=50, assured="2026-08-23"),

    S("x08", "Hoxton Street Youth Centre", "Hackney Young Futures", "hoxton_yc",
      ["W MO,TU,WE,TH 16:00-20:00"], "free",
      "Youth centre for 11-19s (up to 25 with SEND). Music studio, gym, football cage, cooking, homework club, "
      "one-to-one support from youth workers. Free.",
      ["young_people", "music", "sport_fitness", "games_quizzes"], mn=11, mx=19, assured="2026-10-15", phone="020 7946 0108"),

    S("x09", "Hackney Queer Youth", "Hackney Young Futures", "hackney_youth_hub",
      ["W WE 17:00-19:00"], "free",
      "LGBTQ+ youth group for 13-19 year olds. A safe space to be yourself, make friends, and get support. Confidential.",
      ["lgbtq", "young_people"], mn=13, mx=19, assured="2026-10-15", phone="020 7946 0109"),

    S("x10", "Queer Elders Hackney", "Queer Elders Hackney", "newington_green",
      ["M 1SA 14:00-17:00"], "free",
      "A monthly social afternoon for LGBTQ+ people over 50: tea, talks, film screenings and outings. Step-free venue.",
      ["lgbtq", "older_people", "social_cafe"], mn=50, assured="2026-09-05", email="queerelders@example.org"),

    S("x11", "Queer Board Games Night", "The Dolphin Room", "dalston_bar",
      ["W TH 19:00-23:00"], (3, "£3"),
      "Weekly LGBTQ+ board games night at The Dolphin Room bar. 18+. Bring a game or borrow one of ours.",
      ["lgbtq", "games_quizzes"], mn=18, assured="2026-10-29"),

    S("x12", "Hackney Carers' Drop-in", "Hackney Carers Centre", "carers_centre",
      ["W WE 11:00-14:00"], "free",
      "Are you looking after someone? Drop in for a chat, lunch, advice on carers' rights and benefits, or just a break. "
      "Free.",
      ["carers", "social_cafe"], assured="2026-10-07", phone="020 7946 0112"),

    S("x13", "Hackney Phone Friends", "Hackney Connect Befriending", "homerton_hub",
      ["W MO,TU,WE,TH,FR 10:00-17:00"], "free",
      "Weekly friendly phone calls for Hackney residents aged 55+. Calls in English, Turkish, Yiddish and Bengali. We "
      "also do 'walk with me': a volunteer can come with you to a group the first time. New volunteers always welcome.",
      ["older_people", "accompany", "non_english"], mn=55, assured="2026-11-06", phone="020 7946 0113", area="Hackney"),

    S("x14", "Walk & Talk for the Bereaved", "Hackney Bereavement Network", "vicpark",
      ["M 2SA,4SA 10:00-11:30"], "free",
      "A gentle walk around Victoria Park with others who have lost someone. Talk or just walk. Adults 18+.",
      ["bereaved", "walking_outdoors"], mn=18, assured="2026-10-10", email="walk@hackneybereavement.example.org"),

    S("x15", "Haggerston Community Garden", "Haggerston Growers", "haggerston_garden",
      ["W WE 14:00-17:00", "W SA 10:00-13:00"], "free",
      "Grow food and flowers with your neighbours. No experience needed. Families welcome; children must be supervised.",
      ["gardening_nature", "parents_families"], assured="2026-09-09"),

    S("x16", "Digital Champions - Hackney Central Library", "Hackney Libraries", "hackney_central_lib",
      ["W TU 10:00-12:00", "W TH 14:00-16:00"], "free",
      "Free help with computers, phones and tablets: email, online forms, video calls, GP apps, applying for jobs and "
      "benefits online. Drop in, no booking.",
      ["digital_skills"], assured="2026-10-19", phone="020 7946 0116"),

    S("x17", "Clapton Turkish & Kurdish Women's Group", "Clapton Women's Centre", "clapton_women",
      ["W FR 10:30-13:00"], "free",
      "Kadinlar icin sohbet, el sanatlari ve danismanlik. A women's group for Turkish- and Kurdish-speaking women: chat, "
      "crafts, advice and English classes. Free creche.",
      ["women", "non_english", "social_cafe", "arts_crafts"], assured="2026-09-25", phone="020 7946 0117"),

    S("x18", "Springfield Lunch Club", "Springfield Community Hall", "springfield_hall",
      ["W MO,WE 12:30-14:00"], (3.5, "£3.50"),
      "Hot lunch and company for people aged 60+. Kosher and vegetarian options. Bingo on Wednesdays.",
      ["older_people", "food_cooking", "social_cafe"], mn=60, assured="2026-08-17", phone="020 7946 0118"),

    S("x19", "Kingsland Welcome Drop-in", "Kingsland Welcome Centre", "kingsland_welcome",
      ["W TU 11:00-15:00"], "free",
      "For refugees, migrants and people seeking asylum: free legal advice, hot lunch, ESOL classes, clothing and "
      "help registering with a GP. All languages welcome - we'll find an interpreter.",
      ["new_to_area", "non_english", "food_cooking"], assured="2026-10-20", phone="020 7946 0119"),

    S("x20", "Volunteer Hackney", "Hackney CVS", "hackney_cvs",
      ["W TH 10:00-13:00"], "free",
      "Find a volunteering role that suits you: befriending, food banks, gardening, youth mentoring and more. Drop in on "
      "Thursday mornings or browse roles online.",
      [], assured="2026-10-12", phone="020 7946 0120", tax="none"),

    S("x21", "Wick Paddlers - youth canoeing", "Hackney Wick Canoe Club", "wick_canoe",
      ["W SA 10:00-12:00"], (2, "£2"),
      "Canoeing and paddleboarding on the canal for young people aged 10-17. Must be able to swim 25m. All kit provided.",
      ["sport_fitness", "young_people"], mn=10, mx=17, assured="2026-09-27", phone="020 7946 0121"),

    S("x22", "Dalston Sewing Circle", "Dalston Sewing Studio", "dalston_studio",
      ["W TU 18:00-20:00"], (3, "£3"),
      "After-work sewing circle: bring your mending, learn the machines, or make something new. 16+. Upstairs (no lift).",
      ["arts_crafts"], mn=16, assured="2026-10-08"),

    S("x23", "Hackney Wellbeing Cafe", "Hackney Wellbeing Network", "hackney_wellbeing",
      ["W FR 14:00-16:00"], "free",
      "Peer-run drop-in for adults feeling low, anxious or isolated. Tea, art materials, someone to listen. No referral needed.",
      ["health_condition", "social_cafe"], mn=18, assured="2026-09-30", phone="020 7946 0123"),

    S("x24", "Woodberry Down Cook & Eat", "Woodberry Down Community Organisation", "woodberry_hub",
      ["W WE 18:00-20:00"], "free",
      "Cook a meal together, then sit down and eat it together! Learn cheap, healthy recipes. Families welcome.",
      ["food_cooking", "social_cafe", "parents_families"], assured="2026-10-21", phone="020 7946 0124"),

    S("x25", "Hackney Wick Community Pantry", "Wick Pantry", "wick_cc",
      ["W SA 11:00-13:00"], (4, "£4 per visit"),
      "Membership food pantry: £4 a week gets you around £20 of groceries, including fresh food. No referral needed.",
      ["food_cooking", "free_cost"], assured="2026-11-07", phone="020 7946 0125"),

    S("x26", "De Beauvoir Knitters", "De Beauvoir Community Hall", "debeauvoir_hall",
      ["W WE 14:00-16:00"], "free",
      "Knit, crochet, chat. Wool supplied if you need it. Free.",
      ["arts_crafts", "social_cafe", "older_people"], assured="2026-08-12"),

    S("x27", "Newington Green Book Club", "Newington Green Meeting House", "newington_green",
      ["M 2TU 19:00-20:30"], "free",
      "Monthly book club - we read novels, memoirs and the occasional radical pamphlet. Free.",
      ["books_learning"], assured="2026-09-09"),

    S("x28", "Homerton Chess Club", "Homerton Chess Club", "homerton_lib",
      ["W TU 18:30-21:00"], "free",
      "All ages and abilities; juniors (8+) must come with an adult. Boards provided. Free.",
      ["games_quizzes"], assured="2026-10-06", tax="foreign"),

    S("x29", "Tai Chi in Victoria Park", "Hackney Tai Chi", "vicpark",
      ["W SA 09:00-10:00"], (2, "£2"),
      "Slow, flowing movement in the open air. Good for balance, calm and joints. All ages.",
      ["sport_fitness", "older_people"], assured="2026-09-20"),

    S("x30", "Open Doors Arts", "Open Doors Arts", "open_doors",
      ["W TH 13:00-16:00"], "free",
      "Accessible art studio for disabled adults and people with long-term health conditions. Painting, printmaking, "
      "clay. Step-free throughout, accessible toilet, quiet room; BSL interpreter on request.",
      ["arts_crafts", "disability", "accessibility", "health_condition"], mn=18, assured="2026-10-14", phone="020 7946 0130"),

    S("x31", "Cycling for All - Millfields", "Hackney Inclusive Cycling", "millfields",
      ["W SA 10:00-13:00"], "free",
      "Adapted bikes - trikes, hand-cycles, side-by-sides and wheelchair-transporter bikes. All ages and abilities; "
      "children with an adult.",
      ["sport_fitness", "disability", "accessibility", "parents_families"], assured="2026-09-26", phone="020 7946 0131"),

    S("x32", "Hackney Young Carers", "Hackney Carers Centre", "carers_centre",
      ["W TU 16:30-18:30"], "free",
      "Weekly club for young carers aged 8-18: activities, trips, homework support and someone to talk to.",
      ["carers", "young_people"], mn=8, mx=18, assured="2026-10-07", phone="020 7946 0112"),

    S("x33", "Shacklewell Energy Advice Point", "Hackney Energy Advice", "shacklewell",
      ["W FR 10:00-13:00"], "free",
      "Worried about energy bills or prepayment meter debt? Free one-to-one advice, help to switch tariffs and apply for "
      "grants and the Warm Home Discount, plus free draught-proofing. Turkish and Spanish spoken.",
      ["free_cost", "non_english"], assured="2026-10-16", phone="020 7946 0133"),

    S("x34", "Somali Elders' Group", "Hackney Somali Community Association", "kings_park_cc",
      ["W TH 11:00-14:00"], "free",
      "Weekly gathering for Somali elders aged 55+: lunch, health talks, help with letters, and chat in Somali.",
      ["older_people", "non_english", "social_cafe", "food_cooking"], mn=55, assured="2026-09-24", phone="020 7946 0134"),

    S("x35", "Clapton Youth Boxing", "Clapton Boxing Club", "clapton_gym",
      ["W MO,TH 17:00-18:30"], (1, "£1"),
      "Boxing training for 11-18s. Fitness, discipline and respect. Non-contact for beginners.",
      ["sport_fitness", "young_people"], mn=11, mx=18, assured="2026-10-02", phone="020 7946 0135"),

    S("x36", "Hackney Dads' Saturday Club", "Hackney Children's Centres", "london_fields_cc",
      ["W SA 10:00-12:00"], "free",
      "For dads and male carers with children under 5: play, breakfast, and time with other dads.",
      ["men", "parents_families"], assured="2026-09-19", phone="020 7946 0136"),

    S("x37", "Stay & Play - Stamford Hill", "Hackney Children's Centres", "stamford_hill_cc",
      ["W MO,WE 10:00-11:30"], "free",
      "Play sessions for under-5s with parents and carers. Songs, sensory play, snacks.",
      ["parents_families"], assured="2026-09-19", phone="020 7946 0137"),

    S("x38", "Hackney Housing Rights drop-in", "Hackney Housing Rights", "hackney_housing",
      ["W WE 10:00-13:00"], "free",
      "Facing eviction, disrepair, homelessness or problems with your landlord? Free legal advice for private and "
      "social tenants.",
      ["free_cost"], assured="2026-10-22", phone="020 7946 0138"),

    S("x39", "Hackney Wick Repair Cafe", "Hackney Wick Repair Cafe", "wick_cc",
      ["M 1SU 12:00-15:00"], "donations",
      "The repair cafe has closed. Thanks to all our fixers!",
      ["arts_crafts"], status="inactive", assured="2026-07-01"),

    S("x40", "Dalston Youth Music Project", "Dalston Youth Music", "dalston_music",
      ["W WE 17:00-19:00"], "free",
      "Project ended July 2026 - thank you to all our young musicians!",
      ["music", "young_people"], mn=13, mx=19, status="inactive", assured="2026-07-31"),

    S("x41", "Clapton Befriending Service", "Clapton Befriending", "clapton_church",
      ["W MO,TU,WE,TH,FR 10:00-16:00"], "free",
      "This service has closed. Please contact Hackney Phone Friends.",
      ["older_people"], status="inactive", assured="2026-06-15"),

    S("x42", "Kingsmead Tenants' Social Club", "Kingsmead Tenants' Association", "kings_park_cc",
      ["W FR 13:00-16:00"], "free",
      "Friday afternoon social - dominoes, cards and tea.",
      ["social_cafe", "older_people", "games_quizzes"], assured="2021-05-11"),

    S("x43", "Stoke Newington Ramblers", "Stoke Newington Ramblers", "clissold_park",
      ["W SU 10:00-14:00"], "free",
      "Sunday walks around north and east London.",
      ["walking_outdoors"], assured="2022-08-30"),

    S("x44", "Homerton LGBTQ+ Coffee Morning", "Homerton LGBTQ+ Group", "homerton_hub",
      ["M 1WE 10:00-12:00"], "free",
      "Coffee morning for LGBTQ+ people.",
      ["lgbtq", "social_cafe"], assured="2019-04-04"),

    S("x45", "Silver Sounds - singing for over 60s", "Hackney Connect", "homerton_hub",
      ["W TU 11:00-12:30"], "free",
      "Sing old favourites and new songs with other over-60s. No experience needed. Free, with tea and biscuits.",
      ["music", "older_people"], mn=60, assured="2026-10-01", phone="020 7946 0145"),

    S("x46", "Hackney Marshes Conservation Volunteers", "Hackney Marshes Rangers", "marshes",
      ["W WE 10:00-15:00"], "free",
      "Volunteer with our ranger team: meadow management, tree planting and river clean-ups. 16+ (14-15 with a parent).",
      ["gardening_nature", "walking_outdoors"], mn=14, assured="2026-09-29", email="rangers@hackneymarshes.example.org"),

    S("x47", "Shoreditch Bouldering Social", "The Arch", "shoreditch_arch",
      ["W TH 18:30-21:00"], (8, "£8 including shoe hire"),
      "Beginners' bouldering social for adults (18+). Learn the basics, meet people, go for food after.",
      ["sport_fitness"], mn=18, assured="2026-10-26"),
]

F = [
    S("f01", "Kelham Island Men's Shed", "Sheffield Sheds", "far_sheffield",
      ["W TU,TH 10:00-15:00"], "donations",
      "Community workshop in Sheffield for adults 18+. Woodwork, metalwork, tea.",
      ["men", "arts_crafts"], mn=18, assured="2026-09-14"),
    S("f02", "Scarborough Seafront Walk for Health", "Scarborough Walking for Health", "far_scarborough",
      ["W WE 10:30-11:30"], "free",
      "Gentle one-hour walk along the South Bay promenade. All welcome.",
      ["walking_outdoors", "health_condition", "older_people"], assured="2026-10-02"),
    S("f03", "Proud Youth Manchester", "Proud Youth Manchester", "far_manchester",
      ["W TH 17:00-19:00"], "free",
      "LGBTQ+ youth group for 13-21 year olds in Manchester city centre.",
      ["lgbtq", "young_people"], mn=13, mx=21, assured="2026-10-09"),
    S("f04", "York Carers' Cafe", "York Carers Centre", "far_york",
      ["M 1WE 10:00-12:00"], "free",
      "Monthly cafe for unpaid carers living in the City of York.",
      ["carers", "social_cafe"], assured="2026-09-22"),
    S("f05", "Croydon Foodbank", "Croydon Foodbank", "far_croydon",
      ["W MO,WE,FR 11:00-14:00"], "free",
      "Emergency food for Croydon residents. Referral needed.",
      ["free_cost"], assured="2026-10-28"),
    S("f06", "Kendal Knit & Natter", "Cumbria Libraries", "far_kendal",
      ["W TH 14:00-16:00"], "free",
      "Knitting group at Kendal Library. All welcome.",
      ["arts_crafts", "social_cafe"], assured="2026-08-27"),
    S("f07", "Brighton Bereavement Cafe", "Brighton Bereavement Network", "far_brighton",
      ["M 2TH 14:00-16:00"], "free",
      "Monthly bereavement cafe in central Brighton.",
      ["bereaved", "social_cafe"], assured="2026-09-10"),
    S("f08", "Norwich Digital Help Cafe", "Norfolk Libraries", "far_norwich",
      ["W WE 10:00-12:00"], "free",
      "Free help with phones, tablets and laptops at the Millennium Library.",
      ["digital_skills"], assured="2026-10-15"),
]
