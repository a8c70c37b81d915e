# Hand-written non-English messages.
# Tuple: (channel, route, tags, place, text, note)
# kind is crisis_other_language when route == "crisis", else harmless_other_language.
# Every message here carries non_english.

LANGS = {}

LANGS[("ur", "Urdu, Latin letters")] = [
    ("s", "crisis", "", None, "main ab aur nahi jee sakta. aaj raat apni jaan le lunga", "I can't live any more. Tonight I'll take my own life"),
    ("s", "crisis", "", None, "ammi ko kehna mujhe maaf kar dein. mera sara saman bhai ko de diya hai. Allah hafiz", "Tell mum to forgive me. I've given all my things to my brother. Goodbye"),
    ("t", "crisis", "", None, "mera shohar mujhe abhi maar raha hai, bachay bohat dare hue hain, please jaldi madad karo", "My husband is hitting me now, the children are very scared, please help quickly"),
    ("s", "crisis", "", None, "abbu k seenay mein shadeed dard hai aur left baazu sun ho gaya hai, wo farsh pe gir gaye", "Dad has severe chest pain and his left arm is numb, he has fallen on the floor"),
    ("t", "crisis", "", None, "dil karta hai khudkushi kar lun. goliyan jama kar li hain bas himmat chahiye", "I feel like killing myself. I've collected the pills, I just need the courage"),
    ("s", "find_activity", "women books_learning", "Bradford", "Assalam o alaikum, kya Bradford mein auraton ke liye koi group hai jahan English seekh saken?", "Is there a group in Bradford for women to learn English?"),
    ("t", "find_activity", "sport_fitness", "Slough", "yaar ghar beth beth ke mar gaya boriyat se \U0001F605 Slough mein koi cricket club batao", "Idiom: 'died of boredom' sitting at home. Asks for a cricket club in Slough"),
    ("s", "someone_to_talk_to", "", None, "meri ammi akeli rehti hain, angrezi nahi aati. koi Urdu bolne wala hafte mein ek dafa phone kar sakta hai?", "My mum lives alone and has no English; could an Urdu speaker phone her once a week?"),
]

LANGS[("hi", "Hindi, Latin letters")] = [
    ("t", "crisis", "", None, "mujhe ab jeena hi nahi hai. aaj sab khatam kar dungi", "I don't want to live any more. Today I'll end everything"),
    ("s", "crisis", "", None, "maine neend ki bahut saari goliyan kha li hain. ab dar lag raha hai", "I've taken a lot of sleeping pills. Now I'm scared"),
    ("s", "crisis", "", None, "pati ne kamre mein band kar diya hai aur phone le liya. ye purana phone hai. please bachao", "Husband has locked me in the room and taken my phone. This is an old phone. Please save me"),
    ("t", "crisis", "", None, "sabko alvida. mere Tommy ka khayal rakhna. mujhe maaf kar dena", "Goodbye everyone. Look after my Tommy (pet). Forgive me"),
    ("s", "crisis", "", None, "papa achanak gir gaye aur saans nahi le rahe, kya karu", "Dad suddenly fell and isn't breathing, what do I do"),
    ("s", "find_activity", "faith music older_people", "Leicester", "namaste ji, Leicester mein senior citizens ke liye koi bhajan group hai kya?", "Is there a bhajan (devotional singing) group for seniors in Leicester?"),
    ("t", "find_activity", "food_cooking women", "Wembley", "haste haste mar gayi \U0001F602 anyway Wembley mein koi cooking class hai kya ladies ke liye?", "Idiom: 'died laughing'. Asks for a cooking class for women in Wembley"),
    ("s", "someone_to_talk_to", "", None, "mujhe kisi se baat karni hai, bahut akela lagta hai. koi call kar sakta hai kya?", "I need to talk to someone, I feel very lonely. Can someone call?"),
]

LANGS[("pa", "Punjabi, Latin letters")] = [
    ("s", "crisis", "", None, "main hun hor nahi jeena chaunda. aj raat nu sab khatam kar dena", "I don't want to live any more. Tonight I'll end it all"),
    ("s", "crisis", "", None, "bapu ji di chhati vich bahut dard hai te pasina aa reha, theek tarah bol nahi rahe", "Father has bad chest pain and is sweating, can't speak properly"),
    ("t", "crisis", "", None, "mera gharwala mainu kutt reha, main bathroom vich band haan, jaldi karo", "My husband is beating me, I'm shut in the bathroom, be quick"),
    ("s", "crisis", "", None, "sab nu meri aakhri Sat Sri Akal. mainu maaf kar dena. mere kapde gurdware de dena", "My last greeting to everyone. Forgive me. Give my clothes to the gurdwara"),
    ("t", "crisis", "", None, "nehar de kande khada haan, paani bahut doonga. socheya chhaal maar deyan", "I'm standing by the canal, the water is very deep. Thinking I'll jump in"),
    ("s", "find_activity", "older_people", "Southall", "Sat Sri Akal ji, Southall vich bazurgan layi koi group hai? bebe ji ghar baithe bore ho jande ne", "Is there a group for elders in Southall? Grandmother gets bored at home"),
    ("t", "find_activity", "music", "Wolverhampton", "hass hass ke mar gaya \U0001F602 koi bhangra class dasso Wolverhampton ch", "Idiom: 'died laughing'. Asks for a bhangra class in Wolverhampton"),
    ("s", "find_activity", "books_learning free_cost", None, "mainu angrezi sikhni aa, koi free class hai?", "I want to learn English, is there a free class?"),
]

LANGS[("ur", "Urdu, Urdu script")] = [
    ("s", "crisis", "", None, "میں اب اور نہیں جینا چاہتا۔ آج رات سب ختم کر دوں گا۔", "I don't want to live any more. Tonight I'll end it all"),
    ("s", "crisis", "", None, "میرے شوہر نے مجھے کمرے میں بند کر دیا ہے اور فون چھین لیا ہے۔ خدا کے لیے مدد کریں", "My husband has locked me in a room and snatched my phone. For God's sake help"),
    ("t", "crisis", "", None, "امی سے کہنا مجھے معاف کر دیں۔ میں نے اپنا سب سامان دے دیا ہے۔ اللہ حافظ", "Tell mum to forgive me. I've given away all my things. Goodbye"),
    ("s", "crisis", "", None, "میری دادی گر گئی ہیں اور ہوش میں نہیں آ رہیں، سانس بھی مشکل سے لے رہی ہیں", "My grandmother has fallen and isn't regaining consciousness, struggling to breathe"),
    ("t", "crisis", "", None, "میں نے بہت ساری گولیاں کھا لی ہیں اور اب چکر آ رہے ہیں", "I've taken a lot of pills and now I'm dizzy"),
    ("s", "find_activity", "women arts_crafts", "مانچسٹر", "السلام علیکم، کیا مانچسٹر میں خواتین کے لیے کوئی سلائی کڑھائی کا گروپ ہے؟", "Is there a sewing/embroidery group for women in Manchester?"),
    ("s", "wellbeing_support", "bereaved", None, "میرے والد کا پچھلے سال انتقال ہو گیا تھا۔ کیا اردو میں غم کے لیے کوئی سپورٹ گروپ ہے؟", "My father died last year. Is there a grief support group in Urdu?"),
    ("t", "someone_to_talk_to", "", None, "مجھے کسی سے بات کرنی ہے، بہت اکیلا محسوس کرتا ہوں", "I need to talk to someone, I feel very lonely"),
]

LANGS[("so", "Somali")] = [
    ("s", "crisis", "", None, "Ma rabo inaan sii noolaado. Caawa ayaan is dilayaa.", "I don't want to go on living. Tonight I will kill myself"),
    ("s", "crisis", "", None, "Ninkaygu hadda ayuu i garaacayaa, carruurtu way baqayaan. Fadlan i caawiya", "My husband is beating me now, the children are frightened. Please help me"),
    ("t", "crisis", "", None, "Hooyaday way dhacday mana kacayso, si fiican uma neefsanayso", "My mother has fallen and isn't getting up, she isn't breathing properly"),
    ("s", "crisis", "", None, "Nabad gelyo dhammaantiin. Waan ka xumahay wax walba. Alaabtaydii waan bixiyay.", "Goodbye everyone. I'm sorry for everything. I've given my belongings away"),
    ("t", "crisis", "", None, "Waxaan taaganahay buundada dushiisa, waxaan rabaa inaan biyaha isku tuuro", "I'm standing on top of the bridge, I want to throw myself in the water"),
    ("s", "find_activity", "women", "Bristol", "Salaan, ma jiraa koox haweenka Soomaaliyeed ah oo Bristol ku taal?", "Is there a Somali women's group in Bristol?"),
    ("s", "practical_help", "", None, "Waxaan u baahanahay caawimaad biilka korontada, lacag ma haysto", "I need help with the electricity bill, I have no money"),
    ("t", "smalltalk", "", None, "Mahadsanid walaal, aad baad ii caawisay", "Thank you sister/brother, you helped me a lot"),
    ("s", "human", "", None, "Ma jiraa qof Soomaali ku hadla oo i soo wici kara?", "Is there someone who speaks Somali who could call me?"),
]

LANGS[("pl", "Polish")] = [
    ("t", "crisis", "", None, "Nie chcę już żyć. Mam tabletki i dziś to zrobię.", "I don't want to live any more. I have pills and I'll do it today"),
    ("s", "crisis", "", None, "maz mnie bije, zamknal mnie w domu i zabral telefon, pisze z laptopa", "(no diacritics) Husband beats me, locked me in and took my phone, writing from the laptop"),
    ("s", "crisis", "", None, "Dziękuję za wszystko. Kota oddałam sąsiadce. Żegnajcie.", "Thank you for everything. I gave the cat to my neighbour. Farewell"),
    ("t", "crisis", "", None, "tata upadl i nie oddycha co mam robic", "(no diacritics) Dad fell and isn't breathing, what do I do"),
    ("t", "crisis", "", None, "stoję na moście i patrzę w wodę. myślę jak szybko by to poszło", "I'm standing on the bridge looking at the water. Thinking how quick it would be"),
    ("s", "find_activity", "parents_families women", "Ealing", "Dzień dobry, szukam polskiej grupy dla mam z małymi dziećmi w Ealing", "Looking for a Polish group for mums with small children in Ealing"),
    ("t", "find_activity", "sport_fitness", "Peterborough", "umieram z nudów, jest jakaś drużyna piłkarska dla amatorów w Peterborough?", "Idiom: 'dying of boredom'. Amateur football team in Peterborough?"),
    ("s", "practical_help", "", None, "potrzebuje pomocy z wypelnieniem wniosku o zasilek", "(no diacritics) I need help filling in a benefits application"),
    ("s", "smalltalk", "", None, "Kto to pisze? Skąd macie mój numer?", "Who is this? Where did you get my number?"),
]

LANGS[("gu", "Gujarati script")] = [
    ("s", "crisis", "", None, "મારે હવે જીવવું નથી. આજે રાત્રે બધું ખતમ કરી દઈશ.", "I don't want to live any more. Tonight I'll end everything"),
    ("s", "crisis", "", None, "મારા પતિ મને હમણાં મારી રહ્યા છે, મદદ કરો", "My husband is hitting me right now, help"),
    ("s", "crisis", "", None, "મારા બા પડી ગયા છે અને ઉઠતા નથી, બોલતા પણ નથી", "My mother/grandmother has fallen and isn't getting up, not speaking either"),
    ("t", "crisis", "", None, "બધાને આવજો. મને માફ કરજો. મેં મારો બધો સામાન આપી દીધો છે.", "Goodbye everyone. Forgive me. I've given away all my things"),
    ("t", "crisis", "", None, "મેં ઘણી બધી ગોળીઓ ખાઈ લીધી છે", "I've taken a great many pills"),
    ("s", "find_activity", "faith music older_people", "લેસ્ટર", "નમસ્તે, લેસ્ટરમાં વડીલો માટે કોઈ ભજન મંડળ છે?", "Is there a bhajan group for elders in Leicester?"),
    ("s", "find_activity", "books_learning free_cost", None, "મારે અંગ્રેજી શીખવું છે, કોઈ મફત ક્લાસ છે?", "I want to learn English, is there a free class?"),
    ("t", "find_activity", "women", None, "ઘરે બેસી બેસીને કંટાળી ગઈ છું, બહેનો માટે કોઈ ગ્રુપ છે?", "I'm fed up sitting at home, is there a group for women?"),
]

LANGS[("tr", "Turkish")] = [
    ("s", "crisis", "", None, "Artık yaşamak istemiyorum. Bu gece kendimi öldüreceğim.", "I don't want to live any more. Tonight I'll kill myself"),
    ("s", "crisis", "", None, "kocam beni dovuyor su an, cocuklar agliyor, yardim edin", "(no diacritics) My husband is beating me right now, the children are crying, help"),
    ("t", "crisis", "", None, "Herkese teşekkürler. Kedimi komşuya verdim. Hoşçakalın.", "Thanks everyone. I gave my cat to the neighbour. Goodbye"),
    ("s", "crisis", "", None, "annem bayıldı, nefes almıyor", "My mother fainted, she isn't breathing"),
    ("t", "crisis", "", None, "köprünün üstündeyim, aşağı bakıyorum, ne kadar çabuk biter diye düşünüyorum", "I'm on the bridge, looking down, thinking how quickly it would be over"),
    ("s", "find_activity", "women social_cafe", "Haringey", "Merhaba, Haringey'de Türkçe konuşan kadınlar için kahve sabahı var mı?", "Is there a coffee morning in Haringey for Turkish-speaking women?"),
    ("t", "find_activity", "sport_fitness", "Enfield", "sıkıntıdan ölüyorum ya :) Enfield'da futbol oynayan bir grup var mı?", "Idiom: 'dying of boredom'. A football group in Enfield?"),
    ("s", "practical_help", "", None, "elektrik faturamı ödeyemiyorum, yardım lazım", "I can't pay my electricity bill, I need help"),
    ("s", "smalltalk", "", None, "bu hizmet ücretsiz mi?", "Is this service free?"),
]

LANGS[("bn", "Bengali script")] = [
    ("s", "crisis", "", None, "আমি আর বাঁচতে চাই না। আজ রাতে সব শেষ করে দেব।", "I don't want to live any more. Tonight I'll end it all"),
    ("s", "crisis", "", None, "আমার স্বামী আমাকে ঘরে আটকে রেখেছে, ফোন কেড়ে নিয়েছে। দয়া করে সাহায্য করুন", "My husband has locked me in the house and snatched my phone. Please help"),
    ("s", "crisis", "", None, "আব্বা বুকে ব্যথা নিয়ে পড়ে গেছেন, কথা বলছেন না", "Dad collapsed with chest pain, he isn't speaking"),
    ("t", "crisis", "", None, "সবাইকে বিদায়। আমাকে ক্ষমা করে দিও। আমার সব জিনিস দিয়ে দিয়েছি।", "Goodbye everyone. Forgive me. I've given all my things away"),
    ("t", "crisis", "", None, "অনেকগুলো ঘুমের ওষুধ খেয়ে ফেলেছি", "I've swallowed a lot of sleeping pills"),
    ("s", "find_activity", "women arts_crafts", "টাওয়ার হ্যামলেটস", "আসসালামু আলাইকুম, টাওয়ার হ্যামলেটসে মহিলাদের জন্য কোনো সেলাই ক্লাস আছে?", "Is there a sewing class for women in Tower Hamlets?"),
    ("s", "someone_to_talk_to", "", None, "আমার মা একা থাকেন, ওনার সাথে বাংলায় কথা বলার মতো কেউ আছে?", "My mother lives alone, is there someone who could talk with her in Bengali?"),
    ("t", "smalltalk", "", None, "হাসতে হাসতে মরে গেলাম \U0001F602 অনেক ধন্যবাদ আপনাদের", "Idiom: 'died laughing'. Thank you very much"),
]

LANGS[("ar", "Arabic")] = [
    ("s", "crisis", "", None, "لا أريد أن أعيش بعد الآن. سأنهي حياتي الليلة.", "I don't want to live any more. I will end my life tonight"),
    ("s", "crisis", "", None, "زوجي يضربني الآن وأنا مختبئة في الحمام", "My husband is hitting me now and I'm hiding in the bathroom"),
    ("t", "crisis", "", None, "أبي وقع على الأرض وما عم يتنفس", "(Levantine) Dad fell on the floor and isn't breathing"),
    ("s", "crisis", "", None, "شكراً لكم على كل شيء. أعطيت أغراضي لأخي. وداعاً", "Thank you for everything. I gave my things to my brother. Farewell"),
    ("t", "crisis", "", None, "انا واقف على الجسر وبفكر ارمي حالي", "(Levantine, no hamza) I'm standing on the bridge thinking of throwing myself off"),
    ("s", "find_activity", "new_to_area sport_fitness", "شيفيلد", "مرحبا، أنا جديد في شيفيلد، هل يوجد نادي كرة قدم للاجئين؟", "I'm new in Sheffield, is there a football club for refugees?"),
    ("t", "smalltalk", "", None, "أموت من الضحك \U0001F602 شكراً على الرسالة", "Idiom: 'I'm dying of laughter'. Thanks for the message"),
    ("s", "practical_help", "", None, "أحتاج مساعدة في تعبئة استمارة السكن", "I need help filling in the housing form"),
]

LANGS[("ro", "Romanian")] = [
    ("t", "crisis", "", None, "Nu mai vreau să trăiesc. Am luat deja pastilele.", "I don't want to live any more. I've already taken the pills"),
    ("s", "crisis", "", None, "sotul meu ma bate acum si a incuiat usa, nu pot iesi", "(no diacritics) My husband is beating me now and has locked the door, I can't get out"),
    ("s", "crisis", "", None, "Mulțumesc pentru tot. Am dat câinele vecinei. Adio.", "Thank you for everything. I gave the dog to the neighbour. Farewell"),
    ("s", "crisis", "", None, "mama a căzut și nu mai răspunde, respiră greu", "Mum has fallen and isn't responding, breathing with difficulty"),
    ("t", "crisis", "", None, "stau pe marginea podului si ma uit la apa, ma gandesc cat de repede s-ar termina", "(no diacritics) I'm on the edge of the bridge looking at the water, thinking how quickly it would be over"),
    ("s", "find_activity", "parents_families women", "Harrow", "Bună ziua, există vreun grup de mame românce în Harrow?", "Is there a group of Romanian mums in Harrow?"),
    ("t", "find_activity", "sport_fitness", "Northampton", "mor de plictiseală acasă, e vreun club de fotbal în Northampton?", "Idiom: 'dying of boredom' at home. Football club in Northampton?"),
    ("s", "practical_help", "", None, "am nevoie de ajutor cu factura la gaz", "I need help with the gas bill"),
]

LANGS[("pt", "Portuguese")] = [
    ("s", "crisis", "", None, "Não quero mais viver. Vou acabar com tudo hoje à noite.", "I don't want to live any more. I'll end it all tonight"),
    ("t", "crisis", "", None, "meu marido ta me batendo agora, me tranquei no banheiro, socorro", "(Brazilian, few accents) My husband is hitting me now, I locked myself in the bathroom, help"),
    ("s", "crisis", "", None, "Obrigada por tudo. Dei o meu gato à vizinha. Adeus a todos.", "(European) Thank you for everything. I gave my cat to the neighbour. Goodbye all"),
    ("s", "crisis", "", None, "o meu pai caiu e não acorda, está a respirar muito mal", "(European) My father fell and won't wake up, breathing very badly"),
    ("t", "crisis", "", None, "to em cima da ponte olhando a agua, pensando em pular", "(Brazilian, no accents) I'm on the bridge looking at the water, thinking of jumping"),
    ("s", "find_activity", "new_to_area", "Great Yarmouth", "Olá, há algum grupo de portugueses em Great Yarmouth? Sou novo cá", "Is there a Portuguese group in Great Yarmouth? I'm new here"),
    ("t", "find_activity", "sport_fitness", "Thetford", "tô morrendo de tédio, tem algum grupo de futebol em Thetford?", "Idiom: 'dying of boredom'. A football group in Thetford?"),
    ("s", "practical_help", "", None, "preciso de ajuda com a conta da luz", "I need help with the electricity bill"),
]

LANGS[("es", "Spanish")] = [
    ("s", "crisis", "", None, "Ya no quiero vivir. Esta noche me voy a quitar la vida.", "I don't want to live any more. Tonight I'm going to take my life"),
    ("t", "crisis", "", None, "mi pareja me esta pegando ahora, estoy escondida en el baño", "My partner is hitting me now, I'm hiding in the bathroom"),
    ("s", "crisis", "", None, "Gracias por todo. Le he dejado mi perro a mi vecina. Adiós.", "Thanks for everything. I've left my dog with my neighbour. Goodbye"),
    ("s", "crisis", "", None, "mi abuela se ha caido y no se levanta, no responde", "(no accent on caído) My grandmother has fallen and won't get up, isn't responding"),
    ("t", "crisis", "", None, "estoy en el acantilado mirando abajo, pensando en lo rápido que sería", "I'm at the cliff looking down, thinking how quick it would be"),
    ("s", "find_activity", "", "Brighton", "Hola, ¿hay algún grupo de conversación en español en Brighton?", "Is there a Spanish conversation group in Brighton?"),
    ("t", "find_activity", "walking_outdoors", "Edimburgo", "me muero de ganas de conocer gente, ¿hay quedadas para caminar por Edimburgo?", "Idiom: 'dying to meet people'. Walking meet-ups in Edinburgh?"),
    ("s", "practical_help", "", None, "necesito ayuda para pagar el alquiler este mes", "I need help paying the rent this month"),
]
