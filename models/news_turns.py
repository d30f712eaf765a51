"""News turns: speaker turns whose stance toward an allegation is implicit.

In news articles the people quoted rarely say "I accuse" or "I deny". A witness describes what
she saw, an official cites a payslip or a flight log, a lawyer attacks the accuser's motives. The
stance model tends to call such turns neutral, and to ignore the narration sentence before a
turn ("The union dismissed the report as a smear."), which often carries the cue. This module
builds (topic, turn, context) examples from hand-written themes: for each allegation, turns that
affirm it through evidence and testimony, turns that refute it through exculpatory facts,
procedural defences and counter-attacks, and turns on the same story that take no side. The
context is a narration sentence that introduces the speaker with or without a cue verb; an
indirect turn ("that guards had ...") continues a sentence-opening context. Every sentence and
frame below was written for this project.

Held-out evaluation: a theme belongs to "dev" when a stable hash of its first topic falls below
0.25, so dev turns and topics are never seen in train; narration frames, speaker names and
accused names are split the same way by a hash of each entry. "war crimes" is kept out of every
pool: it is the topic of the example article the service is demonstrated on.
"""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Sequence
from typing import TypedDict

from corpora import StanceExample
from training import stable_fraction


class Indirect(TypedDict):
    accuse: tuple[str, ...]
    deny: tuple[str, ...]


class Theme(TypedDict):
    domain: str  # themes of one domain are never paired as "another theme's turn"
    tags: tuple[str, ...]  # nor are themes sharing a tag (kinds of harm that turns could confuse)
    topics: tuple[str, ...]  # the first one is a noun phrase that fits "the allegations of ..."
    accuse: tuple[str, ...]
    deny: tuple[str, ...]
    neutral: tuple[str, ...]
    indirect: Indirect
    accused_party: tuple[str, ...]  # the accused side as narration names it ("the ministry")
    defend: tuple[str, ...]  # denials by explanation, alternative cause or documented process
    defend_indirect: tuple[str, ...]  # the same as "that ..." clauses
    hard_neutral: tuple[str, ...]  # same-story turns that sound substantive but take no side


ALLEGATIONS: tuple[Theme, ...] = (
    # ------------------------------------------------------------------ politics
    {
        "domain": "politics",
        "tags": ("rigging", "records"),
        "topics": ("vote rigging", "ballot stuffing in the election", "the election was rigged"),
        "accuse": (
            "I counted 412 ballots in box 9, but only 260 people were on the register for that village.",
            (
                "At ten past eight, after the doors were locked, two party officials carried in a sealed sack "
                "of marked ballots."
            ),
            "The results sheet from polling station 31 was signed before a single vote had been counted.",
            "Turnout of 104 percent in three districts is not a miracle; it is vote rigging.",
            "We have video of the same woman voting at four different polling stations on the same morning.",
            "The count was rigged, and the commission knew it by midnight.",
        ),
        "deny": (
            (
                "International observers visited 600 polling stations and reported no irregularities in the "
                "count."
            ),
            "Every ballot box was sealed in front of representatives of all five parties.",
            "The recount in district 9 matched the original tally to within three votes.",
            "The losing side is inventing excuses because it cannot accept that voters rejected it.",
            "The register for that village was updated in January, and the numbers add up.",
            "These fraud claims are false, and the courts have already thrown out two of them.",
        ),
        "neutral": (
            "Polling stations opened at seven and closed at eight in the evening.",
            "The electoral commission will certify the final results on the fourteenth.",
            "Turnout was highest in the northern provinces, as in the last election.",
            "How many complaints has the electoral commission received so far?",
        ),
        "indirect": {
            "accuse": (
                (
                    "that party officials had carried a sack of marked ballots into the polling station after "
                    "it closed."
                ),
                "that the tally sheets had been signed before any votes were counted.",
            ),
            "deny": (
                "that observers from all five parties had watched every ballot box being sealed.",
                "that the recount had matched the original result almost exactly.",
            ),
        },
        "accused_party": (
            "the electoral commission",
            "the governing party",
        ),
        "defend": (
            "The 412 ballots in box 9 include 150 postal votes from the neighbouring hamlet, which is counted there by law.",
            "The sack brought in at ten past eight held the unused ballots, and the seal number matches the one issued at seven.",
            "The results sheet is pre-printed with the station number and signatures at the top, which is why it looked signed in advance.",
            "Turnout above 100 percent happens where soldiers and hospital staff vote away from home; 2,300 such voters were registered under article 14.",
            "Each count was filmed by two cameras and the footage from all 31 stations was handed to the court on Monday.",
        ),
        "defend_indirect": (
            "that the extra ballots in box 9 were postal votes from a neighbouring hamlet counted there under the law.",
            "that every count had been filmed and the footage handed to the court within a week.",
        ),
        "hard_neutral": (
            "The commission has received 57 formal complaints, and each will be examined by a panel of three judges.",
            "Provisional turnout was 71 percent nationally, according to the commission.",
            "I queued for two hours to vote and I just want to know that my vote counted.",
            "When will the court rule on the request for a recount in district 9?",
        ),
    },
    {
        "domain": "politics",
        "tags": ("money",),
        "topics": (
            "illegal campaign donations",
            "foreign money in the campaign",
            "the party took illegal donations",
        ),
        "accuse": (
            (
                "Forty donations of exactly 9,900 euros arrived on the same afternoon, all from people who had "
                "never given before."
            ),
            "I was handed cash in an envelope and told to pass it on to the campaign under my own name.",
            (
                "The shell company that paid for the rally was registered to a lawyer working for a foreign "
                "energy firm."
            ),
            "Bank records show the money went from an account in Dubai to the party's treasurer in three days.",
            "The campaign broke the funding law, and its own accounts prove it.",
            "I was the campaign's bookkeeper, and I was told never to write the real donor's name on the forms.",
        ),
        "deny": (
            "Every donation over 500 euros was reported to the electoral authority within the legal deadline.",
            "The rally was paid for by membership fees, and the receipts are public on our website.",
            "The auditors went through all 3,000 donations last year and found nothing improper.",
            "This story comes from a former employee who was dismissed for stealing from the party.",
            "We returned the two cheques we had doubts about before the campaign even started.",
            (
                "The claim that we took foreign money is false, and we have asked the authority to look into "
                "who is spreading it."
            ),
        ),
        "neutral": (
            "Campaign spending limits were raised by ten percent this year.",
            "The electoral authority publishes party accounts every June.",
            "The campaign held 48 rallies across the country.",
            "Parties must file their final accounts within three months of polling day.",
        ),
        "indirect": {
            "accuse": (
                "that donors had been given cash to pass on to the campaign in their own names.",
                "that the money for the rally had come from an account abroad.",
            ),
            "deny": (
                "that every donation had been reported to the electoral authority on time.",
                "that the doubtful cheques had been returned before the campaign began.",
            ),
        },
        "accused_party": (
            "the party",
            "the campaign",
        ),
        "defend": (
            "The forty donations of 9,900 euros came from a single fundraising dinner held that afternoon, and every donor signed a declaration of origin.",
            "The shell company that paid for the rally is a local events firm that invoiced us 14,000 euros, paid by bank transfer from our own account.",
            "The transfer from Dubai was a member's personal contribution from his salary there; he is a citizen and on the electoral roll.",
            "Our treasurer checks each donor's identity against the register before a donation is banked, and 212 were turned away last year.",
            "The bookkeeper left in March, and the forms she filled in were reviewed by the external auditor in May.",
        ),
        "defend_indirect": (
            "that the donations of 9,900 euros had all come from one fundraising dinner whose guests signed declarations of origin.",
            "that the money from Dubai was a personal contribution from a citizen working abroad.",
        ),
        "hard_neutral": (
            "The electoral authority has opened a review of the party's accounts for the last two years.",
            "Donations to all parties rose by a third compared with the previous election.",
            "The review is expected to take about four months, a spokesman for the authority said.",
            "Has the authority asked the banks for the records of the transfers?",
        ),
    },
    {
        "domain": "politics",
        "tags": ("appointments",),
        "topics": (
            "nepotism in public appointments",
            "the minister gave jobs to relatives",
            "nepotism at the ministry",
        ),
        "accuse": (
            (
                "Three of the five new directors are the minister's cousins, and none of them applied through "
                "the normal process."
            ),
            "The job advert was online for four hours on a Sunday before the minister's nephew was hired.",
            "I sat on the interview panel and was told who would get the post before we met any candidate.",
            "Her husband's firm got the consultancy contract and her sister got the press office.",
            "This is nepotism, pure and simple, and the civil service rules were written to stop it.",
            (
                "The candidate with twenty years of experience was turned down in favour of the minister's "
                "son-in-law, who had none."
            ),
        ),
        "deny": (
            "All appointments were made by an independent panel on which the minister did not sit.",
            "The nephew scored highest in the written test, which was marked anonymously.",
            "The civil service commission reviewed every appointment and approved them all.",
            "The people making this complaint were themselves turned down for the same posts.",
            (
                "The minister declared the family connection and left the room for that decision, as the rules "
                "require."
            ),
            "There is no nepotism at the ministry, and anyone who says so should read the commission's report.",
        ),
        "neutral": (
            "The ministry has hired 120 new staff since January.",
            "Senior posts are advertised on the government jobs portal.",
            "The civil service commission was set up in 1998.",
            "Will the new directors start work before the summer?",
        ),
        "indirect": {
            "accuse": (
                "that the interview panel had been told in advance which candidate to choose.",
                "that the minister's nephew had been hired after the advert was online for only a few hours.",
            ),
            "deny": (
                "that every appointment had been made by an independent panel.",
                "that the minister had left the room whenever a relative was discussed.",
            ),
        },
        "accused_party": (
            "the ministry",
            "the minister's office",
        ),
        "defend": (
            "The three directors came through a competition with 340 applicants, and the panel did not know their surnames.",
            "The advert ran for four hours because it was a reissue of a post advertised for six weeks in the autumn.",
            "The consultancy contract went to the lowest of five bids, and the minister's husband had sold his stake in 2017.",
            "The son-in-law holds two degrees in public finance, and his written test was marked by examiners from another department.",
            "Every appointment file, including the scores of all candidates, was sent to the civil service commission within ten days.",
        ),
        "defend_indirect": (
            "that the new directors had been chosen from 340 applicants by a panel that did not see their surnames.",
            "that the consultancy contract had gone to the cheapest of five bids.",
        ),
        "hard_neutral": (
            "The civil service commission said it would publish its review of the appointments in June.",
            "The ministry filled 18 senior posts this year, up from 11 the year before.",
            "I applied for the post too, and I still have not heard anything about my application.",
            "Which appointments is the commission looking at, and when will it report?",
        ),
    },
    # ------------------------------------------------------------------ education
    {
        "domain": "education",
        "tags": ("academic",),
        "topics": (
            "plagiarism in the minister's thesis",
            "the minister plagiarised her doctorate",
            "a plagiarised thesis",
        ),
        "accuse": (
            (
                "Eighty of the thesis's two hundred pages match a 1994 dissertation word for word, including "
                "its typing errors."
            ),
            "Whole chapters were lifted from a student's master's paper without a single footnote.",
            "The software flagged 43 percent of the text, and I checked every passage by hand.",
            (
                "The same table appears in a trade magazine article from six years earlier, with the same "
                "mistakes in the figures."
            ),
            "She copied other people's research and put her own name on the thesis.",
            "It is the clearest case of plagiarism I have seen in thirty years of teaching.",
        ),
        "deny": (
            "The university examined the thesis in 2019 and found it met every academic standard of the time.",
            "The passages in question are properly cited in the bibliography.",
            "The so-called expert behind this campaign works for the opposition's think tank.",
            "The matching text is from a public report that both authors quoted, with attribution.",
            "The minister wrote every chapter herself, and her supervisor has confirmed it.",
            "The plagiarism story is a smear, timed to the leadership contest.",
        ),
        "neutral": (
            "The thesis was submitted in 2011 to the faculty of law.",
            "The university's ethics board meets four times a year.",
            "Copies of doctoral theses are kept in the national library.",
            "Has the university said when it will look at the thesis again?",
        ),
        "indirect": {
            "accuse": (
                "that whole chapters had been copied from a student's paper without a footnote.",
                "that the thesis repeated the typing errors of a 1994 dissertation.",
            ),
            "deny": (
                "that the university had examined the thesis and found no breach of its rules.",
                "that every disputed passage was cited in the bibliography.",
            ),
        },
        "accused_party": (
            "the minister's office",
            "the university",
        ),
        "defend": (
            "The eighty matching pages are the literature review, and each passage carries a footnote to the 1994 dissertation.",
            "The thesis was run through two similarity checks in 2011, and both reports are in the university archive.",
            "Her supervisor kept dated drafts of every chapter from 2008 onwards, and they show the argument developing step by step.",
            "The citation style of the time put sources at the end of each chapter, which is why the quotations lack inline marks.",
            "The author of the 1994 dissertation was one of her three examiners, and he signed the approval in 2011.",
        ),
        "defend_indirect": (
            "that the matching passages were the literature review and were footnoted to the original dissertation.",
            "that the thesis had passed two similarity checks in 2011.",
        ),
        "hard_neutral": (
            "The university's ethics committee will meet on the ninth to decide whether to open a formal review.",
            "The thesis runs to 212 pages and was submitted in 2011.",
            "A review of this kind usually takes six to nine months, the university said.",
            "Has the minister been asked to give evidence to the committee?",
        ),
    },
    {
        "domain": "education",
        "tags": ("academic", "records"),
        "topics": ("exam cheating at the school", "teachers changed pupils' exam answers", "grade fixing"),
        "accuse": (
            (
                "The answer sheets were collected, and the next day the wrong answers had been rubbed out and "
                "corrected."
            ),
            "I was in the staff room after hours when the deputy head handed out the exam papers and erasers.",
            "Pass rates jumped from 40 to 98 percent in one year, with the same teachers and the same pupils.",
            (
                "My son got top marks in a subject he had failed all year, with answers in handwriting that is "
                "not his."
            ),
            "The teachers cheated for the pupils because their bonuses depended on the results.",
            "It was grade fixing, ordered from the head teacher's office.",
        ),
        "deny": (
            "The exam papers were sealed and sent to the board within an hour of each exam ending.",
            "The board's handwriting experts reviewed the scripts and found no sign of tampering.",
            "The results rose because of a new maths programme, which the inspectors praised.",
            "The parents behind this complaint are in a dispute with the school over unpaid fees.",
            "No teacher had access to the papers after the exam; the store room has a camera.",
            "The school denies the claims and welcomes the exam board's inquiry.",
        ),
        "neutral": (
            "The school has about 900 pupils.",
            "Exam results are published in August.",
            "The exam board marks about two million scripts a year.",
            "Which subjects did the pupils sit this year?",
        ),
        "indirect": {
            "accuse": (
                "that wrong answers had been rubbed out and corrected overnight.",
                "that the deputy head had handed out exam papers and erasers after hours.",
            ),
            "deny": (
                "that the papers had been sealed and sent to the board within an hour.",
                "that handwriting experts had found no sign of tampering.",
            ),
        },
        "accused_party": (
            "the school",
            "the head teacher",
        ),
        "defend": (
            "The rubbed-out answers were corrections pupils made themselves in the last ten minutes, which the rules allow.",
            "The class's results rose because it had 60 extra hours of maths after the school hired two teachers in September.",
            "The answer sheets were kept in a locked safe, and the access log shows no one opened it that night.",
            "The board's own examiners remarked 40 papers chosen at random and the grades changed on only two.",
            "The pupils' mock exams in March, marked by another school, were within three points of their final scores.",
        ),
        "defend_indirect": (
            "that the corrections had been made by the pupils themselves during the exam.",
            "that the board's examiners had remarked 40 papers and changed only two grades.",
        ),
        "hard_neutral": (
            "The exam board has asked for all the answer sheets from this year's tests.",
            "About 180 pupils at the school sat the exam this year.",
            "My daughter worked hard for that exam, and now nobody knows what her result means.",
            "Will the pupils have to sit the exam again?",
        ),
    },
    # ------------------------------------------------------------------ war and conflict
    {
        "domain": "conflict",
        "tags": ("violence",),
        "topics": (
            "shelling of residential areas",
            "attacks on civilians",
            "the army shelled civilian areas",
        ),
        "accuse": (
            "The shells landed on the market at nine in the morning, when it was full of women buying bread.",
            (
                "I pulled my neighbour's two children out of the rubble; there was no soldier anywhere in our "
                "street."
            ),
            "The crater analysis points to artillery fired from the army's positions on the eastern ridge.",
            "Satellite images show 140 homes destroyed in a district that had no military presence.",
            "The army fired on our houses night after night, knowing families were inside.",
            "This was a deliberate attack on civilians, and the fragments we collected show who fired.",
        ),
        "deny": (
            "Our artillery units were forty kilometres away that morning, and the deployment logs show it.",
            "The building was being used as a rocket launch site, which the drone footage clearly shows.",
            "The rebels stage these scenes for foreign cameras and move the bodies afterwards.",
            "The army does not target homes, and every strike is approved by a military legal officer.",
            "The shell fragments are of a type our forces have not used since the 1990s.",
            "These are lies spread by the same people who fired rockets at our schools.",
        ),
        "neutral": (
            "The ceasefire talks are due to resume in Geneva next week.",
            "The front line has barely moved since the spring.",
            "Aid agencies say around 30,000 people have left the region since the summer.",
            "The defence ministry holds a briefing every morning at ten.",
        ),
        "indirect": {
            "accuse": (
                "that the shells had hit the market when it was crowded with shoppers.",
                "that there had been no soldiers anywhere near the street that was destroyed.",
            ),
            "deny": (
                "that its artillery units had been forty kilometres away at the time.",
                "that the building had been used as a rocket launch site.",
            ),
        },
        "accused_party": (
            "the army",
            "the defence ministry",
        ),
        "defend": (
            "The market was hit by a rocket that fell short; its fragments carry the serial code of a type our army does not hold.",
            "Our only battery in range had been moved north on the Tuesday, and the convoy was filmed by foreign journalists.",
            "The crater faces east, toward the positions held by the other side, according to the engineers who measured it.",
            "The target that morning was a mortar position 800 metres from the market, and the strike was approved after two hours of drone surveillance.",
            "The shells fired that day were guided rounds with a 10-metre error, and the battery log lists every coordinate.",
        ),
        "defend_indirect": (
            "that the crater's shape pointed to fire from the positions of the other side.",
            "that the army's only battery in range had been moved north the day before.",
        ),
        "hard_neutral": (
            "UN investigators collected shell fragments from the market and sent them to a laboratory abroad.",
            "Local health officials said 23 people were killed and 61 wounded.",
            "I lost my sister in the market, and I do not have the strength to think about who fired.",
            "How long will the analysis of the fragments take?",
        ),
    },
    {
        "domain": "conflict",
        "tags": ("violence", "children"),
        "topics": ("recruitment of child soldiers", "the militia used child soldiers", "child soldiers"),
        "accuse": (
            "My son was fourteen when they took him from school and gave him a rifle.",
            "Of the 60 fighters who surrendered at the bridge, at least 20 were under sixteen.",
            "I trained boys who were too small to carry the packs we gave them.",
            "The militia's own payroll lists fighters born in 2010.",
            "We documented 312 cases of children forced into the militia's ranks last year.",
            "They are using child soldiers on the front line, and everyone in the valley knows it.",
        ),
        "deny": (
            "Every recruit is checked against the civil register and must be at least eighteen.",
            "The young men in those photos are cadets at a police school, not fighters.",
            "The report was written by an organisation funded by our enemies.",
            "UN monitors visited our camps in March and found no one under eighteen.",
            "Our commanders signed the UN action plan and have let monitors inspect every unit since.",
            "That claim is false, and the birth dates in their document were invented.",
        ),
        "neutral": (
            "The peace talks have stalled over the question of disarmament.",
            "Schools in the valley have been closed for two years.",
            "The UN envoy arrives in the capital on Monday.",
            "How many armed groups are still active in the valley?",
        ),
        "indirect": {
            "accuse": (
                "that her son had been taken from school at fourteen and given a rifle.",
                "that the militia's payroll listed fighters born in 2010.",
            ),
            "deny": (
                "that every recruit was checked against the civil register.",
                "that UN monitors had found no one under eighteen in its camps.",
            ),
        },
        "accused_party": (
            "the militia",
            "the militia's command",
        ),
        "defend": (
            "The boy was enrolled in our cadet school, which teaches reading and farming; no one under eighteen carries a weapon.",
            "Every recruit shows a birth certificate and is seen by a doctor, and 213 applicants were sent home last year for being too young.",
            "The fourteen-year-old in the photograph is the son of a commander and was visiting the base for a weekend.",
            "UNICEF inspected our camps in May and June and signed a report listing every recruit's date of birth.",
            "The uniforms on the boys in the video were handed out by a charity to a school, and the school has confirmed it.",
        ),
        "defend_indirect": (
            "that every recruit had to show a birth certificate and see a doctor before joining.",
            "that UNICEF had inspected the camps and listed every recruit's date of birth.",
        ),
        "hard_neutral": (
            "A UN team is visiting the region to interview families of missing boys.",
            "Aid groups estimate that about 1,200 children have been separated from their families in the province.",
            "My nephew has been missing since March, and I only want to know where he is.",
            "Who will the UN team be able to speak to during the visit?",
        ),
    },
    {
        "domain": "conflict",
        "tags": ("aid",),
        "topics": (
            "blocking humanitarian aid",
            "the government blocked aid convoys",
            "obstruction of aid deliveries",
        ),
        "accuse": (
            "Our 40 trucks waited at the checkpoint for eleven days while the flour went mouldy.",
            "The permits were approved in the capital and then torn up by the officer at the crossing.",
            "Soldiers unloaded the medical kits and sent the empty trucks back.",
            "Not one convoy has reached the city since March, though we applied every week.",
            "They are blocking the aid on purpose, to starve the town into surrender.",
            "I watched them turn back a convoy of baby formula because of a missing stamp.",
        ),
        "deny": (
            "Twelve convoys crossed last month, and the UN's own logs confirm each one.",
            "The road was closed because the rebels had mined it, not to stop the convoys.",
            "We inspect the trucks because rifles were found hidden in grain sacks in May.",
            "Aid groups that work with the rebels have every reason to tell this story.",
            "The crossing is open every day from six to six for any convoy with a permit.",
            "We deny that any convoy was turned back for political reasons.",
        ),
        "neutral": (
            "The convoy route runs through two mountain passes.",
            "Winter usually closes the northern road in December.",
            "The UN has appealed for 300 million dollars for the region this year.",
            "Which aid agencies are still working in the city?",
        ),
        "indirect": {
            "accuse": (
                "that the trucks had waited at the checkpoint for eleven days while the food rotted.",
                "that soldiers had unloaded the medical kits and sent the convoy back empty.",
            ),
            "deny": (
                "that twelve convoys had crossed the previous month.",
                "that the road had been closed because rebels had mined it.",
            ),
        },
        "accused_party": (
            "the government",
            "the interior ministry",
        ),
        "defend": (
            "The 40 trucks waited because two drivers had no permits; the other trucks crossed as soon as the drivers were swapped.",
            "The checkpoint was closed for six days after a mine was found on the road, and the army engineers' report is public.",
            "Each convoy must be inspected for weapons, which takes about four hours, and 38 convoys passed inspection in March.",
            "The flour spoiled because it was loaded wet at the port, according to the shipper's own humidity readings.",
            "We opened a second crossing in April that carries 200 trucks a week.",
        ),
        "defend_indirect": (
            "that the checkpoint had been closed for six days after a mine was found on the road.",
            "that the flour had been loaded wet at the port.",
        ),
        "hard_neutral": (
            "The UN says it needs 300 trucks a week to feed the province.",
            "Aid agencies and the government will meet in Geneva next week to discuss access.",
            "We have been living on one meal a day since the winter, and the children are always hungry.",
            "How many trucks crossed the border last week?",
        ),
    },
    {
        "domain": "conflict",
        "tags": ("violence",),
        "topics": ("abuse of detainees", "torture at the detention camp", "guards tortured prisoners"),
        "accuse": (
            "They hung me by my wrists for two days and poured cold water on me whenever I slept.",
            "The medical reports show broken ribs in 19 of the 30 men released from the camp in May.",
            "As a guard, I was ordered to keep the lights on and the music loud all night, every night.",
            "Prisoners came back from interrogation unable to walk.",
            "The camp's own log records questioning sessions lasting up to fourteen hours.",
            "What happened in that camp was torture, and the people who ordered it are still in charge.",
        ),
        "deny": (
            "The Red Cross has had access to every block of the camp since it opened.",
            "The injuries in those reports were sustained during the fighting, before capture.",
            "Every interrogation at the camp is filmed and reviewed by a military lawyer.",
            "The former prisoners making these claims were released in an exchange and now speak for the enemy.",
            "The guards named in the report were not even posted to the camp at the time.",
            "These stories are false, and the camp is open to any journalist who wants to visit.",
        ),
        "neutral": (
            "The camp holds about 400 detainees.",
            "Prisoner exchanges are negotiated through a neutral third country.",
            "The camp was built on the site of an old airbase.",
            "When will the next prisoner exchange take place?",
        ),
        "indirect": {
            "accuse": (
                "that he had been hung by his wrists for two days during questioning.",
                "that prisoners had returned from interrogation unable to walk.",
            ),
            "deny": (
                "that the Red Cross had access to every block of the camp.",
                "that every interrogation was filmed and reviewed by a lawyer.",
            ),
        },
        "accused_party": (
            "the prison service",
            "the camp authorities",
        ),
        "defend": (
            "The marks on his wrists come from the handcuffs used during his transfer, which the camp doctor recorded on arrival.",
            "The camp's cameras cover every corridor, and the 2,400 hours of footage from that month were given to the inspectors.",
            "He was held in block C, which was inspected by the Red Cross on the ninth and the twentieth of that month.",
            "Each detainee sees a doctor every week, and his medical file shows no injuries after his first examination.",
            "Guards work in pairs with body cameras, and the footage is reviewed by an outside lawyer every Friday.",
        ),
        "defend_indirect": (
            "that his injuries had come from handcuffs used during his transfer, as the camp doctor recorded.",
            "that every corridor of the camp was filmed and the footage given to the inspectors.",
        ),
        "hard_neutral": (
            "Inspectors from the national human rights body visited the camp on Tuesday.",
            "The camp holds about 1,800 detainees, twice the number it was built for.",
            "My son has been there for two years, and I only want to see him.",
            "Will the inspectors' report be published?",
        ),
    },
    # ------------------------------------------------------------------ business and finance
    {
        "domain": "business",
        "tags": ("money", "records"),
        "topics": ("accounting fraud", "the company falsified its accounts", "cooking the books"),
        "accuse": (
            "We booked sales to distributors who had already told us they would return the goods.",
            "I was told to move 40 million in costs into next year so the quarter would look good.",
            "The 200 million the auditors saw in the bank account was a loan, repaid the following week.",
            "Half the customers on the invoice list did not exist; I tried to phone them.",
            "The profits the company reported were fiction for at least three years.",
            "The books were cooked, and the finance director gave the orders himself.",
        ),
        "deny": (
            "Two independent audit firms signed off on the accounts without any qualification.",
            (
                "Every sale was booked under the standard accounting rules, and the regulator reviewed them last "
                "year."
            ),
            "The short seller behind this report on our accounts stands to make millions if our shares fall.",
            "The so-called fake customers are all registered companies, and we have their contracts.",
            "The cost changes were a normal adjustment, disclosed in note 14 of the annual report.",
            "The allegations are false, and we will publish the full forensic review next week.",
        ),
        "neutral": (
            "The company reports its half-year results on 28 July.",
            "Its shares are listed in Frankfurt and New York.",
            "The firm employs about 12,000 people in nine countries.",
            "Who will replace the finance director when he retires?",
        ),
        "indirect": {
            "accuse": (
                "that she had been told to move costs into the following year to flatter the quarter.",
                "that many of the customers on the invoice list did not exist.",
            ),
            "deny": (
                "that two audit firms had approved the accounts without reservation.",
                "that the cost changes had been disclosed in the annual report.",
            ),
        },
        "accused_party": (
            "the company",
            "the company's board",
        ),
        "defend": (
            "The distributor sales were booked with a right of return, and a provision of 12 million for returns is in note 7.",
            "Revenue rose because we signed two government contracts worth 90 million, both published in the official gazette.",
            "The change in how we book maintenance income was approved by the audit committee and explained on page 41 of the report.",
            "The stock that looked missing was in a bonded warehouse in Rotterdam, and the auditors counted it there in January.",
            "Every quarter our figures are checked by an external audit firm, which has signed off on them for eight years.",
        ),
        "defend_indirect": (
            "that the distributor sales had been booked with a right of return and a provision for returns.",
            "that the missing stock had been counted by the auditors in a warehouse in Rotterdam.",
        ),
        "hard_neutral": (
            "The market regulator has asked the company for its accounts for the last three years.",
            "The company's shares fell 18 percent on Monday.",
            "I put my savings into those shares, and I do not know what they are worth now.",
            "When does the regulator expect to finish its review?",
        ),
    },
    {
        "domain": "business",
        "tags": ("money",),
        "topics": ("insider trading", "the director traded on inside information", "insider dealing"),
        "accuse": (
            "He bought 80,000 shares on the Thursday, two days before the takeover was announced.",
            "His wife opened a brokerage account in March and made one trade: options on the target company.",
            "The emails show he knew about the merger a full week before he bought the stock.",
            "I passed him the deal details over lunch, and he placed the order from his phone at the table.",
            "The trading pattern in his account is textbook insider dealing.",
            "He sold everything the morning before the profit warning, when nobody outside the board knew.",
        ),
        "deny": (
            "The share purchase was made under a trading plan filed with the regulator six months earlier.",
            "He had no access to the merger talks, which were handled by a committee he did not sit on.",
            "The regulator looked at these trades and closed its inquiry without action.",
            "His accuser is a former partner who lost a lawsuit against him last year.",
            "He has bought shares every quarter for ten years, and this purchase was no different.",
            (
                "The shares were sold to pay a tax bill, and the sale was cleared by the compliance officer a "
                "month before."
            ),
        ),
        "neutral": (
            "The takeover was completed in September.",
            "Directors must report their share dealings within three business days.",
            "The company's shares rose 30 percent last year.",
            "Is the market regulator looking at any other trades?",
        ),
        "indirect": {
            "accuse": (
                "that he had bought the shares two days before the takeover was announced.",
                "that she had passed him the details of the deal over lunch.",
            ),
            "deny": (
                "that the purchase was part of a trading plan filed months earlier.",
                "that the regulator had closed its inquiry without taking action.",
            ),
        },
        "accused_party": (
            "the director",
            "the director",
        ),
        "defend": (
            "He bought the 80,000 shares under a plan set up in January, which fixed the date and number months in advance.",
            "He was on leave in the week of the takeover talks and was not on the list of insiders kept by the company secretary.",
            "The purchase was announced to the market the same day, as the rules require, in a notice that is still online.",
            "He had bought shares every March for nine years, and this year's purchase was the same size as the last three.",
            "The company's compliance officer cleared the trade in writing on the Tuesday, after checking the insider list.",
        ),
        "defend_indirect": (
            "that the shares had been bought under a trading plan set up months in advance.",
            "that he had not been on the company's list of insiders during the takeover talks.",
        ),
        "hard_neutral": (
            "The regulator has asked the company for the list of people who knew about the takeover talks.",
            "The shares rose 34 percent on the day the takeover was announced.",
            "Investigations of this kind usually take more than a year, lawyers say.",
            "Has the director been interviewed by the regulator yet?",
        ),
    },
    {
        "domain": "business",
        "tags": ("cartel",),
        "topics": ("price fixing", "a cement cartel", "the cement makers fixed prices"),
        "accuse": (
            (
                "The sales directors of the four firms met at a golf club every January to agree the year's "
                "price rise."
            ),
            "I took notes at those meetings, and each firm was given a list of customers not to poach.",
            "All four companies raised the price of cement by exactly 7.5 percent in the same week.",
            "The messages say 'hold the line at 92' the day before every one of them quoted 92 a tonne.",
            "They were fined for price fixing once already, and nothing changed.",
            "The cement makers carved up the market between them, and the customers paid for it.",
        ),
        "deny": (
            "Our prices follow energy costs, which rose for every producer at the same time.",
            (
                "The competition authority studied the cement market for two years and found no agreement "
                "between firms."
            ),
            "The golf meetings were an industry safety forum, with minutes and a lawyer present.",
            "This complaint comes from an importer that wants to undercut us with cheaper, untested cement.",
            "Our prices fell twice last year while a rival's rose, which is hardly how a cartel behaves.",
            "We set our prices alone, and our sales staff are trained never to discuss them with rivals.",
        ),
        "neutral": (
            "Cement demand usually peaks in the summer building season.",
            "The four firms supply about 80 percent of the national market.",
            "A new cement plant is planned near the port.",
            "How much does a tonne of cement cost today?",
        ),
        "indirect": {
            "accuse": (
                "that the sales directors had met every January to agree the year's price rise.",
                "that each firm had been given a list of customers not to poach.",
            ),
            "deny": (
                "that cement prices had simply followed energy costs.",
                "that the competition authority had found no agreement after two years.",
            ),
        },
        "accused_party": (
            "the cement makers",
            "the producers' association",
        ),
        "defend": (
            "Our prices rose together because coal makes up half the cost of a tonne, and the coal price doubled between March and May.",
            "The sales directors met at the golf club as members of the industry safety board, and the minutes of every meeting are filed.",
            "Each producer sets its price list alone; ours went up 7 percent and the nearest rival's went up 11.",
            "Cement is sold by the truckload from one depot, so customers compare prices daily and any firm charging more loses orders within a week.",
            "Our lawyer attends every association meeting, and prices are never on the agenda.",
        ),
        "defend_indirect": (
            "that the price rises had followed a doubling in the coal price that hit every producer.",
            "that the meetings at the golf club had been sessions of the industry safety board.",
        ),
        "hard_neutral": (
            "The competition authority carried out inspections at four cement firms on Tuesday.",
            "Cement prices rose 22 percent last year, the statistics office said.",
            "We are a small builder, and we do not know how long we can keep going at these prices.",
            "How many firms did the competition authority visit?",
        ),
    },
    {
        "domain": "business",
        "tags": ("labour", "money"),
        "topics": ("wage theft", "the warehouse cheated workers out of pay", "underpaying warehouse workers"),
        "accuse": (
            "My contract says 40 hours, but I clocked 58 last week and was paid for 40.",
            "The managers rounded our time down to the nearest hour every shift.",
            (
                "I have eleven payslips with no overtime at all, and the door logs show I stayed until ten every "
                "night."
            ),
            "They docked two hours' pay every time someone was a minute late.",
            "It is wage theft, and it happens in every one of their warehouses.",
            "I worked the night shift for six months and never saw the night rate.",
        ),
        "deny": (
            "Every hour is recorded by the time clock and paid at the correct rate, including overtime.",
            "The labour inspectorate audited the warehouse in April and found every worker correctly paid.",
            "The union is using these claims as leverage in the wage negotiations.",
            "Workers can check their hours on the app every day and challenge any error.",
            "The night rate is a separate line on the payslip, which the people quoted did not show.",
            "The warehouse operator denies the pay claims and has invited the labour inspectorate back.",
        ),
        "neutral": (
            "The warehouse employs about 900 people.",
            "The new minimum wage takes effect in January.",
            "Shifts at the warehouse start at six, two and ten.",
            "How many of the warehouse workers are union members?",
        ),
        "indirect": {
            "accuse": (
                "that managers had rounded workers' time down every shift.",
                "that she had been paid for 40 hours after working 58.",
            ),
            "deny": (
                "that the labour inspectorate had found every worker correctly paid.",
                "that every hour was recorded by the time clock and paid.",
            ),
        },
        "accused_party": (
            "the warehouse operator",
            "the logistics company",
        ),
        "defend": (
            "The 18 extra hours were unpaid breaks; the time clock records when workers enter the site, not when they start a shift.",
            "Overtime is paid the month after it is worked, so the hours from last week will be on the payslip for June.",
            "Our rates are 30 cents above the legal minimum, and the labour inspectors checked 200 payslips in February.",
            "The shortfall on some payslips came from a payroll software error in April, and 412 workers were repaid in full by May.",
            "Each worker signs off their hours every Friday on a tablet, and disputes are settled within five working days.",
        ),
        "defend_indirect": (
            "that the extra hours recorded were unpaid breaks counted by the gate clock.",
            "that overtime was paid the month after it was worked.",
        ),
        "hard_neutral": (
            "The labour inspectorate said it has received 36 complaints from the warehouse this year.",
            "The warehouse employs about 900 people, many of them on temporary contracts.",
            "Union representatives will meet the management on Thursday.",
            "How many of the complaints have been resolved?",
        ),
    },
    {
        "domain": "business",
        "tags": ("coverup", "safety"),
        "topics": (
            "hiding safety defects",
            "the carmaker concealed a brake fault",
            "concealing the brake fault",
        ),
        "accuse": (
            (
                "Our engineers flagged the brake line corrosion in 2019, and the report was marked 'do not "
                "circulate'."
            ),
            "I was told to log the crash complaints as driver error without inspecting the cars.",
            "The fix costs 40 dollars a car, and management decided a recall was too expensive.",
            (
                "Warranty claims for that brake part tripled in two years, and not one was passed to the "
                "regulator."
            ),
            "They knew the brakes could fail and kept selling the car anyway.",
            "They concealed the brake defect, and people died because of it.",
        ),
        "deny": (
            "We reported the first brake complaint to the safety regulator within the legal deadline.",
            "Independent tests on 2,000 cars found no fault in the brake system.",
            "The crashes in question involved cars whose owners had modified the brakes.",
            "The lawyers behind this campaign are recruiting clients for a class action against the carmaker.",
            "The 2019 memo concerned a test model that never went on sale.",
            "Nothing was concealed: we issued a voluntary recall as soon as the data showed a pattern.",
        ),
        "neutral": (
            "The model has been on sale since 2017.",
            "The vehicle regulator publishes recall notices on its website.",
            "The carmaker builds about 300,000 vehicles a year at the plant.",
            "Will the new model use the same brake system?",
        ),
        "indirect": {
            "accuse": (
                "that the engineers' report on the brakes had been marked 'do not circulate'.",
                "that crash complaints had been logged as driver error without any inspection.",
            ),
            "deny": (
                "that independent tests on 2,000 cars had found no fault.",
                "that the 2019 memo concerned a test model that never went on sale.",
            ),
        },
        "accused_party": (
            "the carmaker",
            "the car company",
        ),
        "defend": (
            "The 2019 report covered a test model that never went on sale, which is why it was not sent to the regulator.",
            "The corrosion was found on cars from the coastal fleet that used salt water for washing, and those owners were contacted in 2020.",
            "The brake complaints rose after a wet winter, and our dealers replaced the pads on 3,100 cars at no charge.",
            "The 'do not circulate' label is on every draft engineering report until it has been checked by a second engineer.",
            "We recalled 48,000 cars in March, three weeks after the first road test showed a fault, and told the regulator the same day.",
        ),
        "defend_indirect": (
            "that the 2019 report had covered a test model that never went on sale.",
            "that the cars had been recalled three weeks after the first failed road test.",
        ),
        "hard_neutral": (
            "The transport safety regulator has asked the carmaker for all its brake test data since 2018.",
            "About 48,000 cars of that model are on the country's roads.",
            "My husband was in the accident, and we are still waiting to hear what caused it.",
            "Will owners be told if their car is affected?",
        ),
    },
    {
        "domain": "business",
        "tags": ("money",),
        "topics": ("tax evasion", "the tycoon evaded taxes", "hiding money offshore to avoid tax"),
        "accuse": (
            (
                "The yacht, the villa and the jet are all owned by a company in the Caymans that declares no "
                "income."
            ),
            "I set up the trusts myself; their only purpose was to keep his dividends away from the tax office.",
            "He reported an income of 30,000 euros last year and bought a 4 million euro apartment in cash.",
            "The leaked files show 14 accounts in his name that were never declared.",
            "He has been evading tax for two decades, and the records prove it.",
            "Every invoice went through Malta so that the profit never touched this country's tax office.",
        ),
        "deny": (
            "He has paid every cent of tax he owes, and the tax office issued him a clean certificate in May.",
            "The offshore companies were declared on every tax return since 2008.",
            "The leaked files are stolen, and several of them have been altered.",
            "The apartment was bought with a mortgage, and the bank has confirmed it.",
            "The reporter behind the tax story has been sued twice for defamation and lost both times.",
            "The tax claims are false and have already been rejected by the tax court.",
        ),
        "neutral": (
            "The tax office has 4,000 inspectors.",
            "The new rules on offshore trusts take effect next year.",
            "He made his fortune in shipping during the 1990s.",
            "When is the deadline for this year's tax returns?",
        ),
        "indirect": {
            "accuse": (
                "that the trusts had been set up only to keep his dividends away from the tax office.",
                "that 14 accounts in his name had never been declared.",
            ),
            "deny": (
                "that the offshore companies had been declared on every tax return.",
                "that the tax office had issued him a clean certificate.",
            ),
        },
        "accused_party": (
            "the tycoon",
            "the tycoon",
        ),
        "defend": (
            "The company in the Caymans owns the yacht because the yacht is registered there, and he pays the tax on its use through his personal return.",
            "He paid 41 million in income tax over five years, and the tax office's letters confirming it are with his lawyers.",
            "The offshore accounts were declared in 2014 under the government's voluntary disclosure scheme, and the penalty was paid.",
            "The villa belongs to a family trust set up by his father in 1988, and the trust files its own returns.",
            "His accountants disclose every foreign company he owns in an appendix to his return, 14 in all.",
        ),
        "defend_indirect": (
            "that the offshore accounts had been declared under the government's disclosure scheme in 2014.",
            "that the villa belonged to a family trust that filed its own returns.",
        ),
        "hard_neutral": (
            "The tax office said it does not comment on individual cases.",
            "The government estimates it loses about 3 billion a year to offshore tax schemes.",
            "The leaked documents cover the years 2009 to 2019.",
            "Has the tax office opened an inquiry?",
        ),
    },
    # ------------------------------------------------------------------ sport
    {
        "domain": "sport",
        "tags": ("drugs",),
        "topics": ("doping", "the cyclist used banned drugs", "doping in the team"),
        "accuse": (
            "His sample from the March race contained EPO, and the B sample confirmed it.",
            "The team doctor kept the syringes in a cool box in the back of his car.",
            "I was the team's masseur, and I injected riders in hotel rooms before every big stage.",
            "Her blood values jumped in three weeks in a way no altitude camp can explain.",
            "Doping was part of the team's programme, and every rider knew it.",
            "The shipment seized at the border was addressed to the team's physio.",
        ),
        "deny": (
            "He has passed 42 doping tests in three years, including twelve out of competition.",
            "The lab broke the chain of custody, and the tribunal threw the result out.",
            "The substance came from a contaminated supplement, and the batch has been tested.",
            "That masseur was sacked for theft and has been selling this story to newspapers for years.",
            "Her blood values have been stable since she was eighteen, as her biological passport shows.",
            "I have never taken a banned substance in my life.",
        ),
        "neutral": (
            "The race starts in the capital and finishes in the mountains.",
            "The anti-doping agency tests about 5,000 athletes a year.",
            "The cycling team has two new sponsors this season.",
            "Will she race at the championships in August?",
        ),
        "indirect": {
            "accuse": (
                "that the team doctor had kept syringes in a cool box in his car.",
                "that riders had been injected in hotel rooms before the big stages.",
            ),
            "deny": (
                "that he had passed every doping test in three years.",
                "that the banned substance had come from a contaminated supplement.",
            ),
        },
        "accused_party": (
            "the cyclist's team",
            "the rider",
        ),
        "defend": (
            "The March sample was stored at room temperature for nine hours, twice the limit in the lab's own manual.",
            "He has had a kidney condition since 2016, and his doctor's records explain the levels in the March test.",
            "The blood values in his biological passport have stayed within the normal range in every one of 42 tests.",
            "The medicine he took was declared on the form and approved by a therapeutic use exemption dated February 3.",
            "The team tests every rider twice a month at its own cost, and those results are sent to the agency.",
        ),
        "defend_indirect": (
            "that the March sample had been stored at room temperature for nine hours.",
            "that his medicine had been approved by a therapeutic use exemption in February.",
        ),
        "hard_neutral": (
            "The anti-doping agency said a hearing will be held in September.",
            "The agency carried out 4,200 tests in cycling last year.",
            "The B sample was opened on Friday in the presence of the rider's representative.",
            "Will the rider race while the case is open?",
        ),
    },
    {
        "domain": "sport",
        "tags": ("betting",),
        "topics": ("match fixing", "fixing matches for betting gangs", "the match was fixed"),
        "accuse": (
            "I was offered 20,000 dollars to give away a penalty before half-time.",
            (
                "Bets of over a million were placed in Asia on a red card in the 70th minute, and that is what "
                "happened."
            ),
            "The goalkeeper's phone shows calls to a betting syndicate the night before each of the three games.",
            (
                "The referee added nine minutes of injury time, just long enough for the late goal the gamblers "
                "needed."
            ),
            "That game was fixed, and half the dressing room knew it.",
            "Two players were paid to lose, and I saw the money change hands in the car park.",
        ),
        "deny": (
            "The betting monitors checked the match and found no unusual market activity.",
            "The penalty was correct, as every replay and the referees' review panel confirmed.",
            "The calls were to his cousin, who happens to live in the same city as the syndicate.",
            "This story comes from a club that was relegated and wants someone to blame.",
            "The players in question have been cleared by two separate integrity investigations.",
            "That is a lie, and my client will sue anyone who says he took money to lose a game.",
        ),
        "neutral": (
            "The league has 18 clubs and plays 34 rounds.",
            "The stadium was renovated in 2015.",
            "The league's integrity unit was set up after the last World Cup.",
            "Who is playing in goal on Saturday?",
        ),
        "indirect": {
            "accuse": (
                "that he had been offered 20,000 dollars to concede a penalty.",
                "that two players had been paid to lose the game.",
            ),
            "deny": (
                "that betting monitors had found no unusual activity on the match.",
                "that both players had been cleared by two investigations.",
            ),
        },
        "accused_party": (
            "the club",
            "the club's owners",
        ),
        "defend": (
            "The penalty came from a handball that three camera angles show clearly, and the referee's report describes it.",
            "The betting spike on the match came after our striker's injury was announced on television an hour before kick-off.",
            "The players lost because four starters had the flu, and the club doctor's notes from that week record it.",
            "Every player's phone and bank records were handed to the league's integrity unit within a week of the match.",
            "The player who was offered money reported the approach to the club that night, and the club called the police the next morning.",
        ),
        "defend_indirect": (
            "that the betting spike had followed the televised news of the striker's injury.",
            "that the players' phone and bank records had been handed to the league's integrity unit.",
        ),
        "hard_neutral": (
            "The league's integrity unit has asked the betting companies for data on the match.",
            "About 40,000 bets were placed on the match, according to the monitoring firm.",
            "I have supported this club for thirty years, and I just want to know the truth.",
            "When will the integrity unit report?",
        ),
    },
    {
        "domain": "sport",
        "tags": ("records", "children"),
        "topics": (
            "age fraud in youth football",
            "the academy faked players' ages",
            "fielding over-age players",
        ),
        "accuse": (
            "The X-rays showed the wrist bones of grown men, not of boys under seventeen.",
            "I played with their striker at school, and we were both born in 1999.",
            (
                "The players' birth certificates were all issued on the same day, by the same clerk, a week "
                "before the tournament."
            ),
            "Their under-17 captain has a son who is already walking.",
            "The academy fielded over-age players at the youth cup, and the federation has the records.",
            "Three of their under-17 players appear in a 2015 senior league team photo.",
        ),
        "deny": (
            "Every player's age was checked by the federation's doctors before the tournament.",
            "The birth certificates were issued together because the old registry had burned down.",
            "Wrist X-rays can be wrong by several years, as medical experts have pointed out.",
            "The rival coach started this rumour after losing 5-0 to the academy.",
            "The boy in the 2015 photo is the striker's older brother.",
            "The academy denies the claim and has handed every passport to the federation.",
        ),
        "neutral": (
            "The youth cup is held every two years.",
            "The academy has produced six international players.",
            "Under-17 squads may register 23 players.",
            "Where will the youth cup final be played?",
        ),
        "indirect": {
            "accuse": (
                "that the birth certificates had all been issued a week before the tournament.",
                "that three of the players had appeared in a senior team photo years earlier.",
            ),
            "deny": (
                "that the federation's doctors had checked every player's age.",
                "that the boy in the photo was the striker's older brother.",
            ),
        },
        "accused_party": (
            "the academy",
            "the football federation",
        ),
        "defend": (
            "The wrist X-rays were read against a scale built for European boys, which adds about two years for players from this region.",
            "Each player's birth certificate was checked against the hospital register of the town where he was born.",
            "The players are tall because the academy has a nutrition programme, and their heights are recorded every three months since age ten.",
            "The federation's doctors used MRI scans of the wrist on all 24 players before the tournament, and none was above the age limit.",
            "Three of the players had school records from primary school, with dates that match their passports.",
        ),
        "defend_indirect": (
            "that the birth certificates had been checked against the hospital registers of the players' home towns.",
            "that MRI scans by the federation's doctors had found no player above the age limit.",
        ),
        "hard_neutral": (
            "The federation has asked the academy for the documents of all 24 players.",
            "Age checks with MRI scans were introduced at youth tournaments in 2009.",
            "My son was dropped from the squad, and I only want to know why.",
            "How many players will be checked?",
        ),
    },
    {
        "domain": "sport",
        "tags": ("violence", "children"),
        "topics": ("abuse of young gymnasts", "the coach mistreated athletes", "abusive coaching"),
        "accuse": (
            "She made us train on a broken ankle and weighed us in front of the whole squad every morning.",
            "I was eleven when the coach locked me in the changing room for missing a landing.",
            "Seven former gymnasts have given us matching accounts spanning fifteen years.",
            "The club's doctor wrote in 2016 that the girls were being denied food before competitions.",
            "He screamed at children until they cried and then made them repeat the routine.",
            "The abuse was reported to the federation three times, and nothing was done.",
        ),
        "deny": (
            "Parents were welcome at every training session, and many came daily.",
            "The federation's welfare officer reviewed the gym club twice and found no concerns.",
            "These accounts come from gymnasts who were dropped from the national team.",
            "Her training methods are the same as those used by every top gymnastics club in the world.",
            "No complaint was ever made to the club while the coach was working there.",
            "The coach denies the claims and welcomes the independent inquiry.",
        ),
        "neutral": (
            "The national gymnastics championships take place in October.",
            "The club has trained gymnasts since 1972.",
            "The gymnastics federation has 40,000 registered members.",
            "At what age do gymnasts usually start competing?",
        ),
        "indirect": {
            "accuse": (
                "that she had been made to train on a broken ankle.",
                "that the girls had been denied food before competitions.",
            ),
            "deny": (
                "that parents had been welcome at every session.",
                "that the welfare officer had found no concerns at the club.",
            ),
        },
        "accused_party": (
            "the gymnastics federation",
            "the coach",
        ),
        "defend": (
            "The ankle injury was treated by the team doctor, and the training log shows she did only upper-body work for five weeks.",
            "Weighing was done by the team nutritionist in a private room, and the weights were never shown to other gymnasts.",
            "Every session was filmed for technical analysis, and the 300 hours of video were given to the welfare officer.",
            "The federation's welfare officer interviewed all 22 gymnasts in 2021, and none raised a complaint.",
            "Training was capped at 20 hours a week, and the timetables signed by parents are on file.",
        ),
        "defend_indirect": (
            "that every training session had been filmed and the videos given to the welfare officer.",
            "that the injured gymnast had done only upper-body work while her ankle healed.",
        ),
        "hard_neutral": (
            "The federation has appointed an outside lawyer to interview former gymnasts.",
            "About 140 gymnasts have trained at the national centre since 2010.",
            "I loved the sport when I was a child, and it is hard to watch all this.",
            "Will the gymnasts' evidence be heard in private?",
        ),
    },
    # ------------------------------------------------------------------ police and justice
    {
        "domain": "justice",
        "tags": ("violence",),
        "topics": ("police brutality", "excessive force by police", "the police beat people"),
        "accuse": (
            "Officers kicked him while he lay handcuffed on the ground.",
            "The body camera footage shows the sergeant pressing his knee into her neck for four minutes.",
            "My brother walked into the police station and was carried out with a fractured skull.",
            "I am a nurse, and I treated eleven protesters for baton wounds to the back of the head.",
            "The autopsy found 23 separate injuries, none of them consistent with a fall.",
            "It was police brutality, and the whole street saw it.",
        ),
        "deny": (
            "The officers followed procedure to the letter against a violent suspect.",
            "He had stabbed an officer minutes earlier, and force was used only to stop him.",
            "The full footage shows him attacking the officers first; the clip online starts halfway through.",
            "This report is a politically motivated attack on our police.",
            "The independent police complaints office investigated and cleared every officer involved.",
            "His injuries were caused when he fell from the wall he was climbing to escape the officers.",
        ),
        "neutral": (
            "The police union holds its annual conference in May.",
            "The station serves about 80,000 residents.",
            "Officers on patrol have carried body cameras since 2020.",
            "The inquiry will publish its findings in March.",
        ),
        "indirect": {
            "accuse": (
                "that officers had kicked the man as he lay handcuffed on the ground.",
                "that her brother had been carried out of the station with a fractured skull.",
            ),
            "deny": (
                "that the man had attacked the officers first.",
                "that the complaints office had cleared every officer involved.",
            ),
        },
        "accused_party": (
            "the police force",
            "the police union",
        ),
        "defend": (
            "The suspect had stabbed an officer minutes earlier, and the footage shows the knife still in his hand when he was taken down.",
            "The bruises on his back are from a fall down the stairs before officers arrived, as the neighbour's doorbell camera shows.",
            "Officers used one baton strike, recorded on two body cameras, after he tried to take an officer's gun.",
            "He was handcuffed and put in the recovery position within 40 seconds, and a medic checked him at the scene.",
            "Each use of force is reviewed by an outside panel within 30 days, and this one was reviewed on March 4.",
        ),
        "defend_indirect": (
            "that the suspect had been holding a knife when officers took him down.",
            "that his bruises came from a fall before officers arrived, as a doorbell camera showed.",
        ),
        "hard_neutral": (
            "The police complaints authority has opened an investigation and asked for the body camera footage.",
            "Complaints about the use of force rose 12 percent last year, official figures show.",
            "I saw the ambulance from my window, and I could not sleep that night.",
            "When will the footage be made public?",
        ),
    },
    {
        "domain": "justice",
        "tags": ("records",),
        "topics": (
            "planting evidence",
            "police fabricated evidence",
            "officers planted evidence on suspects",
        ),
        "accuse": (
            "The bag of pills appeared in my car only after the second officer went back to it alone.",
            "The lab found no fingerprints on the gun, not even those of the officer who said he picked it up.",
            "Body camera footage shows the detective dropping the packet and then finding it a minute later.",
            "I was the officer's partner, and I saw him take the knife from the evidence room.",
            "The same bag of drugs turns up in three different cases, according to the serial numbers.",
            "They planted the evidence because they needed a conviction before the election.",
        ),
        "deny": (
            "The search of the car was filmed from start to finish, and the footage is with the court.",
            "The drugs were found by a sniffer dog in front of two independent witnesses.",
            "The defence is trying to put the police on trial to distract from the crime.",
            "The serial numbers refer to the lab's testing batch, not to the bag, as the defence knows.",
            "The court rejected this claim at the first trial after hearing every witness.",
            "The allegation against the detective is false, and internal affairs has cleared him.",
        ),
        "neutral": (
            "The trial is expected to last three weeks.",
            "The drugs squad has 40 officers.",
            "The evidence room is audited twice a year.",
            "When will the jury begin its deliberations?",
        ),
        "indirect": {
            "accuse": (
                "that the bag of pills had appeared only after an officer went back to the car alone.",
                "that the detective had dropped the packet and then pretended to find it.",
            ),
            "deny": (
                "that the whole search had been filmed.",
                "that a sniffer dog had found the drugs in front of two witnesses.",
            ),
        },
        "accused_party": (
            "the police force",
            "the officers",
        ),
        "defend": (
            "The second officer went back to the car to fetch the search kit, and the dashboard camera shows the door closed the whole time.",
            "The pills were found in a compartment under the seat, and the suspect's fingerprints were on the bag, the lab report says.",
            "The search was done in front of an independent witness, who signed the list of items at the roadside.",
            "The cash in the flat was photographed where it was found before anyone touched it, and the photos carry time stamps.",
            "The lab checked the bag for DNA from all officers at the scene, and none was found.",
        ),
        "defend_indirect": (
            "that the dashboard camera showed the car door closed while the second officer was away.",
            "that an independent witness had signed the list of items found in the car.",
        ),
        "hard_neutral": (
            "The prosecutor's office has asked an outside force to review the search.",
            "The unit carried out about 900 searches last year, figures show.",
            "The review will cover every search carried out by the unit since 2020.",
            "How many officers are in the unit?",
        ),
    },
    {
        "domain": "justice",
        "tags": ("discrimination",),
        "topics": (
            "racial profiling",
            "police stop people because of their race",
            "discriminatory stop and search",
        ),
        "accuse": (
            "I have been stopped 34 times in two years, and I have never been charged with anything.",
            "Black drivers in the district were stopped at five times the rate of white drivers last year.",
            "The sergeant told us to focus on the usual faces from the estate.",
            "My white colleague and I drive the same car on the same route; only I get pulled over.",
            "The stop data shows racial profiling, and the chief constable has seen it.",
            "In the training session we were shown photos of young men from one community only.",
        ),
        "deny": (
            "Stops are based on descriptions from emergency calls, which the report ignores.",
            "Every stop is recorded on a form that the independent board reviews each month.",
            "Crime rates differ between areas, and patrols go where the calls come from.",
            "The people behind this report have campaigned to abolish the police for years.",
            "The board's review of 12,000 stops found no pattern of bias by race.",
            "Our officers come from the communities they serve, and race plays no part in who is stopped.",
        ),
        "neutral": (
            "The force has 3,000 officers.",
            "The independent board publishes its stop data every quarter.",
            "Most stops happen between six in the evening and midnight.",
            "How many officers patrol the estate each night?",
        ),
        "indirect": {
            "accuse": (
                "that he had been stopped 34 times in two years without being charged.",
                "that officers had been told to focus on the usual faces from the estate.",
            ),
            "deny": (
                "that stops were based on descriptions from emergency calls.",
                "that the board's review of 12,000 stops had found no bias.",
            ),
        },
        "accused_party": (
            "the police force",
            "the interior ministry",
        ),
        "defend": (
            "Officers stop people based on a description from the control room, and each stop form carries the call number.",
            "Stops in that district rose because of 300 reported burglaries in the spring, and officers were sent where the calls came from.",
            "The share of people stopped in each group matches the share in the descriptions from victims, according to a university study.",
            "Every stop is filmed on a body camera and a supervisor reviews a random tenth of them each week.",
            "The officers in the unit received 16 hours of training on stop rules in January, run by an outside trainer.",
        ),
        "defend_indirect": (
            "that stops were based on descriptions from calls to the control room.",
            "that every stop was filmed and supervisors reviewed a tenth of them each week.",
        ),
        "hard_neutral": (
            "The police carried out 86,000 stops last year, the interior ministry said.",
            "The equality commission will publish its study of stop figures in the autumn.",
            "The study covers stops in twelve districts between 2018 and 2023.",
            "How many of the stops led to an arrest?",
        ),
    },
    {
        "domain": "justice",
        "tags": ("violence",),
        "topics": (
            "witness intimidation",
            "the defendant's associates threatened witnesses",
            "intimidating witnesses",
        ),
        "accuse": (
            "A man waited outside my daughter's school and told me to forget what I saw.",
            "Three witnesses withdrew their statements in the same week, after visits from the same car.",
            "The letter under my door had my address and the word 'court' circled in red.",
            "The prosecution has recordings of calls made from the prison to the witness's brother.",
            "My windows were smashed the night before I was due to testify.",
            "They intimidated every witness they could find before the trial.",
        ),
        "deny": (
            "My client has been in custody for a year and has had no visitors except his lawyer.",
            "The witnesses withdrew because their first statements were unreliable, as the police admitted.",
            "The calls from the prison were to his mother and were approved by the prison governor.",
            "The prosecution invents these stories because its case against my client is falling apart.",
            "The car mentioned by the witnesses was sold two years ago to a stranger.",
            "Nobody linked to the defendant has ever contacted any witness.",
        ),
        "neutral": (
            "The trial has been moved to a larger courtroom.",
            "Witnesses can give evidence by video link.",
            "The judge will sum up on Thursday.",
            "How many witnesses will the prosecution call?",
        ),
        "indirect": {
            "accuse": (
                "that a man had waited outside her daughter's school and told her to forget what she saw.",
                "that her windows had been smashed the night before she was due to testify.",
            ),
            "deny": (
                "that his client had had no visitors in custody apart from his lawyer.",
                "that the calls from the prison had been to the defendant's mother.",
            ),
        },
        "accused_party": (
            "the defendant",
            "the accused man",
        ),
        "defend": (
            "The man outside the school is a neighbour who walks his own children there, and the school's gate camera shows him with them.",
            "My client's phone calls from prison are all recorded, and the prosecution has listened to every one.",
            "The letter to the witness was posted from a town my client has never visited, according to the postmark.",
            "My client's brother was working a night shift at the hospital that evening, and his rota confirms it.",
            "Every visitor to my client since his arrest is logged by the prison, and the log has three names, all lawyers.",
        ),
        "defend_indirect": (
            "that the man outside the school was a neighbour walking his own children there.",
            "that every call the defendant made from prison had been recorded and heard by the prosecution.",
        ),
        "hard_neutral": (
            "The judge has ordered that two witnesses give evidence from behind a screen.",
            "The trial has been adjourned until Monday.",
            "The witness list has 23 names, the court was told.",
            "Will the witnesses be given police protection?",
        ),
    },
    # ------------------------------------------------------------------ environment
    {
        "domain": "environment",
        "tags": ("pollution",),
        "topics": ("illegal dumping of toxic waste", "the firm dumped chemicals", "illegal waste dumping"),
        "accuse": (
            "Every Tuesday night a tanker with no markings emptied into the quarry behind our farm.",
            "Soil samples near the plant contain forty times the permitted level of chromium.",
            "I drove those trucks, and the paperwork said recycling, but we tipped it all in the woods.",
            "The company paid for disposal of 900 tonnes, but the licensed site received only 200.",
            "My cows started dying the spring after the chemical barrels appeared in the ditch.",
            "They have been dumping toxic waste here for years.",
        ),
        "deny": (
            "Every load is tracked by GPS from our gate to the licensed disposal site.",
            "The chromium in that soil comes from a tannery that closed in the 1970s.",
            "The environmental agency inspected the plant in June and found no breaches.",
            "The former driver making these claims was dismissed for falsifying his logbooks.",
            "The other 700 tonnes were recycled on site, and the recycling certificates are public.",
            "These claims are false, and the barrels in the ditch are not ours.",
        ),
        "neutral": (
            "The plant produces paints and coatings.",
            "The quarry closed in 2004.",
            "The environmental agency has six inspectors for the region.",
            "Is the road to the paint plant open to the public?",
        ),
        "indirect": {
            "accuse": (
                "that a tanker had emptied into the quarry every Tuesday night.",
                "that the drivers had tipped the waste in the woods.",
            ),
            "deny": (
                "that every load was tracked by GPS to a licensed site.",
                "that the chromium came from a tannery closed decades ago.",
            ),
        },
        "accused_party": (
            "the chemical company",
            "the waste firm",
        ),
        "defend": (
            "The tanker at the quarry belongs to the water board, which pumps rainwater out of the quarry every Tuesday.",
            "Our waste goes to a licensed incinerator, and the 312 weighbridge tickets for last year match our production records.",
            "The chemical found in the stream is also used on the farms upstream, and the agency found it above the quarry too.",
            "Our trucks carry GPS trackers, and none of them came within five kilometres of the quarry last year.",
            "The agency inspected our site in March and checked every drum in the store against the waste register.",
        ),
        "defend_indirect": (
            "that the tanker at the quarry belonged to the water board and pumped out rainwater.",
            "that the firm's trucks had not come within five kilometres of the quarry.",
        ),
        "hard_neutral": (
            "The environment agency has taken soil and water samples from around the quarry.",
            "Results of the tests are expected in about three weeks.",
            "We have not let the children play by the stream since the spring.",
            "Which chemicals will the agency test for?",
        ),
    },
    {
        "domain": "environment",
        "tags": ("pollution",),
        "topics": (
            "illegal logging",
            "the company logged a protected forest",
            "logging in the nature reserve",
        ),
        "accuse": (
            "The satellite images show 400 hectares cleared inside the reserve boundary since March.",
            "I counted 60 fresh stumps of protected oak, each marked with the company's paint.",
            "The timber leaving the mill carries permits issued for a forest 200 kilometres away.",
            "Rangers who reported the cutting were moved to desk jobs within a week.",
            "We cut inside the reserve every winter, when nobody checks.",
            "This is illegal logging on an industrial scale.",
        ),
        "deny": (
            "All our cutting is outside the reserve, and the boundary markers have been surveyed by the state.",
            "The cleared area in the images was burned in a wildfire in 2021.",
            "Every log is tagged and traced to a licensed plot.",
            "The campaign group behind this wants to shut down the whole timber industry.",
            "The rangers were moved as part of a reorganisation planned a year earlier.",
            "The forestry inspectorate checked our felling permits and found them valid.",
        ),
        "neutral": (
            "The reserve covers about 12,000 hectares.",
            "Logging licences are renewed every five years.",
            "The sawmill employs 300 people from the valley.",
            "What kinds of tree grow in the reserve?",
        ),
        "indirect": {
            "accuse": (
                "that 400 hectares had been cleared inside the reserve since March.",
                "that the timber leaving the mill carried permits from another forest.",
            ),
            "deny": (
                "that the cleared area had burned in a wildfire in 2021.",
                "that every log was tagged and traced to a licensed plot.",
            ),
        },
        "accused_party": (
            "the timber company",
            "the logging firm",
        ),
        "defend": (
            "The cleared land in the satellite images was burnt in a wildfire in March, and the fire service's report maps the same area.",
            "The boundary used in the images is the one from 1990; the reserve was redrawn in 2015 and the land is now outside it.",
            "Our logging licence covers 400 hectares east of the river, and every tree cut is tagged and recorded by forestry officers.",
            "The trucks seen at night were hauling logs from our licensed plantation, and their delivery notes carry the plantation's code.",
            "The forestry service inspected our concession in June and confirmed the boundary markers with GPS.",
        ),
        "defend_indirect": (
            "that the cleared land had been burnt in a wildfire in March.",
            "that the reserve had been redrawn in 2015 and the land now lay outside it.",
        ),
        "hard_neutral": (
            "The forestry service has sent a team to survey the reserve boundary.",
            "The reserve covers about 12,000 hectares, according to the environment ministry.",
            "The forest was part of my childhood, and it is hard to see it like this.",
            "When will the survey be finished?",
        ),
    },
    {
        "domain": "environment",
        "tags": ("pollution", "records"),
        "topics": (
            "falsified emissions data",
            "the plant faked its pollution readings",
            "cheating on emissions reporting",
        ),
        "accuse": (
            "The monitor on chimney 2 was switched off every night between midnight and five.",
            (
                "I was told to replace the hourly readings with last year's averages before sending them to the "
                "agency."
            ),
            "Independent sensors downwind measured three times the sulphur the plant reported.",
            "The control software switched the filters on only when an inspection was scheduled.",
            "The plant's pollution reports were doctored for years, and the agency never noticed.",
            "The emissions data was falsified, and the engineers' emails prove it.",
        ),
        "deny": (
            "The chimney monitors are sealed by the agency and cannot be switched off without an alarm.",
            "The downwind sensors sit next to a motorway, which explains their readings.",
            "Our emissions figures are checked every quarter by an accredited outside laboratory.",
            "The engineer quoted was sacked for misconduct and is suing the plant.",
            "The filters run at all times, and the software logs show it second by second.",
            "We have never altered a single emissions reading.",
        ),
        "neutral": (
            "The power plant supplies about a million homes.",
            "New emissions limits apply from 2027.",
            "The environmental agency publishes monitoring data every month.",
            "When was the power plant built?",
        ),
        "indirect": {
            "accuse": (
                "that the chimney monitor had been switched off every night.",
                "that hourly readings had been replaced with old averages before being sent to the agency.",
            ),
            "deny": (
                "that the chimney monitors were sealed by the agency.",
                "that the downwind sensors sat next to a motorway.",
            ),
        },
        "accused_party": (
            "the power plant",
            "the plant's owners",
        ),
        "defend": (
            "The monitor on chimney 2 switches off at night because the chimney is shut down then, and the fuel logs show no burning.",
            "The readings dropped in 2020 because we installed a new filter that cost 40 million, and the agency inspected it.",
            "The monitors are sealed by the agency, and a seal was last checked on May 12 and found intact.",
            "Every gap in the data is reported to the agency within 24 hours, and there were three last year, all during maintenance.",
            "An independent lab tests our stack gas every quarter, and its results match our monitors to within 4 percent.",
        ),
        "defend_indirect": (
            "that chimney 2 had been shut down at night, which was why its monitor was off.",
            "that an independent lab's quarterly tests matched the plant's monitors.",
        ),
        "hard_neutral": (
            "The environment agency will install its own monitors at the plant next month.",
            "The plant produces about a tenth of the region's electricity.",
            "My son has asthma, and I worry about the air every time he plays outside.",
            "Who will check the agency's new monitors?",
        ),
    },
    # ------------------------------------------------------------------ health
    {
        "domain": "health",
        "tags": ("coverup",),
        "topics": (
            "a cover-up of patient deaths",
            "the hospital hid avoidable deaths",
            "covering up deaths on the maternity ward",
        ),
        "accuse": (
            "Eleven babies died on the ward in a year, and only two deaths were reported to the regulator.",
            "I was asked to rewrite the notes of a mother who died so that the delay did not appear.",
            "The review that found failures in nine deaths was never shown to the hospital board.",
            "The families were told it was bad luck, while the internal emails called the deaths avoidable.",
            "The hospital hid the deaths, and the managers involved were promoted.",
            (
                "My son's death certificate says natural causes; the coroner found he bled for six hours "
                "unattended."
            ),
        ),
        "deny": (
            "Every death on the maternity ward was reported to the coroner as the law requires.",
            "The national regulator reviewed all eleven cases and found the care appropriate in each.",
            "The internal review was shared with the hospital board in May, and the minutes record it.",
            "The midwives named in the story were not on duty on the nights in question.",
            "The former manager behind these claims lost an employment tribunal against the hospital.",
            "There has been no cover-up at the hospital, and we have asked for a public inquiry ourselves.",
        ),
        "neutral": (
            "The maternity ward delivers about 4,000 babies a year.",
            "The hospital is building a new wing for outpatients.",
            "The coroner's inquest is listed for October.",
            "How many midwives work on the ward at night?",
        ),
        "indirect": {
            "accuse": (
                "that only two of the eleven deaths had been reported to the regulator.",
                "that she had been asked to rewrite the notes of a mother who died.",
            ),
            "deny": (
                "that every death had been reported to the coroner.",
                "that the regulator had found the care appropriate in all eleven cases.",
            ),
        },
        "accused_party": (
            "the hospital",
            "the health trust",
        ),
        "defend": (
            "The nine deaths not sent to the regulator were reported to the coroner, which is the route the law sets for stillbirths.",
            "Eleven deaths in a year is the ward's average for a unit that takes the region's most premature babies.",
            "Each death was reviewed by a panel with a doctor from another hospital, and the reviews are with the regulator.",
            "The records were moved to a new system in 2021, and all files were kept and can be seen by the families.",
            "The ward's death rate was checked by the national audit and was within the expected range for each of the last five years.",
        ),
        "defend_indirect": (
            "that each death had been reviewed by a panel that included a doctor from another hospital.",
            "that the ward's death rate had been within the expected range in every national audit.",
        ),
        "hard_neutral": (
            "The health regulator has begun an inspection of the maternity ward.",
            "The ward delivered about 4,500 babies last year.",
            "We lost our baby on that ward, and we still think about her every day.",
            "Will the families be told what the inspection finds?",
        ),
    },
    {
        "domain": "health",
        "tags": ("coverup", "safety", "drugs"),
        "topics": (
            "hiding side effects of the drug",
            "the drugmaker concealed trial data",
            "concealing the drug's risks",
        ),
        "accuse": (
            "Twelve patients in the trial had liver failure, and the published paper mentions three.",
            "I ran a study site, and we were told to record heart problems as unrelated to the drug.",
            "The company's own safety memo from 2018 warns of suicidal thoughts in teenagers.",
            "The patients who dropped out because of side effects were left out of the final analysis.",
            "They buried the bad trial results and marketed the drug as safe.",
            "They hid the side effects, and doctors prescribed the drug without knowing.",
        ),
        "deny": (
            "All trial data was submitted in full to the medicines agency, which approved the drug.",
            "The other liver cases were judged unrelated to the drug by an independent safety board.",
            "The 2018 memo was an early hypothesis that larger studies ruled out.",
            "The lawyers quoted stand to earn millions from the drug lawsuits they are advertising.",
            "The side effects are listed on the leaflet in every box of the drug.",
            "The drug has been used safely by millions of patients for nine years.",
        ),
        "neutral": (
            "The drug is used to treat depression in adults.",
            "The medicines agency meets monthly to review safety reports.",
            "The drug's patent expires in 2029.",
            "How many patients took part in the trial?",
        ),
        "indirect": {
            "accuse": (
                "that twelve patients had suffered liver failure, though the paper mentioned three.",
                "that study sites had been told to record heart problems as unrelated to the drug.",
            ),
            "deny": (
                "that all the trial data had been given to the medicines agency.",
                "that the side effects were listed on the leaflet in every box.",
            ),
        },
        "accused_party": (
            "the drugmaker",
            "the pharmaceutical company",
        ),
        "defend": (
            "Nine of the twelve liver cases were in patients taking another drug known to harm the liver, and the trial report lists them.",
            "All twelve cases were sent to the medicines agency within 15 days, as the rules require, and the agency's database shows them.",
            "The published paper covered the first year; the nine later cases are in the follow-up report filed in 2022.",
            "An independent safety board reviewed the trial data every three months and never recommended stopping.",
            "The label was updated in 2021 to include liver checks, after the agency reviewed the full data.",
        ),
        "defend_indirect": (
            "that all twelve liver cases had been sent to the medicines agency within 15 days.",
            "that an independent safety board had reviewed the trial every three months.",
        ),
        "hard_neutral": (
            "The medicines agency has asked the company for the full trial data.",
            "About 2 million people have taken the drug since it was approved.",
            "Doctors should keep prescribing the drug until the review ends, the agency said.",
            "How long will the agency's review take?",
        ),
    },
    {
        "domain": "health",
        "tags": ("drugs",),
        "topics": (
            "selling counterfeit medicines",
            "the pharmacy chain sold fake drugs",
            "fake medicines in pharmacies",
        ),
        "accuse": (
            (
                "The lab found chalk and no active ingredient at all in the malaria tablets we bought at the "
                "pharmacy."
            ),
            "The boxes on the pharmacy shelves carry a batch number the manufacturer says it never produced.",
            "I delivered boxes to the chain's stores from a garage where the pills were packed by hand.",
            (
                "Forty children got worse on the antibiotics from the chain's pharmacies, and tests showed them "
                "to be flour."
            ),
            "They sold fake medicines to people who could least afford real ones.",
            "The invoices show the chain bought its stock from a supplier with no licence.",
        ),
        "deny": (
            "Every batch we sell comes directly from licensed distributors, with certificates.",
            "The samples tested were bought from a street market, not from our pharmacies.",
            "The medicines agency tested 300 of our products last year, and all passed.",
            "This campaign is funded by a competitor that is losing market share to our pharmacies.",
            "The manufacturer has confirmed that it produced the batch number in question.",
            "The pharmacy chain denies selling any counterfeit product.",
        ),
        "neutral": (
            "The chain has 600 pharmacies nationwide.",
            "Malaria cases usually rise in the rainy season.",
            "The medicines agency licenses all drug wholesalers.",
            "Do pharmacies need a prescription to sell antibiotics?",
        ),
        "indirect": {
            "accuse": (
                "that the malaria tablets contained chalk and no active ingredient.",
                "that the chain had bought its stock from a supplier with no licence.",
            ),
            "deny": (
                "that every batch came from licensed distributors.",
                "that the samples tested had been bought at a street market.",
            ),
        },
        "accused_party": (
            "the pharmacy chain",
            "the chain's owners",
        ),
        "defend": (
            "The tablets tested by the lab were bought from a street stall, and their packs carry a batch number we have never stocked.",
            "Every batch is scanned on arrival against the national tracking system, and ours were scanned 140,000 times last year.",
            "Our suppliers are two licensed distributors, both inspected by the medicines agency in the last twelve months.",
            "The inspectors tested 60 packs from our shelves in April, and all contained the correct dose.",
            "The chalky texture is the coating of the generic version, which the agency approved in 2019.",
        ),
        "defend_indirect": (
            "that the tablets tested had come from a street stall with a batch number the chain had never stocked.",
            "that inspectors had tested 60 packs from the chain's shelves and found the correct dose.",
        ),
        "hard_neutral": (
            "The medicines agency has taken samples from pharmacies in three cities.",
            "Fake medicines make up about a tenth of the market in the region, the WHO estimates.",
            "I bought those tablets for my daughter, and now I do not know if they worked.",
            "When will the test results be published?",
        ),
    },
    # ------------------------------------------------------------------ tech and privacy
    {
        "domain": "tech",
        "tags": ("privacy",),
        "topics": (
            "selling users' data",
            "the app shared personal data without consent",
            "illegal data sharing",
        ),
        "accuse": (
            "Our traffic analysis shows the app sending location data to four ad brokers every ten minutes.",
            "I built the pipeline that sent health records to the insurer, and nobody asked the users.",
            "The contract with the data broker, which we have seen, pays 2 cents per user profile.",
            "Users who turned sharing off were still tracked, as the server logs show.",
            "They sold our data and told us it was private.",
            "The company shared personal data without consent, breaking the law in at least three countries.",
        ),
        "deny": (
            "Data is shared only for users who opt in, and they can withdraw at any time.",
            "The traffic in that analysis is crash reports, which contain no personal data.",
            "The data protection authority audited the app last year and found it compliant.",
            "The researcher behind this report sells a competing privacy app.",
            "The broker contract covered anonymous, aggregated statistics, not individual profiles.",
            "We have never sold a single user's data, and we never will.",
        ),
        "neutral": (
            "The app has 40 million users in Europe.",
            "A new privacy law takes effect in the summer.",
            "Users can download a copy of their data from the settings page.",
            "How long does the company keep user records?",
        ),
        "indirect": {
            "accuse": (
                "that the app had sent location data to ad brokers every ten minutes.",
                "that users who turned sharing off had still been tracked.",
            ),
            "deny": (
                "that data was shared only for users who had opted in.",
                "that the data protection authority had found the app compliant.",
            ),
        },
        "accused_party": (
            "the app maker",
            "the tech company",
        ),
        "defend": (
            "The traffic to the four ad firms carries only a random device number, never location, as the code audit in May showed.",
            "Location data is sent only when the user turns on the weather feature, and the setting is off by default.",
            "An outside auditor checked every data flow in the app in March, and the report is with the data protection regulator.",
            "The ad brokers receive data under contracts that ban resale, and two were dropped last year for breaking them.",
            "Each user can download everything we hold on them from the settings page, and 40,000 did so last year.",
        ),
        "defend_indirect": (
            "that location data was sent only when users turned on the weather feature.",
            "that an outside auditor had checked every data flow in the app.",
        ),
        "hard_neutral": (
            "The data protection regulator has opened an inquiry into the app.",
            "The app has about 8 million users in the country.",
            "Researchers will present their traffic analysis at a conference next month.",
            "How many users does the inquiry cover?",
        ),
    },
    {
        "domain": "tech",
        "tags": ("privacy",),
        "topics": (
            "spying on journalists",
            "the government hacked reporters' phones",
            "illegal surveillance of journalists",
        ),
        "accuse": (
            "Our lab found the spyware on the phones of three reporters who covered the bribery trial.",
            "The infection of my phone began the day after I called the ministry for comment.",
            "The invoice from the spyware vendor is addressed to the interior ministry's IT department.",
            "I ran the monitoring unit, and the list of targets included eleven journalists.",
            "My private messages to a source were quoted back to me by a police officer.",
            "They spied on journalists, and the forensic evidence is conclusive.",
        ),
        "deny": (
            "The government has never bought that spyware, and the vendor has confirmed it.",
            "Every interception needs a judge's warrant, and no warrant names a journalist.",
            "The lab that made this claim about the phones is funded by foreign governments.",
            "The invoice is a forgery: the department it names was abolished in 2019.",
            "The oversight committee reviewed all interceptions last year and found none against the press.",
            "We reject these claims, which are part of a campaign to discredit the security services.",
        ),
        "neutral": (
            "The interior ministry employs about 2,000 IT staff.",
            "The intelligence oversight committee meets behind closed doors.",
            "The new cyber security agency opens in the autumn.",
            "What does the law say about intercepting phone calls?",
        ),
        "indirect": {
            "accuse": (
                "that spyware had been found on three reporters' phones.",
                "that the list of surveillance targets had included eleven journalists.",
            ),
            "deny": (
                "that every interception required a judge's warrant.",
                "that the spyware invoice was a forgery.",
            ),
        },
        "accused_party": (
            "the government",
            "the interior ministry",
        ),
        "defend": (
            "The spyware on the phones was sold to four other countries in the region, and the lab itself named them.",
            "Our intelligence service uses only wiretaps approved by a judge, and there were 212 such orders last year, none for journalists.",
            "The servers linked to the hack are in a country we have no agreement with, according to the lab's own report.",
            "The ministry's contracts for surveillance software are listed in the budget, and none is with the vendor named.",
            "A parliamentary committee audits every interception order each year, and its report for 2023 is public.",
        ),
        "defend_indirect": (
            "that every interception had to be approved by a judge and none concerned journalists.",
            "that the ministry's surveillance contracts were listed in the budget and none was with that vendor.",
        ),
        "hard_neutral": (
            "The data protection authority said it had received complaints from five journalists.",
            "The lab examined 24 phones in total.",
            "The lab's report runs to 60 pages and was sent to the ministry before publication.",
            "Will parliament hold a hearing on the report?",
        ),
    },
    {
        "domain": "tech",
        "tags": ("discrimination",),
        "topics": (
            "a biased hiring algorithm",
            "the recruiting software discriminated against women",
            "algorithmic discrimination in hiring",
        ),
        "accuse": (
            "CVs that mentioned a women's football club were ranked 30 places lower.",
            (
                "We sent identical applications under male and female names, and the men got twice as many "
                "interviews."
            ),
            "I worked on the model, and we knew it penalised career breaks, which mostly hit mothers.",
            "Of the 400 engineers hired through the system, 12 were women.",
            "The hiring tool discriminated against women, and the company kept using it.",
            "The internal test from 2021 showed scores dropping for any CV that named a women's college.",
        ),
        "deny": (
            "The model never sees names, gender or photos; those fields are removed first.",
            "An external audit of 50,000 hiring decisions found no difference in outcomes by gender.",
            "The hiring numbers reflect who applied: 9 percent of the applicants were women.",
            "The study was run by a rival software company with its own hiring product to sell.",
            "Every final hiring decision is made by a human panel, not by the software.",
            "The matched-application test used CVs that differed in more than the name, so it proves nothing.",
        ),
        "neutral": (
            "The company received 200,000 job applications last year.",
            "The recruiting software was launched in 2019.",
            "Candidates can apply through the website or the app.",
            "Which countries does the company hire engineers in?",
        ),
        "indirect": {
            "accuse": (
                "that identical applications under male names had received twice as many interviews.",
                "that the model penalised career breaks.",
            ),
            "deny": (
                "that the model never saw names, gender or photos.",
                "that an external audit had found no difference in outcomes by gender.",
            ),
        },
        "accused_party": (
            "the software company",
            "the recruiting firm",
        ),
        "defend": (
            "The CVs that ranked lower listed fewer of the skills in the job advert, and men's CVs with the same gaps ranked just as low.",
            "The model was tested on 50,000 CVs with names and gender removed, and women and men were invited to interview at the same rate.",
            "An outside auditor checks the ranking every six months, and the last report in March found no gap by gender.",
            "The lower ranks came from a bug in reading one CV format, fixed in June, which affected men and women alike.",
            "Recruiters see every application, not just the top ranks, and make the final choice themselves.",
        ),
        "defend_indirect": (
            "that an outside audit in March had found no gap by gender in the rankings.",
            "that the lower ranks had come from a bug in reading one CV format.",
        ),
        "hard_neutral": (
            "The equality commission has asked the company for its test data.",
            "About 300 employers use the software to sort applications.",
            "The software gives each CV a score from 1 to 100.",
            "How are the rankings checked?",
        ),
    },
    # ------------------------------------------------------------------ media
    {
        "domain": "media",
        "tags": ("records",),
        "topics": ("fabricated news stories", "the reporter invented sources", "making up quotes"),
        "accuse": (
            "The farmer he quoted in six articles does not exist; the village has no record of him.",
            "I am named in the story as saying things I never said, to a reporter I never met.",
            "The hotel where he claims to have interviewed the rebels closed two years earlier.",
            "His expense claims show he was at home on the days he was reporting from the border.",
            "He made up the quotes, and the editors printed them without checking.",
            "Three of the experts cited in his series say they never spoke to the paper.",
        ),
        "deny": (
            "Every interview is recorded, and we have played the tapes to the press council.",
            "The farmer asked us not to use his real name, which is standard practice.",
            "The press council reviewed the articles and upheld them in full.",
            "The people attacking our reporter are the officials his stories exposed.",
            "His trip to the border is documented by receipts and by the photographer who went with him.",
            "These claims about our reporter's work are simply false.",
        ),
        "neutral": (
            "The newspaper was founded in 1887.",
            "The press council handles about 300 complaints a year.",
            "The series ran over six weeks in the spring.",
            "Who edits the paper's foreign desk now?",
        ),
        "indirect": {
            "accuse": (
                "that the farmer quoted in six articles did not exist.",
                "that the hotel where the interviews supposedly took place had closed years earlier.",
            ),
            "deny": (
                "that every interview had been recorded.",
                "that the press council had upheld the articles in full.",
            ),
        },
        "accused_party": (
            "the newspaper",
            "the reporter's editors",
        ),
        "defend": (
            "The farmer asked us to change his name because he feared his landlord, and the editor holds his real name and phone number.",
            "The quotes come from recorded interviews, and the press council has listened to all 14 tapes.",
            "The village register does not list him because he lives on a farm across the district line.",
            "Every story by the reporter was checked by a second editor, who called at least one source in each.",
            "Our fact-checkers rang 30 people quoted in his articles last month, and 28 of them confirmed their quotes.",
        ),
        "defend_indirect": (
            "that the farmer's name had been changed at his own request because he feared his landlord.",
            "that the press council had listened to all 14 recorded interviews.",
        ),
        "hard_neutral": (
            "The press council will hear the complaint next month.",
            "The reporter wrote about 200 articles for the paper over six years.",
            "The newspaper has appointed an outside editor to review the articles.",
            "How many articles will the review cover?",
        ),
    },
    {
        "domain": "media",
        "tags": ("media",),
        "topics": (
            "censorship at the state broadcaster",
            "the broadcaster suppressed critical reports",
            "political interference in the newsroom",
        ),
        "accuse": (
            (
                "My report on the hospital strike was pulled an hour before broadcast, after a call from the "
                "prime minister's office."
            ),
            "We were given a list of opposition politicians who must not appear on air.",
            "Of 120 minutes of election coverage, the opposition got four.",
            "The editor told me to cut the protest footage because the ministry was watching.",
            "The newsroom takes its orders from the government now.",
            "It is censorship, and journalists who complain lose their shifts.",
        ),
        "deny": (
            "The report was pulled because it had not been through the legal check, as our rules require.",
            "The media regulator measured our election airtime and found it balanced.",
            "There is no list; any politician can be invited on air.",
            "The journalists behind this letter are trying to protect their jobs in the restructuring.",
            "Our editors make every decision independently, and no official has ever called the newsroom.",
            "That is a lie told by people who left the broadcaster in anger.",
        ),
        "neutral": (
            "The broadcaster runs four television channels and six radio stations.",
            "Its licence fee was raised last year.",
            "The evening news has about two million viewers.",
            "When does the new director general take over?",
        ),
        "indirect": {
            "accuse": (
                "that her report had been pulled after a call from the prime minister's office.",
                "that staff had been given a list of politicians who must not appear on air.",
            ),
            "deny": (
                "that the report had been pulled because it had not passed the legal check.",
                "that the regulator had found the election coverage balanced.",
            ),
        },
        "accused_party": (
            "the state broadcaster",
            "the broadcaster's management",
        ),
        "defend": (
            "The hospital report was pulled because the lawyers found two claims they could not confirm, and their memo is dated that afternoon.",
            "The call from the ministry was about parking for the next day's broadcast, and the call log shows it lasted two minutes.",
            "The report ran in full the following week, after the changes were made, on the evening news.",
            "Our editorial board, which has no government members, decides what runs, and it met that day at three.",
            "Twelve reports critical of the government aired last month, and the list is published on our website.",
        ),
        "defend_indirect": (
            "that the hospital report had run in full the following week, after legal changes.",
            "that the editorial board, which had no government members, had decided to pull the report.",
        ),
        "hard_neutral": (
            "The media regulator has asked for the broadcaster's editorial logs.",
            "The broadcaster reaches about 4 million viewers every evening.",
            "Parliament's media committee will question the director next week.",
            "Who decides which reports go on air?",
        ),
    },
    # ------------------------------------------------------------------ religion and charities
    {
        "domain": "religion",
        "tags": ("violence", "coverup", "children"),
        "topics": (
            "covering up abuse by clergy",
            "the diocese hid abuse by priests",
            "a cover-up of clergy abuse",
        ),
        "accuse": (
            "I told the bishop in 1998, and the priest was moved to a parish forty miles away.",
            "The diocese paid my family 20,000 on condition that we never spoke about it.",
            "The files on four priests were kept in a locked cabinet and never shown to the police.",
            "Two years after the first complaint, he was teaching the altar boys again.",
            "The church protected the abusers, not the children.",
            "They covered it up for decades, and the letters we found in the diocese archive prove it.",
        ),
        "deny": (
            "Every complaint received since 2002 has been passed to the police within 24 hours.",
            "The priest was moved only after a police investigation found no grounds to charge him.",
            "The independent safeguarding review had full access to all the diocese's files.",
            "The payment was a standard settlement, approved by a court, with no silence clause.",
            "The bishop has cooperated with the police at every stage.",
            "The author of this book has a long grudge against the church.",
        ),
        "neutral": (
            "The diocese has 140 parishes.",
            "The bishop was appointed in 2011.",
            "The cathedral is being restored with public funds.",
            "When will the safeguarding review be published?",
        ),
        "indirect": {
            "accuse": (
                "that the priest had been moved to another parish after the bishop was told.",
                "that the files on four priests had been kept from the police.",
            ),
            "deny": (
                "that every complaint since 2002 had been passed to the police.",
                "that the safeguarding review had seen all the files.",
            ),
        },
        "accused_party": (
            "the diocese",
            "the bishop's office",
        ),
        "defend": (
            "The bishop received the letter in 1998, and the diocese's archive shows he passed it to the police within a week.",
            "The priest was moved to another parish after the police closed their inquiry, and he was barred from working with children.",
            "Since 2002 an outside panel of a judge and two social workers has handled every complaint, and the bishop has no vote.",
            "The files the diocese holds were handed to the inquiry in full in 2019, all 4,000 pages.",
            "The diocese has paid for counselling for 63 survivors since 2010, through a charity it does not control.",
        ),
        "defend_indirect": (
            "that the bishop had passed the 1998 letter to the police within a week.",
            "that an outside panel of a judge and two social workers had handled every complaint since 2002.",
        ),
        "hard_neutral": (
            "The national inquiry will hold public hearings in the diocese in October.",
            "About 300 people have given evidence to the inquiry so far.",
            "I was an altar boy in that parish, and it is painful to read the news.",
            "Will the bishop give evidence in person?",
        ),
    },
    {
        "domain": "religion",
        "tags": ("money", "aid"),
        "topics": ("misuse of charity donations", "the charity misused donations", "charity fraud"),
        "accuse": (
            "Only 11 cents of every dollar raised for the flood appeal reached the flood victims.",
            "The director's new house was paid for from the appeal account, according to the bank statements.",
            "I ran the charity's office, and the field trips were family holidays in first class.",
            "The school the charity says it built is a shed with no roof; I went there.",
            "Donors were lied to about where their money went.",
            "Half the invoices for the charity's wells came from a company owned by the founder's brother.",
        ),
        "deny": (
            "The charity's accounts are audited each year and published in full on our website.",
            "The director bought the house with a mortgage, long before the appeal began.",
            "The charity regulator reviewed our spending and found no misuse.",
            "Field staff travel economy; the flights in the story were paid for by the director himself.",
            "The school was finished last month, and the photos in the story are two years old.",
            "This story about the charity is based on a former employee's grudge and a few stolen emails.",
        ),
        "neutral": (
            "The charity works in twelve countries.",
            "Donations to the charity usually peak in December.",
            "The flood appeal raised 8 million dollars.",
            "How many staff does the charity employ?",
        ),
        "indirect": {
            "accuse": (
                "that only 11 cents of every dollar had reached the flood victims.",
                "that the director's house had been paid for from the appeal account.",
            ),
            "deny": (
                "that the charity's accounts were audited each year and published in full.",
                "that the school had been finished the previous month.",
            ),
        },
        "accused_party": (
            "the charity",
            "the charity's trustees",
        ),
        "defend": (
            "The 11 cents figure counts only cash handed out; the rest bought water pumps and shelters, which are listed in the annual report.",
            "Our costs were high in the first month because we flew in supplies when the roads were closed.",
            "The regulator's inspection in March checked every payment over 1,000 dollars and found all of them matched receipts.",
            "The director's salary is set by the trustees, published each year, and is below the sector average.",
            "The new office was paid for by a private donor who gave money only for that purpose, and the gift letter is public.",
        ),
        "defend_indirect": (
            "that the rest of the money had bought water pumps and shelters listed in the annual report.",
            "that the regulator had checked every payment over 1,000 dollars.",
        ),
        "hard_neutral": (
            "The charity regulator has opened an inquiry into the flood appeal.",
            "The appeal raised about 18 million dollars in three months.",
            "I gave what I could after the floods, and I hope it helped someone.",
            "When will the regulator report?",
        ),
    },
    {
        "domain": "religion",
        "tags": ("violence", "labour"),
        "topics": (
            "coercive control in the sect",
            "the sect mistreated its members",
            "abuse of members by the sect",
        ),
        "accuse": (
            "They took my passport when I arrived at the farm, and I did not see it again for six years.",
            "Members who wanted to leave were locked in the prayer house until they changed their minds.",
            "I worked 14 hours a day in the group's bakery and was never paid.",
            "My daughter's letters were read before she was allowed to send them, and then they stopped.",
            "Police found 40 passports in a safe in the leader's office.",
            "The sect is a prison dressed up as a church.",
        ),
        "deny": (
            "Members are free to leave the community at any time, and hundreds have done so over the years.",
            "Passports are kept in a safe at members' own request, and they can take them whenever they like.",
            "Police visited the community twice last year and found nothing unlawful.",
            "The former members behind this story were expelled for theft.",
            "Everyone who works in the community bakery is paid the legal wage, as the payslips show.",
            "We are a peaceful community of believers, and these allegations are false.",
        ),
        "neutral": (
            "The community lives on a farm outside the town.",
            "The group was founded in the 1980s.",
            "Services at the farm are held every Sunday morning.",
            "How many people live on the farm today?",
        ),
        "indirect": {
            "accuse": (
                "that members who wanted to leave had been locked in the prayer house.",
                "that her passport had been taken from her for six years.",
            ),
            "deny": (
                "that members were free to leave the community at any time.",
                "that police had found nothing unlawful in two visits.",
            ),
        },
        "accused_party": (
            "the community",
            "the sect",
        ),
        "defend": (
            "Passports are kept in a locked safe at members' request, and each member has the key code, as the police saw in May.",
            "Members who leave receive their savings back; 140 people have left since 2015, and each signed a receipt.",
            "The farm has a public road through it, and members go into town every day to work and shop.",
            "Children at the farm go to the state school in the village, and their attendance records are with the education office.",
            "The social services visited the farm four times last year, unannounced, and spoke to members alone.",
        ),
        "defend_indirect": (
            "that passports were kept in a safe at members' request and each had the key code.",
            "that members who left received their savings back and signed a receipt.",
        ),
        "hard_neutral": (
            "The police said they had spoken to several former members.",
            "About 300 people live at the farm, according to the local council.",
            "I knew some of the members from school, and I find all of this very sad.",
            "Have the social services visited the farm this year?",
        ),
    },
    # ------------------------------------------------------------------ local government
    {
        "domain": "local",
        "tags": ("rigging", "money"),
        "topics": (
            "rigging the road tender",
            "the council rigged the contract award",
            "bid rigging at the council",
        ),
        "accuse": (
            (
                "The tender was open for three days, and only the firm of the mayor's brother-in-law had been "
                "told it was coming."
            ),
            "The winning bid arrived two hours after the deadline, and the clerk backdated the stamp.",
            "I sat on the committee, and the scoring sheets were filled in before the bids were opened.",
            "The specifications demanded a type of asphalt plant that only one local firm owns.",
            "The losing bids were 30 percent cheaper and were rejected for a missing page that was there.",
            "The road contract was stitched up from the start.",
        ),
        "deny": (
            "Seven firms bid for the road contract, and the winner was the cheapest compliant offer.",
            "The tender was published in the national journal for the full 35 days the law requires.",
            "The mayor declared the family link and took no part in the decision.",
            "The rival firm making these claims was disqualified for unpaid taxes.",
            "The national procurement office reviewed the award and found it lawful.",
            "The time stamp on the bid comes from the electronic system, which cannot be backdated.",
        ),
        "neutral": (
            "The road resurfacing will start in April.",
            "The council's budget for roads this year is 14 million.",
            "Traffic will be diverted through the old town during the roadworks.",
            "How long will the roadworks take?",
        ),
        "indirect": {
            "accuse": (
                "that the scoring sheets had been filled in before the bids were opened.",
                "that the clerk had backdated the stamp on the winning bid.",
            ),
            "deny": (
                "that seven firms had bid and the cheapest compliant offer had won.",
                "that the tender had been published for the full 35 days.",
            ),
        },
        "accused_party": (
            "the council",
            "the mayor's office",
        ),
        "defend": (
            "The tender was open for three days because it was a re-run of one open for six weeks, and all seven earlier bidders were told by email.",
            "The winning bid was 1.2 million cheaper than the next one, and the scoring sheets are published on the council website.",
            "The mayor declared his family link and left the meeting before the vote, as the minutes show.",
            "The tender was run by the regional procurement office, which the council does not control.",
            "The contract was checked by the state auditor in September, who found the award met every rule.",
        ),
        "defend_indirect": (
            "that the winning bid had been the cheapest by 1.2 million.",
            "that the tender had been run by the regional procurement office.",
        ),
        "hard_neutral": (
            "The state auditor has asked the council for the tender documents.",
            "The road contract is worth 18 million over four years.",
            "Work on the road is due to start in May.",
            "Which firms bid for the contract?",
        ),
    },
    {
        "domain": "local",
        "tags": ("coverup", "safety"),
        "topics": (
            "ignoring fire safety warnings",
            "the council ignored warnings about the tower block",
            "negligence over the tower fire",
        ),
        "accuse": (
            "We wrote to the council eleven times about the broken fire doors, and we have every letter.",
            "The inspection report from 2020 rated the cladding high risk, and nothing was done.",
            "I was the building manager, and I was told there was no money for sprinklers.",
            "The fire alarms in the tower had been faulty for eight months; residents had to use whistles.",
            "They were warned about the tower, and they did nothing.",
            "The council's own minutes show the fire brigade's warning was read and filed.",
        ),
        "deny": (
            "Every warning was logged and acted on; the fire doors were replaced in March.",
            "The 2020 report recommended checks, which were carried out within the deadline.",
            "The cladding met the building regulations in force at the time.",
            "The fire brigade inspected the block in January and raised no concerns.",
            "The campaign group using this tragedy is led by a candidate in the local election.",
            "The tower's alarm system was serviced monthly, and the service records are with the inquiry.",
        ),
        "neutral": (
            "The tower has 120 flats on 20 floors.",
            "Residents of the tower have been rehoused in hotels nearby.",
            "The fire inquiry will hear evidence from the fire brigade next month.",
            "When was the tower block built?",
        ),
        "indirect": {
            "accuse": (
                "that residents had written to the council eleven times about the broken fire doors.",
                "that the building manager had been told there was no money for sprinklers.",
            ),
            "deny": (
                "that the fire doors had been replaced in March.",
                "that the fire brigade had inspected the block in January and raised no concerns.",
            ),
        },
        "accused_party": (
            "the council",
            "the housing department",
        ),
        "defend": (
            "The eleven letters were all answered, and the repairs log shows the fire doors on floors 3 to 9 were replaced in the same year.",
            "The cladding on the tower passed the fire test in 2017, and the certificate is on the council website.",
            "The fire started in a flat where the smoke alarm had been removed by the tenant, the fire service report says.",
            "The tower was inspected by the fire service every year, and the last inspection, in January, raised no issues.",
            "The council spent 2.4 million on fire safety in the tower since 2015, with the work listed item by item.",
        ),
        "defend_indirect": (
            "that all eleven letters had been answered and the fire doors replaced the same year.",
            "that the fire service's inspection in January had raised no issues.",
        ),
        "hard_neutral": (
            "The fire service has begun an investigation into the cause of the fire.",
            "About 400 people lived in the tower, and 60 have been rehoused so far.",
            "I lost everything in the fire, and I do not know where we will live.",
            "When will the inquiry begin?",
        ),
    },
)

# ---------------------------------------------------------------------- who speaks, who is accused

SPEAKERS = (
    "Marta Kellen",
    "Tobias Rennick",
    "Ines Valcourt",
    "Joram Eddowes",
    "Priya Castellane",
    "Henrik Osterby",
    "Samuel Obenga",
    "Lucie Harwald",
    "Dariusz Welk",
    "Amara Quennell",
    "Felix Brannagh",
    "Yusuf Tarrant",
    "Elin Marsk",
    "Oona Pellatt",
    "Rafael Ostrand",
    "Greta Fallowes",
    "a spokeswoman",
    "a spokesman",
    "a senior official",
    "a former employee",
    "an independent analyst",
    "a local resident",
    "a lawyer",
    "an eyewitness",
    "a board member",
    "a former adviser",
    "a researcher",
    "the chairwoman",
)

ACCUSED = (
    "Viktor Hallam",
    "Renata Oduya",
    "Colm Ferrity",
    "Beatrix Lund",
    "Anselm Kroft",
    "Soraya Mendel",
    "Piet Van Arkel",
    "Ludmila Strand",
    "Corentin Baye",
    "Hazel Ormond",
    "Ibrahim Sarwick",
    "Nell Tarrow",
    "Gideon Pask",
    "Carys Whitlow",
    "Matthias Gorne",
    "Rosalind Achebe-Wren",
    "Teodor Vask",
    "Maren Holloway",
    "Kwame Dussel",
    "Alma Risberg",
    "the management",
    "the authorities",
    "senior officials",
    "the board",
    "the former director",
    "the leadership",
)

# ---------------------------------------------------------------------- narration contexts
# Full sentences, and openings that a "that ..." clause completes. {topic} takes a theme's first
# topic, a noun phrase that fits "the allegations of ...".

NEUTRAL_INTROS = (
    "{speaker} spoke to reporters outside the court on Monday.",
    "{speaker} gave an interview to local radio on Tuesday.",
    "{speaker} addressed the committee on Wednesday afternoon.",
    "{speaker} was asked about the case at a press conference.",
    "{speaker} spoke to this newspaper by telephone.",
    "{speaker} appeared before the inquiry on Thursday.",
    "{speaker} posted a short statement online late on Sunday.",
    "The hearing resumed after lunch with evidence from {speaker}.",
    "{speaker} was interviewed on the evening news.",
    "We reached {speaker} at home on Friday.",
    "{speaker} took questions from journalists for about twenty minutes.",
    "{speaker} spoke at a public meeting in the town hall.",
    "Reporters caught up with {speaker} on the way into the building.",
    "{speaker} agreed to speak on the record.",
    "{speaker} gave a statement to the press on Saturday.",
    "{speaker} was the next to speak.",
    "{speaker} appeared on a morning talk show.",
    "{speaker} sat down with reporters in the capital.",
    "The court heard from {speaker} on the second day.",
    "{speaker} wrote to the newspaper this week.",
    "{speaker} was asked about the allegations of {topic} on Monday.",
    "{speaker} gave evidence on the allegations of {topic} on Tuesday.",
    "The hearing on the allegations of {topic} resumed with evidence from {speaker}.",
    "{speaker} spoke about the allegations of {topic} at a public meeting.",
)

NEUTRAL_OPENINGS = (
    "{speaker} told the committee",
    "{speaker} told reporters on Monday",
    "{speaker} said in an interview",
    "Speaking outside the court, {speaker} said",
    "{speaker} told the inquiry",
    "In a statement on Friday, {speaker} said",
    "{speaker} told local radio",
    "{speaker} wrote in a letter to the council",
    "{speaker} told this newspaper",
    "At a press conference on Tuesday, {speaker} said",
    "{speaker} told the court",
    "{speaker} said on Thursday",
    "Speaking to reporters, {speaker} said",
    "{speaker} told the hearing",
    "Asked about the allegations of {topic}, {speaker} told reporters",
    "Giving evidence on the allegations of {topic}, {speaker} said",
    "{speaker} told a radio phone-in",
    "In a long interview, {speaker} explained",
    "{speaker} wrote on social media",
    "{speaker} told a packed public meeting",
    "Speaking about the allegations of {topic}, {speaker} said",
    "Questioned on the allegations of {topic}, {speaker} told the committee",
    "In an interview about the allegations of {topic}, {speaker} said",
)

ACCUSING_CUES = (
    "{speaker} accused {accused} of a cover-up.",
    "{speaker} accused {accused} of misleading the public.",
    "{speaker} went further in a statement on Friday.",
    "{speaker} said the evidence against {accused} was overwhelming.",
    "{speaker} has long accused {accused} of wrongdoing.",
    "{speaker} gave damning evidence to the inquiry on Wednesday.",
    "{speaker} demanded that {accused} face criminal charges.",
    "{speaker} blamed {accused} directly.",
    "{speaker} backed the complaint in an interview with this newspaper.",
    "{speaker}, who filed the original complaint, did not hold back.",
    "{speaker} said the public had been deceived for years.",
    "{speaker} said {accused} must be held to account.",
    "{speaker} called for {accused} to resign.",
    "{speaker} repeated the allegations of {topic} against {accused} on Friday.",
    "{speaker} called for {accused} to resign over the allegations of {topic}.",
    "In a sworn statement, {speaker} backed the allegations of {topic}.",
    "{speaker} was the first to go public with the allegations of {topic}.",
)

ACCUSING_OPENINGS = (
    "{speaker} alleged",
    "{speaker} went further, alleging",
    "{speaker} testified against {accused}, saying",
    "In a complaint filed on Monday, {speaker} alleged",
    "{speaker} blamed {accused}, saying",
    "{speaker} confirmed the complaint, adding",
    "In a sworn statement, {speaker} alleged",
    "{speaker} repeated the allegations of {topic}, saying",
    "Backing the allegations of {topic}, {speaker} told the inquiry",
    "{speaker} went on to allege",
    "Repeating the allegations of {topic}, {speaker} told reporters",
    "{speaker} stood by the allegations of {topic}, saying",
    "In a formal complaint about {topic}, {speaker} alleged",
)

DENYING_CUES = (
    "{speaker} dismissed the report as a smear.",
    "{speaker} hit back at the critics on Thursday.",
    "{speaker} defended {accused} in a statement.",
    "{speaker} came to the defence of {accused}.",
    "{speaker} pushed back hard against the claims.",
    "{speaker} said the accusations were politically motivated.",
    "{speaker} rejected the findings in a letter to the committee.",
    "{speaker} insisted that {accused} had done nothing wrong.",
    "{speaker} lashed out at the accusers.",
    "{speaker} challenged the evidence in court on Tuesday.",
    "{speaker} threatened to sue over the report.",
    "A lawyer for {accused} disputed the account.",
    "{speaker} rejected the allegations of {topic} on Monday.",
    "{speaker} was quick to dismiss the allegations of {topic}.",
    "{speaker} hit back at the allegations of {topic} on Thursday.",
    "{speaker} called the allegations of {topic} a witch hunt.",
)

DENYING_OPENINGS = (
    "Asked about the allegations, {speaker} said",
    "{speaker} hit back on Thursday, arguing",
    "{speaker} rejected the claims, insisting",
    "In a statement defending {accused}, {speaker} said",
    "{speaker} dismissed the report, pointing out",
    "{speaker} pushed back, noting",
    "A lawyer for {accused} countered",
    "Defending {accused}, {speaker} told the court",
    "{speaker} rejected the allegations of {topic}, saying",
    "Asked about the allegations of {topic}, {speaker} insisted",
    "Rejecting the allegations of {topic}, {speaker} told reporters",
    "{speaker} dismissed the allegations of {topic}, pointing out",
)

# Narration that shows which side speaks without a cue verb. {party} takes one of the theme's
# `accused_party` phrases. Accused-side narration precedes explanatory denials and also hard
# neutrals; accuser-side narration precedes some accusations and also hard neutrals, so that the
# speaker's side alone never decides the label.

ACCUSED_SIDE_INTROS = (
    "A spokeswoman for {party} spoke to reporters on Wednesday.",
    "A spokesman for {party} gave a short statement on Tuesday evening.",
    "A lawyer for {party} spoke to reporters outside the court.",
    "{party} issued a statement on Friday afternoon.",
    "A senior figure close to {party} agreed to speak on condition of anonymity.",
    "The head of communications for {party} gave an interview to local radio.",
    "A statement from {party} was read out at the hearing.",
    "A press officer for {party} answered questions by email.",
    "Counsel for {party} addressed the court on the second day.",
    "A representative of {party} appeared before the committee on Thursday.",
    "A four-page response from {party} was published online.",
    "A spokeswoman for {party} was asked about the allegations of {topic} on Monday.",
    "A lawyer acting for {party} wrote to this newspaper this week.",
    "A representative of {party} took questions from journalists for half an hour.",
    "People close to {party} briefed reporters in the capital.",
    "A spokesman for {party} took questions about the allegations of {topic}.",
    "{party} held a press conference on Saturday morning.",
)

ACCUSED_SIDE_OPENINGS = (
    "A spokeswoman for {party} said",
    "A lawyer for {party} told reporters",
    "In a statement, {party} said",
    "A spokesman for {party} told this newspaper",
    "Counsel for {party} told the court",
    "A person close to {party} said",
    "In a letter to the committee, {party} said",
    "A press officer for {party} wrote",
    "A representative of {party} told the inquiry",
    "Speaking for {party}, a spokeswoman said",
    "In a written response, a lawyer for {party} said",
    "Asked about the allegations of {topic}, a spokesman for {party} said",
    "A spokesman for {party} told local radio",
)

ACCUSER_SIDE_INTROS = (
    "A lawyer for the victims' families spoke to reporters on Monday.",
    "The lead investigator gave evidence to the inquiry on Tuesday.",
    "A prosecutor in the case addressed the court on Wednesday.",
    "A researcher for a human rights group spoke to this newspaper by telephone.",
    "One of the people who filed the complaint agreed to speak on the record.",
    "A long-time critic of {party} spoke at a conference in the capital.",
    "A former employee of {party} agreed to be named.",
    "A campaigner who has followed the case for years gave an interview to local radio.",
    "The mother of one of the victims spoke to reporters outside the court.",
    "An investigator from the regulator appeared before the committee.",
    "A member of the opposition spoke to journalists in parliament.",
    "A lawyer for the complainants gave a statement on Friday.",
    "A witness for the prosecution took the stand on the third day.",
    "An official from a monitoring group briefed reporters on the allegations of {topic}.",
)

ACCUSER_SIDE_OPENINGS = (
    "A lawyer for the victims' families said",
    "The lead investigator told the inquiry",
    "A prosecutor told the court",
    "A researcher for a human rights group said",
    "One of the complainants told this newspaper",
    "A long-time critic of {party} told reporters",
    "A former employee of {party} told the committee",
    "The mother of one of the victims said",
    "An investigator from the regulator told the hearing",
    "In a report published on Monday, a monitoring group said",
    "An opposition member told parliament",
    "A lawyer for the complainants told reporters",
    "Speaking about the allegations of {topic}, a campaigner who has followed the case said",
)

FRAMES = {
    "neutral": NEUTRAL_INTROS,
    "neutral_open": NEUTRAL_OPENINGS,
    "accusing": ACCUSING_CUES,
    "accusing_open": ACCUSING_OPENINGS,
    "denying": DENYING_CUES,
    "denying_open": DENYING_OPENINGS,
    "accused_side": ACCUSED_SIDE_INTROS,
    "accused_side_open": ACCUSED_SIDE_OPENINGS,
    "accuser_side": ACCUSER_SIDE_INTROS,
    "accuser_side_open": ACCUSER_SIDE_OPENINGS,
}

# Shares of the mix (see news_turn_pairs).
ACCUSATION_SHARE, DENIAL_SHARE = 0.30, 0.32
SAME_NEUTRAL_SHARE, HARD_NEUTRAL_SHARE, OTHER_THEME_SHARE = 0.10, 0.13, 0.12  # the rest: cue + other theme
ACCUSER_SIDE_SHARE = 0.25  # of the accusations: accuser-side narration
DEFEND_SHARE = 0.5  # of the denials: an explanatory `defend` turn
DEFEND_ACCUSED_SIDE_SHARE = 0.7  # of those: accused-side narration, else a neutral intro
INDIRECT_SHARE = 0.25  # of the accusations and denials: a "that ..." clause after an opening


def _is_dev_theme(theme: Theme) -> bool:
    return stable_fraction("news-turn:" + theme["topics"][0]) < 0.25


def themes_for(split: str) -> list[Theme]:
    """The themes of one split: dev themes (a quarter, by hash of the first topic) never train."""
    is_dev = split == "dev"
    return [t for t in ALLEGATIONS if _is_dev_theme(t) == is_dev]


def _pool(items: Sequence[str], split: str, dev_share: float = 0.25) -> list[str]:
    """The train or dev part of a pool of frames or names, split by a stable hash of each entry."""
    is_dev = split == "dev"
    part = [s for s in items if (stable_fraction("news-ctx:" + s) < dev_share) == is_dev]
    return part or list(items[:1])  # a tiny pool may hash wholly to one side


def _unrelated(a: Theme, b: Theme) -> bool:
    """True if a turn about b is clearly not about a's allegation (other domain, no shared tag)."""
    return a["domain"] != b["domain"] and not set(a["tags"]) & set(b["tags"])


def news_turn_pairs(n: int, split: str, seed: int) -> list[StanceExample]:
    """n (topic, turn, context) examples from the themes of one split ("train" or "dev").

    Mix, approximately:
    - 30% accusation: an `accuse` turn (a quarter of them an indirect "that ..." clause after a
      sentence-opening context); a quarter of them after accuser-side narration (investigators,
      victims, prosecutors, rivals; no cue verb), the rest after a neutral intro (60%) or an
      accusing cue (40%).
    - 32% denial: half of them a `defend` turn (explanation, alternative cause, documented
      process; a quarter indirect from `defend_indirect`) after accused-side narration (70%,
      "A spokeswoman for the ministry ...", no cue verb) or a neutral intro (30%); the other half
      a `deny` turn (a quarter indirect) after a neutral intro (50%) or a denying cue (50%).
    - 10% neutral: the theme's `neutral` turn after a neutral intro.
    - 13% neutral: the theme's `hard_neutral` turn (investigation steps, figures, procedure, a
      bystander's feelings, a question) after a neutral intro (40%), accused-side narration (30%)
      or accuser-side narration (30%); never after a cue.
    - 12% neutral: the topic is theme A's, the turn (any class) and its context are theme B's,
      from another domain; the context names B's allegation, so the turn is plainly about B.
    - 3% neutral: the topic and a `neutral` turn from theme B, after a cue (accusing or denying)
      that names the allegation of an unrelated theme A.
    Accusing cues never precede denials, nor denying cues accusations. Deterministic for
    (n, split, seed).
    """
    rng = random.Random(seed)
    themes = themes_for(split)
    partners = {id(t): [u for u in themes if _unrelated(t, u)] for t in themes}
    speakers, accused = _pool(SPEAKERS, split), _pool(ACCUSED, split)
    frames = {name: _pool(pool, split, 0.2) for name, pool in FRAMES.items()}
    # Frames that name the allegation, for turns placed under another theme's topic; a split
    # whose share has none borrows the whole pool's.
    named = {
        name: [f for f in pool if "{topic}" in f] or [f for f in FRAMES[name] if "{topic}" in f]
        for name, pool in frames.items()
    }

    def context(kind: str, theme: Theme, naming: bool = False) -> str:
        frame = rng.choice(named[kind] if naming else frames[kind])
        text = frame.format(
            speaker=rng.choice(speakers),
            accused=rng.choice(accused),
            topic=theme["topics"][0],
            party=rng.choice(theme["accused_party"]),
        )
        return text[0].upper() + text[1:]

    def sided(theme: Theme, turns: Sequence[str], indirect: Sequence[str], kind: str) -> tuple[str, str]:
        """A (turn, context) pair whose narration is of the given kind ("neutral", "accused_side"...)."""
        if rng.random() < INDIRECT_SHARE:
            return rng.choice(indirect), context(kind + "_open", theme)
        return rng.choice(turns), context(kind, theme)

    def polar(theme: Theme, label: str, cue_share: float, naming: bool = False) -> tuple[str, str]:
        """A (turn, context) pair of the theme that takes the given side."""
        accusing = label == "accusation"
        turns = theme["accuse"] if accusing else theme["deny"]
        indirect = theme["indirect"]["accuse"] if accusing else theme["indirect"]["deny"]
        cue = "accusing" if accusing else "denying"
        use_cue = rng.random() < cue_share
        if rng.random() < INDIRECT_SHARE:
            return rng.choice(indirect), context((cue if use_cue else "neutral") + "_open", theme, naming)
        return rng.choice(turns), context(cue if use_cue else "neutral", theme, naming)

    out: list[StanceExample] = []
    while len(out) < n:
        theme = rng.choice(themes)
        topic = rng.choice(theme["topics"])
        roll = rng.random()
        same_neutral_end = ACCUSATION_SHARE + DENIAL_SHARE + SAME_NEUTRAL_SHARE
        if roll < ACCUSATION_SHARE:
            label = "accusation"
            if rng.random() < ACCUSER_SIDE_SHARE:
                text, ctx = sided(theme, theme["accuse"], theme["indirect"]["accuse"], "accuser_side")
            else:
                text, ctx = polar(theme, label, 0.4)
        elif roll < ACCUSATION_SHARE + DENIAL_SHARE:
            label = "denial"
            if rng.random() < DEFEND_SHARE:
                kind = "accused_side" if rng.random() < DEFEND_ACCUSED_SIDE_SHARE else "neutral"
                text, ctx = sided(theme, theme["defend"], theme["defend_indirect"], kind)
            else:
                text, ctx = polar(theme, label, 0.5)
        elif roll < same_neutral_end:
            text, ctx, label = rng.choice(theme["neutral"]), context("neutral", theme), "neutral"
        elif roll < same_neutral_end + HARD_NEUTRAL_SHARE:
            side = rng.random()
            kind = "neutral" if side < 0.4 else "accused_side" if side < 0.7 else "accuser_side"
            text, ctx, label = rng.choice(theme["hard_neutral"]), context(kind, theme), "neutral"
        elif roll < same_neutral_end + HARD_NEUTRAL_SHARE + OTHER_THEME_SHARE:
            if not partners[id(theme)]:
                continue
            other = rng.choice(partners[id(theme)])
            side = rng.random()
            if side < 0.4:
                text, ctx = polar(other, "accusation", 0.5, naming=True)
            elif side < 0.8:
                text, ctx = polar(other, "denial", 0.5, naming=True)
            else:
                text, ctx = rng.choice(other["neutral"]), context("neutral", other, naming=True)
            label = "neutral"
        else:
            # The cue is about an unrelated allegation; topic and turn are this theme's.
            if not partners[id(theme)]:
                continue
            other = rng.choice(partners[id(theme)])
            cue = "accusing" if rng.random() < 0.5 else "denying"
            text, ctx, label = rng.choice(theme["neutral"]), context(cue, other, naming=True), "neutral"
        out.append(
            StanceExample(f"newsturn-{split}-{seed}-{len(out)}", topic, text, label, ctx, source="news_turns")  # type: ignore[arg-type]
        )
    return out


if __name__ == "__main__":
    for split in ("train", "dev"):
        rows = news_turn_pairs(2000, split, seed=0)
        counts = Counter(r.label for r in rows)
        themes = themes_for(split)
        print(f"== {split}: {len(themes)} themes; labels {dict(counts)}")
        print("   shares", {k: round(v / len(rows), 3) for k, v in sorted(counts.items())})
        for r in random.Random(1).sample(rows, 10):
            print(f"[{r.label}] topic={r.topic!r}\n   context: {r.context}\n   turn:    {r.text}")
