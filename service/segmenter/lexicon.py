"""Word lists the segmenter's rules are built from.

Kept in one place so that a newcomer can see (and extend) every word the rules
depend on without reading the rules themselves. All entries are lower case.
"""

from __future__ import annotations

# Finite verb forms that introduce what someone said or a position they stated.
# "X said (that) ...", "..., X said." Both word orders use these.
SPEECH_VERBS: frozenset[str] = frozenset(
    """
    said says say told tells tell added adds wrote writes asked asks noted notes
    reported reports announced announces tweeted tweets argued argues argue
    explained explains acknowledged acknowledges declared declares
    claimed claims claim insisted insists insist stressed stresses warned warns warn
    replied replies responded responds stated predicted predicts admitted admits
    conceded concedes recalled recalls contended contends maintained maintains
    complained complains charged asserted asserts emphasized emphasised emphasizes
    emphasises confirmed confirms revealed reveals vowed vows promised promises pledged
    pledges denied denies deny accused accuses urged urges testified countered counters
    observed remarked joked jokes quipped boasted boasts agreed agrees suggested
    suggests suggest posted mused cautioned speculated alleged alleges disputed
    rejected dismissed criticized criticised blamed praised called calls described
    describes questioned hinted indicated informed assured reiterated reiterates
    repeated announced answered answers lamented complained objected retorted
    demanded demands estimated estimates projected predicted proclaimed proclaims
    explained cited cites wondered wonders acknowledged conceded stressed
    endorsed endorses defended defends supported supports opposed opposes proposed
    proposes expressed attacked blasted blasts slammed slams decried denounced
    mocked echoed challenged mentioned touted touts thanked assailed encouraged
    reminded discussed bemoaned lamented bragged ripped hailed derided scoffed
    signaled signalled acknowledged reasoned cautioned blamed argued chanted shouted
    yelled exclaimed wants want wanted plans planned hopes hoped
    pointed points sought seeks seek refused refuses endorse oppose heralded
    highlighted highlights accuse spoke talked talks barked screamed
    condemned condemns lambasted chided scolded rebuked castigated lauded applauded
    commended labeled labelled branded deemed exhorted portrayed portrays referred refers
    declined declines
    """.split()
)

# Verbs that introduce only a direct quote ('"...," he continued'): as reported
# speech they usually mean something else ("the lead continues to grow").
QUOTE_ONLY_VERBS: frozenset[str] = frozenset("continued continues".split())

# Verbs of belief or evidence that count as an attribution only with a "that" clause
# ("Trump believes that ...", "the poll found that ...").
THAT_VERBS: frozenset[str] = frozenset(
    """
    believes believe believed thinks think thought hopes hope hoped fears fear feared
    knows know knew expects expect expected feels feel felt worries worried shows show
    showed found finds indicates indicate suggests concluded concludes learned
    """.split()
)

# Participles whose subject is the speaker of the clause before them:
# '..., he said, adding that ...'.
PARTICIPLES: frozenset[str] = frozenset(
    """
    saying adding noting arguing explaining insisting claiming warning telling
    suggesting calling asking declaring stressing writing accusing urging complaining
    predicting promising vowing tweeting stating acknowledging conceding recalling
    describing denying charging contending replying responding emphasizing
    emphasising asserting referring citing pointing blasting attacking slamming
    denouncing praising threatening questioning referencing announcing offering
    mentioning echoing criticizing criticising blaming explaining predicting joking
    chanting shouting talking yelling screaming
    portraying dismissing endorsing labeling labelling branding condemning lamenting
    defending rejecting touting boasting bragging expressing demanding pledging
    mocking deriding ridiculing lambasting hailing reiterating alleging proclaiming
    admitting confirming revealing observing remarking quipping cautioning
    """.split()
)

# Cue verbs that may come before their subject: '"...," said Peskov.'
INVERTED_VERBS: frozenset[str] = frozenset(
    """
    said says added asked wrote writes continued explained noted argued replied
    responded tweeted recalled warned insisted adds asks notes explains continues
    countered observed concluded declared reported reports
    """.split()
)

# Verbs whose content is a noun phrase ("called the plan a disaster"): a "that"
# after them starts a relative clause, not the content.
NP_OBJECT_VERBS: frozenset[str] = frozenset(
    """
    called calls described describes praised criticized criticised blamed accused accuses
    attacked blasted slammed slams mocked endorsed endorses defended defends supported
    supports opposed opposes proposed proposes touted touts thanked denounced decried
    dismissed rejected questioned cited cites challenged echoed backed hailed derided
    ripped assailed mentioned discussed expressed bemoaned lamented
    condemned condemns lambasted chided scolded rebuked castigated lauded applauded
    commended labeled labelled branded deemed portrayed portrays
    """.split()
)

# Verbs that take a person object before the content: "told reporters that ...".
OBJECT_VERBS: frozenset[str] = frozenset(
    "told tells tell telling asked asks asking informed assured warned warns reminded".split()
)

# Words that may sit between a subject and its cue verb: "Trump also said".
SUBJECT_VERB_FILLERS: frozenset[str] = frozenset(
    """
    also later now has have had would will previously repeatedly reportedly publicly
    privately again already then recently once simply flatly himself herself themselves itself quickly earlier further
    still immediately even just only never openly specifically explicitly initially
    subsequently ultimately finally firmly strongly bluntly angrily sharply famously
    however gingerly reluctantly quietly loudly insistently both
    correctly falsely wrongly first last is was were are not did does do may might
    could should can often frequently similarly separately directly personally
    """.split()
)

PRONOUNS: frozenset[str] = frozenset("he she they we i it you who".split())
PERSON_PRONOUNS: frozenset[str] = frozenset("he she".split())

# Honorifics: dropped from names, never a role.
HONORIFICS: frozenset[str] = frozenset("mr mrs ms miss dr sir dame mx".split())

# Abbreviated titles whose dot does not end a sentence ("Sen. Ola Brin", "Mr. Lee said").
DOT_TITLES: tuple[str, ...] = (
    "Mr",
    "Mrs",
    "Ms",
    "Dr",
    "Gov",
    "Sen",
    "Rep",
    "Lt",
    "Gen",
    "Col",
    "Sgt",
    "Capt",
    "Prof",
    "Rev",
    "St",
)

# Title words: dropped from a name and kept as its role ("President Barack Obama").
TITLES: frozenset[str] = frozenset(
    """
    president vice secretary senator sen gov governor rep representative congressman
    congresswoman speaker leader chairman chairwoman chair director minister ambassador
    general gen gov. judge justice mayor prime former candidate nominee attorney lt col
    colonel adm admiral commissioner chancellor pope king queen prince princess lord
    sheriff chief deputy spokesman spokeswoman spokesperson press adviser advisor
    aide professor prof reverend rev pastor captain capt sergeant sgt officer agent
    correspondent reporter anchor host moderator analyst strategist manager
    councillor councilor councilman councilwoman alderman delegate trustee
    superintendent bishop rabbi imam dean inspector detective chair
    """.split()
)

# Prepositions before a place that ends a speaker description ("Officials in Kyiv",
# "analysts at Goldman Sachs"): the capitalised words after them are not the speaker's name.
PLACE_PREPOSITIONS: frozenset[str] = frozenset({"in", "at"})

# Lower-case words allowed inside a speaker description ("Kremlin spokesman",
# "a former campaign adviser", "White House press secretary").
ROLE_WORDS: frozenset[str] = frozenset(
    """
    spokesman spokeswoman spokesperson spokespeople secretary adviser advisers advisor
    advisors aide aides official officials director chairman chairwoman chair leader
    leaders manager strategist strategists candidate nominee senator president governor
    representative congressman congresswoman mayor lawyer lawyers attorney analyst
    analysts professor economist economists pollster pollsters executive founder minister
    ambassador general commissioner staff campaign former top senior chief deputy
    national press communications policy foreign political campaign's host anchor
    moderator reporter reporters correspondent columnist editor writer author critics
    critic supporters supporter experts expert sources source officer officers agent
    agents investigators prosecutors prosecutor police department administration
    white house state spokesmen representatives member members lawmakers lawmaker
    legislators activist activists organizers organizer group groups democrat
    republican democrats republicans voters voter residents people observers
    commentators commentator pundits pundit historian scientist scientists researchers
    researcher study studies report poll polls survey surveys data analysis
    research figures numbers statement statements release memo letter documents
    records website site article op-ed editorial paper newspaper network channel
    show new latest recent public private independent federal government officials'
    military intelligence justice court judge justices panel committee counsel
    general's security assistant associate vice acting interim outgoing incoming
    retired longtime veteran fellow friend friends ally allies rival rivals opponent
    opponents backers donors operatives operative insiders insider aides' pollster's
    party chief's deputy's port authority authorities agency ministry council board
    company firm union organization county city town regional local finance
    presidential nuclear conservative liberal progressive legal economic vermont ad
    businessman businesswoman billionaire mogul front-runner frontrunner narrator
    gop likely presumptive republican's head heads
    """.split()
)

# Speakers of general news beyond US politics (courts, diplomacy, sport, health, business,
# disasters): the list below grew from PolNeAR's 2015-16 campaign coverage and missed
# "the envoy", "the coach", "the witness". Merged into it.
GENERAL_NEWS_HEADS: frozenset[str] = frozenset(
    """
    envoy envoys diplomat diplomats negotiator negotiators mediator mediators ombudsman
    chancellor premier mp mps peer peers secretary-general vice-president ceo chief chiefs
    boss bosses chairperson commander commanders soldier soldiers officer sheriff marshal
    coroner magistrate barrister solicitor counsel juror jurors jury defendant defendants
    plaintiff plaintiffs suspect suspects witness witnesses victim victims survivor survivors
    widow widower mother father brother sister aunt uncle grandmother grandfather neighbour
    neighbours neighbor neighbors villager villagers resident tenant tenants landlord
    homeowner homeowners shopkeeper owner owners nurse nurses doctor doctors surgeon surgeons
    paramedic paramedics medic medics patient patients epidemiologist virologist biologist
    physicist chemist archaeologist engineer engineers pilot pilots driver drivers passenger
    passengers firefighter firefighters rescuer rescuers volunteer volunteers ranger rangers
    farmer farmers teacher teachers headteacher principal pupil pupils coach coaches manager
    player players captain athlete athletes striker goalkeeper midfielder defender referee
    umpire champion fan fans organiser organisers regulator regulators watchdog auditor
    auditors inspector inspectors monitors investor investors banker bankers trader traders
    shareholder shareholders consumer consumers customer customers bank insurer retailer
    airline carmaker manufacturer operator broadcaster publisher charity hospital
    university school priest cleric bishop archbishop pope imam rabbi
    """.split()
)

# Heads that may end a lower-case speaker description ("the spokesman", "officials").
NOMINAL_HEADS: frozenset[str] = frozenset(
    """
    spokesman spokeswoman spokesperson spokespeople secretary adviser advisers advisor
    advisors aide aides official officials director chairman chairwoman leader leaders
    manager strategist strategists candidate nominee senator president governor
    congressman congresswoman mayor lawyer lawyers attorney analyst analysts professor
    economist economists pollster pollsters executive founder minister ambassador
    general commissioner staff campaign critics critic supporters experts expert sources
    source investigators prosecutors prosecutor police department administration
    spokesmen representatives members lawmakers legislators activists organizers group
    democrats republicans voters residents people observers commentators pundits
    historian scientists researchers study report poll polls survey surveys data
    analysis research figures numbers statement memo letter documents records website
    article editorial newspaper network committee court panel justices allies rivals
    opponents backers donors operatives insiders party government authority authorities
    agency ministry council board company firm union spokespeople organization
    office team camp spokesperson advocates groups leadership ad businessman
    businesswoman billionaire mogul front-runner frontrunner narrator protesters
    demonstrators crowd audience outlets media newspapers reports member filings
    percent majority plurality half third quarter others respondents americans
    commissioner members activists state family relatives parents wife husband son
    daughter attorneys lawyers brief submission complaint lawsuit suit motion email
    tweet post video book judge ex-wife spouse unions supporter employee worker voter
    resident delegate child student teacher doctor physician editor columnist correspondent
    """.split()
) | GENERAL_NEWS_HEADS

# Words that make a capitalised name an organisation rather than a person.
ORG_WORDS: frozenset[str] = frozenset(
    """
    department kremlin house times post journal news network committee party campaign
    senate congress court council agency administration office ministry association
    foundation institute university college inc corp company group bureau commission
    service services center centre fund union organization organisation coalition
    caucus pac project board police army navy pentagon fbi cia cnn nbc abc cbs msnbc
    fox ap reuters politico breitbart press poll survey magazine review tribune herald
    daily gazette democrats republicans gop rnc dnc white state states nation
    government embassy church club team network's times' post's monitor report
    today bloomberg guardian telegraph bbc npr pbs wikileaks twitter facebook google
    """.split()
)

# Capitalised words that start a sentence but never start a speaker name.
SENTENCE_STARTERS: frozenset[str] = frozenset(
    """
    but and or so yet in on at as when while after before then still however meanwhile
    also now last earlier later today yesterday this that it there here if although
    though because since until why what how where instead indeed moreover speaking
    asked when asked during for with without from by of to even only just amid despite
    among following unlike like throughout under over across within between against
    toward towards
    monday tuesday wednesday thursday friday saturday sunday
    """.split()
)

# Words joining the parts of a name or description ("Secretary of State").
CONNECTORS: frozenset[str] = frozenset("of for the at and de van von der le la del da bin al".split())

DETERMINERS: frozenset[str] = frozenset("the a an his her their its our".split())

# Subjects that report evidence rather than speech: only with a "that" clause or a
# verb like "show".
EVIDENCE_HEADS: frozenset[str] = frozenset(
    "poll polls survey surveys study studies report data analysis research figures numbers records documents "
    "filings filing analyses statistics estimates projections average averages slide transcript polling results "
    "footage tally tallies".split()
)

# Phrasal and prepositional cues with no speech verb: "X called for a ban", "X railed
# against the deal", "X is worried about costs". The object after the preposition is
# the stated position. Regex fragments (lower case; the first letter may be capitalised).
PHRASAL_CUES: tuple[str, ...] = (
    r"vot(?:e|es|ed|ing)\s+(?:for|against)",
    r"talk(?:s|ed|ing)?\s+about",
    r"(?:spoke|speaks|speaking)\s+(?:out\s+(?:about|against)|about)",
    r"call(?:s|ed|ing)?\s+(?:for|on)",
    r"refer(?:s|red|ring)?\s+to",
    r"agree(?:s|d)?\s+with",
    r"rail(?:s|ed|ing)?\s+against",
    r"comment(?:s|ed|ing)?\s+on",
    r"warn(?:s|ed|ing)?\s+(?:of|about|against)",
    r"(?:boast|brag)(?:s|ed|ged|ging)?\s+(?:of|about)",
    r"jok(?:es|ed|ing)\s+about",
    r"wr(?:ote|ites|iting)\s+about",
    r"apologi[sz](?:e|es|ed|ing)\s+for",
    r"weigh(?:s|ed|ing)?\s+in\s+on",
    r"rais(?:e|es|ed|ing)\s+questions\s+about",
    r"(?:took|takes|taking)\s+(?:a\s+)?(?:shot|aim|swipe|issue)\s+(?:at|with)",
    r"cautions?\s+against|cautioned\s+against",
    r"lash(?:es|ed|ing)?\s+out\s+at",
    r"fir(?:es|ed|ing)\s+back\s+at",
    r"opened\s+up\s+about",
    (
        r"(?:is|are|was|were)\s+(?:concerned|angry|worried|upset|optimistic|confident|skeptical|upbeat|critical)\s+"
        r"(?:about|of)"
    ),
)

# Nouns of saying that, after the clause's verb, make it a stated position: "X made
# no mention of Y", "X voiced support for Y", "X unleashed attacks against Y".
SPEECH_NOUNS: frozenset[str] = frozenset(
    """
    attack attacks criticism statement statements comment comments remark remarks questions
    case opinion support message note rant doubts mention concerns concern warning warnings
    praise argument arguments views stance position claims allegations accusations
    complaints complaint objections doubt skepticism opposition endorsement defense defence
    """.split()
)
