"""Does `trainer draft` take time in proportion to the article's length, whatever the text?

For each kind of text, articles of 1,000 to 50,000 words are drafted end to end (reading the file,
finding, selecting, validating the deck) and the time per 1,000 words is compared with the time
per 1,000 words of the 1,000-word article of the same kind, measured in the same run. Linear time
keeps that ratio near 1 however long the article; a quadratic step doubles it with every doubling
of length, and catastrophic backtracking makes one size hang (each size runs in a worker process
that is stopped after --timeout seconds).

Kinds: news (the invented bench articles, repeated), and adversarial text: long runs of capitalised
words, thousands of quote marks around speech verbs, one paragraph with no punctuation at all, and
a mix of figures, dates and abbreviations in one endless sentence.

    python bench/draft_scaling.py [--sizes 1000,2000,5000,10000,20000,50000] [--timeout 60]
"""

from __future__ import annotations

import argparse
import multiprocessing as mp
import random
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

ARTICLES = Path(__file__).resolve().parent / "articles"
SIZES = (1_000, 2_000, 5_000, 10_000, 20_000, 50_000)
#: Time per word at the largest size may be at most this multiple of that at the smallest.
LINEAR_LIMIT = 2.0
_CAPS = ("President Minister Foreign Secretary General Donald Hillary Trump Clinton Sergey Lavrov United Nations "
         "Agency Ministry Council Washington Post Reuters Sen Rep Gov Jr Mr Mrs Dr Alpha Bravo Charlie Delta Echo "
         "Foxtrot Golf Hotel India Juliet Kilo Lima He She Yadong Said Told Added").split()
_LOWER = ("the a of said told added according to he she that it was in on by for with would could who which said "
          "percent million billion dollars troops people last month on Wednesday in July since year").split()


def _words(count: int, seed: int, vocabulary: list[str]) -> list[str]:
    chooser = random.Random(seed)
    return [chooser.choice(vocabulary) for _ in range(count)]


def news(count: int) -> str:
    texts = [p.read_text(encoding="utf-8") for p in sorted(ARTICLES.glob("a*.txt"))]
    paragraphs = [para for text in texts for para in text.split("\n\n")[1:] if para.strip()]
    out: list[str] = []
    total = index = 0
    while total < count:
        para = paragraphs[index % len(paragraphs)]
        out.append(para)
        total += len(para.split())
        index += 1
    return "\n\n".join(out)


def capitals(count: int) -> str:
    words = _words(count, 1, _CAPS)
    return " ".join(words[: count // 2]) + ", said " + " ".join(words[count // 2 :]) + "."


def quote_marks(count: int) -> str:
    chooser = random.Random(2)
    pieces = []
    for index in range(count):
        word = chooser.choice(_CAPS + _LOWER)
        pieces.append(word)
        if index % 3 == 0:
            pieces.append(chooser.choice(['"', "“", "”", '",', '," he said', "said:", '"A']))
    return " ".join(pieces)


def no_punctuation(count: int) -> str:
    return " ".join(_words(count, 3, _LOWER + _CAPS))


def figures_and_dates(count: int) -> str:
    chooser = random.Random(4)
    bits = ["$3.5 billion", "4.5%", "5,459 warheads", "2026", "March 3, 2024", "last month", "on Wednesday",
            "Mr.", "U.S.", "A.", "...", "Russia holds", "the US with", "about 120 million people", "since July"]
    pieces = []
    while len(pieces) < count:
        pieces.append(chooser.choice(bits + _LOWER))
    return " ".join(pieces)


KINDS = {"news": news, "capitals": capitals, "quote marks": quote_marks, "no punctuation": no_punctuation,
         "figures and dates": figures_and_dates}


def draft_seconds(text: str) -> float:
    from trainer.draft.build import draft_deck, to_yaml
    from trainer.draft.text import DraftError

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "article.txt"
        path.write_text(" date 2025-10-16 A long article\n\n" + text, encoding="utf-8")
        began = time.perf_counter()
        try:
            deck, _ = draft_deck([path], cwd=Path(folder))
            to_yaml(deck, None)
        except DraftError:
            pass  # no question reached the threshold: the time is still the time
        return time.perf_counter() - began


def _run(kind: str, size: int, queue) -> None:
    queue.put(draft_seconds(KINDS[kind](size)))


def timed(kind: str, size: int, timeout: float) -> float | None:
    context = mp.get_context("fork")
    queue = context.Queue()
    process = context.Process(target=_run, args=(kind, size, queue), daemon=True)
    process.start()
    process.join(timeout)
    if process.is_alive():
        process.kill()
        process.join()
        return None
    return queue.get() if not queue.empty() else None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default=",".join(map(str, SIZES)))
    parser.add_argument("--timeout", type=float, default=60.0)
    parser.add_argument("--kinds", default=",".join(KINDS))
    args = parser.parse_args(argv)
    import trainer.draft.build  # noqa: F401  (imported once here, so that no size pays for it)

    sizes = [int(s) for s in args.sizes.split(",")]
    worst = 0.0
    print(f"{'text':<18}" + "".join(f"{size:>10,}" for size in sizes) + "   per-word time, largest / smallest")
    for kind in args.kinds.split(","):
        seconds = [timed(kind, size, args.timeout) for size in sizes]
        cells = "".join(f"{'>' + format(args.timeout, 'g') + 's' if s is None else format(s * 1000, '.0f') + 'ms':>10}"
                        for s in seconds)
        if seconds[0] is None or seconds[-1] is None:
            ratio = float("inf")
        else:
            ratio = (seconds[-1] / sizes[-1]) / (max(seconds[0], 1e-4) / sizes[0])
        worst = max(worst, ratio)
        print(f"{kind:<18}{cells}   {ratio:5.2f}")
    verdict = "linear" if worst <= LINEAR_LIMIT else "NOT linear"
    print(f"worst per-word ratio {worst:.2f} (limit {LINEAR_LIMIT:g}): {verdict}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
