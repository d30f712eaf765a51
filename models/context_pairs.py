"""Context pairs: replies whose stance only their context reveals.

"Such claims are absurd" rejects an allegation only next to the sentence that states it; on
its own it is about nothing. The public stance sets rarely show this (RumourEval replies are
the exception), so the stance model also trains on pairs built here: a context sentence that
states an allegation (or a reaction to one) and a reply that rejects it, endorses it or talks
about something else. Every sentence and frame below was written for this project.

Held-out evaluation: each pool is split by a stable hash of the sentence, so the "dev" pairs use
replies, frames and topics the "train" pairs never saw. "war crimes" is kept out of every pool:
it is the topic of the example article the service is demonstrated on.
"""

from __future__ import annotations

import random
from collections.abc import Sequence

from corpora import StanceExample
from training import stable_fraction

REBUTTALS = (
    "These claims are baseless and we reject them completely.",
    "That is a lie, pure and simple.",
    "Nothing of the kind ever happened.",
    "The accusations are absurd and do not deserve an answer.",
    "This is slander dressed up as news.",
    "The whole story is a fabrication from start to finish.",
    "We categorically deny it.",
    "Those charges are outrageous and false.",
    "It is propaganda, nothing more.",
    "There is not a shred of evidence for any of this.",
    "Talk like that is shameful and totally unacceptable.",
    "They are the last people who should lecture anyone about this.",
    "Look at their own record before pointing fingers at us.",
    "The accusation is politically motivated and everyone knows it.",
    "My client is innocent and will be vindicated in court.",
    "We did nothing wrong.",
    "It simply did not happen.",
    "This is a smear campaign, orchestrated by our opponents.",
    "Those words are insulting and irresponsible.",
    "Such statements are beneath contempt.",
    "We will not accept these insinuations.",
    "The report is riddled with errors and its conclusions are wrong.",
    "Anyone who repeats this nonsense is spreading disinformation.",
    "It is a disgraceful attempt to distract from their own failures.",
    "The allegations are false, and we will sue anyone who repeats them.",
    "We have always acted within the law.",
    "Frankly, this is fiction.",
    "I reject that characterisation entirely.",
    "That version of events is simply untrue.",
    "These are fantasies invented by people with an agenda.",
    "No such order was ever given.",
    "Our people behaved correctly at every stage.",
    "It is a hoax.",
    "The claims have been investigated and found to be groundless.",
    "Whoever says this is either misinformed or lying.",
    "Those remarks are an insult to our country.",
    "We will not apologise for something we did not do.",
    "This is rubbish.",
    "They should be ashamed of themselves for saying it.",
    "Not one of those allegations stands up to scrutiny.",
    "The charge is ridiculous.",
    "Who are they to judge us, after everything they have done?",
    "It is a cheap political stunt and a lie.",
    "I never did any such thing, and I never would.",
    "The pictures are fakes, staged for the cameras.",
    "That is completely wrong.",
    "Such accusations are unworthy of a serious government.",
    "The documents they cite are forgeries.",
    "We firmly reject every word of it.",
    "These are hypocritical attacks from a country with blood on its own hands.",
    "The company has been cleared of any wrongdoing.",
    "There was no cover-up, and there is nothing to hide.",
    "It is outrageous to blame us for this.",
    "What they are saying is a distortion of the facts.",
    "None of this is true.",
    "The minister has never taken a penny from anyone.",
)

ENDORSEMENTS = (
    "He is absolutely right, and the evidence proves it.",
    "I agree entirely: this is exactly what happened.",
    "We have documented every single case.",
    "There is no doubt about it any more.",
    "The facts speak for themselves.",
    "Anyone who looks at the evidence will reach the same conclusion.",
    "It is true, and those responsible must be held accountable.",
    "We saw it with our own eyes.",
    "Our investigators confirmed it last week.",
    "The records show it clearly.",
    "That is precisely what we have been saying for months.",
    "They did it, and they knew what they were doing.",
    "The witnesses all tell the same story.",
    "I share that assessment completely.",
    "It has been proven beyond any reasonable doubt.",
    "Yes, it happened, and it keeps happening.",
    "Those responsible will face justice, I promise you.",
    "Nobody serious disputes it now.",
    "Our own inquiry came to the same finding.",
    "This is a crime, and it must be called one.",
    "The intercepted messages confirm it.",
    "It is a scandal, and the public deserves to know the full extent.",
    "Their guilt is plain to see.",
    "We have the bank statements that prove it.",
    "She is telling the truth.",
    "It was deliberate, and it was planned at the highest level.",
    "The photographs leave no room for doubt.",
    "The report is accurate in every detail.",
    "I can confirm it: it happened exactly as described.",
    "They must answer for what they did.",
    "What they did was illegal, plain and simple.",
    "Every independent expert has reached the same verdict.",
    "Of course it is true; we warned about this years ago.",
    "The victims deserve justice for what was done to them.",
    "I stand by every word of the accusation.",
    "The evidence against them is overwhelming.",
    # Naming the act: "That is <wrongdoing>" affirms, where "That is a lie" (a rebuttal) rejects.
    # Without these, "That is a lie" taught the model that any "That is <bad noun>" is a denial.
    "That is theft, plain and simple.",
    "What they did has a name, and the name is fraud.",
    "It was not an accident. It was a cover-up.",
    "Call it what it is: corruption.",
    "That money was a bribe, whatever they call it now.",
    "This is abuse of power in its purest form.",
    "It was extortion from start to finish.",
    "He is guilty, and the documents show it.",
    "These are crimes, and we know who ordered them.",
    "Make no mistake: this is embezzlement.",
    "That was torture, and the medical reports prove it.",
    "What happened there is a scandal and a crime.",
)

ASIDES = (
    "The press conference lasted a little over an hour.",
    "We will announce the new budget next month.",
    "The weather has been difficult for farmers this year.",
    "Our team is looking forward to the final on Sunday.",
    "Ticket sales have doubled since the spring.",
    "The new terminal will open to passengers in June.",
    "I want to thank everyone who came out tonight.",
    "The talks will continue in Geneva next week.",
    "Unemployment fell slightly in the last quarter.",
    "The museum will be closed for renovation until autumn.",
    "We are hiring two hundred new teachers.",
    "The bridge repairs are ahead of schedule.",
    "My family has lived in this town for three generations.",
    "The vaccine rollout reached rural areas this week.",
    "Interest rates are expected to stay where they are.",
    "The festival attracts visitors from all over the region.",
    "We spoke about trade and about energy prices.",
    "The delegation arrived on Tuesday evening.",
    "The new model goes on sale in the autumn.",
    "Schools will reopen after the holiday as planned.",
    "The committee meets again on Thursday.",
    "He thanked the volunteers for their work.",
    "The harvest was better than last year's.",
    "The orchestra will tour Asia in the spring.",
)

SHORT_TOPICS = (
    "corruption",
    "election fraud",
    "human rights abuses",
    "tax evasion",
    "doping",
    "insider trading",
    "police brutality",
    "sexual harassment",
    "money laundering",
    "price fixing",
    "voter suppression",
    "espionage",
    "bribery",
    "torture of prisoners",
    "using chemical weapons",
    "covering up the outbreak",
    "genocide",
    "ethnic cleansing",
    "match fixing",
    "bid rigging",
    "illegal surveillance",
    "accounting fraud",
    "abuse of power",
    "obstruction of justice",
    "environmental crimes",
    "forced labour",
    "racial discrimination",
    "interfering in the election",
    "selling arms to rebels",
    "hacking the ministry's servers",
    "rigging the tender",
    "misleading investors",
    "hiding the safety defects",
    "attacks on civilians",
    "illegal dumping of waste",
    "wage theft",
    "plagiarism",
    "cheating in the exam",
    "smuggling",
    "state-sponsored terrorism",
)

ACCUSERS = (
    "Opposition leaders",
    "Human rights groups",
    "The prosecutor",
    "Critics",
    "A United Nations report",
    "Investigators",
    "Several newspapers",
    "The European Commission",
    "Former employees",
    "The rival campaign",
    "Activists",
    "A parliamentary committee",
    "Neighbouring governments",
    "Whistleblowers",
    "The union",
    "Auditors",
)

ACCUSED = (
    "the government",
    "the company",
    "the army",
    "the minister",
    "the club",
    "the senator",
    "the police",
    "the regime",
    "the bank",
    "the mayor",
    "the federation",
    "the ruling party",
)

RESPONDERS = (
    "The ministry",
    "A spokeswoman for the company",
    "The government",
    "The club's chairman",
    "The senator's office",
    "Police chiefs",
    "The embassy",
    "The bank",
    "The party's leadership",
    "The defence ministry",
    "The mayor",
    "The federation",
)

ALLEGATION_FRAMES = (
    "{accuser} accused {accused} of {topic}.",
    "{accuser} said {accused} was guilty of {topic}.",
    "{accuser} have raised allegations of {topic} against {accused}.",
    "{accuser} called for an inquiry into {topic} by {accused}.",
    "{accuser} blamed {accused} for {topic}.",
    "The charges of {topic} against {accused} were first made by {accuser_lower}.",
)

CLAIM_FRAMES = (
    "{accuser} said that {claim}.",
    "{accuser} alleged that {claim}.",
    "Reports this week claimed that {claim}.",
    "{accuser} insisted that {claim}.",
)

REACTION_FRAMES = (
    "{responder} fired back at accusers over {topic}.",
    "{responder} responded angrily to allegations of {topic}.",
    "{responder} rejected the charges of {topic} on Monday.",
    "{responder} lashed out at claims of {topic}.",
    "{responder} pushed back against accusations of {topic}.",
    "{responder} dismissed the allegations of {topic}.",
)

# After a reaction, the accuser answers: '<the ministry dismissed the allegations of T.> Investigators
# stood by the charge.' An endorsement then affirms T although the context is a denial; without these,
# every reaction context in the pool came with a rebuttal, and stance read any reply to a denial as one.
COUNTER_FRAMES = (
    "{accuser} stood by the charge.",
    "{accuser} hit back on Tuesday.",
    "But {accuser_lower} did not back down.",
    "{accuser} answered within hours.",
    "In reply, {accuser_lower} told reporters:",
    "{accuser} repeated the accusation.",
)

CLAIM_REACTION_FRAMES = (
    "{responder} pushed back against reports that {claim}.",
    "{responder} dismissed claims that {claim}.",
    "{responder} reacted furiously to suggestions that {claim}.",
)


def _pool(items: Sequence[str], split: str, dev_share: float = 0.25) -> list[str]:
    """The train or dev part of a pool, split by a stable hash of each entry."""
    is_dev = split == "dev"
    return [s for s in items if (stable_fraction("ctx:" + s) < dev_share) == is_dev]


def _clause(claim: str) -> str:
    claim = claim.strip().rstrip(".")
    return claim[0].lower() + claim[1:] if claim[:2].istitle() and not claim[:2].isupper() else claim


def context_pairs(
    claims: Sequence[str], n: int, split: str, seed: int, counter_share: float = 0.0
) -> list[StanceExample]:
    """n (topic, reply, context) examples. Topics are short allegations and the given claims.

    Mix: allegation + rebuttal -> denial; reaction ("X lashed out at claims of T") +
    rebuttal -> denial; allegation + endorsement -> accusation; reaction, then the accuser's answer +
    endorsement -> accusation (counter_share of the pairs, taken from the other-topic share; 0 keeps
    the mix that trained v6); allegation + aside -> neutral;
    another topic's allegation + rebuttal or endorsement -> neutral (the reply is about that
    other topic); no context + rebuttal -> neutral (nothing says what is rejected).
    """
    rng = random.Random(seed)
    rebuttals, endorsements, asides = (
        _pool(REBUTTALS, split),
        _pool(ENDORSEMENTS, split),
        _pool(ASIDES, split),
    )
    short = _pool(SHORT_TOPICS, split)
    alleged, reacted = _pool(ALLEGATION_FRAMES, split, 0.2), _pool(REACTION_FRAMES, split, 0.2)
    claim_alleged, claim_reacted = _pool(CLAIM_FRAMES, split, 0.25), _pool(CLAIM_REACTION_FRAMES, split, 0.34)
    # Dev must have a frame of every kind; a tiny pool may hash wholly to one side.
    alleged, reacted = alleged or list(ALLEGATION_FRAMES[:1]), reacted or list(REACTION_FRAMES[:1])
    claim_alleged = claim_alleged or list(CLAIM_FRAMES[:1])
    claim_reacted = claim_reacted or list(CLAIM_REACTION_FRAMES[:1])
    counters = _pool(COUNTER_FRAMES, split, 0.34) or list(COUNTER_FRAMES[:1])
    topics = [("short", t) for t in short] + [("claim", _clause(c)) for c in claims]

    def frame(kind: str, topic: str, reaction: bool) -> str:
        accuser = rng.choice(ACCUSERS)
        fields = {
            "accuser": accuser,
            "accuser_lower": accuser[0].lower() + accuser[1:],
            "accused": rng.choice(ACCUSED),
            "responder": rng.choice(RESPONDERS),
            "topic": topic,
            "claim": topic,
        }
        if kind == "short":
            return rng.choice(reacted if reaction else alleged).format(**fields)
        return rng.choice(claim_reacted if reaction else claim_alleged).format(**fields)

    out: list[StanceExample] = []
    for i in range(n):
        kind, topic = rng.choice(topics)
        roll = rng.random()
        if roll < 0.28:
            context, text, label = frame(kind, topic, False), rng.choice(rebuttals), "denial"
        elif roll < 0.40:
            context, text, label = frame(kind, topic, True), rng.choice(rebuttals), "denial"
        elif roll < 0.65:
            context, text, label = frame(kind, topic, False), rng.choice(endorsements), "accusation"
        elif roll < 0.75:
            context, text, label = frame(kind, topic, rng.random() < 0.5), rng.choice(asides), "neutral"
        elif roll < 0.75 + counter_share:
            accuser = rng.choice(ACCUSERS)
            lower = accuser[0].lower() + accuser[1:]
            answer = rng.choice(counters).format(accuser=accuser, accuser_lower=lower)
            context = f"{frame(kind, topic, True)} {answer}"
            text, label = rng.choice(endorsements), "accusation"
        elif roll < 0.94:
            other_kind, other = rng.choice(topics)
            if other == topic:
                continue
            reply = rng.choice(rebuttals + endorsements)
            context, text, label = frame(other_kind, other, rng.random() < 0.3), reply, "neutral"
        else:
            context, text, label = "", rng.choice(rebuttals), "neutral"
        topic_text = topic if kind == "short" else topic[0].upper() + topic[1:]
        out.append(
            StanceExample(f"ctx-{split}-{seed}-{i}", topic_text, text, label, context, source="context_pairs")
        )  # type: ignore[arg-type]
    return out
