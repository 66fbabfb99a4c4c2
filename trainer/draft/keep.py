"""A learned filter for drafted who_said and figure questions (issue 10, round 25).

A demanding instructor deleted or edited most of the who_said and figure questions the rules drafted; rules
written for one set of articles rarely fired on the next. This module scores a drafted question with two small
logistic regressions per kind (is it kept as it is? is it deleted?) over features that draft time has exactly as
training had them: the question's own fields (prompt, answer, quote, explain, unit; never the choices), the
article's body text and its headline. The weights (``keep_weights.json`` beside this file, a few kilobytes) are
trained by ``bench/train_keep.py`` on the instructors' ratings with cross-validation grouped by article.

Inference is pure Python and deterministic: a dot product and a logistic per question. :func:`kept` applies the
rule to one article's drafted questions: it drops the likeliest deletes, never the main claim, never a kind it has
no model for, and never below :data:`MIN_LEFT` questions (nor a deck of one).
"""

from __future__ import annotations

import bisect
import json
import math
import re
from collections.abc import Callable, Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

from trainer.draft.text import CURLY

#: Where the shipped weights live.
WEIGHTS = Path(__file__).with_name("keep_weights.json")
#: The question types the filter scores, by the name of their model.
KINDS = {"who_said": "quote", "number": "figure"}
#: A deck keeps at least this many questions from one article (when it had that many).
MIN_LEFT = 2

_WORD = re.compile(r"[A-Za-z][A-Za-z'\-]*|\d[\d,.]*")
_CAPITALISED = re.compile(r"(?<![.!?]\s)(?<!^)\b[A-Z][a-z]+")
_DIGIT = re.compile(r"\d")
_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")
_PRONOUN_START = re.compile(r"^\W*(?:I|I'm|I've|I'd|I'll|we|we're|we've|it|it's|that|that's|this|they|they're|he|"
                            r"she|you|you're|there|there's|so|and|but|well|yes|no|oh|look)\b", re.I)
_FIRST_PERSON = re.compile(r"\b(?:I|me|my|we|us|our)\b")
_SECOND_PERSON = re.compile(r"\b(?:you|your)\b", re.I)
_CONTRAST = re.compile(r"\b(?:but|not|never|no|against|instead|rather|however|although)\b", re.I)
_TITLE = re.compile(r"^(?:Rep|Sen|Gov|Mr|Mrs|Ms|Dr|President|Senator|Governor|Secretary|Speaker|Director|Chairman|"
                    r"General|Judge|Mayor)\b\.?")
_PERCENT = re.compile(r"percent|%|points?\b|share", re.I)
_MONEY = re.compile(r"dollar|euro|pound|yen|yuan|\$|£|€", re.I)
_POLL = re.compile(r"\b(?:poll|survey|voters|respondents|lead|led|ahead|trail\w*|percentage)\b", re.I)
_VAGUE = frozenset("""think believe feel really very lot great good thing things something everybody everyone people
going want know just kind sort obviously certainly important hope sure way right got get look maybe probably pretty
whole big""".split())
_STAKES = re.compile(r"\b(?:tax\w*|law|laws|bill|vote\w*|plan|deal|border|immigra\w*|war|wall|trade|jobs?|wages?|"
                     r"health|abortion|guns?|police|nuclear|sanctions?|treaty|budget|debt|deficit|million|billion|"
                     r"percent|court|elect\w*|delegates?|nominat\w*|ban|illegal|fraud|corrupt\w*|lie\w*|attack\w*|"
                     r"terror\w*|refugees?|climate|emails?|investigat\w*)\b", re.I)
_STOCK = re.compile(r"\b(?:proud|congratulat\w*|thank\w*|honou?r\w*|great|tremendous|wonderful|excit\w*|energy|"
                    r"forward|grateful|amazing|incredible|fantastic|best|love\w*|terrific|happy|delighted|"
                    r"pleased|support\w*|friend\w*)\b", re.I)
_TWEET = re.compile(r"@\w|#\w|https?://")
_ROLE_EXPLAIN = re.compile(r"^[^:.]{3,60}: [A-Z]")
_CONTEXT = re.compile(r"\b(?:compared|peaked|normally|usually|ranged|ago|last year|previous\w*|earlier|since|"
                      r"average|historically|typically)\b", re.I)
_SAMPLE = re.compile(r"\b(?:surveyed|polled|sample|margin of error|interviewed|respondents)\b", re.I)
_AGE = re.compile(r"\b(?:age|aged|years? old|\d+-year-old|birthday)\b", re.I)
_STOP = frozenset("""a an the and or but if of to in on at by for with from as is are was were be been being it its
this that these those he she they we you i me my our your his her their them us not no so do does did have has had will
would can could should may might just very there here what which who whom when where why how all any some more most
about into over than then also out up said says say""".split())

#: The features of each kind, in the order the weights file lists them.
FEATURES = {
    "quote": ("quote_words_log", "prompt_words_log", "quote_short", "cut_start", "cut_end",
              "pronoun_start", "first_person", "second_person", "proper_nouns", "digits", "contrast",
              "stopword_share", "headline_overlap", "lead_overlap", "position", "speaker_mentions",
              "speaker_in_headline", "speaker_in_lead", "answer_one_word", "explain_words_log",
              "explain_from_article", "vague_share", "stakes_words", "explain_role",
              "sentences", "stock_words", "topic_share"),
    "figure": ("prompt_words_log", "quote_words_log", "words_after_blank", "cut_prompt", "magnitude",
               "small_count", "round", "percent", "money", "unit_words", "poll", "numbers_in_quote",
               "position", "in_lead", "headline_overlap", "topic_share", "figure_repeated",
               "in_quotation", "explain_words_log", "context_clause", "sample", "age"),
}


def _words(text: str) -> list[str]:
    return _WORD.findall(text)


def _content(text: str) -> set[str]:
    return {w.lower() for w in _words(text) if w.lower() not in _STOP and len(w) > 2}


def _overlap(part: str, whole: set[str]) -> float:
    words = _content(part)
    return len(words & whole) / len(words) if words else 0.0


def _log(count: float) -> float:
    return math.log1p(max(count, 0.0))


class ArticleView:
    """What the features read of one article, built once so that each question costs only its own length (and a
    search for its quote): the straight-quoted text, lead, headline and topic words, word and figure counts."""

    def __init__(self, body: str, headline: str | None) -> None:
        self.text = body.translate(CURLY)
        self.headline = (headline or "").translate(CURLY)
        first = self.text.find("\n\n")
        lead_end = first if first > 200 else self.text.find("\n\n", first + 2) if first >= 0 else -1
        self.lead_end = lead_end if lead_end > 0 else min(len(self.text), 600)
        self.lead = self.text[: self.lead_end]
        self.headline_words = _content(self.headline)
        self.lead_words = _content(self.lead)
        words = _words(self.text)
        self.word_counts: dict[str, int] = {}
        counts: dict[str, int] = {}
        for word in words:
            self.word_counts[word] = self.word_counts.get(word, 0) + 1
            lower = word.lower()
            if lower not in _STOP and len(lower) > 3 and not lower[0].isdigit():
                counts[lower] = counts.get(lower, 0) + 1
        #: the article's twenty most frequent content words: what it keeps coming back to
        self.topic_words = {w for w, _ in sorted(counts.items(), key=lambda item: (-item[1], item[0]))[:20]}
        self.figure_counts: dict[str, int] = {}
        for figure in _NUMBER.findall(self.text):
            figure = figure.rstrip(",")
            self.figure_counts[figure] = self.figure_counts.get(figure, 0) + 1
        self._quote_marks = [i for i, ch in enumerate(self.text) if ch == '"']
        self._spaced: tuple[str, list[int]] | None = None

    def _single_spaced(self) -> tuple[str, list[int]]:
        """The text with runs of white space made single spaces, and each character's offset in the text."""
        if self._spaced is None:
            chars, offsets, space = [], [], False
            for index, ch in enumerate(self.text):
                if ch.isspace():
                    if not space:
                        chars.append(" ")
                        offsets.append(index)
                    space = True
                else:
                    chars.append(ch)
                    offsets.append(index)
                    space = False
            self._spaced = ("".join(chars), offsets)
        return self._spaced

    def offset(self, quote: str) -> int:
        """Where the quote (or its first words) stands in the article; -1 if nowhere."""
        quote = " ".join(quote.translate(CURLY).split())
        for probe in (quote, quote[:60], quote[:30]):
            if probe:
                found = self.text.find(probe)
                if found >= 0:
                    return found
                spaced, offsets = self._single_spaced()
                found = spaced.find(probe)  # line breaks inside the quote
                if found >= 0:
                    return offsets[found]
        return -1

    def position(self, offset: int) -> float:
        return offset / len(self.text) if offset >= 0 and self.text else 1.0

    def inside_quotation(self, offset: int) -> bool:
        """Whether an odd number of quotation marks stands before ``offset``."""
        return offset >= 0 and bisect.bisect_left(self._quote_marks, offset) % 2 == 1

    def figure_count(self, forms: Sequence[str]) -> int:
        return max((self.figure_counts.get(form, 0) for form in forms), default=0)


def quote_features(question: dict[str, Any], article: ArticleView) -> list[float]:
    """The features of a who_said question, in :data:`FEATURES` order."""
    quote = str(question.get("quote", "")).translate(CURLY).strip()
    prompt = str(question.get("prompt", "")).translate(CURLY)
    answer = str(question.get("answer", ""))
    explain = str(question.get("explain", ""))
    words = _words(quote)
    offset = article.offset(quote)
    surname = answer.split()[-1] if answer.split() else answer
    mentions = article.word_counts.get(surname, 0) if surname else 0
    capitalised = len(_CAPITALISED.findall(quote))
    found = {
        "quote_words_log": _log(len(words)),
        "prompt_words_log": _log(len(_words(prompt))),
        "quote_short": float(len(words) < 10),
        "cut_start": float(bool(quote) and quote[0].islower()),
        "cut_end": float(prompt.rstrip().endswith(("…", "...", "…”", '…"'))),
        "pronoun_start": float(bool(_PRONOUN_START.match(quote))),
        "first_person": min(len(_FIRST_PERSON.findall(quote)), 5) / 5,
        "second_person": float(bool(_SECOND_PERSON.search(quote))),
        "proper_nouns": _log(capitalised),
        "digits": float(bool(_DIGIT.search(quote))),
        "contrast": float(bool(_CONTRAST.search(quote))),
        "stopword_share": sum(w.lower() in _STOP for w in words) / len(words) if words else 1.0,
        "headline_overlap": _overlap(quote, article.headline_words),
        "lead_overlap": _overlap(quote, article.lead_words),
        "position": article.position(offset),
        "speaker_mentions": _log(mentions),
        "speaker_in_headline": float(bool(surname) and surname in article.headline),
        "speaker_in_lead": float(bool(surname) and surname in article.lead),
        "answer_one_word": float(len(answer.split()) < 2),
        "explain_words_log": _log(len(explain.split())),
        "explain_from_article": float(explain.startswith("From the article")),
        "vague_share": sum(w.lower() in _VAGUE for w in words) / len(words) if words else 1.0,
        "stakes_words": _log(len(_STAKES.findall(quote))),
        "explain_role": float(bool(_ROLE_EXPLAIN.match(explain))),
        "sentences": _log(len(re.findall(r"[.!?](?:\s|$)", quote))),
        "stock_words": _log(len(_STOCK.findall(quote))),
        "topic_share": _overlap(quote, article.topic_words),
    }
    return [found[name] for name in FEATURES["quote"]]


def _figure_text(answer: Any) -> list[str]:
    """Ways the article may write the figure: 1500, 1,500, 1.5 (for 1.5 million)."""
    try:
        value = float(answer)
    except (TypeError, ValueError):
        return []
    forms = set()
    for scale in (1, 1e3, 1e6, 1e9, 1e12):
        scaled = value / scale
        if scaled >= 1 or scale == 1:
            text = f"{scaled:.2f}".rstrip("0").rstrip(".")
            forms |= {text, f"{scaled:,.2f}".rstrip("0").rstrip(".")}
    return sorted(forms)


def figure_features(question: dict[str, Any], article: ArticleView) -> list[float]:
    """The features of a number question, in :data:`FEATURES` order."""
    quote = str(question.get("quote", "")).translate(CURLY).strip()
    prompt = str(question.get("prompt", "")).translate(CURLY)
    unit = str(question.get("unit", ""))
    explain = str(question.get("explain", ""))
    try:
        value = abs(float(question.get("answer", 0)))
    except (TypeError, ValueError):
        value = 0.0
    after = prompt.split("___", 1)[1] if "___" in prompt else ""
    offset = article.offset(quote)
    forms = _figure_text(question.get("answer"))
    repeated = article.figure_count(forms)
    integer = value == int(value)
    roundness = 0
    if integer and value:
        number = int(value)
        while number % 10 == 0 and roundness < 9:
            number //= 10
            roundness += 1
    found = {
        "prompt_words_log": _log(len(_words(prompt))),
        "quote_words_log": _log(len(_words(quote))),
        "words_after_blank": _log(len(_words(after))),
        "cut_prompt": float("…" in prompt or "..." in prompt),
        "magnitude": math.log10(value + 1) / 3,
        "small_count": float(integer and value <= 10),
        "round": roundness / 3,
        "percent": float(bool(_PERCENT.search(unit))),
        "money": float(bool(_MONEY.search(unit))),
        "unit_words": float(len(unit.split()) > 2),
        "poll": float(bool(_POLL.search(quote))),
        "numbers_in_quote": _log(len(_NUMBER.findall(quote)) - 1),
        "position": article.position(offset),
        "in_lead": float(0 <= offset < article.lead_end),
        "headline_overlap": _overlap(quote, article.headline_words),
        "topic_share": _overlap(quote, article.topic_words),
        "figure_repeated": _log(repeated - 1),
        "in_quotation": float(article.inside_quotation(offset)),
        "explain_words_log": _log(len(explain.split())),
        "context_clause": float(bool(_CONTEXT.search(quote))),
        "sample": float(bool(_SAMPLE.search(quote))),
        "age": float(bool(_AGE.search(quote))),
    }
    return [found[name] for name in FEATURES["figure"]]


_EXTRACT: dict[str, Callable[[dict[str, Any], ArticleView], list[float]]] = {
    "quote": quote_features, "figure": figure_features}


def features(question: dict[str, Any], article: ArticleView) -> tuple[str, list[float]] | None:
    """The model name and feature vector of a question, or None for a kind the filter does not score."""
    kind = KINDS.get(str(question.get("type")))
    return None if kind is None else (kind, _EXTRACT[kind](question, article))


def logistic(weights: Sequence[float], bias: float, row: Sequence[float]) -> float:
    z = bias + sum(w * x for w, x in zip(weights, row))
    return 1.0 / (1.0 + math.exp(-z)) if z >= 0 else math.exp(z) / (1.0 + math.exp(z))


@lru_cache(maxsize=1)
def load_weights(path: Path = WEIGHTS) -> dict[str, Any]:
    """The shipped models: per kind, the feature names, scaling, and the keep and delete regressions."""
    return json.loads(path.read_text(encoding="utf-8"))


def scores(model: dict[str, Any], row: Sequence[float]) -> tuple[float, float]:
    """(chance it is kept as it is, chance it is deleted) under one kind's model."""
    scaled = [(x - m) / s for x, m, s in zip(row, model["mean"], model["scale"])]
    return (logistic(model["keep"]["weights"], model["keep"]["bias"], scaled),
            logistic(model["delete"]["weights"], model["delete"]["bias"], scaled))


def risk(model: dict[str, Any], row: Sequence[float]) -> float:
    """The score the rule thresholds: the chance of a delete, less a share of the chance of a keep."""
    keep, delete = scores(model, row)
    return delete - model["rule"]["keep_weight"] * keep


def question_risk(question: dict[str, Any], article: ArticleView, weights: dict[str, Any] | None = None) -> float | None:
    """The rule's score for one drafted question (None for a kind the filter does not score)."""
    found = features(question, article)
    weights = load_weights() if weights is None else weights
    if found is None or found[0] not in weights["models"]:
        return None
    return risk(weights["models"][found[0]], found[1])


def to_drop(risks: Sequence[float | None], protected: Sequence[bool], threshold: float | dict[str, float] | None = None,
            kinds: Sequence[str | None] | None = None, weights: dict[str, Any] | None = None) -> set[int]:
    """The indices of one article's questions the rule drops: those whose risk reaches their kind's threshold,
    worst first, never a protected one (the main claim) and never below :data:`MIN_LEFT` questions left."""
    weights = load_weights() if weights is None and threshold is None else weights
    margins: dict[int, float] = {}
    for index, value in enumerate(risks):
        if value is None or protected[index]:
            continue
        kind = kinds[index] if kinds is not None else None
        if threshold is None:
            limit = weights["models"][kind]["rule"]["threshold"]
        else:
            limit = threshold[kind] if isinstance(threshold, dict) else threshold
        if value >= limit:
            margins[index] = value - limit
    left = len(risks)
    floor = min(MIN_LEFT, left)
    dropped: set[int] = set()
    for index in sorted(margins, key=lambda i: (-margins[i], i)):  # the surest delete first
        if left - 1 < floor:
            break
        dropped.add(index)
        left -= 1
    return dropped


def kept(questions: Sequence[dict[str, Any]], body: str, headline: str | None,
         protected: Sequence[bool] | None = None) -> list[int]:
    """The indices of one article's drafted questions the filter keeps, in order.

    ``questions`` are the final question fields (after the explanation is written); ``protected`` marks the ones
    never dropped (the main claim)."""
    weights = load_weights()
    article = ArticleView(body, headline)
    kinds, risks = [], []
    for question in questions:
        found = features(question, article)
        model = weights["models"].get(found[0]) if found else None
        kinds.append(found[0] if model else None)
        risks.append(risk(model, found[1]) if model else None)
    protected = protected if protected is not None else [False] * len(questions)
    dropped = to_drop(risks, protected, kinds=kinds, weights=weights)
    return [i for i in range(len(questions)) if i not in dropped]
