"""Match questions from an article's lists of comparable figures, and the rule that keeps them honest.

Where a passage compares figures of one kind ("Russia holds ... 5,459 warheads, followed by the US
with 5,177. China has about 600"), or names several officials with their posts in nearby sentences,
one match question asks the whole list: each left item (a country, a person) with its partner (the
figure as the article writes it, the post). The quote is the passage, verbatim, and every pair is kept
only when both of its items stand in that quote, as ``trainer check --strict`` wants.

A match asks several facts at once, so it must not sit next to a single question on one of them: a
number question on Russia's 5,459 warheads is answered by the match, and a cloze whose prompt shows
"the US with 5,177" answers one of its pairs. :func:`one_question_per_fact` keeps the match and drops
those; a match is the better question there, since it asks the whole comparison without giving any
of it away.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable

from trainer.deck.textmatch import fold
from trainer.deck.types.match import in_quote
from trainer.draft import lexicon as lx
from trainer.draft.figures import CURRENCY_WORDS, Figure
from trainer.draft.names import Names
from trainer.draft.questions import Candidate
from trainer.draft.text import Body

#: How many pairs a match holds: fewer than three and the last pair follows from the others; more than
#: five do not fit the answer panel at 80x24 and tire the student.
MIN_PAIRS, MAX_PAIRS = 3, 5
#: Officials' posts are read in up to this many consecutive sentences of one paragraph.
ROLE_SENTENCES = 3
_QUOTE_WORDS = 90


@dataclass
class MatchCandidate(Candidate):
    """A drafted match, with the facts it asks: the keys of the single questions it answers."""

    covers: frozenset = frozenset()


def _what(figures: list[Figure]) -> str:
    first = figures[0]
    if first.percent:
        return "its percentage"
    if first.unit in ("US dollars", *CURRENCY_WORDS) or (first.unit or "").split()[0] in lx.SCALES:
        return f"its amount ({first.unit})"
    return f"its number of {first.unit}"


def _passage(body: Body, start: int, end: int) -> tuple[int, int, str] | None:
    """The whole sentences from the one holding ``start`` to the one holding ``end``, when short enough."""
    first, last = body.sentence_at(start), body.sentence_at(max(start, end - 1))
    if last.end - first.start > 20 * _QUOTE_WORDS:
        return None  # too long to be short enough, told without cutting a text that may have no sentence ends
    quote = body.excerpt(first.start, last.end)
    if len(quote.split()) > _QUOTE_WORDS:
        return None
    return first.start, last.end, quote


def _as_written(owner: str, quote: str) -> str:
    """A country as the quote names it: 'United States' where the drafter's owner is 'US'."""
    if in_quote(owner, quote):
        return owner
    spellings = sorted((name for name, country in lx.COUNTRIES.items() if country == owner), key=len, reverse=True)
    return next((name for name in spellings if in_quote(name, quote)), owner)


def _proved(pairs: dict[str, str], quote: str) -> dict[str, str]:
    return {left: right for left, right in pairs.items() if in_quote(left, quote) and in_quote(right, quote)}


#: An owner and its figure stand this close (in characters) in their clause to make a pair.
ADJACENT = 100


def adjacent(body: Body, names: Names, figure: Figure) -> bool:
    """Whether the text proves ``figure``'s owner: named right after it ("$916 billion for the United States"),
    or the country or person named last before it, within :data:`ADJACENT` characters and with no stronger
    break than a comma between them (issue 10, round 4: "a share paired with the wrong country when the
    sentence names several" is no pair)."""
    from trainer.draft.figures import _OWNER_AFTER, _entities
    from trainer.draft.names import place

    after = _OWNER_AFTER.match(body.norm, figure.end)
    if after:
        name = after.group(1).rstrip(".")
        country = place(name) or place(name.split()[0])
        if country:
            return country == figure.owner
    sentence = body.sentence_at(figure.start)
    floor = max(sentence.start, figure.start - ADJACENT)
    before = _entities(body, names, floor, figure.start)
    if not before:
        return False
    position, name = before[-1]
    return name == figure.owner and _BREAK.search(body.norm, position, figure.start) is None


#: A break between an owner and its figure stronger than a comma: the figure belongs to another clause.
_BREAK = re.compile(r"[;:(]|\s(?:but|while|whereas|although|though|compared)\s|\s--\s|\s[—–]\s")


def _figure_match(body: Body, group: list[Figure], figures: list[Figure], names: Names | None = None) -> dict | None:
    group = group[:MAX_PAIRS]
    if names is not None:
        group = [figure for figure in group if adjacent(body, names, figure)]  # a pair only where the text proves it
        if len(group) < MIN_PAIRS:
            return None
    passage = _passage(body, group[0].start, group[-1].end)
    if passage is None:
        return None
    _, _, quote = passage
    written = {_as_written(figure.owner, quote): body.excerpt(figure.start, figure.end)
               for figure in group if figure.owner}
    pairs = _proved(written, quote)
    if len(pairs) < MIN_PAIRS or len({fold(v) for v in pairs.values()}) < len(pairs):
        return None
    # Distractors: figures of the same kind that the article gives someone else, elsewhere.
    taken = {fold(v) for v in pairs.values()}
    owners = {figure.owner for figure in group}
    values = {f.value for f in group}
    distractors: list[str] = []
    for figure in figures:
        text = body.excerpt(figure.start, figure.end)
        if (figure in group or figure.unit != group[0].unit or figure.percent != group[0].percent
                or figure.value in values or figure.owner in owners or fold(text) in taken or len(distractors) >= 2):
            continue
        taken.add(fold(text))
        distractors.append(text)
    return {
        "prompt": f"Match each to {_what(group)}, as the article gives them.",
        "pairs": pairs, "distractors": distractors, "quote": quote,
        "covers": {("number", f.value, f.unit) for f in group if body.excerpt(f.start, f.end) in pairs.values()} | {("order", "%" if group[0].percent
                                                                                      else group[0].unit)},
    }


def figure_matches(body: Body, figures: list[Figure], groups: list[list[Figure]],
                   names: Names | None = None) -> list[dict]:
    """A match for each run of comparable figures (see :func:`trainer.draft.figures.compared_groups`), each pair
    proved by its owner and figure standing together in one clause (see :func:`adjacent`)."""
    found = []
    for group in groups:
        drafted = _figure_match(body, group, figures, names)
        if drafted is not None:
            drafted["position"] = group[0].start
            drafted["confidence"] = min(f.confidence for f in group)
            drafted["kind"] = "figure"
            found.append(drafted)
    return found


#: Words that end a post: a post the quote follows with one of them was cut short ("former environmental" for
#: "former environmental secretary"; issue 10, round 4).
_POST_NOUNS = frozenset("""secretary minister director chairman chairwoman chair adviser advisor spokesman spokeswoman
spokesperson officer chief head leader senator governor mayor president counsel aide strategist manager commissioner
ambassador envoy general attorney judge justice representative congressman congresswoman deputy undersecretary
treasurer editor correspondent analyst professor economist""".split())


def _cut_post(role: str, quote: str) -> bool:
    """Whether ``role`` stands in ``quote`` followed by a word that ends a post: the post was cut short."""
    folded = fold(quote)
    at = folded.find(fold(role))
    while at >= 0:
        follow = re.match(r"\s+([a-z]+)\b", folded[at + len(fold(role)):])
        if follow and follow.group(1) in _POST_NOUNS:
            return True
        at = folded.find(fold(role), at + 1)
    return False


def role_matches(body: Body, names: Names) -> list[dict]:
    """A match of officials to their posts where three or more are named with them in nearby sentences."""
    posted = sorted((p for p in names.people if p.role and p.role_at is not None), key=lambda p: p.role_at)
    found: list[dict] = []
    used: set[str] = set()
    for index, first in enumerate(posted):
        if first.name in used:
            continue
        opening = body.sentence_index(first.role_at)
        paragraph = body.paragraph_of(first.role_at)
        run = []
        for p in posted[index:]:  # in article order: stop at the first one past the paragraph or the sentences
            if body.paragraph_of(p.role_at) != paragraph or body.sentence_index(p.role_at) - opening >= ROLE_SENTENCES:
                break
            if p.name not in used:
                run.append(p)
                if len(run) == MAX_PAIRS:
                    break
        if len(run) < MIN_PAIRS:
            continue
        passage = _passage(body, run[0].role_at, max(p.role_at for p in run) + 1)
        if passage is None:
            continue
        pairs = _proved({p.name: p.role for p in run if fold(p.name) not in fold(p.role)
                         and not _cut_post(p.role, passage[2])}, passage[2])
        if len(pairs) < MIN_PAIRS or len({fold(v) for v in pairs.values()}) < len(pairs):
            continue
        used.update(pairs)
        others = sorted({p.role for p in names.people if p.role} - set(pairs.values()), key=fold)
        found.append({
            "prompt": "Match each person to the post the article gives them.", "pairs": pairs,
            "distractors": [r for r in others if fold(r) not in {fold(v) for v in pairs.values()}][:2],
            "quote": passage[2], "covers": {("role", name) for name in pairs},
            "position": run[0].role_at, "confidence": 0.8, "kind": "name",
        })
    return found


#: Words by which a headline or a lead says posts are the story: an appointment, a cabinet, a resignation.
_POSTS_STORY = re.compile(r"\b(?:appoint\w*|nominat\w*|cabinet|picks?|named|names|resign\w*|shake-?up|reshuffle\w*"
                          r"|hires?|hired|fired|sworn|successor|replace[sd]?|steps? down|stepped down|posts?)\b", re.I)


def posts_are_the_story(pairs: dict[str, str], story: str) -> bool:
    """Whether the headline or the lead (``story``) is about who holds which post: it names two of the match's
    posts, or an appointment, a cabinet, a resignation (issue 10, round 5: a match of people to posts is
    otherwise a label every judge deletes)."""
    folded = fold(story)
    headline = set(re.findall(r"\w+", fold(story.split("\n", 1)[0])))
    named = sum(1 for post in pairs.values() if fold(post) in folded
                or {fold(post.split()[-1]), fold(post.split()[-1]) + "s"} & headline)  # "Ministers meet ..."
    return named >= 2 or _POSTS_STORY.search(story) is not None


def match_candidates(body: Body, names: Names, figures: list[Figure], groups: list[list[Figure]],
                     story: str | None = None) -> list[MatchCandidate]:
    """The drafted match questions as candidates for the builder's selection."""
    found = []
    roles = role_matches(body, names)
    if story is not None:
        roles = [drafted for drafted in roles if posts_are_the_story(drafted["pairs"], story)]
    for drafted in [*figure_matches(body, figures, groups, names), *roles]:
        fields = {"type": "match", "prompt": drafted["prompt"], "pairs": drafted["pairs"], "quote": drafted["quote"]}
        if drafted["distractors"]:
            fields["distractors"] = drafted["distractors"]
        found.append(MatchCandidate(drafted["kind"], drafted["confidence"], drafted["position"],
                                    ("match", *sorted(fold(k) for k in drafted["pairs"])), fields,
                                    frozenset(drafted["covers"])))
    return found


def gives_away(candidate: Candidate, match: MatchCandidate) -> bool:
    """Whether ``candidate`` asks a fact of ``match`` or shows one of its pairs whole in its prompt."""
    if candidate.key in match.covers:
        return True
    shown = candidate.fields.get("prompt", "")
    return any(in_quote(left, shown) and in_quote(right, shown) for left, right in match.fields["pairs"].items())


def one_question_per_fact(candidates: Iterable[Candidate]) -> list[Candidate]:
    """The candidates without those a kept match answers or gives away (order kept).

    A match is kept over the single questions on its facts; of two matches that share a fact, the first
    (the surest, as the builder sorts them) is kept.
    """
    candidates = list(candidates)
    matches: list[MatchCandidate] = []
    for candidate in candidates:
        if isinstance(candidate, MatchCandidate) and not any(
                set(candidate.fields["pairs"]) & set(kept.fields["pairs"]) for kept in matches):
            matches.append(candidate)
    kept_ids = {id(m) for m in matches}
    return [c for c in candidates if id(c) in kept_ids
            or (not isinstance(c, MatchCandidate) and not any(gives_away(c, m) for m in matches))]
