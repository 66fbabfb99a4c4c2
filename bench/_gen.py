"""Generate big, valid decks for benchmarks: articles of varied text and questions quoting them.

Everything is derived from a seeded ``random.Random``, so two runs write the same files. Each
question quotes a sentence really taken from its article (sometimes with straight quotes or a
line break where the article has curly quotes and one space), so `trainer check` does the same
work on them as on a hand-written deck.

    python bench/_gen.py OUT_DIR QUESTIONS [ARTICLES]
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

WORDS = (
    "minister treaty talks nuclear arsenal border trade sanctions council summit envoy ceasefire "
    "parliament delegation security cooperation economy pipeline agreement dispute region alliance "
    "spokesman ministry negotiations strategy defence budget election coalition reform tariff "
    "embassy charter framework proposal stability partnership stockpile verification inspection"
).split()
PLACES = ["Moscow", "Beijing", "Washington", "Brussels", "Delhi", "Ankara", "Tehran", "Berlin", "Paris", "Tokyo"]
PEOPLE = [
    ("Sergey Lavrov", "Russian Foreign Minister"),
    ("Guo Jiakun", "Chinese Foreign Ministry spokesman"),
    ("Antonio Guterres", "UN Secretary-General"),
    ("Kaja Kallas", "EU foreign policy chief"),
    ("Hakan Fidan", "Turkish Foreign Minister"),
    ("Annalena Baerbock", "President of the UN General Assembly"),
]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]


def _clause(rng: random.Random, length: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(length))


def _article(rng: random.Random, index: int) -> tuple[str, list[dict]]:
    """An article's text and the facts (sentence, kind, value) that questions can be made of."""
    title = f"{rng.choice(PLACES)} and {rng.choice(PLACES)} {_clause(rng, 3)} ({index})"
    paragraphs: list[str] = []
    facts: list[dict] = []
    while sum(len(p) for p in paragraphs) < 3500:
        sentences = []
        for _ in range(rng.randint(2, 4)):
            kind = rng.choice(("plain", "number", "date", "said", "said"))
            if kind == "number":
                value = rng.randint(100, 99999)
                shown = f"{value:,}"
                sentence = f"The {_clause(rng, 2)} holds {shown} {rng.choice(WORDS)}s near {rng.choice(PLACES)}."
                facts.append({"kind": "number", "quote": sentence, "value": value})
            elif kind == "date":
                year, month = rng.randint(1990, 2030), rng.randint(1, 12)
                sentence = f"In {MONTHS[month - 1]} {year}, {rng.choice(PLACES)} signed the {_clause(rng, 3)}."
                facts.append({"kind": "date", "quote": sentence, "value": f"{year}-{month:02d}"})
            elif kind == "said":
                name, role = rng.choice(PEOPLE)
                words = f"{_clause(rng, rng.randint(6, 12)).capitalize()} — {_clause(rng, 4)}"
                sentence = f"“{words},” {role} {name} said."
                facts.append({"kind": "said", "quote": words, "value": name})
            else:
                sentence = f"{_clause(rng, rng.randint(8, 16)).capitalize()} in {rng.choice(PLACES)}."
                facts.append({"kind": "plain", "quote": sentence, "value": None})
            sentences.append(sentence)
        paragraphs.append(" ".join(sentences))
    text = f" date 2025-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d} {title}\n\nBy Staff, Agencies\n\n"
    return text + "\n\n".join(paragraphs) + "\n", facts


def _typed(quote: str, rng: random.Random) -> str:
    """The quote as an author might type it: straight dashes, sometimes a trailing ellipsis."""
    typed = quote.replace("—", "-")
    return typed + ("..." if rng.random() < 0.1 else "")


def _question(rng: random.Random, number: int, source: str, fact: dict, choices_pool: list[str]) -> str:
    qid = f"q{number:05d}"
    quote = _typed(fact["quote"], rng).replace('"', '\\"')
    head = f"  - id: {qid}\n    source: {source}\n    quote: \"{quote}\"\n"
    kind = fact["kind"]
    if kind == "number":
        return head + f"    type: number\n    prompt: How many?\n    answer: {fact['value']}\n    tolerance: 2%\n"
    if kind == "date":
        return head + f"    type: date\n    prompt: When was it signed?\n    answer: {fact['value']}\n"
    if kind == "said":
        return head + f"    type: who_said\n    answer: {fact['value']}\n"
    variant = number % 5
    if variant == 0:
        picked = rng.sample(choices_pool, 4)
        return head + f"    type: choice\n    prompt: Which word?\n    answer: {picked[0]}\n    choices: [{', '.join(picked)}]\n"
    if variant == 1:
        picked = rng.sample(choices_pool, 5)
        return head + (f"    type: multi\n    prompt: Which words?\n    answers: [{picked[0]}, {picked[1]}]\n"
                       f"    choices: [{', '.join(picked)}]\n")
    if variant == 2:
        return head + "    type: true_false\n    statement: The article says so.\n    answer: true\n"
    if variant == 3:
        return head + (f"    type: text\n    prompt: Name the place.\n    answer: {rng.choice(PLACES)}\n"
                       f"    accept: [{rng.choice(WORDS)}]\n")
    picked = rng.sample(choices_pool, 3)
    return head + f"    type: order\n    prompt: Put in order.\n    items: [{', '.join(picked)}]\n"


def generate(out_dir: Path, questions: int, articles: int = 200, seed: int = 7) -> Path:
    """Write ``decks/big.yaml`` and ``articles/aNNN.txt`` under ``out_dir``; return the deck path."""
    rng = random.Random(seed)
    (out_dir / "decks").mkdir(parents=True, exist_ok=True)
    (out_dir / "articles").mkdir(parents=True, exist_ok=True)
    all_facts: list[tuple[str, dict]] = []
    sources = []
    for index in range(articles):
        text, facts = _article(rng, index)
        name = f"a{index:03d}"
        (out_dir / "articles" / f"{name}.txt").write_text(text, encoding="utf-8")
        sources.append(f"  - id: {name}\n    file: ../articles/{name}.txt\n    title: Article {index}\n")
        all_facts.extend((name, fact) for fact in facts)
    people = "".join(f"  - name: {name}\n    role: {role}\n" for name, role in PEOPLE)
    body = [f"deck: big-{questions}\ntitle: Benchmark deck\nsources:\n", *sources, "people:\n", people,
            "questions:\n"]
    pool = [w for w in WORDS if len(w) > 3]
    for number in range(questions):
        source, fact = all_facts[number % len(all_facts)] if number < len(all_facts) else rng.choice(all_facts)
        body.append(_question(rng, number, source, fact, pool))
    deck = out_dir / "decks" / "big.yaml"
    deck.write_text("".join(body), encoding="utf-8")
    return deck


if __name__ == "__main__":
    path = generate(Path(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]) if len(sys.argv) > 3 else 200)
    print(path)
