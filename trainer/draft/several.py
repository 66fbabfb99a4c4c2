"""Several-answer (multi) questions from a list the article gives in one sentence.

Where a sentence names three or more members of one set as a list ("Russia, China and Iran opposed the
resolution", "Ted Cruz, Marco Rubio and John Kasich stayed in the race"), one question asks for all of
them: "Which countries opposed the resolution? Select all." when the list is the sentence's subject, or
the sentence with the list blanked otherwise. The distractors are of the same kind and not in that
sentence: named elsewhere in the article first, then from the lexicon (countries, US states); people
only from the article. The quote is the sentence, which shows every right answer and none of the wrong.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass

from trainer.deck.textmatch import fold
from trainer.draft import lexicon as lx
from trainer.draft.clauses import fact_clause
from trainer.draft.names import Names, is_role_word
from trainer.draft.questions import BLANK, pick
from trainer.draft.statements import MAX_STATEMENT_WORDS, US_STATES, Statement, has_ellipsis
from trainer.draft.text import Body

_STATE = re.compile(r"\b(?:%s)(?![\w'’-])" % "|".join(re.escape(s) for s in sorted(US_STATES, key=len, reverse=True)))
_COUNTRY = re.compile(r"\b(?:%s)(?![\w'’-])" % "|".join(
    re.escape(name) for name in sorted(lx.COUNTRIES, key=len, reverse=True)))
#: Countries a distractor list falls back on when the article names too few.
_MAJOR = ("Brazil", "China", "France", "Germany", "India", "Iran", "Japan", "Russia", "Turkey", "United Kingdom", "US")
_COMMA = re.compile(r",\s+(?:the\s+)?")
_AND = re.compile(r",?\s+and\s+(?:the\s+)?")
_THE = re.compile(r"(?:[Tt]he\s+)$")
MIN_MEMBERS = 3
#: The longest sentence a list is asked from (its prompt is cut to the clause with the list).
MAX_LIST_SENTENCE_WORDS = 60
#: Above a single post or figure question on one member: the list asks them all, and shows them in its quote.
LIST_CONFIDENCE = 0.82
_KINDS = {"country": "countries", "state": "states", "person": None}


@dataclass
class _Item:
    start: int
    end: int
    kind: str
    name: str
    written: str = ""


def _items(body: Body, names: Names, start: int, end: int) -> list[_Item]:
    items = [_Item(m.start(), m.end(), "country", lx.COUNTRIES[m.group()], m.group()) for m in _COUNTRY.finditer(body.norm, start, end)]
    items += [_Item(m.start(), m.end(), "state", m.group()) for m in _STATE.finditer(body.norm, start, end)]
    taken = sorted((i.start, i.end) for i in items)
    starts = [a for a, _ in taken]
    for mention in names.mentions_between(start, end):
        # the places before the mention's end (found by bisection: the article may name thousands)
        last = bisect.bisect_left(starts, mention.end)
        if mention.possessive or any(taken[k][1] > mention.start for k in range(max(0, last - 2), last)):
            continue
        items.append(_Item(mention.start, mention.end, "person", mention.person.name))
    # a state named like a country ("Georgia") counts once, as the country
    seen: set[tuple[int, int]] = set()
    unique = []
    for item in sorted(items, key=lambda i: (i.start, i.kind != "country")):
        if (item.start, item.end) not in seen:
            seen.add((item.start, item.end))
            unique.append(item)
    return unique


#: Words that make a "person" the name finder found a body instead ("Marist College"): no distractor for people.
_BODY_WORDS = frozenset(lx.INSTITUTION_HEADS) | frozenset(
    "College University Institute Center Centre School Council Committee Party Foundation Association Union "
    "Times Post News Journal Network Group Bank Fund".split())
#: Words that may stand between list items as a person's post: "..., former Arkansas governor Mike Huckabee".
_POST_EXTRA = frozenset("former retired then acting the of and for".split())
_MAX_POST_WORDS = 5


#: Words that make the text before a person a clause rather than a post ("..., who beat Cruz and ...").
_CLAUSE_WORDS = frozenset("who whom whose which that said says told is was were are be been has have had will would "
                          "to in on at with by from as but while when after before than".split())


def _post(words: str) -> bool:
    """Whether ``words`` (between a comma or 'and' and a person) are that person's post, not a clause:
    a few words, capitalised (names, places, titles) or lower-case nouns ("retired neurosurgeon")."""
    found = [w.strip(",") for w in words.split()]
    return len(found) <= _MAX_POST_WORDS and all(
        w.lower() in _POST_EXTRA or is_role_word(w)
        or (w.replace("-", "").replace(".", "").isalpha() and w.lower() not in _CLAUSE_WORDS
            and not _PARTICIPLE.fullmatch(w))
        for w in found)


#: A lower-case participle before a name ("groups supporting Gov. Chris Christie", "ads backing ...") opens a phrase
#: about the person, not their post: the blank starts after it (issue 10, round 28: "Outside ___ also have spent
#: heavily" took "groups supporting" into the blank).
_PARTICIPLE = re.compile(r"[a-z][a-z-]{1,20}ing")


def _gap(body: Body, previous: _Item, item: _Item, pattern: re.Pattern[str]) -> bool:
    """Whether the text between two items is a list separator (with a post before a person)."""
    gap = body.norm[previous.end:item.start]
    if pattern.fullmatch(gap):
        return True
    if item.kind != "person":
        return False
    separator = pattern.match(gap)
    return separator is not None and _post(gap[separator.end():])


def _post_start(body: Body, start: int, floor: int) -> int:
    """Where the post before the first person of a list begins (``start`` when it has none)."""
    words = list(re.finditer(r"\S+", body.norm[floor:start]))
    begin = start
    for word in reversed(words[-_MAX_POST_WORDS:]):
        text = word.group()
        if text.endswith((",", ":", ";")) or text in ("--", "—", "–") or not _post(text):
            break
        begin = floor + word.start()
    return begin


def _runs(body: Body, items: list[_Item]) -> list[list[_Item]]:
    """Lists "A, B and C" of one kind: comma gaps then one 'and' gap (people may come with their posts)."""
    runs, current = [], items[:1]
    for previous, item in zip(items, items[1:]):
        if item.kind == previous.kind and current and _gap(body, previous, item, _COMMA):
            current.append(item)
            continue
        if item.kind == previous.kind and current and _gap(body, previous, item, _AND):
            current.append(item)
            if len(current) >= MIN_MEMBERS:
                runs.append(current)
            current = []
            continue
        current = [item]
    return runs


def list_questions(body: Body, names: Names, facts) -> list[Statement]:
    """Multi candidates (as Statements with no false form, so the builder treats them alike)."""
    found: list[Statement] = []
    from trainer.draft.claim import _kind_of

    # a pollster or a reporter is no choice among candidates, nor a victim's relative among politicians
    aside = {p.name for p in names.people if _kind_of(p) != "public" or p.lay}
    everywhere = _items(body, names, 0, len(body.text))
    in_article = {kind: sorted({i.name for i in everywhere if i.kind == kind
                                and not (kind == "person" and i.name in aside)})
                  for kind in _KINDS}
    home = home_country([i.name for i in everywhere if i.kind == "country"]
                        + ["US"] * len(_US_MARKERS.findall(body.text, 0, HOME_READ)))
    if home is not None:  # "Obama phoned the leaders of France, Brazil, China and India": never "US" (round 17)
        in_article["country"] = [c for c in in_article["country"] if c != home]
        in_article["home"] = [home]
    for index, sentence in enumerate(body.sentences):
        quote = body.excerpt(sentence.start, sentence.end)
        if (len(quote.split()) > MAX_LIST_SENTENCE_WORDS or '"' in body.norm[sentence.start:sentence.end]
                or has_ellipsis(quote)):
            continue
        items = _items(body, names, sentence.start, sentence.end)
        people = [item for item in items if item.kind == "person"]  # a state in a post ("Ohio Gov.") breaks no list
        for run in [*_runs(body, [item for item in items if item.kind != "person"]), *_runs(body, people)]:
            if run[0].kind == "state":
                continue  # "Senate races in which states?": a list of US states is trivial (issue 10, round 5)
            near = set()
            if _ALSO.search(body.norm, sentence.start, sentence.end):
                floor = body.sentences[max(0, index - _ALSO_BACK)].start
                near = {item.name for item in _items(body, names, floor, sentence.start) if item.kind == run[0].kind}
            drafted = _question(body, sentence, run, items, in_article, near)
            if drafted is None:
                continue
            prompt, answers, choices = drafted
            reveals = facts(sentence.start, sentence.end)
            if any(key[0] == "date" for key in reveals):
                continue  # the date is asked from this sentence, and its blank would show the list
            found.append(Statement("name", LIST_CONFIDENCE if run[0].kind != "person" else LIST_CONFIDENCE - 0.01,
                                   run[0].start, ("multi", *sorted(fold(a) for a in answers)),
                                   {"type": "multi", "prompt": prompt, "answers": answers, "choices": choices,
                                    "quote": quote},
                                   None, reveals))
    return found


#: The country an article names this many times, and more than any other, is its own: the story's home.
HOME_MENTIONS = 2
#: The American institutions a story about US politics names (each counts as a mention of the US), read in the
#: article's first this many characters (a bounded window).
_US_MARKERS = re.compile(r"\b(?:White House|Congress|Capitol Hill|Republicans?|Democrats?|GOP|Pentagon|"
                         r"State Department|Supreme Court|Senate|House of Representatives)\b")
HOME_READ = 20_000


def home_country(mentions: list[str]) -> str | None:
    """The country the article is set in (the one it names most, at least :data:`HOME_MENTIONS` times, ahead of any
    other): no distractor for a list of the countries its people deal with (issue 10, round 17: "'US' is an absurd
    distractor for leaders Obama phoned")."""
    counts = Counter(mentions).most_common(2)
    if not counts or counts[0][1] < HOME_MENTIONS or (len(counts) > 1 and counts[1][1] == counts[0][1]):
        return None
    return counts[0][0]


#: A list that says it adds to others ("... also have spent heavily", "... as well"): the people or countries the
#: sentences just before name did the same, so none of them is a distractor (issue 10, round 28: Jeb Bush's super PAC
#: "also" spent heavily, and Bush was offered as a wrong answer).
_ALSO = re.compile(r"\b(?:also|too|as well)\b")
#: How many sentences before such a list are read for the others it adds to.
_ALSO_BACK = 3
#: A cloze that opens on a subordinate clause ("Indeed, while ___ have spent the last week ..."): its main clause, the
#: point, was cut away.
_SUBORDINATE_OPENING = re.compile(r"(?:(?:Indeed|But|And|Still|Yet|Meanwhile|So|Now),?\s+)?(?:while|although|though"
                                  r"|whereas|if|because|since|unless)\s", re.I)


def _question(body: Body, sentence, run: list[_Item], items: list[_Item], in_article: dict,
              near: set[str] = frozenset()):
    kind = run[0].kind
    answers = list(dict.fromkeys(item.written or item.name for item in run))  # as the quote writes them
    if len(answers) < MIN_MEMBERS:
        return None
    shown = {item.name for item in items} | set(near)
    pool = [name for name in in_article[kind] if name not in shown]
    if kind == "country":
        pool = pool or [c for c in _MAJOR if c not in shown]
        if len(pool) < 2:
            pool = [c for c in _MAJOR if c not in shown]
        pool = [c for c in pool if c not in in_article.get("home", ())]
    elif kind == "state":
        if len(pool) < 2:
            pool = [s for s in US_STATES if s not in shown]
    else:
        pool = [name for name in pool if len(name.split()) > 1 and fold(name.split()[-1]) not in fold(
            body.text[sentence.start:sentence.end]) and not set(name.split()) & _BODY_WORDS]
    distractors = pick(pool, " ".join(answers), 3)
    if len(distractors) < 2:
        return None
    start = run[0].start
    if kind == "person":
        start = _post_start(body, start, sentence.start)
    the = _THE.search(body.norm, sentence.start, start)
    if the is not None and the.end() == start:
        start = the.start()
    rest = " ".join(body.text[run[-1].end:sentence.end].split()).rstrip(" .!?;:")
    if re.match(r"(?:of|from)\s+(?:the\s+)?[A-Z]|\(?\s*[RDI]\s*-", rest):
        return None  # "Who of Kentucky ...": the last member's place is left without them (issue 10, round 6)
    opening = " ".join(body.text[sentence.start:start].split())
    if not opening and rest[:1].islower() and len(rest.split()) <= 20:
        asked = f"Which {_KINDS[kind]} {rest}?" if _KINDS[kind] else f"Who {rest}?"
        prompt = f"{asked} Select all, according to the article."
    else:
        cloze = " ".join((body.text[sentence.start:start] + BLANK + body.text[run[-1].end:sentence.end]).split())
        clause = fact_clause(cloze, BLANK)
        if _SUBORDINATE_OPENING.match(clause):
            return None  # "Indeed, while ___ have spent the last week trying to tell the country" (round 28)
        prompt = f"Select all that fill the blank: {clause}"
    if any(fold(answer.split()[-1]) in fold(prompt) for answer in answers):
        return None  # the prompt would show an answer
    return prompt, answers, sorted([*answers, *distractors])
