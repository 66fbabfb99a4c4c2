"""`trainer draft` on real news: the PolNeAR corpus (2016 US election coverage, gold attributions).

PolNeAR (the public networkdynamics/PolNeAR repository) annotates every attribution in about 1,000
articles from seven outlets: its SOURCE, CUE and CONTENT spans, in brat files (one per annotator;
the file's suffix names the annotator), with CoreNLP parses that carry coreference. This bench
reads its dev split (train with --split train) from the folder named by POLNEAR_DIR (the one
holding data/, or data/ itself) and never anything else: the test split is kept for independent
evaluation. It skips with a message when the folder is absent. No article text is stored here.

Each article is drafted as a user would: its title and date from data/metadata.tsv make the header
line, then the article's body. For each article the first annotator's file (by name) is the gold.

- quote precision: drafted who_said questions whose quote lies in an annotated CONTENT span.
- attribution precision: of those, the share whose answer is the annotated SOURCE. A source is the
  name at its head ("Trump spokeswoman Hope Hicks" -> Hope Hicks); a source with no name (a pronoun,
  "the spokeswoman") is resolved through CoreNLP's coreference chain; sources that stay without a
  name ("a source", "officials") are counted apart as unresolvable, not scored.
- direct-quote recall: quoted passages of three words or more inside a CONTENT span whose source is
  a named person (CoreNLP tags the source, or a mention coreferent with it, PERSON), that a drafted
  who_said question covers with the right speaker; the same over every named source (outlets,
  bodies) is printed below it, and the share left in the deck after its cap of who_said questions
  per speaker (a deck asks about a speaker a few times, not for every quote) and the learned filter
  (trainer/draft/keep.py); attribution precision is printed over the deck's questions too.
- time: median and maximum time to draft one article's deck (analysis, selection, explanations and the
  learned filter, as `trainer draft` does), each article in a
  worker process that is stopped after --timeout seconds (counted as a timeout).

    POLNEAR_DIR=/path/to/PolNeAR python bench/polnear_bench.py [--split dev] [--show-errors N]
"""

from __future__ import annotations

import argparse
import datetime as dt
import multiprocessing as mp
import os
import re
import statistics
import sys
import time
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

TARGETS = {"attribution precision": 0.95, "direct-quote recall": 0.60, "max seconds": 0.5}
_NAME_WORD = re.compile(r"[A-Z][\w'’.\-]*")
_STOP = frozenset("The A An This That These Those It He She They We I His Her Their Its And Of".split())
#: A post the gold source writes before a surname: no given name ("President Obama" is Barack Obama).
_POSTS = frozenset("President Senator Sen Governor Gov Representative Rep Secretary Speaker Judge Justice Chairman "
                   "Chairwoman Director General Mayor Minister Chancellor Pope Prince King Queen Attorney Dr Mr Mrs Ms"
                   .split())


# ---------------------------------------------------------------- corpus


@dataclass
class Span:
    start: int
    end: int
    text: str


@dataclass
class Attribution:
    source: list[Span]
    content: list[Span]


@dataclass
class Article:
    name: str
    text: str
    title: str
    date: dt.date | None
    attributions: list[Attribution]
    chains: list[tuple[list[tuple[int, int, str]], str]] = field(default_factory=list)
    #: Character spans of the tokens CoreNLP tags PERSON.
    persons: list[tuple[int, int]] = field(default_factory=list)


def corpus_dir() -> Path | None:
    raw = os.environ.get("POLNEAR_DIR")
    if not raw:
        return None
    base = Path(raw)
    for candidate in (base / "data", base):
        if (candidate / "metadata.tsv").is_file():
            return candidate
    return None


def _metadata(data: Path) -> dict[str, dict[str, str]]:
    lines = (data / "metadata.tsv").read_text(encoding="utf-8").splitlines()
    header = lines[0].split("\t")
    return {row["filename"]: row for row in (dict(zip(header, line.split("\t"))) for line in lines[1:])}


def _read_ann(path: Path) -> list[Attribution]:
    spans: dict[str, list[Span]] = {}
    links = []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if line.startswith("T") and len(parts) >= 3:
            kind, _, ranges = parts[1].partition(" ")
            text = parts[2]
            pieces = []
            for piece in ranges.split(";"):
                start, end = (int(x) for x in piece.split())
                pieces.append(Span(start, end, ""))
            spans[parts[0]] = pieces
        elif line.startswith("E") and len(parts) >= 2:
            links.append(dict(item.split(":", 1) for item in parts[1].split()))
    found = []
    for link in links:
        source = [s for key, ref in link.items() if key.startswith("Source") for s in spans.get(ref, [])]
        content = [s for key, ref in link.items() if key.startswith("Content") for s in spans.get(ref, [])]
        if content:
            found.append(Attribution(source, content))
    return found


def _coref(path: Path) -> tuple[list[tuple[list[tuple[int, int, str]], str]], list[tuple[int, int]]]:
    """CoreNLP's coreference chains as (mentions by character span, representative text), and the
    spans of its PERSON tokens."""
    if not path.is_file():
        return [], []
    root = ET.parse(path).getroot()
    offsets: dict[tuple[int, int], tuple[int, int]] = {}
    persons: list[tuple[int, int]] = []
    for sentence in root.iter("sentence"):
        sid = sentence.get("id")
        if sid is None or sentence.find("tokens") is None:
            continue
        for token in sentence.iter("token"):
            offsets[(int(sid), int(token.get("id")))] = (int(token.findtext("CharacterOffsetBegin")),
                                                         int(token.findtext("CharacterOffsetEnd")))
            if token.findtext("NER") == "PERSON":
                persons.append(offsets[(int(sid), int(token.get("id")))])
    chains = []
    outer = root.find(".//coreference")
    for chain in (outer.findall("coreference") if outer is not None else []):
        mentions, representative = [], ""
        for mention in chain.findall("mention"):
            sid, start, end = (int(mention.findtext(k)) for k in ("sentence", "start", "end"))
            if (sid, start) in offsets and (sid, end - 1) in offsets:
                mentions.append((offsets[(sid, start)][0], offsets[(sid, end - 1)][1], mention.findtext("text")))
            if mention.get("representative") == "true":
                representative = mention.findtext("text") or ""
        chains.append((mentions, representative))
    return chains, persons


def load(data: Path, split: str) -> list[Article]:
    if split not in ("train", "dev"):
        raise SystemExit("only the train and dev splits are read; the test split is kept for independent evaluation")
    meta = _metadata(data)
    folder = data / split
    articles = []
    for text_path in sorted((folder / "text").glob("*.txt")):
        name = text_path.stem
        anns = sorted((folder / "attributions").glob(f"{name}_*.ann"))
        if not anns:
            continue
        row = meta.get(name, {})
        try:
            date = dt.date.fromisoformat(row.get("publication_date", ""))
        except ValueError:
            date = None
        text = text_path.read_text(encoding="utf-8")
        articles.append(Article(name, text, row.get("title") or text.split("\n", 1)[0], date, _read_ann(anns[0])))
    return articles


# ---------------------------------------------------------------- gold


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def gold_quotes(text: str) -> list[tuple[int, int]]:
    """Quoted passages (inside the marks) of three words or more, paragraph by paragraph."""
    found = []
    position = 0
    for paragraph in text.split("\n"):
        opened = None
        for index, char in enumerate(paragraph):
            if char in "“\"" and opened is None:
                opened = index + 1
            elif char in "”\"" and opened is not None:
                found.append((position + opened, position + index))
                opened = None
        if opened is not None and len(paragraph) - opened > 0:
            found.append((position + opened, position + len(paragraph)))
        position += len(paragraph) + 1
    return [(s, e) for s, e in found if len(text[s:e].split()) >= 3]


def _head_names(text: str) -> list[str]:
    """Runs of capitalised words in a source that stand for the source itself, not a modifier."""
    runs: list[tuple[int, int]] = []
    for match in re.finditer(r"(?:[A-Z][\w'’.\-]*(?:\s+(?:[A-Z][\w'’.\-]*|de|van|von|al|bin))*)", text):
        runs.append(match.span())
    heads = []
    for start, end in runs:
        words = [w for w in text[start:end].split() if w not in _STOP]
        follow = text[end:].lstrip()
        if not words or re.search(r"['’]s$", text[start:end]):
            continue
        if follow and not follow.startswith((",", "(", "—", "-", ")", "of ")):
            continue  # "Clinton spokesman", "Trump campaign": a modifier ("Rangel of New York" is a head)
        heads.append(" ".join(words))
    return heads


def is_person(article: Article, attribution: Attribution) -> bool:
    """Whether CoreNLP tags a word of the source, or of a mention coreferent with it, PERSON."""
    spans = [(s.start, s.end) for s in attribution.source]
    for span in list(spans):
        for mentions, _ in article.chains:
            if any(_overlap(span, (m[0], m[1])) for m in mentions):
                spans += [(m[0], m[1]) for m in mentions]
    return any(_overlap(span, person) for span in spans for person in article.persons)


def resolve_source(article: Article, attribution: Attribution) -> list[str] | None:
    """The names the gold source goes by, or None when it names nobody."""
    text = " ".join(article.text[s.start : s.end] for s in attribution.source)
    heads = _head_names(text)
    chain_names: list[str] = []
    for span in attribution.source:
        for mentions, representative in article.chains:
            if any(_overlap((span.start, span.end), (m[0], m[1])) for m in mentions):
                # only mentions CoreNLP tags PERSON: chains also join "he" to "America" or "Getty"
                chain_names += [h for m in mentions for h in _head_names(m[2])
                                if any(_overlap((m[0], m[1]), p) for p in article.persons)]
    if heads:
        surnames = {h.split()[-1] for h in heads}
        return heads + [n for n in chain_names if n.split()[-1] in surnames]
    if len({n.split()[-1] for n in chain_names}) > 1:
        return None  # the chain joins different people: no gold to score against
    return chain_names or None


def same_person(answer: str, names: list[str]) -> bool:
    """Whether a drafted answer is the gold source: same surname, and no other first name for it."""
    words = answer.replace("’", "'").split()
    while len(words) > 1 and words[-1].rstrip(".,") in ("Jr", "Sr", "II", "III", "IV"):
        words.pop()  # "Joseph R. Biden Jr." is Mr. Biden
    surname = words[-1].rstrip(".")
    matching = [n.replace("’", "'").split() for n in names]
    matching = [n[:-1] if len(n) > 1 and n[-1].rstrip(".,") in ("Jr", "Sr", "II", "III", "IV") else n
                for n in matching]  # the gold's "Sen. Robert P. Casey Jr." is Casey too
    matching = [n for n in matching if n[-1].rstrip(".").casefold() == surname.casefold()]  # a transcript's "PENCE:"
    if not matching:
        return False
    given = {w for w in words[:-1] if not w.endswith(".") and w not in _POSTS}
    gold_given = {w for n in matching for w in n[:-1] if not w.endswith(".") and w not in _POSTS}
    if given and gold_given and not {w[:3] for w in given} & {w[:3] for w in gold_given}:
        return False  # Bill Clinton for Hillary Clinton
    return True


# ---------------------------------------------------------------- drafting


def _select(analysis, date, threshold, per_speaker=None):
    from trainer.draft import build

    threshold = build.DEFAULT_MIN_CONFIDENCE if threshold is None else threshold
    select = getattr(build, "select_candidates", None)
    if select is not None:
        try:
            return select(analysis, threshold, per_speaker=per_speaker)
        except TypeError:  # a drafter from before the per-speaker cap
            return select(analysis, threshold)
    year = date.year if date else None
    chosen = sorted((c for c in analysis.candidates if c.confidence >= threshold
                     and build.passes_strict(c, year)), key=lambda c: (-c.confidence, c.position))
    kept, seen = [], set()
    for candidate in chosen:
        if candidate.key not in seen:
            seen.add(candidate.key)
            kept.append(candidate)
    return kept


def draft_one(title: str, date: dt.date | None, body: str, threshold: float | None = None) -> tuple[list[tuple[int, int, str]], float, int]:
    """Drafted who_said questions as (start, end, answer) in body offsets, the seconds it took, and how many
    questions in all."""
    from trainer.draft import build
    from trainer.draft.build import analyse
    from trainer.draft.text import parse_article

    header = f" date {date.isoformat()} {title}\n\n" if date else f"{title}\n\n"
    began = time.perf_counter()
    article = parse_article(Path("article.txt"), header + body)
    analysis = analyse(article)
    if hasattr(build, "MAX_PER_SPEAKER"):
        deck = _select(analysis, date, threshold, build.MAX_PER_SPEAKER)
        if hasattr(build, "article_questions"):  # the deck as `trainer draft` writes it: after the learned filter
            deck = [candidate for candidate, _ in build.article_questions(analysis, deck, set())]
        seconds = time.perf_counter() - began  # the time to draft the deck, as `trainer draft` does
        kept = _select(analysis, date, threshold)  # every quote found, for recall
    else:
        kept = deck = _select(analysis, date, threshold)
        seconds = time.perf_counter() - began
    in_deck = {c.position for c in deck}
    spans = {q.start: q for q in analysis.quotes}
    offset = len(header)
    found = []
    for candidate in kept:
        if candidate.fields["type"] == "who_said" and candidate.position in spans:
            quote = spans[candidate.position]
            # body offsets -> offsets in ``body``: parse_article keeps the body as it is after the header
            shift = (header + body).find(article.text) - offset
            found.append((quote.start + shift, quote.end + shift, candidate.fields["answer"], quote.cue,
                          candidate.position in in_deck))
    return found, seconds, len(in_deck)


def _worker(connection) -> None:
    while True:
        job = connection.recv()
        if job is None:
            return
        try:
            connection.send(("ok", draft_one(*job)))
        except Exception as error:  # a crash is a finding, not the end of the bench
            connection.send(("error", f"{type(error).__name__}: {error}"))


class Drafter:
    """Drafts in a worker process, so that an article that hangs can be stopped."""

    def __init__(self, timeout: float) -> None:
        self.timeout = timeout
        self._start()

    def _start(self) -> None:
        self.connection, child = mp.Pipe()
        self.process = mp.get_context("fork").Process(target=_worker, args=(child,), daemon=True)
        self.process.start()

    def draft(self, title, date, body, threshold=None):
        self.connection.send((title, date, body, threshold))
        if self.connection.poll(self.timeout):
            return self.connection.recv()
        self.process.kill()
        self.process.join()
        self._start()
        return ("timeout", None)

    def close(self) -> None:
        self.connection.send(None)
        self.process.join(5)


# ---------------------------------------------------------------- scoring


def body_start(article: Article) -> int:
    first_break = article.text.find("\n")
    start = first_break + 1 if first_break >= 0 else 0
    while start < len(article.text) and article.text[start] in "\n \t":
        start += 1
    return start


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--split", default="dev", choices=("dev", "train"))
    parser.add_argument("--timeout", type=float, default=20.0)
    parser.add_argument("--limit", type=int, default=0)
    parser.add_argument("--show-errors", type=int, default=0, metavar="N", help="print N wrong speakers")
    parser.add_argument("--min-confidence", type=float, default=None, help="the drafter's threshold (default: its own)")
    parser.add_argument("--show-missed", type=int, default=0, metavar="N", help="print N quotes drafted as nothing")
    parser.add_argument("--context", action="store_true", help="show the text around each wrong speaker")
    parser.add_argument("--by-cue", action="store_true", help="attribution precision by how the speaker was found")
    args = parser.parse_args(argv)
    data = corpus_dir()
    if data is None:
        print("polnear_bench: skipped: set POLNEAR_DIR to a copy of the PolNeAR repository (the folder with "
              "data/metadata.tsv and data/dev); the corpus is not shipped with trainer")
        return 0
    articles = load(data, args.split)[: args.limit or None]
    drafter = Drafter(args.timeout)
    times, timeouts, errors = [], [], []
    drafted = in_content = scored = right = unresolvable = 0
    deck_scored = deck_right = 0  # the same over the questions left in the deck
    gold_total = gold_hit = questions = person_total = person_hit = person_in_deck = 0
    wrong: list[str] = []
    missed: list[str] = []
    by_cue: dict[str, list[int]] = {}
    for article in articles:
        article.chains, article.persons = _coref(data / args.split / "corenlp" / f"{article.name}.txt.xml")
        start = body_start(article)
        status, result = drafter.draft(article.title, article.date, article.text[start:], args.min_confidence)
        if status == "timeout":
            timeouts.append(article.name)
            times.append(args.timeout)
            found = []
        elif status == "error":
            errors.append(f"{article.name}: {result}")
            found = []
        else:
            found, seconds, count = result
            times.append(seconds)
            questions += count
        found = [(s + start, e + start, answer, cue, deck) for s, e, answer, cue, deck in found]
        resolved = [(a, resolve_source(article, a)) for a in article.attributions]
        for s, e, answer, cue, deck in found:
            drafted += 1
            best = max(resolved, default=None,
                       key=lambda pair: sum(_overlap((s, e), (c.start, c.end)) for c in pair[0].content))
            inside = best and sum(_overlap((s, e), (c.start, c.end)) for c in best[0].content) >= 0.5 * (e - s)
            if not inside:
                continue
            in_content += 1
            if best[1] is None:
                unresolvable += 1
                continue
            scored += 1
            deck_scored += deck
            tally = by_cue.setdefault(cue, [0, 0])
            tally[1] += 1
            if same_person(answer, best[1]):
                right += 1
                deck_right += deck
                tally[0] += 1
            elif len(wrong) < args.show_errors:
                wrong.append(f"{article.name} @{s} ({cue}): drafted {answer!r}, gold {best[1][:3]} "
                             f"for “{' '.join(article.text[s:e].split())[:80]}”"
                             + (f"\n      …{' '.join(article.text[max(0, s - 250) : e + 60].split())}…"
                                if args.context else ""))
        for qs, qe in gold_quotes(article.text):
            owner = max(resolved, default=None,
                        key=lambda pair: sum(_overlap((qs, qe), (c.start, c.end)) for c in pair[0].content))
            if not owner or sum(_overlap((qs, qe), (c.start, c.end)) for c in owner[0].content) < 0.5 * (qe - qs):
                continue
            if owner[1] is None:
                continue
            person = is_person(article, owner[0])
            gold_total += 1
            person_total += person
            right_ones = [deck for s, e, answer, _, deck in found
                          if _overlap((qs, qe), (s, e)) >= 0.5 * (qe - qs) and same_person(answer, owner[1])]
            person_in_deck += person and any(right_ones)
            if right_ones:
                gold_hit += 1
                person_hit += person
            elif len(missed) < args.show_missed and not any(_overlap((qs, qe), (s, e)) for s, e, *_ in found):
                context = " ".join(article.text[max(0, qs - 80) : qe + 80].split())
                missed.append(f"{article.name} @{qs}: gold {owner[1][:2]}: …{context}…")
    drafter.close()
    ratio = lambda a, b: a / b if b else float("nan")  # noqa: E731
    precision = ratio(right, scored)
    recall = ratio(person_hit, person_total)
    done = [t for name, t in zip([a.name for a in articles], times) if name not in timeouts]
    print(f"PolNeAR {args.split}: {len(articles)} articles, {questions} questions in the decks, "
          f"{drafted} who_said found (before the per-speaker cap)")
    print(f"  quote precision        {ratio(in_content, drafted):6.3f}  ({in_content}/{drafted} in an annotated content span)")
    print(f"  attribution precision  {precision:6.3f}  ({right}/{scored}; {unresolvable} more with a source that "
          f"names nobody, not scored)   target >= {TARGETS['attribution precision']:.2f}")
    print(f"    (in the deck)        {ratio(deck_right, deck_scored):6.3f}  ({deck_right}/{deck_scored} of the who_said "
          "questions a drafted deck asks)")
    print(f"  direct-quote recall    {recall:6.3f}  ({person_hit}/{person_total} quotes of 3+ words by a named person)"
          f"   target >= {TARGETS['direct-quote recall']:.2f}")
    print(f"    (any named source)   {ratio(gold_hit, gold_total):6.3f}  ({gold_hit}/{gold_total}, outlets and bodies too)")
    print(f"    (in the deck)        {ratio(person_in_deck, person_total):6.3f}  ({person_in_deck}/{person_total} after the "
          "deck's cap of who_said questions per speaker and the learned filter)")
    if done:
        print(f"  draft time             median {statistics.median(done) * 1000:7.1f} ms, max {max(done) * 1000:7.1f} ms"
              f"   target max < {TARGETS['max seconds'] * 1000:.0f} ms")
    print(f"  timeouts (> {args.timeout:g} s): {len(timeouts)}   errors: {len(errors)}")
    if args.by_cue:
        for cue, (good, total) in sorted(by_cue.items(), key=lambda item: -item[1][1]):
            print(f"    cue {cue:<28} {good:4}/{total:<4} {good / total:6.3f}")
    for line in errors[:5]:
        print("   ", line)
    for line in wrong:
        print("  wrong:", line)
    for line in missed:
        print("  missed:", line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
