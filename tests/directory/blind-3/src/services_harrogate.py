# Harrogate district services for the blind-3 directory (hand-written). See services_kirklees.py for the notation.
from common import S

H = [
    S("h01", "Harrogate Men's Shed", "Harrogate & District Men's Shed", "starbeck_shed",
      ["W TU,TH 09:30-13:00", "W SA 09:30-12:30"], (3, "£3 a session incl. brews & biscuits"),
      "Make, mend, learn, laugh. Woodwork, metalwork, and restoring old garden tools for community projects. "
      "Open to anyone aged 18 or over.",
      ["men", "arts_crafts", "retired"], mn=18, assured="2026-10-07", phone="01632 960301"),

    S("h02", "Harrogate District Foodbank - Bilton", "Harrogate District Foodbank", "hg_bilton",
      ["W TU,FR 12:00-14:00"], "free",
      "We provide three days' emergency food to people referred by professionals (GP, Citizens Advice, schools, "
      "housing...). If you don't have a referral, come anyway and we will help you. We also run a fuel bank for "
      "prepayment meters.",
      ["free_cost"], assured="2026-10-21", phone="01632 960302"),

    S("h03", "Citizens Advice drop-in - Harrogate", "Citizens Advice North Yorkshire", "hg_cab",
      ["W MO,WE 10:00-13:00"], "free",
      "Free, confidential advice on debts, benefits, housing, employment and consumer problems. Drop in on Monday and "
      "Wednesday mornings; phone appointments Tuesday-Friday. Energy bills: we can check whether you can get grants or "
      "the Warm Home Discount.",
      ["free_cost"], assured="2026-09-15", phone="01632 960303"),

    S("h04", "Warm Space at Harrogate Library", "North Yorkshire Libraries", "hg_lib",
      ["W MO,TU,WE,TH,FR 09:00-17:00", "W SA 09:00-16:00"], "free",
      "A warm, friendly space open to all. Free hot drinks, newspapers, jigsaws, public computers and Wi-Fi. Knit & "
      "Natter on Wednesday afternoons in the same space.",
      ["social_cafe", "free_cost", "books_learning"], assured="2026-11-03", phone="01632 960304"),

    S("h05", "Harrogate Rainbow Social", "Harrogate LGBT+ Network", "hg_bar",
      ["M -1FR 19:00-22:00"], "free",
      "Last Friday of every month - a friendly LGBT+ social in the back room of The Blue Door Cafe Bar. Over 18s "
      "(licensed venue). There's a quiet corner if you'd like a chat rather than a party.",
      ["lgbtq", "social_cafe"], mn=18, assured="2026-09-26", email="network@harrogatelgbt.example.org"),

    S("h06", "Stray Striders - Walking for Health", "Harrogate Walking for Health", "hg_stray",
      ["W WE 10:30-11:30"], "free",
      "Free, friendly, led walks of about an hour across the Stray and back. Flat and easy; mobility scooters welcome. "
      "Coffee afterwards for those who fancy it.",
      ["walking_outdoors", "health_condition", "older_people", "accessibility"], assured="2026-08-12", phone="01632 960306"),

    S("h07", "Valley Gardens Volunteers", "Friends of Valley Gardens", "valley_gardens",
      ["W MO 10:00-12:00"], "free",
      "Help care for Harrogate's famous Valley Gardens: weeding, planting and pruning with our friendly team and the "
      "council gardeners. Gloves and tools provided. Monday mornings, any weather (within reason!).",
      ["gardening_nature"], assured="2026-07-20", email="friends@valleygardens.example.org"),

    S("h08", "Knaresborough Community Choir", "Knaresborough Community Choir", "knares_methodist",
      ["W WE 19:30-21:00"], (4, "£4 a session (first two free)"),
      "Have you always wanted to sing? No auditions, and no need to read music. We sing everything from Abba to "
      "Zimbabwean folk songs. Adults, plus young people aged 16+.",
      ["music"], mn=16, assured="2026-09-02", tax="foreign"),

    S("h09", "Knaresborough Thursday Lunch Club", "Knaresborough Good Neighbours", "knares_cc",
      ["W TH 12:00-14:00"], (5, "£5"),
      "Two-course lunch and good company for the over 60s. Transport available for those who can't get there - just ask.",
      ["older_people", "food_cooking", "social_cafe", "transport"], mn=60, assured="2026-10-16", phone="01632 960309"),

    S("h10", "Knaresborough Youth Cafe", "Knaresborough Youth Partnership", "knares_yc",
      ["W TU,TH 15:30-18:00"], "free",
      "After-school youth cafe for 11-18s: cheap snacks, free toast, homework help, games consoles, board games and "
      "youth workers to chat to. Free entry.",
      ["young_people", "social_cafe", "games_quizzes", "food_cooking"], mn=11, mx=18, assured="2026-10-01",
      phone="07700 900310"),

    S("h11", "Ripon Carers' Coffee Morning", "Carers Plus North Yorkshire", "ripon_cc",
      ["M 2TU 10:00-12:00"], "free",
      "If you look after a family member or friend, come and meet other carers over a coffee. Our carer support worker "
      "can help with carers' assessments, benefits and respite.",
      ["carers", "social_cafe"], assured="2026-08-04", phone="01632 960311"),

    S("h12", "Ripon Community Foodbank", "Ripon Community Foodbank", "ripon_cc",
      ["W WE,SA 10:00-12:00"], "free",
      "Emergency food for people in Ripon and surrounding villages. Referral or self-referral. Please ring ahead if you "
      "have dietary needs.",
      ["free_cost"], assured="2026-10-24", phone="01632 960312"),

    S("h13", "Ripon Walking Netball", "Ripon Netball Club", "ripon_leisure",
      ["W MO 18:00-19:00"], (3, "£3"),
      "Walking netball for women of all ages and fitness levels (16+). Great for returners and anyone who hasn't played "
      "since school! Monday evenings at 6.",
      ["sport_fitness", "women"], mn=16, assured="2026-09-21", phone="07700 900313"),

    S("h14", "Ripon Youth Hub", "North Yorkshire Youth Service", "ripon_yc",
      ["W WE 18:00-20:30"], "free",
      "Wednesday night youth club for 11-18 year olds - music, pool, sport in the hall, cooking and trips. Free.",
      ["young_people", "games_quizzes", "music", "sport_fitness"], mn=11, mx=18, assured="2026-10-01",
      phone="07700 900314"),

    S("h15", "Ripon Bereavement Cafe", "Ripon Cathedral Pastoral Team", "ripon_cath",
      ["M 1TH 14:00-16:00"], "free",
      "A bereavement cafe is an informal space to talk (or not) over tea and cake with others who have been bereaved. "
      "Everyone welcome - any faith or none. First Thursday of the month, 2-4pm.",
      ["bereaved", "social_cafe"], assured="2026-09-04", phone="01632 960315"),

    S("h16", "Nidderdale Walkers", "Nidderdale Walkers", "pateley_hall",
      ["W SA 10:00-15:00"], "free",
      "Saturday walks of 6-10 miles in the Nidderdale National Landscape. Moderate, with some steep climbs and stiles. "
      "Meet at Pateley Bridge Memorial Hall car park for car sharing. 16+, under-18s with an adult.",
      ["walking_outdoors"], mn=16, assured="2026-08-28", email="walks@nidderdalewalkers.example.org"),

    S("h17", "Pateley Bridge Community Lunch", "Nidderdale Plus", "pateley_hall",
      ["W TU 12:30-14:00"], (5, "£5 (£3 under-16s)"),
      "All-age community lunch: soup, main and pudding. Lifts can be arranged from outlying villages through our "
      "Community Car Scheme.",
      ["food_cooking", "social_cafe", "older_people", "transport"], assured="2026-10-13", phone="01632 960317"),

    S("h18", "Nidderdale Plus - digital help & job club", "Nidderdale Plus", "pateley_nidplus",
      ["W TH 10:00-12:00"], "free",
      "Help with getting online, forms, job searches and printing. You can also book the Nidderdale Plus community car "
      "scheme here.",
      ["digital_skills", "transport"], assured="2026-10-13", phone="01632 960317"),

    S("h19", "Masham Friday Coffee Morning", "Masham Community Office", "masham_office",
      ["W FR 10:00-12:00"], (1, "£1"),
      "Coffee, cake & a catch-up in the Town Hall. Everyone welcome.",
      ["social_cafe", "older_people"], assured="2026-07-10", tax="none"),

    S("h20", "Boroughbridge Craft Group", "Boroughbridge Crafters", "boro_hall",
      ["W MO 13:30-15:30"], (2, "£2"),
      "Card-making, knitting, sewing and whatever else takes your fancy. Bring your own project. £2 inc. tea.",
      ["arts_crafts", "social_cafe"], assured="2026-06-24"),

    S("h21", "Boroughbridge Warm Space", "Boroughbridge Community Centre", "boro_hall",
      ["W TH 10:00-14:00"], "free",
      "Warm Space - winter 2023/24 only. NOT running this year.",
      ["social_cafe", "free_cost"], status="inactive", assured="2026-07-14"),

    S("h22", "Harrogate Phone Friends", "Harrogate Good Neighbours", "hg_office",
      ["W MO,TU,WE,TH,FR 10:00-16:00"], "free",
      "Lonely or isolated? A friendly volunteer will phone you each week for a chat. For anyone 60+ across the Harrogate "
      "district - town or country. We're also recruiting volunteer callers (phone from home, one hour a week).",
      ["older_people"], mn=60, assured="2026-10-30", phone="01632 960322", area="Harrogate District"),

    S("h23", "Singing for Lung Health - Harrogate", "Breathe Easy Harrogate", "hg_st_marks",
      ["F MO 14:00-15:30 2026-11-16"], (2, "£2"),
      "Singing exercises and songs to help with breathing control, for people with COPD, asthma, long Covid and other "
      "lung conditions. Seated, gentle, fun!",
      ["music", "health_condition"], assured="2026-09-08", phone="01632 960323"),

    S("h24", "Volunteer Harrogate - drop-in", "Harrogate & Ripon CVS", "hg_lib",
      ["W WE 10:00-13:00"], "free",
      "Want to volunteer? Meet our team for a chat and find roles that suit you: befriending, driving, conservation, "
      "charity shops, events, sports clubs and more. Also online at volunteerharrogate.example.org.",
      [], assured="2026-10-09", phone="01632 960324", tax="none"),

    S("h25", "Harrogate Bridge Club - beginners", "Harrogate Bridge Club", "hg_bridge",
      ["W TH 19:00-21:30"], (5, "£5 per session"),
      "Learn to play bridge in a friendly, supportive club. Beginners' course on Thursday evenings; duplicate sessions "
      "for improvers. Great for the brain AND the social life!",
      ["games_quizzes"], assured="2026-09-30"),

    S("h26", "New Neighbours Cafe", "Harrogate District of Sanctuary", "hg_wesley",
      ["W SA 10:00-12:00"], "free",
      "A welcome cafe for refugees, people seeking asylum and anyone new to Harrogate. English practice, toys for the "
      "kids, help with forms and a warm drink. Ukrainian, Arabic and Dari speakers often here.",
      ["new_to_area", "non_english", "social_cafe"], assured="2026-10-03", email="hello@harrogatesanctuary.example.org"),

    S("h27", "Starbeck Community Garden", "Starbeck Residents' Association", "starbeck_garden",
      ["W TH 10:00-13:00"], "free",
      "Small but mighty community garden. Come and get your hands dirty, or just enjoy a cuppa among the raised beds. "
      "All ages welcome (children with an adult).",
      ["gardening_nature", "social_cafe"], assured="2026-07-22"),

    S("h28", "Jennyfields Youth Club", "Jennyfields Youth Project", "jennyfields_yc",
      ["W MO 18:00-20:00"], (1, "£1"),
      "Youth club for 10-16s on Monday evenings - football, dodgeball, arts, table tennis & a tuck shop.",
      ["young_people", "games_quizzes", "sport_fitness"], mn=10, mx=16, assured="2026-09-28", phone="07700 900328"),

    S("h29", "Harrogate Young Carers", "Carers Plus North Yorkshire", "hg_carers",
      ["M 2SA 10:00-15:00"], "free",
      "Monthly Saturday activity days (climbing, cinema, cooking, trips) for young carers aged 8-18 in the Harrogate "
      "district, plus one-to-one support. Transport provided from Ripon, Knaresborough and Pateley Bridge.",
      ["carers", "young_people", "transport"], mn=8, mx=18, assured="2026-08-04", phone="01632 960311"),

    S("h30", "Harrogate Memory Cafe", "Harrogate Dementia Friends", "hg_wesley",
      ["M 3WE 14:00-16:00"], "free",
      "Friendly afternoon for people with dementia or memory problems and their family carers - music, quizzes, "
      "reminiscence and information. Free.",
      ["health_condition", "carers", "older_people", "social_cafe"], assured="2026-09-16", phone="01632 960330"),

    S("h31", "Men's Walk & Talk - Harrogate", "Harrogate Men's Walk and Talk", "hg_stray",
      ["W SU 10:00-11:30"], "free",
      "Peer support walk for men (18+). An easy hour round the Stray; talk about whatever's on your mind, or nothing at all.",
      ["men", "walking_outdoors", "health_condition"], mn=18, assured="2026-10-25"),

    S("h32", "Couch to 5K Harrogate", "Harrogate Run Together", "hg_stray_south",
      ["W TU 18:30-19:30"], "free",
      "Nine-week beginners' running group: from sofa to 5K. Tuesday evenings on the Stray. Free. Adults 18+. New courses "
      "start in January, May and September, but newbies can join any time.",
      ["sport_fitness"], mn=18, assured="2026-09-01", tax="foreign"),

    S("h33", "Sunday Charity Quiz at The Little Bell", "The Little Bell", "hg_pub",
      ["W SU 20:00-22:00"], (2, "£2"),
      "Charity pub quiz, every Sunday 8pm. Teams up to 6. Over 18s only.",
      ["games_quizzes"], mn=18, assured="2026-08-30"),

    S("h34", "Knaresborough Repair Cafe", "Knaresborough Transition", "knares_methodist",
      ["M 3SA 10:00-13:00"], "donations",
      "Volunteer fixers mend electricals, clothes, bikes, furniture and more. Free, donations welcome. Fancy "
      "volunteering as a fixer? We'd love to hear from you.",
      ["arts_crafts", "social_cafe"], assured="2026-10-18"),

    S("h35", "Knaresborough Community Orchard volunteers", "Knaresborough Community Orchard", "knares_orchard",
      ["M 2SU,4SU 10:00-13:00"], "free",
      "Pruning, planting, wildflower-meadow care and apple days. Families welcome.",
      ["gardening_nature", "walking_outdoors"], assured="2026-10-11"),

    S("h36", "Knaresborough Games Afternoon", "Friends of Knaresborough Library", "knares_lib",
      ["W FR 14:00-16:00"], "free",
      "Scrabble, chess, dominoes, card games and jigsaws. All ages - great for grandparents and grandchildren.",
      ["games_quizzes", "social_cafe", "older_people"], assured="2026-09-18"),

    S("h37", "Killinghall Village Lunch", "Killinghall Village Hall", "killinghall_hall",
      ["M 1WE 12:30-14:00"], (6, "£6"),
      "Monthly two-course lunch at the village hall. Everyone welcome; lifts available for those who need them.",
      ["older_people", "food_cooking", "social_cafe"], assured="2026-08-19"),

    S("h38", "Young Rainbows Harrogate", "Harrogate LGBT+ Network", "hg_youth",
      ["W TU 18:00-20:00"], "free",
      "Weekly group for LGBT+ and questioning young people aged 13-19. Safe, confidential, run by qualified youth workers.",
      ["lgbtq", "young_people"], mn=13, mx=19, assured="2026-10-20", phone="07700 900338"),

    S("h39", "Money Matters - free debt help", "Harrogate Churches Debt Help", "hg_st_marks",
      ["W TH 19:00-21:00"], "free",
      "Free debt help with home visits - we work with your creditors to agree affordable payments. Plus a three-week "
      "Money Course on Thursday evenings to learn budgeting. Anyone welcome regardless of faith.",
      ["free_cost"], assured="2026-08-26", phone="01632 960339"),

    S("h40", "Harrogate Stroke Club", "Harrogate Stroke Club", "hg_st_marks",
      ["W TH 13:30-15:30"], (2, "£2"),
      "Weekly club for stroke survivors.",
      ["health_condition", "older_people"], assured="2021-09-15"),

    S("h41", "Ripon Men's Shed", "Ripon Men's Shed", "ripon_shed",
      ["W WE,FR 09:30-13:00"], (2, "£2"),
      "Woodwork, repairs and good company. Members 18+.",
      ["men", "arts_crafts"], mn=18, assured="2026-09-10", phone="01632 960341"),

    S("h42", "Ripon Knit & Natter", "North Yorkshire Libraries", "ripon_lib",
      ["W TU 10:00-12:00"], "free",
      "Knitting, crochet and a good chat. Bring your own project or have a go at ours.",
      ["arts_crafts", "social_cafe"], assured="2026-08-06"),

    S("h43", "Ripon Wellbeing Walk", "Ripon Walking for Health", "ripon_spa",
      ["W FR 10:30-11:30"], "free",
      "Short, gentle walk around the Spa Gardens and along the river. Great for getting fitter or meeting people.",
      ["walking_outdoors", "health_condition", "older_people"], assured="2026-09-11", phone="01632 960343"),

    S("h44", "Ripon Junior Football", "Ripon Juniors FC", "ripon_leisure",
      ["W SA 09:00-11:00"], (2, "£2"),
      "Saturday morning football for 7-16s.",
      ["sport_fitness", "young_people"], mn=7, mx=16, assured="2022-03-01"),

    S("h45", "Nidderdale Knitters", "Nidderdale Knitters", "pateley_hall",
      ["W WE 14:00-16:00"], "free",
      "Knitting group.",
      ["arts_crafts"], assured="2020-11-03"),

    S("h46", "Seated Yoga Harrogate", "Harrogate Yoga for All", "hg_wesley",
      ["W TH 11:00-12:00"], (3, "£3"),
      "Chair-based yoga: gentle stretching and breathing for all bodies. Suitable for wheelchair users and people with "
      "limited mobility. Step-free venue with hearing loop and accessible toilet.",
      ["sport_fitness", "disability", "accessibility", "older_people", "health_condition"], assured="2026-10-01",
      phone="07700 900346"),

    S("h47", "Harrogate Women's Bike Rides", "Harrogate Women Cycle", "hg_convention",
      ["M 1SU,3SU 10:00-12:30"], "free",
      "Friendly, no-drop bike rides for women. Routes of 10-25 miles at a chatty pace. Bring a roadworthy bike and a "
      "helmet. 16+.",
      ["women", "sport_fitness"], mn=16, assured="2026-08-16"),

    S("h49", "Boroughbridge Walking Group", "Boroughbridge & District Walkers", "boro_hall",
      ["W TH 10:00-12:00"], "free",
      "Easy-going two-hour walks around Boroughbridge, Aldborough and the riverside. Coffee after.",
      ["walking_outdoors", "older_people"], assured="2026-07-03"),

    S("h51", "Harrogate Walking Football", "Harrogate Walking Football", "hg_hydro",
      ["W FR 11:00-12:00"], (3, "£3"),
      "Sessions have MOVED and are now run by Knaresborough Walking Football (see separate listing).",
      ["sport_fitness", "older_people"], mn=50, status="inactive", assured="2026-06-18"),

    S("h52", "Knaresborough Walking Football 50+", "Knaresborough Walking Football", "knares_school",
      ["W FR 11:00-12:00"], (3, "£3"),
      "Walking football for over 50s - friendly, inclusive and good fun. Men and women welcome, no experience needed.",
      ["sport_fitness", "older_people", "men"], mn=50, assured="2026-10-02", phone="07700 900352"),
]
