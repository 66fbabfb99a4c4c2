"""Word lists the drafter recognises: countries, capitals, roles, institutions, outlets, numbers.

They are small on purpose: the drafter favours precision, so a name it does not know is
classified only when its context (a role before it, a speech verb after it) says what it is.
The lists also supply distractors of the right kind when an article has too few of its own.
"""

from __future__ import annotations

from trainer.draft.given_names import MORE_GIVEN, SURNAMES_TOO

#: Country names, short forms and demonyms -> the country's usual short name.
_COUNTRY_FORMS = {
    "Afghanistan": "Afghan", "Algeria": "Algerian", "Argentina": "Argentine", "Armenia": "Armenian",
    "Australia": "Australian", "Austria": "Austrian", "Azerbaijan": "Azerbaijani", "Bahrain": "Bahraini",
    "Bangladesh": "Bangladeshi", "Belarus": "Belarusian", "Belgium": "Belgian", "Brazil": "Brazilian",
    "Bulgaria": "Bulgarian", "Canada": "Canadian", "Chile": "Chilean", "China": "Chinese",
    "Colombia": "Colombian", "Croatia": "Croatian", "Cuba": "Cuban", "Cyprus": "Cypriot",
    "Denmark": "Danish", "Egypt": "Egyptian", "Estonia": "Estonian", "Ethiopia": "Ethiopian",
    "Finland": "Finnish", "France": "French", "Georgia": "Georgian", "Germany": "German",
    "Greece": "Greek", "Hungary": "Hungarian", "India": "Indian", "Indonesia": "Indonesian",
    "Iran": "Iranian", "Iraq": "Iraqi", "Ireland": "Irish", "Israel": "Israeli", "Italy": "Italian",
    "Japan": "Japanese", "Jordan": "Jordanian", "Kazakhstan": "Kazakh", "Kenya": "Kenyan",
    "Kuwait": "Kuwaiti", "Latvia": "Latvian", "Lebanon": "Lebanese", "Libya": "Libyan",
    "Lithuania": "Lithuanian", "Malaysia": "Malaysian", "Mexico": "Mexican", "Moldova": "Moldovan",
    "Morocco": "Moroccan", "Netherlands": "Dutch", "Nigeria": "Nigerian", "North Korea": "North Korean",
    "Norway": "Norwegian", "Oman": "Omani", "Pakistan": "Pakistani", "Palestine": "Palestinian",
    "Philippines": "Filipino", "Poland": "Polish", "Portugal": "Portuguese", "Qatar": "Qatari",
    "Romania": "Romanian", "Russia": "Russian", "Saudi Arabia": "Saudi", "Serbia": "Serbian",
    "Singapore": "Singaporean", "Slovakia": "Slovak", "South Africa": "South African",
    "South Korea": "South Korean", "Spain": "Spanish", "Sudan": "Sudanese", "Sweden": "Swedish",
    "Switzerland": "Swiss", "Syria": "Syrian", "Taiwan": "Taiwanese", "Thailand": "Thai",
    "Turkey": "Turkish", "Ukraine": "Ukrainian", "United Kingdom": "British", "US": "American",
    "Venezuela": "Venezuelan", "Vietnam": "Vietnamese", "Yemen": "Yemeni",
}
_COUNTRY_ALIASES = {
    "U.S.": "US", "USA": "US", "United States": "US", "America": "US", "UK": "United Kingdom",
    "Britain": "United Kingdom", "Great Britain": "United Kingdom", "Türkiye": "Turkey",
    "Russian Federation": "Russia", "DPRK": "North Korea", "Emirati": "United Arab Emirates",
    "United Arab Emirates": "United Arab Emirates", "UAE": "United Arab Emirates",
}

COUNTRIES: dict[str, str] = {**{name: name for name in _COUNTRY_FORMS}, **_COUNTRY_ALIASES}
DEMONYMS: dict[str, str] = {demonym: name for name, demonym in _COUNTRY_FORMS.items()}

#: Capitals and other cities that stand for a government ("Moscow said") -> the country.
CITIES: dict[str, str] = {
    "Moscow": "Russia", "Beijing": "China", "Washington": "US", "Kyiv": "Ukraine", "Kiev": "Ukraine",
    "London": "United Kingdom", "Paris": "France", "Berlin": "Germany", "Tehran": "Iran", "Tokyo": "Japan",
    "Seoul": "South Korea", "Pyongyang": "North Korea", "Ankara": "Turkey", "New Delhi": "India",
    "Delhi": "India", "Islamabad": "Pakistan", "Jerusalem": "Israel", "Tel Aviv": "Israel", "Cairo": "Egypt",
    "Riyadh": "Saudi Arabia", "Doha": "Qatar", "Baghdad": "Iraq", "Damascus": "Syria", "Beirut": "Lebanon",
    "Minsk": "Belarus", "Warsaw": "Poland", "Rome": "Italy", "Madrid": "Spain", "Ottawa": "Canada",
    "Canberra": "Australia", "Brasilia": "Brazil", "Caracas": "Venezuela", "Havana": "Cuba", "Hanoi": "Vietnam",
    "Manila": "Philippines", "Jakarta": "Indonesia", "Taipei": "Taiwan", "Abu Dhabi": "United Arab Emirates",
    "Budapest": "Hungary", "Bucharest": "Romania", "Stockholm": "Sweden", "Helsinki": "Finland",
    "Oslo": "Norway", "Copenhagen": "Denmark", "Vienna": "Austria", "Geneva": "Switzerland",
    "Brussels": "Belgium", "The Hague": "Netherlands", "Nairobi": "Kenya", "Addis Ababa": "Ethiopia",
    "Pretoria": "South Africa", "Kabul": "Afghanistan", "Tbilisi": "Georgia", "Yerevan": "Armenia",
    "Baku": "Azerbaijan", "Astana": "Kazakhstan", "Vilnius": "Lithuania", "Riga": "Latvia", "Tallinn": "Estonia",
    "New York": "US", "Chisinau": "Moldova", "Muscat": "Oman", "Amman": "Jordan", "Belgrade": "Serbia",
}

#: Words that make a phrase a role ("the foreign minister"); the head of the role.
ROLE_HEADS = frozenset(
    "minister president spokesman spokeswoman spokesperson ambassador secretary chancellor envoy premier "
    "diplomat chief head commissioner senator governor director negotiator commander general adviser advisor "
    "representative official king queen emir prince leader chairman chairwoman chair mayor analyst researcher "
    "professor economist lawmaker deputy speaker prosecutor judge mediator "
    "nominee candidate congressman congresswoman strategist manager founder attorney advocate "
    "councillor councilor councilman councilwoman alderman alderwoman assemblyman assemblywoman "
    "ministers presidents officials leaders "
    # military ranks are posts, never part of a name: "Rear Admiral Guan Youfei" is Guan Youfei (issue 10, round 32;
    # "major" and "captain" stay out: "John Major")
    "admiral colonel lieutenant sergeant commodore brigadier".split()
)
#: Titles written before a name, with or without a full stop ("Rep. Jim Clyburn", "Sen Warren").
TITLES = frozenset(
    "rep reps sen sens gov govs del lt gen gens col sgt adm capt maj cmdr atty rev pres prof dr mr mrs ms "
    "hon amb supt insp".split()
)
#: Party labels written before a name ("Republican Donald Trump"): never part of the name.
PARTIES = frozenset("republican republicans democrat democrats democratic gop independent libertarian".split())
#: Words that may stand inside a role without heading it ("foreign", "of", "affairs").
ROLE_WORDS = ROLE_HEADS | frozenset(
    "foreign defense defence interior finance trade economy energy justice health affairs external state "
    "prime vice deputy first senior top special chief national security ministry ministerial department "
    "office of the for to and policy supreme former acting general-secretary secretary-general rear "
    "un eu nato white house kremlin presidential press military armed forces joint staff staff "
    "european union commission council permanent nuclear arms control disarmament climate "
    "army navy air force intelligence party opposition central bank agency in at executive high human rights "
    "refugees change commerce development humanitarian aid relief coordinator emergency environment industry "
    "labour education digital home homeland treasury city county district public".split()
) | TITLES | PARTIES | frozenset("campaign presidential retired majority minority whip house senate".split()) | frozenset(
    # the rank before a post ("Principal Deputy Assistant AG Vanita Gupta", "Assistant U.S. Attorney"): issue 10,
    # round 26, "Assistant" read as a person
    "assistant associate principal".split())
#: A country's or a body's initials inside a post ("former U.N. ambassador", "Assistant U.S. Attorney"): the
#: post runs on across them (issue 10, round 26: both were cut to "ambassador" and "Attorney").
POST_INITIALS = frozenset("U.S. U.N. U.K. E.U.".split())

#: The last word of an institution's name.
INSTITUTION_HEADS = frozenset(
    "Institute Institution Ministry Council Union Nations Organization Organisation Agency Bank Fund "
    "Commission Parliament Assembly Court Committee Department Office Alliance Forum Foundation Centre Center "
    "Endowment Corporation University Programme Program Association Secretariat Bureau Conference Kremlin "
    "Pentagon Duma Senate Congress Cabinet Coalition Caucus League Federation Society Authority Administration "
    "Partnership Network Board".split()
)
#: The last word of an advocacy group's, a union's or a movement's name that is no institution head ("National
#: Nurses United", "Human Rights Watch", "Organizing for Action", "MoveOn"): after a post's "of" or "for", the
#: capitalised run that ends on one is the group's name, no person's (issue 10, round 29: "RoseAnn DeMoro,
#: executive director of National Nurses United" read as "Nurses United", post "executive director of National").
GROUP_TAILS = frozenset(
    "United International Action Watch Matters Works Together Forward Rising Now Project Initiative Campaign "
    "Movement Party Group Groups Club Council Trust Institute Union Unions Workers Nurses Teachers Voters Alliance "
    "America Americans USA Coalition Association Federation Fund Network Society Foundation".split()
)
#: The last word of a work's, a law's or a fund's name: a capitalised pair before or in one ("King James Bible",
#: "the Truman Doctrine", "the Kerr Plan") is no person (issue 10, round 6).
WORK_WORDS = frozenset("Bible Act Acts Doctrine Plan Foundation Fund Report Treaty Accord Accords Amendment Code "
                       "Prize Award Koran Quran Manifesto Declaration Charter Memorial Museum Library Gospel Gospels "
                       "Testament Psalms Constitution Compact Initiative Program Programme Trust Institute Day".split())
#: The last word of a region's name ("Rust Belt", "Silicon Valley", "West Coast"): no person (issue 10, round 22:
#: "Rust Belt" offered beside Reich as a speaker).
REGION_WORDS = frozenset("Belt Valley Coast Seaboard Midwest Panhandle Heartland".split())
#: Well-known institutions by acronym or single word -> full name (used as distractors too).
INSTITUTIONS: dict[str, str] = {
    "SIPRI": "Stockholm International Peace Research Institute", "IISS": "International Institute for Strategic Studies",
    "NATO": "NATO", "UN": "United Nations", "EU": "European Union", "IAEA": "International Atomic Energy Agency",
    "OPEC": "OPEC", "IMF": "International Monetary Fund", "WHO": "World Health Organization",
    "WTO": "World Trade Organization", "OSCE": "Organization for Security and Co-operation in Europe",
    "ASEAN": "ASEAN", "BRICS": "BRICS", "G7": "G7", "G20": "G20", "ICC": "International Criminal Court",
    "ICJ": "International Court of Justice", "UNHCR": "UN Refugee Agency", "FAS": "Federation of American Scientists",
    "Kremlin": "Kremlin", "Pentagon": "Pentagon", "World Bank": "World Bank", "Chatham House": "Chatham House",
    "African Union": "African Union", "Arms Control Association": "Arms Control Association",
}
#: Think tanks and statistics bodies: distractors for "according to estimates by ..." questions.
RESEARCH_BODIES = (
    "Stockholm International Peace Research Institute", "International Institute for Strategic Studies",
    "Federation of American Scientists", "Arms Control Association", "Chatham House",
    "Brookings Institution", "RAND Corporation", "Carnegie Endowment for International Peace",
)

#: News outlets (also distractors for outlet questions).
OUTLETS = frozenset(
    "Reuters AFP Bloomberg TASS Interfax Xinhua Kommersant Izvestia BBC CNN NHK Kyodo Yonhap Politico Axios "
    "Anadolu IRNA Times Journal Tribune Globe Herald".split()
) | frozenset({
    "Associated Press", "RIA Novosti", "Al Jazeera", "Financial Times", "The Guardian", "Le Monde",
    "Der Spiegel", "The New York Times", "The Washington Post", "The Wall Street Journal", "The Economist",
    "Global Times", "South China Morning Post", "Frankfurter Allgemeine Zeitung", "El País", "Asahi Shimbun",
    "Daily Beast", "Fox News", "MSNBC", "CBS", "NBC", "ABC", "PolitiFact", "Zero Hedge", "Breitbart",
    "Huffington Post", "BuzzFeed", "Daily Caller", "Drudge Report", "Washington Examiner", "New York Post",
    "Daily News", "USA Today", "The Hill", "National Review", "Weekly Standard", "Mother Jones", "Daily Kos",
    "Newsweek", "Western Journalism", "Real Clear Politics", "RealClearPolitics", "FiveThirtyEight",
})
#: Last words that make a name an outlet's ("Valmora Herald", "Daily Beast"), for distractors.
OUTLET_TAILS = frozenset("News Post Times Journal Tribune Herald Gazette Beast Report Examiner Magazine Daily Weekly "
                         "Hedge Caller Monitor Chronicle Inquirer Observer Telegraph Mirror Standard Review".split())
#: A word after a name that says the name is an outlet ("Kommersant newspaper").
OUTLET_HEADS = frozenset("newspaper daily weekly magazine broadcaster agency channel outlet television radio".split())

#: Who a passer-by is ("Adrian Mapp, a Clinton delegate from New Jersey", "voter Jane Ross"): people the article
#: quotes for colour, whose words no student is asked to tell apart from a politician's.
LAY_PEOPLE = frozenset(
    "delegate voter supporter resident attendee rallygoer rally-goer caucusgoer caucus-goer volunteer protester "
    "protestor demonstrator student shopper retiree customer worker autoworker parent neighbor neighbour bystander "
    "onlooker passer-by passerby homeowner commuter churchgoer".split()
)

#: Speech verbs that attribute a quote, in the forms news copy uses.
SPEECH_VERBS = frozenset(
    "said says say added adds told tells stressed stresses noted notes warned warns stated states explained "
    "explains insisted insists argued argues responded responds replied replies declared declares wrote writes "
    "claimed claims announced announces emphasized emphasised emphasizes emphasises underlined underscored "
    "remarked observed continued asked urged acknowledged admitted conceded cautioned suggested recalled "
    "concluded commented called calls described describes vowed promised pledged tweeted posted "
    "confirmed denied reiterated maintained concludes exclaimed echoed quipped joked recounted answered "
    "answers asks continues recalls predicted predicts demanded retorted countered interjected charged charges "
    "barked mocked mocks scoffed snapped fumed complained complains lamented boasted bragged wondered mused "
    "testified texted emailed griped yelled shouted thundered asserted asserts contended contends opined "
    "proclaimed proclaims".split()
) | frozenset({"went on", "shot back", "fired back", "hit back", "pointed out", "chimed in", "put it"})

MONTHS = {
    name: number
    for number, names in enumerate(
        (("January", "Jan"), ("February", "Feb"), ("March", "Mar"), ("April", "Apr"), ("May",), ("June", "Jun"),
         ("July", "Jul"), ("August", "Aug"), ("September", "Sept", "Sep"), ("October", "Oct"),
         ("November", "Nov"), ("December", "Dec")),
        start=1,
    )
    for name in names
}
WEEKDAYS = {name: index for index, name in enumerate(
    ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"))}

#: Number words a figure may be written in.
NUMBER_WORDS = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "dozen": 12,
}
SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "bn": 1e9, "mn": 1e6}

#: Capitalised words that start sentences or titles and never begin a name.
STOP_CAPS = frozenset(
    "The A An In On At As By For From Of To With Without When While Where Whether After Before Since During "
    "But And Or Yet So If Although Though Because Asked Last Next This That These Those Earlier Later Meanwhile "
    "However Its It He She They We I Our Their His Her Both Some Many Most Several Such According Speaking "
    "Under Over Despite Amid Among Between Mr Mrs Ms Dr Sir New Sitting Monday Tuesday Wednesday Thursday "
    "Friday Saturday Sunday Western Eastern Northern Southern Staff Agencies Not No Yes Only Also Then Still "
    "Even Now Today Yesterday Tomorrow Here There What Who Why How Which Another Each Every One Two Three "
    "Analysts Officials Diplomats Critics Experts Observers Residents Witnesses Protesters Lawmakers Investors "
    "Authorities Sources Leaders Ministers Negotiators Inspectors Activists Scientists Researchers Economists "
    "Police Troops Rebels Militants Delegates Voters Europe Asia Africa "
    # prepositions that open a quoted fragment ("Like Oakland. Or Ferguson,", issue 10, round 10)
    "Like Unlike Nor Via Toward Towards Upon Within Beyond Besides Around Across Against Along Through".split()
) | frozenset(MONTHS)

#: Common given names and whom they usually belong to ("m" or "f"): a capitalised run that starts with
#: one is a person, and "he" or "she" can only stand for someone of the fitting one. Unlisted names
#: get their gender from the article ("Mr.", "Ms.", or a pronoun resolved with certainty).
_MALE = (
    "Aaron Abdul Abdullah Adam Ahmed Alan Albert Alec Alex Alexander Alexei Ali Andrew Andre Andrei Angus Anthony "
    "Antonio Ari Arnold Arthur Barack Barry Ben Benjamin Bernie Bill Billy Bob Bobby Boris Brad Bradley Brandon "
    "Brent Brian Bruce Bryan Carl Carlos Chad Charles Charlie Chris Christopher Chuck Clarence Cory Craig Dan "
    "Daniel Danny Darrell Dave David Dennis Dick Dmitry Don Donald Doug Douglas Duncan Ed Eddie Edward Elijah "
    "Emmanuel Eric Erik Evan Frank Franklin Fred Gary Gavin George Gerald Glenn Gordon Greg Gregory Hakeem Hank "
    "Harold Harry Hassan Henry Howard Hugh Ian Igor Ivan Jack Jacob Jake James Jamie Jared Jason Jay Jeb Jeff "
    "Jeffrey Jeremy Jerry Jesse Jim Jimmy Joe Joel John Johnny Jon Jonathan Jorge Jose Joseph Josh Joshua Juan "
    "Justin Karl Keith Ken Kenneth Kevin Kurt Larry Lawrence Lee Leon Lindsey Lou Louis Luis Luke Malcolm "
    "Marco Mark Martin Matt Matthew Max Michael Mick Mike Mitch Mitt Mohammed Muhammad Narendra Nathan Neil "
    "Newt Nicholas Nick Nikolai Olaf Oliver Omar Orrin Pat Patrick Paul Pedro Pete Peter Phil Philip Rahm Ralph "
    "Rand Randy Ray Reince Richard Rick Rob Robert Roberto Rod Roger Ron Ronald Roy Rudy Russ Russell Ryan Sam "
    "Samuel Scott Sean Sebastian Sergey Sergei Shinzo Sid Stephen Steve Steven Stuart Ted Terry Thomas Tim "
    "Timothy Todd Tom Tommy Tony Trey Troy Tyler Vince Vincent Vladimir Walter Wayne Will William Xi Yoshihiko "
    "Zach Jens Emmanuel Olaf Friedrich Recep Volodymyr Javier Antony Lloyd Jake Hunter Corey".split()
)
_FEMALE = (
    "Abigail Alice Alicia Alison Amanda Amy Andrea Angela Ann Anna Anne Annette Barbara Betsy Betty Beth Brenda "
    "Carly Carol Caroline Catherine Chelsea Cheryl Christine Cindy Claire Claudia Condoleezza Cynthia Dana "
    "Debbie Deborah Debra Diana Diane Donna Doris Dorothy Elaine Elizabeth Ellen Emily Emma Erin Eva Evelyn "
    "Gabrielle Gina Gloria Grace Gwen Hannah Heather Heidi Helen Hillary Hope Huma Ivanka Jackie Jacqueline Jane "
    "Janet Janice Jean Jeanne Jennifer Jenny Jessica Jill Joan Joanna Jodi Joni Josephine Joy Judith Judy Julia "
    "Julie Karen Kate Katherine Kathleen Kathy Katie Kay Kayleigh Kelly Kellyanne Kirsten Kristen Laura Lauren "
    "Leslie Linda Lisa Loretta Lori Louise Lucy Madeleine Maria Marie Marine Marsha Martha Mary Maxine Megan "
    "Meghan Melania Melanie Melissa Michelle Mindy Michele Monica Nancy Natalie Nicola Nicole Nikki Nina "
    "Olivia Pam Pamela Patricia Patty Paula Penny Rachel Rebecca Rhonda Rita Rosa Rose Ruth Sally Samantha "
    "Sandra Sara Sarah Sharon Sheila Shirley Sonia Stacey Stephanie Sue Susan Susana Suzanne Sylvia Tammy Teresa "
    "Theresa Tiffany Tina Tulsi Ursula Valerie Vanessa Victoria Virginia Wendy Yvonne Zoe Angela Kamala Giorgia "
    "Ngozi Kaja Christine Annalena Liz Theresa Nicola".split()
)
#: The Census's given names of one sex that are no common surname ("Herman" and "Nelson" are: they stay out) come
#: after the hand-made lists (issue 10, recall: "Megyn Kelly", "Rafael Cruz" were no one to the drafter).
FIRST_NAMES: dict[str, str] = {**{name: sex for name, sex in MORE_GIVEN.items() if sex and name not in SURNAMES_TOO},
                               **{name: "m" for name in _MALE},
                               **{name: "f" for name in _FEMALE}}


#: Everyday words (and a campaign's everyday words): a short quote made only of these, naming no one and no
#: figure, is a stock line anyone could have said ("Last time I looked, you hadn't started voting yet").
#: Compared after folding and dropping an ending (s, es, ed, ing, n't), so "voting" is "vot" as "vote" is.
COMMON_WORDS = frozenset("""
a about above after again against all almost also always am an and any anything are around as ask at away back
bad be because been before being best better big both but by call can come could day did do does doing done don
down each end enough even ever every everyone everything fact far feel few find first for from get give go going
gone good got great guy had has have he her here him his how i if in into is it its just keep kind know last least
leave let life like little long look lot made make many may me mean might more most much must my need never new
next no not nothing now of off ok okay old on once one only or other our out over own people place point put
question quite rather real really right said same say see seem she should so some something still such sure take
talk tell than thank that the their them then there these they thing think this those though through time to
today together too try turn under until up us very want was way we well went were what whatever when where whether
which while who whole why will win with without won word work world would yeah year yes yet you your
again ahead already another anyone anybody anyway bit care certain certainly clear close course different doubt
easy else fine fun god happen hard help hope idea important instead least matter maybe mind minute moment must
nobody none okay open part pretty problem probably proud simply somebody someone sorry start stay stop stuff sure
terrible thing tonight tough true truly wait walk watch week whatever wish wonderful worry wrong
campaign candidate country debate elect election stage vote voter voting race party run win serious advantage
support issue issues job leader nation state america american politic political
love truth honor honour believe happy glad beautiful amazing fight family friend heart thanks tremendous
incredible fantastic nice sad proud
""".split())


#: Stock shapes of quotes nobody keeps, as classes (issue 10, round 3): whatever the names in them, these say
#: nothing a student could tell one speaker by. Each is matched against a quote of fewer than
#: :data:`STOCK_SHAPE_WORDS` words; every pattern is bounded (no nested quantifier), so matching is linear.
#: - an opinion in passing: "I think X is doing fine", "I feel good about it";
#: - an endorsement: "I'm proud to endorse X", "She is the best candidate to lead", "I'm with her";
#: - a spokesman's line: "we look forward to …", "the campaign does not comment on …", "our thoughts and prayers".
STOCK_SHAPES: dict[str, tuple[str, ...]] = {
    "opinion": (
        r"^(?:(?:well|and|but|look|so|you know|oh),?\s+){0,2}I\s+(?:really\s+|just\s+)?(?:think|believe|feel|guess"
        r"|know)\s+(?:that\s+)?[^.!?;]{0,50}?\b(?:is|are|was|were|'s|’s|has been|have been|will be|would be)\s+"
        r"(?:doing\s+)?(?:(?:a|an)\s+)?(?:(?:really|very|pretty|so|quite|just|extremely)\s+)?"
        r"(?:fine|great|good|well|okay|ok|terrific|fantastic|wonderful|amazing|excellent|solid|strong|terrible|bad"
        r"|awful|(?:great|good|terrific|fantastic|fine|solid|tremendous)\s+(?:job|guy|man|woman|person|candidate))"
        r"(?:\s+(?:job|so far|right now|now|today|out there|in this race|for us))?\W*$",
        r"^(?:(?:well|and|but|look|so),?\s+)?I\s+(?:feel|felt)\s+(?:really\s+|very\s+|pretty\s+)?(?:good|great|fine"
        r"|confident|optimistic)\s+about\s+(?:it|this|that|our chances|the race|tonight)\W*$",
    ),
    "endorsement": (
        r"\bI(?:'m|’m| am)\s+(?:so\s+|very\s+|really\s+)?(?:proud|honored|honoured|excited|thrilled|happy|pleased"
        r"|glad|delighted)\s+to\s+(?:endorse|support|stand with|back|join|campaign for|vote for)\b",
        r"\b(?:is|will be|would be|'s|’s)\s+(?:the|a|an)\s+(?:best|great|outstanding|strong|terrific|fantastic"
        r"|excellent|tremendous|wonderful|fine|right|perfect|only|ideal|most qualified)\s+(?:\w+\s+){0,2}?(?:president|candidate|leader"
        r"|nominee|choice|person|senator|governor|commander[- ]in[- ]chief)\b",
        r"\bI(?:'m|’m| am)\s+(?:with|for)\s+(?:her|him)\b",
        r"\b(?:has|have)\s+(?:my|our)\s+(?:full\s+|complete\s+|total\s+)?(?:support|endorsement|vote|backing)\b",
        r"\bI(?:'m|’m| am)\s+(?:proudly\s+)?(?:supporting|endorsing|voting for|backing)\b",
        r"\b(?:is|'s|’s)\s+(?:ready|qualified|prepared)\s+to\s+(?:be|lead|serve)\b",
        r"\bone of the (?:best|brightest|finest|greatest|smartest|most (?:capable|talented|effective|respected))\b",
    ),
    "spokesman": (
        r"\bwe\s+(?:(?:all|really|very much)\s+)?look\s+forward\s+to\b",
        r"\b(?:does|do|did|will)\s+not\s+comment\s+on\b",
        r"\b(?:don't|don’t|won't|won’t|can't|can’t|cannot|doesn't|doesn’t)\s+comment\b",
        r"\b(?:no|any)\s+(?:further\s+)?comment\b",
        r"\b(?:we|the campaign|the committee)\s+(?:are|is|'re|’re)\s+(?:reviewing|aware of|looking into|monitoring"
        r"|studying)\b",
        r"\b(?:our|my)\s+thoughts\s+and\s+prayers\b",
        r"\b(?:we|I)(?:'re|’re|'m|’m| are| am)\s+(?:very\s+|so\s+)?(?:pleased|delighted|grateful|honored|honoured"
        r"|thrilled|excited|proud)\s+(?:to|with|by|that)\b",
        r"\b(?:we|I)\s+(?:want to\s+)?(?:thank|appreciate)\b",
        r"\bspeaks?\s+for\s+(?:itself|themselves)\b",
        r"\b(?:has|have|had)\s+not\s+(?:yet\s+)?been\s+(?:determined|confirmed|established|decided|finalized)\b",
        r"\b(?:remains?|is|are)\s+under\s+(?:investigation|review)\b",
        r"\b(?:we|the campaign)\s+(?:will|'ll|’ll)\s+(?:continue|keep)\s+to\s+(?:focus|work|talk|fight)\b",
        r"\b(?:we|I)(?:'re|’re|'m|’m| are| am)\s+(?:(?:really|very|so|just)\s+)?focused\s+on\b",
    ),
    # A supporter's or a donor's confidence in a candidate (issue 10, round 4): "I think Kerr is doing fine",
    # "He'll do great", "We're excited": anyone on the side says it, so it tells no speaker apart.
    "confidence": (
        r"^(?:(?:well|and|but|look|so|oh|you know),?\s+){0,2}(?:I\s+(?:really\s+|just\s+)?(?:think|believe|know|expect"
        r"|bet)\s+(?:that\s+)?|I(?:'m|’m| am)\s+(?:very\s+|really\s+)?(?:confident|sure|certain)\s+(?:that\s+)?)?"
        r"[^.!?;]{0,40}?(?:'ll|’ll|\bwill|\bis going to|'s going to|’s going to|\bare going to|'re going to|’re going to)"
        r"\s+(?:(?:really|just|do just)\s+)?(?:do\s+(?:just\s+)?(?:great|well|fine|good|a (?:great|good|terrific|fantastic) job)"
        r"|be\s+(?:just\s+)?(?:fine|okay|ok|great|terrific|all right|alright)|win(?:\s+(?:it|this|big|easily))?"
        r"|bounce back|come back strong|pull (?:it|this) off)\b[^.!?;]{0,30}\W*$",
        r"^(?:(?:well|and|but|look|so|oh),?\s+)?(?:we|I|everybody|everyone|people)(?:'re|’re|'m|’m| are| am| is)\s+"
        r"(?:(?:so|very|really|just|all|pretty|extremely)\s+)*(?:excited|thrilled|pumped|energized|fired up|optimistic"
        r"|confident|enthusiastic|happy)\b[^.!?;]{0,40}\W*$",
    ),
    # A stump-speech line (issue 10, round 4): every rally hears it, from any candidate.
    "stump": (
        r"\bmake\s+(?:\w+\s+){1,2}(?:great|safe|strong|wealthy|proud|whole)\s+again\b",
        r"\bstronger\s+together\b",
        r"\bGod\s+bless\s+(?:America|the United States|you)\b",
        r"\bwe(?:'re|’re| are)\s+going\s+to\s+(?:win|take (?:this country|our country|it) back|bring (?:back )?(?:our )?jobs back)\b",
        r"\b(?:we|I)(?:'re|’re| are|'m|’m| am)\s+going\s+to\s+win\s+(?:so much|big|bigly|this|it|in November)\b",
        r"\btogether,?\s+we\s+(?:can|will|are going to)\b",
        r"\bthis\s+(?:election|campaign|race)\s+is\s+(?:about|for)\s+(?:you|the American people|working families|the people)\b",
        r"\b(?:I|we)\s+(?:will|'ll|’ll)\s+never\s+(?:stop|give up)\s+fighting\s+for\s+you\b",
    ),
    # A partisan's stock attack on a rival (issue 10, round 10: "he clearly lacks the judgment and temperament
    # necessary to lead", a party caucus chair's line): any opponent says it of any candidate.
    "attack": (
        r"\b(?:lacks?|lacking|(?:does|do)(?:n't|n’t| not)\s+have|has\s+neither)\s+the\s+(?:\w+\s+){0,2}?(?:judgment"
        r"|judgement|temperament|character|experience|qualifications|competence|knowledge|fitness)\b",
        r"\b(?:unfit|not fit|unqualified|not qualified|ill-suited|unprepared|not prepared)\s+(?:to\s+(?:be|lead|serve"
        r"|hold)|for\s+(?:the\s+)?(?:office|presidency|job|white house))\b",
        r"\bhow\s+(?:much\s+)?(?:low|lower)\s+(?:\w+\s+){1,3}?(?:can|will|could|would)\s+(?:sink|go|stoop)\b",
        r"\b(?:is|are|be)\s+(?:a\s+)?(?:danger|threat)\s+to\s+(?:our|the)\s+(?:country|nation|democracy|republic)\b",
    ),
    # An idiom that stands for the point without making it (issue 10, round 10: "we've moved the needle very
    # far to the right on security"): how far, on what, the quote does not say.
    "idiom": (
        r"\bmov(?:e|ed|es|ing)\s+the\s+needle\b",
        r"\bturn(?:ed|s|ing)?\s+(?:a|the)\s+corner\b",
        r"\b(?:a|another)\s+step\s+in\s+the\s+right\s+direction\b",
        r"\bthe\s+ball\s+is\s+in\s+(?:their|our|his|her|your|its)\s+court\b",
        r"\b(?:a\s+)?game[- ]changer\b",
        r"\b(?:still\s+)?(?:a\s+)?long\s+way\s+to\s+go\b",
        r"\btip\s+of\s+the\s+iceberg\b",
        r"\bwake[- ]up\s+call\b",
        r"\btime\s+will\s+tell\b",
        r"\bwe(?:'ll|’ll|\s+will)\s+(?:just\s+)?(?:have\s+to\s+)?see\s+(?:what\s+happens|how\s+it\s+(?:goes|plays\s+out))\b",
    ),
}
#: A post whose holder speaks for someone else (issue 10, round 4): their statement is asked only when it says
#: much more than a stock line (:data:`questions.MIN_AIDE_SUBSTANCE`).
AIDE_POST = (r"\b(?:spokes(?:man|woman|person|people|men|women)|press secretary|aide|advis[eo]r|strategist"
             r"|campaign (?:manager|chairman|chair|chairwoman)|communications director|director of communications"
             r"|press (?:officer|aide)|deputy campaign|campaign official|surrogate)s?\b")
#: A post whose holder gives out an organisation's line (issue 10, round 8: every judge deleted every such
#: who_said, "which spokesperson said it hardly matters"): spokespeople, press staff, an organisation's counsel,
#: a lawyer for a party to a case (a lawyer quoted as an expert, "a tax lawyer at the Urban Institute", stays).
SPOKES_POST = (r"\b(?:spokes(?:man|woman|person|people|men|women)|press secretary|press (?:officer|aide)"
               r"|communications director|director of communications|(?:general|legal) counsel|counsel (?:for|to)"
               r"|(?:lawyer|attorney)s?\s+(?:for|representing)|personal (?:lawyer|attorney))s?\b")
#: A government body a spokesperson speaks for: a foreign ministry's or the Kremlin's spokesman states a
#: country's policy, which is what students of policy learn (the seed's "Foreign Ministry spokesman").
STATE_VOICE = (r"\b(?:Ministry|Minister|Kremlin|State Department|Department of State|White House|Pentagon"
               r"|Foreign Office|Defen[cs]e Department|Department of Defense|[Gg]overnment|[Ee]mbassy|Cabinet|Élysée"
               r"|Downing Street|Presidential Administration|United Nations|UN|NATO|European Commission)\b")
#: Posts and titles of the famous whom an article names in passing (a president, a pope): offered beside
#: someone else only when they speak in the article (issue 10, round 8: "a filler Obama/Bush from nowhere").
FAMOUS_POSTS = frozenset({"president", "former president", "pope", "first lady", "former first lady", "king",
                          "queen", "u.s. president", "president of the united states", "former u.s. president",
                          "vice president", "former vice president"})
#: Titles before a name that make it famous wherever it stands ("Pope John Paul II"); "President" is read
#: from the post, where a country's ("Russian President") keeps an actor of the story apart from the bare
#: title of a president named in passing.
FAMOUS_TITLES = frozenset("Pope Saint St.".split())
#: Words that make a short remark a claim rather than a stock line: a negation, a contrast, a comparison
#: ("even among women … are not donors", "We should not take … for granted").
CONTRAST_WORDS = frozenset("""not n't never no nothing nobody none neither nor but than even only instead rather
more less fewer worse better worst best most least unless although though yet despite whereas""".split())
#: What makes a short remark with nothing specific in it a line anyone in the article could say (issue 10,
#: round 8; :func:`questions.generic_remark`): a hedge that only asks for sympathy ("You can understand that
#: …"), a remark on someone's character ("consistent with his temperament and his skills"), a cliché of change
#: or of balance ("the landscape has changed for women", "companies want to be evenhanded"), an organiser's
#: confidence ("a very successful convention"). Bounded patterns, no nested quantifier.
GENERIC_LINES = (
    r"^(?:(?:and|but|so|well),?\s+)?(?:you|we|I|people|one)\s+(?:can|could|have to|must|should|do|would)\s+understand\b",
    r"\b(?:it(?:'s|’s| is)\s+)?understandable\b",
    r"\b(?:temperament|personality|character|skills|demeanor|demeanour)\b",
    r"\bthe\s+way\s+(?:he|she|they)\s+(?:works?|operates?|does\s+(?:things|business))\b",
    r"\b(?:landscape|climate|dynamic|dynamics|atmosphere|world|times|game|mood)\s+(?:has|have|had)\s+(?:really\s+)?"
    r"(?:changed|shifted)\b",
    r"\b(?:even-?handed|balanced\s+approach|both\s+sides)\b",
    r"\b(?:very|really|hugely|tremendously)\s+successful\s+(?:convention|event|campaign|night|year|meeting)\b",
)
#: An analyst's framing with no answer of its own (issue 10, round 21: "To what extent does Bill Clinton's mixed
#: policy agenda map out to the current campaign? That's the challenge" and "The Iowa caucuses are all about
#: beating expectations", deleted as fragments by both judges): a question then "that's the challenge", a truism
#: that something "is all about" something.
FRAMING_LINES = (
    r"\?[”\"'’]?\s+(?:And\s+|But\s+|So\s+)?(?:That|This|It)(?:'s|’s|\s+is|\s+was|\s+will\s+be)\s+(?:the|a|our|my|their)\s+"
    r"(?:(?:real|big|biggest|key|central|main|great|open|only|whole)\s+)?(?:challenge|question|problem|issue|test|key"
    r"|puzzle|trick|dilemma|unknown)\W*$",
    r"^[^.!?;]{0,60}\b(?:is|are|was|were|'s|’s)\s+(?:all|always|really|just)\s+about\s+[^.!?;]{0,40}\W*$",
    # a pundit's verdict of help or harm by degree alone: "I do think Fox News helped Trump enormously" (deleted as
    # "generic opinion any pundit could have voiced" by both judges of held25)
    r"^(?:(?:well|and|but|look|so),?\s+)?(?:I\s+(?:do\s+|really\s+|just\s+)?(?:think|believe)\s+(?:that\s+)?)?"
    r"[^.!?;]{0,40}?\b(?:helped|hurt|helps|hurts|boosted|damaged|benefited|benefitted)\s+[^.!?;]{0,30}?"
    r"(?:enormously|a lot|a great deal|tremendously|immensely|greatly|hugely|a bit|somewhat|badly)\W*$",
)
#: Foreign articles that open an outlet's name, never a person's ("La Stampa", "L'Osservatore Romano",
#: "Die Zeit"): "Le", "De", "El" stay (Le Pen, De Blasio).
OUTLET_ARTICLES = frozenset("La Il Lo Les Los Las Der Die Das Het".split())
#: An endorsement of a candidate, at any length (issue 10, round 4: never asked): the endorser's own words
#: of support, or praise in a sentence that says it endorses.
ENDORSEMENT = (
    r"\bI(?:'m|’m| am)\s+(?:so\s+|very\s+|really\s+)?(?:proud|honored|honoured|excited|thrilled|happy|pleased"
    r"|glad|delighted)\s+to\s+(?:endorse|support|stand with|back|campaign for|vote for)\b",
    r"\b(?:I|we)(?:'m|’m| am|'re|’re| are)?\s+(?:proudly\s+|enthusiastically\s+|fully\s+|strongly\s+)?(?:endors(?:e|ing)"
    r"|support(?:ing)?|back(?:ing)?|vot(?:e|ing) for)\s+(?:him|her|[A-Z][\w.]+(?:\s+[A-Z][\w.]+)?)\s+(?:for|as)\s+"
    r"(?:president|the (?:presidency|nomination)|governor|senator|senate|congress|mayor)\b",
    r"\b(?:should|must|will|would)\s+be\s+(?:our|the)\s+next\s+(?:president|commander[- ]in[- ]chief|governor|senator)\b",
    r"\bI(?:'m|’m| am)\s+with\s+her\b",
    r"\b(?:has|have)\s+(?:my|our)\s+(?:full\s+|complete\s+|total\s+|enthusiastic\s+)?(?:support|endorsement|vote|backing)\b",
    r"\bI\s+(?:endorse|am endorsing|'m endorsing|’m endorsing)\b",
    # a stock pat on the back (issue 10, round 18: "Proud of my friend @GovernorVA for continuing to break down
    # barriers to voting", Clinton's tweet on a governor's order): any ally tweets it
    r"^\W*(?:so\s+|very\s+|really\s+|incredibly\s+)?(?:proud\s+of|congratulations(?:\s+to)?|congrats(?:\s+to)?"
    r"|kudos\s+to|thank\s+you|thanks)\s*,?\s*(?:my\s+(?:good\s+|dear\s+)?(?:friends?|colleagues?)\b|@\w+|you\b)",
)
#: A sentence that reports an endorsement ("…,” Kerr said in endorsing Vidal): praise quoted in it is the endorsement.
ENDORSING = r"\bendors(?:e|es|ed|ing|ement|ements)\b"
#: Praise of a candidate (in a sentence that reports an endorsement, the quote is the endorsement).
PRAISE = (r"\b(?:best|great|greatest|outstanding|strong|terrific|fantastic|excellent|tremendous|wonderful|right"
          r"|perfect|ideal|qualified|ready|prepared|trust|integrity|leader|leadership|proud|honored|honoured|support"
          r"|champion|fighter|vision|character|experience|experienced|steady|tested|deserves?)\b")
#: A quote this long says more than its stock shape.
STOCK_SHAPE_WORDS = 25
#: An official's stock line at any length (issue 10, round 11): a campaign's "path to victory", a hedge's "steps
#: in the right direction", "programs take time to build traction", an alliance's or agency's diplomatic
#: boilerplate ("complete, verifiable and irreversible", "remains ready to contribute"). Bounded patterns only.
BOILERPLATE = (
    r"\b(?:a|our|the|his|her|their)\s+(?:clear\s+|narrow\s+|viable\s+|credible\s+|real\s+)?path\s+to\s+"
    r"(?:victory|the\s+nomination|winning)\b",
    r"\b(?:a\s+)?steps?\s+in\s+the\s+right\s+direction\b",
    r"\btakes?\s+(?:some\s+)?time\s+to\s+(?:build|gain|get|take)\b",
    r"\bcomplete,?\s+verifiable,?\s+and\s+irreversible\b",
    r"\b(?:remains?|stands?)\s+ready\s+to\s+(?:contribute|assist|help|support|engage|work)\b",
    r"\b(?:credible|meaningful|constructive)\s+(?:and\s+(?:credible|meaningful|constructive)\s+)?dialogue\b",
    # a campaign on its own tactics (issue 10, round 18: Sweet's "we've attempted to stay in the counterpunch
    # mode, hitting back on specifics about what he has been attacking us on", deleted as stock spin)
    r"\bcounter-?punch(?:ing|er|es)?\b|\b(?:hit|hitting|punch|punching|fight|fighting|strike|striking)\s+back\b",
    r"\b(?:attacking|attacked|attacks?\s+on|hitting|going\s+after)\s+us\b",
    # a mediator's line on the parties (issue 10, round 23: the Labor Secretary's "The parties have a shared
    # interest in the success of Verizon and its dedicated workforce", deleted by both judges as a stock line)
    r"\b(?:shared|common|mutual)\s+interests?\s+in\b",
    r"\bgood[- ]faith\s+(?:commitment|efforts?|negotiations?|bargaining|talks)\b",
    r"\bnarrow(?:ing|ed)?\s+(?:the\s+|their\s+|our\s+)?differences\b",
)
#: Lines any candidate, endorser or envoy says, at any length (issue 10, round 29, held32-36: deleted as
#: fragments by both judges): a campaign's fight talk ("I've been on the front lines of change and progress", "I've
#: always been drawn to a tough fight", "We're not taking anything for granted"), a call to stand up or come
#: together ("Now is the time for all of us to stand up to hateful, dangerous words and deeds"), an endorser's
#: praise ("Ted is the leader that we need", "the best candidate against the Democrats"), a pundit's hedged
#: advice ("she's got to maybe rethink her argument") and a diplomat's talk of opportunities and respect ("one of
#: the best opportunities that we have to discuss our differences"). Bounded patterns only.
STOCK_LINES = (
    r"\bfront\s+lines?\s+of\s+(?:change|progress|the\s+fight|this\s+fight|every\s+fight)\b",
    r"\bdrawn\s+to\s+(?:a\s+)?(?:tough\s+|good\s+|hard\s+)?fights?\b|\b(?:it(?:'s|’s|\s+is|\s+will\s+be)|a|this)\s+"
    r"(?:tough|hard|long)\s+fight\b|\buphill\s+(?:battle|fight|climb)\b",
    r"\b(?:not|never)\s+(?:be\s+)?tak(?:e|ing|en)\s+(?:anything|anyone|any\s+\w+|this|it)\s+for\s+granted\b"
    r"|\btak(?:e|ing)\s+nothing\s+for\s+granted\b",
    r"\b(?:now|today|this)\s+is\s+the\s+(?:time|moment)\s+(?:for|to)\b",
    r"\bstand\s+up\s+(?:to|against)\s+(?:[\w’'\-]+[\s,]+){0,3}?(?:hate|hatred|hateful|bigotry|intolerance|divisive"
    r"|divisiveness)\b",
    r"\bstakes\s+(?:[\w’'\-]+\s+){0,3}?(?:are|is)\s+(?:just\s+)?(?:too|so|very)\s+high\b",
    r"\bcome\s+together\s+(?:on|as|behind|around)\b|\bget\s+(?:[\w’'\-]+\s+){0,3}?working\s+together\b",
    r"\b(?:is|was|'s|’s)\s+(?:the|a)\s+(?:[\w’'\-]+\s+){0,2}?(?:leader|candidate|president|nominee|man|woman|person"
    r"|fighter|champion|voice)\s+(?:that\s+|who\s+)?(?:we|this\s+country|america|our\s+(?:country|nation|party|state))\s+"
    r"(?:need|needs|needed|deserve|deserves)\b",
    r"\bwhat\s+(?:we|this\s+country|america)\s+needs?\s+(?:in\s+the\s+White\s+House\s+)?is\s+(?:someone|somebody"
    r"|a\s+(?:leader|president))\b|\b(?:still\s+)?the\s+best\s+candidate\s+(?:to|against|for)\b",
    r"\b(?:got\s+to|has\s+to|have\s+to|needs?\s+to|ought\s+to|might\s+want\s+to)\s+(?:maybe|perhaps)\s+\w+"
    r"|\b(?:rethink|reconsider|re-?evaluate|recalibrate)\s+(?:her|his|their)\s+(?:argument|strategy|approach|message)\b",
    r"\b(?:best|greatest|great|important|historic|unique|good)\s+opportunit(?:y|ies)\s+(?:that\s+we\s+have\s+"
    r"|we\s+have\s+)?(?:to|for)\s+(?:discuss|talk|deepen|strengthen|advance|build|seek|exchange|engage|promote"
    r"|dialogue)\b",
    r"\bmutual(?:ly)?\s+(?:respect|trust|understanding|beneficial)\b|\bwin-win\b|\bdiscuss\s+our\s+differences\b"
    r"|\b(?:frank|candid|constructive|productive)\s+(?:and\s+\w+\s+)?(?:dialogue|discussions?|talks|exchanges?"
    r"|conversations?)\b",
    # a stock attack on fitness for office ("I don't see how anyone can trust her as a commander-in-chief", "has no
    # business being our president", "lacks the judgment and temperament necessary to lead"), a spokesman's
    # confidence and spin ("We have every expectation that …", "the more people who know about Bernie, the better
    # they like him", "the race to be competitive and close", "Everyone is going to throw their shoulders behind
    # it") and a convention's list of praise ("This fighter, this stateswoman, …"): round 29, rated.jsonl
    r"\btrust\s+(?:her|him|them)\s+(?:as|to\s+be)\s+(?:a\s+|the\s+|our\s+)?commander[- ]in[- ]chief\b"
    r"|\bno\s+business\s+being\s+(?:our\s+|the\s+)?(?:president|commander)"
    r"|\blacks?\s+the\s+(?:judgment|judgement|temperament|character)\s+(?:and\s+\w+\s+)?(?:necessary\s+|needed\s+"
    r"|required\s+)?to\s+(?:be|lead|serve)\b",
    r"\bevery\s+(?:expectation|confidence)\s+that\b|\b(?:put|throw|get)\s+(?:their|our|your|its)\s+(?:shoulders?"
    r"|weight)\s+(?:to|behind)\b",
    r"\bthe\s+more\s+(?:people|voters|folks|americans)\s+(?:who\s+)?(?:get\s+to\s+)?(?:know|see|hear|learn)\b[^.!?]{0,40}?"
    r",?\s+the\s+(?:more|better)\b",
    r"\b(?:competitive\s+and\s+close|close\s+and\s+competitive|supposed\s+to\s+be\s+close)\b",
    r"\bthis\s+(?:fighter|patriot|leader|champion|public\s+servant|mother|father)\s*,\s+this\s+\w+",
)
#: An anecdote of the speaker's own eyes and memory (issue 10, round 12: "The pictures I saw of two-story
#: snowdrifts …", "As I looked out there at the eyes of our neighbors …"): with no figure and no claim word, a
#: warm-up anyone on the stage could tell, no position. Bounded patterns only.
ANECDOTE = (
    r"\bI\s+(?:also\s+|still\s+|just\s+|first\s+)?(?:saw|looked|remember|recall|heard|watched|met|visited|walked"
    r"|grew\s+up|stood|was\s+standing|was\s+looking)\b",
)
#: An applause line or stock praise (issue 10, round 12: "we invented airplanes in America, we are the reason
#: the world can fly, we can do better", "terrific piece and well worth the trip"): with no figure and no policy
#: noun, anyone in the race could say it. Bounded patterns only.
APPLAUSE_LINES = (
    r"\b(?:we|you|they|americans|people)\s+(?:can|could|must|should)\s+do\s+(?:a\s+lot\s+|much\s+|so\s+much\s+)?better\b",
    r"\b(?:we|you|they|americans|people|families)\s+deserve\s+better\b",
    r"\b(?:we|you|they)(?:'re|’re|\s+are)\s+better\s+than\s+(?:this|that)\b",
    r"\b(?:greatest|best|strongest)\s+(?:country|nation|people)\s+(?:in|on|of)\s+(?:the\s+world|earth|history)\b",
    r"\bwe\s+invented\b",
    r"\bwe(?:'re|’re|\s+are)\s+the\s+reason\b",
    r"\bgod\s+bless\s+america\b",
    r"\b(?:terrific|great|wonderful|excellent|fantastic|brilliant|superb|fine|good|nice|remarkable|beautiful)\s+"
    r"(?:piece|article|story|op-ed|column|read|speech|interview|essay|job)\b",
    r"\bwell\s+worth\s+(?:the|a|reading|it)\b",
)
#: Praise, prediction and mood with no claim of its own (issue 10, round 20, held23/held24: 13 fragments deleted):
#: "She's going to win", "closer than it should be", "tremendous energy … in a whole host of races", "a very good
#: campaign surrogate", "have to come together on policy ideas", "operating in a very ambitious way", a tweet of
#: congratulations, marketing talk of "tone". With a name in it too: the name is whom the mood is about, not a
#: claim. Bounded patterns only.
MOOD_LINES = (
    r"^\W*(?:(?:and|but|so|look|well),?\s+)?(?:he|she|they|we|I)(?:'s|’s|'re|’re|'ll|’ll|\s+is|\s+are|\s+will)\s+"
    r"(?:going\s+to\s+|gonna\s+)?win(?:\s+(?:this|it|big|easily))?\s*[.!]",
    r"\b(?:closer|tighter|harder|tougher)\s+than\s+(?:it|they|we|he|she)\s+(?:should|ought\s+to)\s+be\b",
    r"\b(?:tremendous|great|real|incredible|enormous)\s+(?:energy|enthusiasm|excitement)\b",
    r"\b(?:very\s+|really\s+|terrific\s+|great\s+|good\s+|effective\s+|strong\s+|valuable\s+)+(?:campaign\s+)?surrogate\b",
    r"\b(?:have|has|need|needs|got)\s+to\s+come\s+together\b",
    r"\b(?:operating|acting|behaving|campaigning)\s+in\s+a\s+(?:very\s+|really\s+|much\s+more\s+|more\s+)?\w+\s+"
    r"(?:way|fashion|manner)\b",
    r"^\W*(?:congratulations|congrats)\b",
    r"\bsignif\w*\s+(?:the\s+)?tone\b|\bthe\s+right\s+(?:kind\s+of\s+)?(?:tone|vibe|feel|thematic)\b",
    # a pundit's read of a candidate's condition (round 21, held26: "He's in pretty good shape, even though he's a
    # U.S. senator." judged weak alone by both judges)
    r"\b(?:is|are|was|were|'s|’s|'re|’re)\s+in\s+(?:(?:pretty|very|really|quite|great|good|bad|terrible|decent"
    r"|excellent|solid|strong|rough|fine)\s+){1,3}shape\b",
)
#: Stock spin any campaign's voice says, with or without a name in it (issue 10, round 13: "It is time for
#: Congress to stop playing politics with ...", "We're still winning hearts and minds every day despite an
#: avalanche of negative media coverage", "You can't arrive two weeks beforehand and expect to have success").
#: Bounded patterns only.
STOCK_SPIN = (
    r"\bstop\s+playing\s+(?:politics|games|political\s+games)\b",
    r"\bplay(?:ing)?\s+(?:partisan\s+)?politics\s+with\b",
    r"\bwinning\s+(?:the\s+)?hearts\s+and\s+minds\b",
    r"\bdespite\s+(?:an?\s+|the\s+|all\s+the\s+)?(?:[\w'’\-]+\s+){0,3}?(?:negative\s+|biased\s+|hostile\s+|dishonest\s+)?"
    r"(?:media|press)\b",
    r"^[\W]*(?:(?:and|but|so)\s+)?you\s+(?:can't|can’t|cannot|can\s+not)\s+[^.!?]{0,60}?\band\s+expect\b",
    # a spokesman's deferral: "… will be the responsibility of the Burmese people and the Burmese government"
    r"\b(?:is|are|will\s+be|would\s+be)\s+(?:the\s+|a\s+)?(?:responsibility|decision|choice|matter)\s+(?:of|for)\s+the\s+"
    r"(?:[\w'’\-]+\s+)?people\b",
    r"\bfor\s+the\s+(?:[\w'’\-]+\s+)?people\s+to\s+(?:decide|determine|choose)\b",
    # an idiom of the calendar: "The gun starts on Labor Day."
    r"^[\W]*the\s+(?:gun|race|clock|campaign|season)\s+(?:starts|begins|goes\s+off|really\s+starts)\s+(?:on|at|after|with)\s+"
    r"[A-Z]?[\w'’]+(?:\s+Day)?[.!]?[”\"'’]*$",
)
#: A speaker's signature nickname for a rival: it names the speaker among any choices ("Crooked Hillary" is
#: Trump's; issue 10, round 13). Bounded patterns only.
SIGNATURE_PHRASES = (
    r"\bcrooked\s+hillary\b",
    r"\blyin['’g]?\s+ted\b",
    r"\blittle\s+marco\b",
    r"\blow[- ]energy\s+jeb\b",
    r"\bcrazy\s+bernie\b",
    r"\bpocahontas\b",
    r"\bmake\s+america\s+great\s+again\b",
    r"\bfeel\s+the\s+bern\b",
    # stump slogans a student knows without reading (issue 10, round 32: "a government which represents all of us,
    # not just the 1 percent!" deleted by both judges as Sanders' stock line)
    r"\bnot\s+(?:just|only)\s+(?:for\s+)?the\s+(?:top\s+)?(?:1|one)\s*(?:percent|%)",
    r"\bmillionaires\s+and\s+billionaires\b",
    r"\bbillionaire\s+class\b",
    r"\brigged\s+economy\b",
    r"\bpolitical\s+revolution\b",
    r"\bstronger\s+together\b",
    r"\bI['’]m\s+with\s+her\b",
    r"\bdrain\s+the\s+swamp\b",
    r"\block\s+her\s+up\b",
)
#: Plurals of groups of people: a "name" that ends on one is a group, no person ("Powerful Things Latinos",
#: from a title-case headline; issue 10, round 12).
GROUP_PLURALS = frozenset("""Latinos Latinas Latinx Hispanics Americans Democrats Republicans Evangelicals Catholics
Muslims Jews Christians Millennials Conservatives Liberals Progressives Independents Voters Immigrants Asians Africans
Europeans Arabs Israelis Palestinians Mexicans Canadians Britons Blacks Whites Women Men Students Workers""".split())
#: Words that make a remark a claim, a charge, a position or a plan (for the substance score).
CLAIM_WORDS = frozenset("""
voted vote votes accountable responsible blame blamed fault lied lie lies liar promise promised promises failed
fail fails refused refuse ignored ignore attacked attack broke break law laws bill bills ban tax taxes plan plans
policy policies should must will won't never nobody zero every million billion percent wrong illegal unconstitutional
corrupt rigged dangerous threat protect protected shield defend defended immigration refugees borders security
war terror terrorism nuclear jobs economy trade deal deals wall cut cuts raise spend spending debt repeal replace
prove proved evidence investigation deserve deserves justice unfair fraud scandal crisis
""".split())


#: Nouns of policy: a short remark that names one ("The tariff hurts farmers") says something of its own; one
#: with none, no name and no number ("Some things aren't negotiable") is a fragment anyone could have said. The
#: words of the race itself (election, campaign, voters, polls) are no policy: "We'll win this election" is stock.
POLICY_NOUNS = frozenset("""
tax taxes tariff tariffs budget budgets debt deficit deficits law laws bill bills ban sanctions sanction treaty
treaties deal deals trade wage wages jobs job economy inflation healthcare insurance medicare medicaid pension
pensions immigration immigrants refugees asylum border borders wall visa visas deportation police crime prison
prisons guns gun abortion climate emissions coal oil gas energy pipeline nuclear missile missiles troops army
military war wars terrorism terrorists navy veterans ballot ballots
court courts judge judges constitution amendment regulation regulations subsidy subsidies welfare schools school
education tuition students loans housing rent banks bank wall-street spending cuts cut reform reforms
investigation emails email server indictment impeachment congress senate parliament government administration
policy policies
growth demand rates interest recession unemployment market markets donors donations contributions
justice injustice fraud scandal crisis evidence threat security corruption rights freedom democracy
""".split())


#: What kind of person a post or a description says someone is, for distractors of the answer's kind (issue 10,
#: round 3: a photographer among politicians, a pollster among candidates give the answer away).
PERSON_KINDS: dict[str, frozenset[str]] = {
    "press": frozenset("photographer reporter correspondent journalist editor columnist anchor anchorman anchorwoman "
                       "host writer photojournalist producer newscaster blogger cameraman".split()),
    "staff": frozenset("spokesman spokeswoman spokesperson strategist adviser advisor aide manager director "
                       "consultant executive lobbyist operative chairman chairwoman chair counsel lawyer attorney "
                       "organizer organiser".split()),
    #: Experts are a tier apart from a campaign's staff: a pollster or a professor beside a spokesman gives it away.
    "expert": frozenset("pollster analyst professor economist researcher expert scientist scholar fellow historian "
                        "demographer".split()),
    "politician": frozenset("senator governor president candidate nominee congressman congresswoman representative "
                            "rep sen gov mayor lawmaker speaker secretary minister legislator vice-president premier "
                            "chancellor presidential".split()),
}


#: Short forms of given names a quote may call a person by ("wait until I meet with Bibi": Benjamin
#: Netanyahu; "Mike" for Michael Pence), so that the person is no choice (issue 10, round 6).
GIVEN_NICKNAMES: dict[str, tuple[str, ...]] = {
    "Benjamin": ("Bibi", "Ben"), "William": ("Bill", "Billy"), "Robert": ("Bob", "Bobby"), "Michael": ("Mike",),
    "Richard": ("Dick", "Rick"), "James": ("Jim", "Jimmy"), "Joseph": ("Joe",), "Thomas": ("Tom",),
    "Edward": ("Ted", "Ed"), "Theodore": ("Ted", "Teddy"), "Rafael": ("Ted",), "Elizabeth": ("Liz", "Beth"),
    "Charles": ("Chuck", "Charlie"), "Christopher": ("Chris",), "Daniel": ("Dan", "Danny"), "Nicholas": ("Nick",),
    "Alexander": ("Alex",), "Jeffrey": ("Jeff",), "John": ("Jack", "Johnny"), "Anthony": ("Tony",),
    "Stephen": ("Steve",), "Steven": ("Steve",), "Donald": ("Donnie",), "Ronald": ("Ron", "Ronnie"),
    "Gerald": ("Jerry",), "Lawrence": ("Larry",), "Samuel": ("Sam",), "Patrick": ("Pat",),
    "Margaret": ("Maggie", "Peggy"), "Katherine": ("Kate", "Kathy"), "Catherine": ("Kate", "Cathy"),
    "Rebecca": ("Becky",), "Deborah": ("Debbie",), "Jennifer": ("Jen", "Jenny"), "Andrew": ("Andy",),
    "Matthew": ("Matt",), "Timothy": ("Tim",), "Gregory": ("Greg",), "Douglas": ("Doug",), "Frederick": ("Fred",),
    "Vladimir": ("Vlad",), "Mitchell": ("Mitch",), "Hillary": ("Hill",), "Bernard": ("Bernie",),
}
#: Nicknames that stand for a surname whatever the given name ("Dubya", "FDR").
SURNAME_NICKNAMES: dict[str, str] = {
    "Bibi": "Netanyahu", "Dubya": "Bush", "Ike": "Eisenhower", "JFK": "Kennedy", "FDR": "Roosevelt",
    "LBJ": "Johnson", "Bojo": "Johnson", "AMLO": "Obrador",
}

#: US presidents of recent times and first ladies, by the names articles give them: where two people share a
#: surname, "the former president" or "the first lady" says which one a "Mr. Bush" after it is (issue 10, round 9).
US_PRESIDENTS: dict[str, int] = {  # the year each took office
    "Jimmy Carter": 1977, "Ronald Reagan": 1981, "George H.W. Bush": 1989, "George H. W. Bush": 1989,
    "George Bush": 1989, "Bill Clinton": 1993, "William J. Clinton": 1993, "George W. Bush": 2001,
    "Barack Obama": 2009, "Barack H. Obama": 2009, "Donald Trump": 2017, "Donald J. Trump": 2017, "Joe Biden": 2021,
    "Joseph R. Biden": 2021, "Joseph R. Biden Jr.": 2021}
FIRST_LADIES = frozenset((
    "Rosalynn Carter", "Nancy Reagan", "Barbara Bush", "Hillary Clinton", "Hillary Rodham Clinton", "Laura Bush",
    "Michelle Obama", "Melania Trump", "Jill Biden"))
