"""Train the drafter's learned filter (trainer/draft/keep.py) on instructors' ratings, and measure it honestly.

The ratings are a JSON-lines file named by RATED_JSONL, one line per rating: set, judge, label (which drafter made
the deck), article (the article's path, relative to RATED_ARTICLES, or by default to the parent of the folder that
holds the file), headline, question (the drafted question's fields), index, n_questions, verdict (keep, edit or
delete). Without the file the script says so and stops; no rating or article text is ever written, only the
feature names, their scaling and the regression weights.

For who_said ("quote") and number ("figure") questions it trains two logistic regressions with L2 (pure Python,
Newton's method; deterministic): kept as it is vs not, deleted vs not. Everything printed is measured by
cross-validation grouped by article (an article's questions are all in one fold; no score is ever taken on a
model that saw its article): AUC per kind, and the effect on whole rated decks of dropping, per article, the
questions whose risk (P(delete) - a * P(keep)) reaches the kind's threshold, worst first, never below two
questions (trainer.draft.keep.to_drop). The rule (a, the thresholds) is chosen inside each training fold by an
inner cross-validation, so the deck figures are nested CV too; the shipped rule is then chosen the same way on
all the data, and the shipped models are trained on all of it.

    RATED_JSONL=/path/to/rated.jsonl python bench/train_keep.py [--folds 5] [--write]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import os
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from trainer.draft import keep  # noqa: E402
from trainer.draft.text import CURLY, parse_article  # noqa: E402

#: The issue's goals for whole decks: kept as they are, kept with edits.
GOALS = (0.60, 0.85)
L2 = (3.0, 10.0, 30.0, 100.0, 300.0)
KEEP_WEIGHTS = (0.0, 0.5, 1.0)
#: What dropping a question costs the rule's choice, in share points per share of the questions dropped: where
#: two thresholds do about as well in the training folds, the one that drops less (the gains of the rule are a
#: few points, and a threshold that drops many questions for them varies most from fold to fold).
DROP_COST = float(os.environ.get("KEEP_DROP_COST", "0.05"))
#: Besides all rated decks, the deck figures are printed for the newest this many judging rounds (their set
#: numbers are read from the data): the newest five, and the newest eleven (from set 28 on, which earlier
#: versions printed as "the last six rounds").
RECENT = (5, 11)


# ---------------------------------------------------------------- data


def _same(value) -> str:
    """A field as compared between a rated question and today's draft: quotes straight, space single, lower case."""
    return " ".join(str(value or "").translate(CURLY).split()).lower()


def _signature(question: dict) -> tuple[str, str, str]:
    """What identifies a drafted question across drafter versions: its type, its answer and its quote's opening
    (prompts and explanations change with every round of rules; who said what, or which figure, does not)."""
    return str(question.get("type")), _same(question.get("answer")), _same(question.get("quote"))[:60]


def still_drafted(rows: list[dict], articles: Path) -> tuple[set[tuple], Counter]:
    """The rated who_said and figure questions today's rules still draft (the filter off), as (article,
    signature), and the verdicts of the ones they still draft and of the ones they no longer do.

    A diagnostic, and the ``--still-drafted`` training set. It is not the default, on the evidence: most rated
    deletes come from older rules that now refuse them (on 4,189 ratings, 25% of the who_said ratings are
    deletes, 8% of those today's rules still draft), but that share is in-sample: the rules were written from
    those very ratings. On fresh articles no rule had seen (three sets judged blind after the rules of one stop),
    a quarter to a third of today's who_said and figure questions were deleted again. A filter trained only on
    what the rules still draft learned that deletes are rare and dropped nothing; the filter trained on every
    rating flagged 16 of those fresh questions, 12 of them deletes."""
    from trainer.draft.build import draft_deck
    from trainer.draft.text import DraftError

    asked: set[tuple] = set()
    for article in sorted({row["article"] for row in rows}):
        try:
            deck, _ = draft_deck([articles / article], cwd=articles, learned_filter=False)
        except DraftError:
            continue
        asked |= {(article, _signature(q)) for q in deck["questions"]}
    counts: Counter = Counter()
    for row in rows:
        if row["question"].get("type") in keep.KINDS:
            still = (row["article"], _signature(row["question"])) in asked
            counts[("still" if still else "gone", keep.KINDS[row["question"]["type"]], row["verdict"])] += 1
    return asked, counts


def load(path: Path, articles: Path, current: bool = False):
    """Distinct questions (features, mean keep, mean delete, article group) and the rated decks; with ``current``,
    only the who_said and figure questions today's rules still draft (:func:`still_drafted`)."""
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    if current:
        asked, counts = still_drafted(rows, articles)
        for kind in keep.FEATURES:
            for state in ("still", "gone"):
                print(f"  {kind} ratings of questions today's rules {'still draft' if state == 'still' else 'no longer draft'}: "
                      + ", ".join(f"{v} {counts[(state, kind, v)]}" for v in ("keep", "edit", "delete")))
        rows = [row for row in rows if row["question"].get("type") not in keep.KINDS
                or (row["article"], _signature(row["question"])) in asked]
    texts: dict[str, tuple[str, str | None]] = {}
    views: dict[str, keep.ArticleView] = {}
    items: dict[tuple, dict] = {}
    decks: dict[tuple, list] = defaultdict(list)
    for row in rows:
        if row["article"] not in texts:
            parsed = parse_article(Path(row["article"]), (articles / row["article"]).read_text(encoding="utf-8"))
            texts[row["article"]] = (parsed.text, parsed.title)
        body, title = texts[row["article"]]
        headline = row.get("headline") or title
        group = " ".join((headline or row["article"]).split()).lower()
        question = row["question"]
        key = (group, json.dumps({k: v for k, v in question.items() if k not in ("choices", "id", "tags")},
                                 sort_keys=True))
        item = items.get(key)
        if item is None:
            view = views.get(row["article"]) or views.setdefault(row["article"], keep.ArticleView(body, headline))
            found = keep.features(question, view)
            item = items[key] = {"group": group, "kind": found[0] if found else None,
                                 "x": found[1] if found else None, "verdicts": []}
        item["verdicts"].append(row["verdict"])
        decks[(row["set"], row["judge"], row["label"], row["article"])].append((key, row["verdict"], row["index"]))
    for item in items.values():
        n = len(item["verdicts"])
        item["keep"] = item["verdicts"].count("keep") / n
        item["delete"] = item["verdicts"].count("delete") / n
    return items, decks


def fold_of(group: str, folds: int, salt: str = "") -> int:
    return int(hashlib.sha256((salt + group).encode()).hexdigest(), 16) % folds


# ---------------------------------------------------------------- logistic regression


def _solve(a: list[list[float]], b: list[float]) -> list[float]:
    """Gaussian elimination with partial pivoting (the system is small and positive definite)."""
    n = len(b)
    m = [row[:] + [b[i]] for i, row in enumerate(a)]
    for col in range(n):
        pivot = max(range(col, n), key=lambda r: abs(m[r][col]))
        m[col], m[pivot] = m[pivot], m[col]
        for r in range(col + 1, n):
            f = m[r][col] / m[col][col]
            if f:
                for c in range(col, n + 1):
                    m[r][c] -= f * m[col][c]
    x = [0.0] * n
    for r in range(n - 1, -1, -1):
        x[r] = (m[r][n] - sum(m[r][c] * x[c] for c in range(r + 1, n))) / m[r][r]
    return x


def scaling(rows: list[list[float]]) -> tuple[list[float], list[float]]:
    d = len(rows[0])
    mean = [sum(r[j] for r in rows) / len(rows) for j in range(d)]
    scale = [math.sqrt(sum((r[j] - mean[j]) ** 2 for r in rows) / len(rows)) or 1.0 for j in range(d)]
    return mean, scale


def fit(rows: list[list[float]], targets: list[float], l2: float, iterations: int = 12) -> tuple[list[float], float]:
    """L2-penalised logistic regression on soft targets by Newton's method (the bias is not penalised)."""
    d = len(rows[0]) + 1
    xs = [r + [1.0] for r in rows]
    w = [0.0] * d
    for _ in range(iterations):
        grad = [l2 * w[j] if j < d - 1 else 0.0 for j in range(d)]
        hess = [[(l2 if i == j and i < d - 1 else 0.0) for j in range(d)] for i in range(d)]
        for x, y in zip(xs, targets):
            p = keep.logistic(w, 0.0, x)
            g, h = p - y, p * (1 - p)
            for i in range(d):
                xi = x[i]
                grad[i] += g * xi
                hx = h * xi
                row = hess[i]
                for j in range(i + 1):
                    row[j] += hx * x[j]
        for i in range(d):
            for j in range(i + 1, d):
                hess[i][j] = hess[j][i]
        step = _solve(hess, grad)
        w = [a - b for a, b in zip(w, step)]
        if max(abs(s) for s in step) < 1e-6:
            break
    return w[:-1], w[-1]


def train(items: list[dict], l2: dict[str, float]) -> dict:
    """One kind's model: scaling and the keep and delete regressions (``l2`` per regression)."""
    rows = [i["x"] for i in items]
    mean, scale = scaling(rows)
    scaled = [[(x - m) / s for x, m, s in zip(r, mean, scale)] for r in rows]
    model = {"mean": mean, "scale": scale}
    for target in ("keep", "delete"):
        weights, bias = fit(scaled, [i[target] for i in items], l2[target])
        model[target] = {"weights": weights, "bias": bias}
    return model


def auc(scores: list[float], labels: list[int]) -> float:
    pairs = sorted(zip(scores, labels))
    rank, total_pos, rank_sum, i = 0, sum(labels), 0.0, 0
    while i < len(pairs):
        j = i
        while j < len(pairs) and pairs[j][0] == pairs[i][0]:
            j += 1
        average = (i + j + 1) / 2  # 1-based average rank of the tie
        rank_sum += average * sum(label for _, label in pairs[i:j])
        i = j
    negatives = len(pairs) - total_pos
    if not total_pos or not negatives:
        return float("nan")
    return (rank_sum - total_pos * (total_pos + 1) / 2) / (total_pos * negatives)


def out_of_fold(items: list[dict], folds: int, l2: dict[str, float], salt: str) -> dict[int, tuple[float, float]]:
    """(P(keep), P(delete)) for every item, each from a model that never saw its article."""
    found: dict[int, tuple[float, float]] = {}
    for fold in range(folds):
        train_items = [i for i in items if fold_of(i["group"], folds, salt) != fold]
        test_items = [i for i in items if fold_of(i["group"], folds, salt) == fold]
        if not train_items or not test_items:
            continue
        model = train(train_items, l2)
        for item in test_items:
            found[id(item)] = keep.scores(model, item["x"])
    return found


# ---------------------------------------------------------------- decks


def simulate(decks: dict, items: dict, risks: dict[tuple, float | None], thresholds: dict[str, float]) -> dict:
    """Whole rated decks before and after the rule: shares kept, kept-or-edited, what it drops."""
    out = {"n": 0, "keep": 0, "ok": 0, "n0": 0, "keep0": 0, "ok0": 0, "dropped": defaultdict(int),
           "scored": defaultdict(int), "lost_keeps": 0, "dropped_deletes": 0, "one": 0, "one0": 0, "decks": 0}
    for rated in decks.values():
        keys = [k for k, _, _ in rated]
        kinds = [items[k]["kind"] for k in keys]
        deck_risks = [risks.get(k) for k in keys]
        drop = keep.to_drop(deck_risks, [False] * len(keys), thresholds, kinds) if thresholds else set()
        out["decks"] += 1
        out["one0"] += len(rated) == 1
        out["one"] += len(rated) - len(drop) == 1
        for index, (key, verdict, _) in enumerate(rated):
            out["n0"] += 1
            out["keep0"] += verdict == "keep"
            out["ok0"] += verdict != "delete"
            if kinds[index]:
                out["scored"][kinds[index]] += 1
            if index in drop:
                out["dropped"][kinds[index]] += 1
                out["lost_keeps"] += verdict == "keep"
                out["dropped_deletes"] += verdict == "delete"
                continue
            out["n"] += 1
            out["keep"] += verdict == "keep"
            out["ok"] += verdict != "delete"
    return out


def objective(result: dict) -> float:
    """Both goals at once: each share up to its goal (past it, a quarter of the excess), and a share kept as
    it is that falls below the decks' own (the rule dropped more keeps than it gained) costs twice its fall: a
    filter that trades questions kept as they are for fewer deletes does not serve the first goal; and each
    question dropped costs a little (:data:`DROP_COST`)."""
    keep_share, ok_share = result["keep"] / result["n"], result["ok"] / result["n"]
    score = sum(min(s, g) + 0.25 * max(0.0, s - g) for s, g in zip((keep_share, ok_share), GOALS))
    dropped = 1 - result["n"] / result["n0"]
    return score - 2 * max(0.0, result["keep0"] / result["n0"] - keep_share) - DROP_COST * dropped


def risks_for(items: dict, probs: dict[int, tuple[float, float]], keep_weight: float) -> dict[tuple, float | None]:
    return {key: (probs[id(item)][1] - keep_weight * probs[id(item)][0]) if id(item) in probs else None
            for key, item in items.items()}


def choose_rule(decks: dict, items: dict, probs: dict[int, tuple[float, float]]) -> tuple[float, dict[str, float]]:
    """The keep weight and per-kind thresholds that serve both goals best on these (out-of-fold) scores."""
    best = (objective(simulate(decks, items, {}, {})), 0.0, {})
    for keep_weight in KEEP_WEIGHTS:
        risks = risks_for(items, probs, keep_weight)
        grid = [round(-1.0 + 0.05 * step, 2) for step in range(41)]
        thresholds = {"quote": 2.0, "figure": 2.0}
        for _ in range(2):  # coordinate ascent over the two kinds
            for kind in ("quote", "figure"):
                scored = []
                for t in grid:
                    trial = dict(thresholds, **{kind: t})
                    scored.append((objective(simulate(decks, items, risks, trial)), -t, t))
                top = max(scored)
                if top[0] > objective(simulate(decks, items, risks, thresholds)):
                    thresholds[kind] = top[2]
        score = objective(simulate(decks, items, risks, thresholds))
        if score > best[0] + 1e-9:
            best = (score, keep_weight, thresholds)
    return best[1], best[2]


# ---------------------------------------------------------------- main


def round_of(name: str) -> int | None:
    """The judging round of a set's name: 34 for "blind34" and for its second judge's "blind34b"; None for a set
    without a number."""
    digits = "".join(ch for ch in name if ch.isdigit())
    return int(digits) if digits else None


def newest_rounds(decks: dict, count: int) -> list[int]:
    """The numbers of the ``count`` newest judging rounds among the rated decks' sets."""
    numbers = sorted({n for n in (round_of(d[0]) for d in decks) if n is not None})
    return numbers[-count:]



def report(label: str, result: dict) -> None:
    print(f"  {label}: {result['decks']} deck ratings, {result['n0']} rated questions -> {result['n']} "
          f"({result['n0'] - result['n']} dropped: {dict(result['dropped'])} of {dict(result['scored'])} scored; "
          f"{result['dropped_deletes']} were deletes, {result['lost_keeps']} keeps lost)")
    print(f"    kept as they are {result['keep0'] / result['n0']:.1%} -> {result['keep'] / result['n']:.1%};  "
          f"with edits {result['ok0'] / result['n0']:.1%} -> {result['ok'] / result['n']:.1%};  "
          f"decks of one question {result['one0']} -> {result['one']}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--write", action="store_true", help="write the weights to trainer/draft/keep_weights.json")
    parser.add_argument("--still-drafted", action="store_true",
                        help="train only on the rated questions today's rules still draft (see still_drafted)")
    args = parser.parse_args()
    rated = os.environ.get("RATED_JSONL")
    if not rated or not Path(rated).is_file():
        print("RATED_JSONL is not set to a ratings file: nothing to train on (skipped)")
        return 0
    articles = Path(os.environ.get("RATED_ARTICLES") or Path(rated).resolve().parent.parent)
    items, decks = load(Path(rated), articles, current=args.still_drafted)
    by_kind = {kind: [i for i in items.values() if i["kind"] == kind] for kind in keep.FEATURES}
    print(f"{sum(len(d) for d in decks.values())} ratings, {len(items)} distinct questions, "
          f"{len({i['group'] for i in items.values()})} articles; scored: "
          + ", ".join(f"{k} {len(v)}" for k, v in by_kind.items()))

    # L2 by grouped CV: for each regression, the penalty with the best out-of-fold AUC.
    chosen_l2: dict[str, dict[str, float]] = {}
    for kind, kind_items in by_kind.items():
        best = {"keep": (-1.0, 0.0), "delete": (-1.0, 0.0)}
        for l2 in L2:
            probs = out_of_fold(kind_items, args.folds, {"keep": l2, "delete": l2}, "l2")
            for column, target in enumerate(("keep", "delete")):
                score = auc([probs[id(i)][column] for i in kind_items], [int(i[target] >= 0.5) for i in kind_items])
                if score > best[target][0] + 1e-9:
                    best[target] = (score, l2)
        chosen_l2[kind] = {target: value[1] for target, value in best.items()}
    print(f"L2 by grouped CV: {chosen_l2}")

    # Outer folds: out-of-fold probabilities for the AUCs, and the rule chosen inside each training fold.
    outer: dict[int, tuple[float, float]] = {}
    for kind, kind_items in by_kind.items():
        outer.update(out_of_fold(kind_items, args.folds, chosen_l2[kind], "outer"))
    print(f"Grouped {args.folds}-fold CV by article (each score from a model that never saw the article):")
    for kind, kind_items in by_kind.items():
        ratings = [(outer[id(i)], v) for i in kind_items for v in i["verdicts"]]
        keep_auc = auc([p[0] for p, _ in ratings], [int(v == "keep") for _, v in ratings])
        delete_auc = auc([p[1] for p, _ in ratings], [int(v == "delete") for _, v in ratings])
        print(f"  {kind}: AUC keep-vs-not {keep_auc:.3f}, delete-vs-not {delete_auc:.3f} "
              f"({len(ratings)} ratings of {len(kind_items)} questions)")

    nested_risks: dict[tuple, float | None] = {}
    fold_rules = []
    for fold in range(args.folds):
        inside = {k: i for k, i in items.items() if fold_of(i["group"], args.folds, "outer") != fold}
        inside_decks = {d: r for d, r in decks.items() if fold_of(items[r[0][0]]["group"], args.folds, "outer") != fold}
        inner: dict[int, tuple[float, float]] = {}
        for kind in keep.FEATURES:
            inner.update(out_of_fold([i for i in inside.values() if i["kind"] == kind], args.folds - 1,
                                     chosen_l2[kind], f"inner{fold}"))
        keep_weight, thresholds = choose_rule(inside_decks, inside, inner)
        fold_rules.append((keep_weight, thresholds))
        for key, item in items.items():
            if fold_of(item["group"], args.folds, "outer") == fold and id(item) in outer:
                p_keep, p_delete = outer[id(item)]
                if item["kind"] in thresholds:
                    nested_risks[key] = p_delete - keep_weight * p_keep - thresholds[item["kind"]]
    print("Rule chosen inside each training fold (keep weight, thresholds): "
          + "; ".join(f"{w:g} {t}" for w, t in fold_rules))
    zero = {"quote": 0.0, "figure": 0.0}
    report("all rated decks, nested CV", simulate(decks, items, nested_risks, zero))
    for rounds in RECENT:
        numbers = newest_rounds(decks, rounds)
        if numbers:
            recent = {d: r for d, r in decks.items() if round_of(d[0]) in numbers}
            report(f"the newest {len(numbers)} judging rounds (sets {min(numbers)}-{max(numbers)}), nested CV",
                   simulate(recent, items, nested_risks, zero))

    # The shipped rule and models: the rule from all out-of-fold scores, the models on everything.
    keep_weight, thresholds = choose_rule(decks, items, outer)
    print(f"Shipped rule (from all out-of-fold scores): risk = P(delete) - {keep_weight:g} * P(keep), "
          f"thresholds {thresholds}")
    report("all rated decks with the shipped rule on out-of-fold scores", simulate(
        decks, items, risks_for(items, outer, keep_weight), thresholds))
    if args.write:
        models = {}
        for kind, kind_items in by_kind.items():
            model = train(kind_items, chosen_l2[kind])
            models[kind] = {"features": list(keep.FEATURES[kind]), "l2": chosen_l2[kind],
                            "mean": [round(v, 6) for v in model["mean"]], "scale": [round(v, 6) for v in model["scale"]],
                            **{t: {"weights": [round(v, 6) for v in model[t]["weights"]], "bias": round(model[t]["bias"], 6)}
                               for t in ("keep", "delete")},
                            "rule": {"keep_weight": keep_weight, "threshold": thresholds[kind]}}
        payload = {"about": "trainer.draft.keep: logistic regressions trained by bench/train_keep.py on instructors' "
                            "ratings of drafted questions (weights only; no text)",
                   "trained_on": {"ratings": sum(len(d) for d in decks.values()), "questions": len(items),
                                  "articles": len({i['group'] for i in items.values()})},
                   "models": models}
        keep.WEIGHTS.write_text(json.dumps(payload, indent=1) + "\n", encoding="utf-8")
        print(f"wrote {keep.WEIGHTS.relative_to(ROOT)} ({keep.WEIGHTS.stat().st_size} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
