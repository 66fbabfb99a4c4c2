"""The clause of a sentence that carries one fact, for short prompts (issue 10).

A cloze prompt used to be the article's whole sentence with a blank: a paragraph to read, side
clauses and attributions included. A prompt asks about the fact, so it keeps only the part of the
sentence that holds the blank: asides in parentheses or between dashes go, so do the other parts
of a sentence cut by a semicolon, a colon or a dash, a leading "according to ..." and a trailing
"..., officials said". What is left and still too long is cut at a relative clause after the
blank (a whole clause, shown as it is), or at the word limit with "…" (build.py then drops the question:
a prompt cut inside a clause is no question a teacher keeps). The question's quote stays the whole sentence: it is the
proof shown after answering, so nothing is lost.

Every scan here is a single pass over one sentence (no nested quantifiers), so it runs in linear time.
"""

from __future__ import annotations

import re

#: The most words a trimmed prompt keeps (the prompt's lead-in such as "Fill in the year:" apart).
MAX_PROMPT_WORDS = 24
#: The words of a long sentence's opening kept before "…" when its blank lies far in.
HEAD_WORDS = 6
#: A part shorter than this is no clause on its own: its neighbour before it is kept too.
MIN_CLAUSE_WORDS = 4
#: What is left of a sentence once asides are cut must keep at least this many words.
MIN_LEFT_WORDS = 6

_ASIDE = re.compile(r"\s*\([^()]*\)|\s+[—–―]\s[^—–―]*\s[—–―](?=\s)|[—―][^—―\s][^—―]*[—―]|\s--\s(?:(?!\s--\s).)*\s--(?=\s)")
_HARD_BREAK = re.compile(r";\s|:\s|\s[—–―]\s|[—―]|\s--\s")
_LEAD_IN = re.compile(r"^(?:according to|as reported by|in a statement|in an interview)\b[^,]*,\s*", re.I)
_SPEECH = r"(?:said|says|told|added|wrote|writes|noted|stated|reported|announced|claimed|argued|explained)"
_TRAILING_ATTRIBUTION = re.compile(
    r",\s*(?:(?:[A-Za-z.'’\-]+\s+){0,6}%s|%s\s+(?:[A-Za-z.'’\-]+\s*){0,8}|according to\s[^,]*)[.!?]?$" % (_SPEECH, _SPEECH))
_TRAILING_CLAUSE = re.compile(
    r",\s+(?:and|but)\s|\s(?:and|but)\s(?=(?:is|are|was|were|has|have|had|will|would|could|can|then|also|later)\s)|,?\s+(?:that|which|who|whom|whose|where|when|because|while|although|as|before|after|until"
    r"|despite)\s"
    r"|,\s+(?:[a-z]{3,}ing|compared|up from|down from)\s")  # ", ranging from a low of 4 percent ..." (round 22)
#: An attribution left at the end of a cut clause: "Phillips, who lost her daughter in July 2012, said".
_SAID_AT_END = re.compile(r",\s*%s\s*$" % _SPEECH)
_INTRO = re.compile(r"(?:in|on|at|after|before|throughout|during|when|while|as|but|and|since|for|so|yet|still|"
                    r"meanwhile|however|instead|also|then|now|today|by)\b[^,—―–]*(?:,\s|\s[—―–]\s)", re.I)


def _gap_for(aside: re.Match[str]) -> str:
    """What stands where an aside was cut: nothing after a space, a space where the aside was joined
    to the words around it ("one of them—more likely X—the next" -> "one of them the next")."""
    return "" if aside.group()[:1].isspace() else " "


def _aside_free(text: str, blank: int) -> tuple[str, int]:
    """``text`` without asides that do not hold the character at ``blank``; the blank's new offset."""
    pieces, position, shift = [], 0, 0
    for match in _ASIDE.finditer(text):
        if match.start() <= blank < match.end():
            continue
        gap = _gap_for(match)
        pieces.append(text[position:match.start()] + gap)
        if match.end() <= blank:
            shift += match.end() - match.start() - len(gap)
        position = match.end()
    pieces.append(text[position:])
    cut = "".join(pieces)
    if cut.rstrip(" .,;:") and len(cut.split()) >= MIN_LEFT_WORDS:
        return cut, blank - shift
    return text, blank


#: A dateline before a lead ("LOS ANGELES, Sept. 28 — ", "WASHINGTON (AP) -- ").
_DATELINE = re.compile(r"^[A-Z][A-Z .'’\-]{2,40}(?:\([^()]{1,20}\))?(?:,\s*[^—–\n]{1,30}?)?\s*(?:[—–]|--)\s*")


def without_asides(text: str) -> str:
    """``text`` without its dateline and its asides in parentheses or between dashes, when enough is left."""
    cut = _ASIDE.sub(_gap_for, _DATELINE.sub("", text, count=1))
    return cut if len(cut.split()) >= MIN_LEFT_WORDS else text


def _part_with(text: str, blank: int) -> str:
    """The part of ``text`` between hard breaks that holds ``blank``, with the part before it when it
    is too short to stand alone."""
    bounds = [0]
    ends = []
    dashes = [False]  # whether the break before each part is a dash
    for match in _HARD_BREAK.finditer(text):
        ends.append(match.start())
        bounds.append(match.end())
        dashes.append(match.group().strip() not in (";", ":"))
    ends.append(len(text))
    index = max(i for i, start in enumerate(bounds) if start <= blank)
    start, end = bounds[index], ends[index]
    if index > 0 and blank >= ends[index - 1] and blank < bounds[index]:
        return text  # the blank sits on the break itself
    if dashes[index] and index + 1 < len(bounds) and dashes[index + 1]:
        # an aside between two dashes: the clause it interrupts stands around it
        return text[bounds[index - 1]:ends[index + 1]]
    while len(text[start:end].split()) < MIN_CLAUSE_WORDS and index > 0:
        index -= 1
        start = bounds[index]
    if len(text[start:end].split()) < MIN_CLAUSE_WORDS - 1 and end < len(text):
        end = len(text)  # still too short: the rest of the sentence too
    return text[start:end]


def fact_clause(text: str, blank: str, limit: int = MAX_PROMPT_WORDS) -> str:
    """The clause of ``text`` (a sentence with ``blank`` standing for the answer) that asks the fact.

    >>> fact_clause("Weiner lost ___ jobs Monday: one at NY1, and the other at the Daily News.", "___")
    'Weiner lost ___ jobs Monday'
    """
    at = text.find(blank)
    if at < 0:
        return text
    text, at = _aside_free(text, at)
    text = _part_with(text, at)
    at = text.find(blank)
    lead_in = _LEAD_IN.match(text)
    if lead_in and lead_in.end() <= at:
        text = text[lead_in.end():]
    trailing = _TRAILING_ATTRIBUTION.search(text)
    if trailing and trailing.start() > text.find(blank) + len(blank) and len(text[:trailing.start()].split()) >= MIN_CLAUSE_WORDS:
        text = text[:trailing.start()]
    text = " ".join(text.split()).strip(" ,;:")
    if len(text.split()) > limit:
        found = _FOUND_THAT.match(text)
        if found and found.end() <= text.find(blank):
            text = _paired(text[found.end():])  # "Pew found that “about twice as many ... (___) than ...”"
    if len(text.split()) > limit:
        text = _shortened(text, blank, limit)
    if text[:1].islower():
        text = text[0].upper() + text[1:]
    return text


#: A report's lead-in before its finding ("Pew found that", "The survey showed that"): the finding is the fact.
_FOUND_THAT = re.compile(r"^(?:In \d{4},\s+)?(?:[A-Z][\w.'’-]*\s+){1,4}(?:found|finds|showed|shows|reported|reports|"
                         r"estimated|estimates|concluded)\s+that\s+")


def _paired(text: str) -> str:
    """``text`` without a quote mark left unpaired by a cut (the opening one of a finding quoted whole)."""
    if text.count("“") != text.count("”"):
        text = text.replace("“", "", 1) if text.count("“") > text.count("”") else text[::-1].replace("”", "", 1)[::-1]
    if text.count('"') % 2:
        text = text.replace('"', "", 1)
    text = text.strip()
    whole = re.fullmatch(r'[“"]([^“”"]*)[”"]\.?', text) or re.fullmatch(r'[“"]([^“”"]*)\.[”"]', text)
    if whole:  # the finding quoted whole: its words, without the marks
        text = whole.group(1).strip()
    return text[:1].upper() + text[1:]


#: The sentence's subject: its opening name ("Zimmerman", "George Zimmerman", "The Valmora council") before a verb.
_SUBJECT = re.compile(r"(?:The\s+)?(?:[A-Z][\w.'’-]*\s+){1,3}(?=[a-z])")
#: A second verb of the subject's, after "and": "... and set the bidding to start at ___".
_AND_VERB = re.compile(r"\s(?:and|but|then)\s+(?=(?:[a-z]+ed|set|put|cut|made|sold|gave|took|won|lost|paid|bought|"
                       r"spent|raised|said|told|kept|left|sent|held|offered|asked)\s+(?:the|a|an|his|her|its|their|to|"
                       r"up|out|off|that|it|them|him|on|in|[$€£\d]|___)\b)")  # a verb and its object, not "and
# conflicted stance" (an adjective before its noun)


def _second_verb(text: str, blank: str, limit: int) -> str | None:
    """A long sentence whose blank lies in its subject's second verb phrase, asked by the subject and that phrase
    alone: "Zimmerman wrote in both listings he was "honored and humbled" to announce the sale of the weapon and set
    the bidding to start at ___." -> "Zimmerman set the bidding to start at ___." (issue 10, round 22: the $5,000
    opening bid was lost to a "…" cut). None when the sentence has no such shape or the phrase does not fit."""
    subject = _SUBJECT.match(text)
    at = text.find(blank)
    if subject is None or at < 0:
        return None
    joins = [m for m in _AND_VERB.finditer(text, subject.end(), at)]
    if not joins:
        return None
    rest = text[joins[-1].end():]
    if text.count('"', joins[-1].end()) % 2 or rest.count("“") != rest.count("”"):
        return None  # the verb stands inside a quote
    if text[subject.end():joins[-1].start()].count(",") >= 2:
        return None  # another subject's clause may stand between ("..., whose aides said ..., and ...")
    asked = subject.group() + rest
    return asked if MIN_LEFT_WORDS <= len(asked.split()) <= limit else None


def _shortened(text: str, blank: str, limit: int) -> str:
    """``text`` cut to ``limit`` words around its blank: after the blank at the last relative or
    coordinated clause that keeps the most words, else before it at a comma, else at the word limit,
    with '…' where words were cut."""
    for _ in range(2):  # the text, then the text without its introductory phrase
        at = text.find(blank)
        heads = [_SAID_AT_END.sub("", text[: m.start()]).rstrip(" ,")
                 for m in _TRAILING_CLAUSE.finditer(text, at + len(blank))]
        fitting = [head for head in heads if MIN_LEFT_WORDS <= len(head.split()) <= limit]
        if fitting:
            return fitting[-1]  # a whole clause: nothing is cut inside it, so no "…" (round 2)
        intro = _INTRO.match(text)
        if not intro or intro.end() > at or len(text[intro.end():].split()) < MIN_LEFT_WORDS:
            break
        text = text[intro.end():].lstrip(" —―–-")
        if len(text.split()) <= limit:
            return text[0].upper() + text[1:]
    second = _second_verb(text, blank, limit)
    if second is not None:
        return second
    words = text.split()
    index = next(i for i, word in enumerate(words) if blank in word)
    if index < limit - 4:
        kept = " ".join(words[:limit]).rstrip(" ,;:")
        return kept + ("…" if limit < len(words) else "")
    # the blank lies far in: the sentence's opening (its subject, as a rule), then the words around the blank
    tail = limit - HEAD_WORDS
    start = max(HEAD_WORDS, min(index - tail // 2, len(words) - tail))
    head = " ".join(words[:HEAD_WORDS]).rstrip(" ,;:")
    kept = " ".join(words[start : start + tail]).rstrip(" ,;:")
    return f"{head} … {kept}" + ("…" if start + tail < len(words) else "")
