"""Writes trainer/draft/given_names.py: the US Census 1990 given names (public domain) that the drafter's
lexicon lacks, less every name that is also an everyday English word, a place, a month, a post or an outlet.

Run by hand when the list should change: ``python scripts/given_names.py CENSUS_DIR WORDS``
with CENSUS_DIR holding the Census's dist.male.first, dist.female.first and dist.all.last (the PyPI package ``names``
0.3.0 ships them) and WORDS an English word list with proper nouns capitalised (Debian's wamerican:
/usr/share/dict/american-english)."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from trainer.draft import lexicon as lx  # noqa: E402
from trainer.draft import names as nm  # noqa: E402

#: Female names by the Census's rank: past it the list holds mostly rare spellings.
FEMALE_RANK = 2000
#: Surnames by the Census's rank: a given name that is also one of these ("Anderson", "Nelson") opens a person's
#: name in a run of capitals but stays out of lexicon.FIRST_NAMES, where a one-word name would read as a given name.
COMMON_SURNAME_RANK = 3000
#: Census given names that are far more often a surname, a place or a word in political news than a given
#: name: East Asian surnames ("Hong Kong", "Kim Jong Un"), candidates' surnames, places and faiths.
NOT_GIVEN_HERE = frozenset("""Chong Hong Yong Kim Sung Soon Chi Hung Ming Cruz Christian Guadalupe Trinidad Rosario
Devon Shelby Sydney Dominique Santos Lupe Clinton Carson Christie Graham Perry Kerry Marion Cleveland Lincoln Kennedy
Jackson Madison Jefferson Tyler Ford Carter Monroe Wilson Taylor Morgan Cameron Hamilton Franklin Harrison
Mohammad Israel Dallas Orlando Austin Houston Denver Phoenix Edison Emerson Cornell Hilton Easter Jude Starr Warner
Merrill Gracie""".split())


def _census(path: Path, limit: int) -> set[str]:
    found = set()
    for line in path.read_text().splitlines():
        name, _, _, rank = line.split()
        if int(rank) <= limit:
            found.add(name.capitalize())
    return found


def main(census: Path, words: Path) -> None:
    out: list[str] = []
    target = Path(__file__).resolve().parent.parent / "trainer" / "draft" / "given_names.py"
    male = _census(census / "dist.male.first", 10**6)
    female = _census(census / "dist.female.first", FEMALE_RANK)
    surnames = _census(census / "dist.all.last", COMMON_SURNAME_RANK)
    lower = {w for w in words.read_text(errors="replace").split() if w[:1].islower()}
    kept: dict[str, str] = {}
    hand_made = set(lx._MALE) | set(lx._FEMALE)  # FIRST_NAMES holds these names too
    for name in sorted(male | female):
        low = name.lower()
        if (len(name) < 3 or name in hand_made or name in NOT_GIVEN_HERE or low in lower or nm.place(name)
                or name in nm._STATE_WORDS or name in lx.MONTHS or name in lx.WEEKDAYS or low in lx.COMMON_WORDS
                or low in nm.NOT_GIVEN or low in lx.ROLE_WORDS or low in lx.TITLES or name in lx.STOP_CAPS
                or name in lx.OUTLETS or name in lx.INSTITUTION_HEADS):
            continue
        kept[name] = "m" if name not in female else "f" if name not in male else ""
    out.append('"""Given names the lexicon (trainer.draft.lexicon.FIRST_NAMES) lacks, from the US Census 1990 lists '
          '(public\ndomain), with the sex each belongs to ("" for both). Written by scripts/given_names.py; '
          'do not edit by hand."""\n')
    for sex, label in (("m", "_MALE"), ("f", "_FEMALE"), ("", "_BOTH")):
        chosen = [n for n in kept if kept[n] == sex]
        lines, line = [], ""
        for name in chosen:
            if len(line) + len(name) > 110:
                lines.append(line)
                line = ""
            line += name + " "
        lines.append(line)
        out.append(f"{label} = (\n" + "\n".join(f'    "{text}"' for text in lines) + "\n).split()")
    common = " ".join(sorted(n for n in kept if n in surnames))
    out.append(f'\n#: Those that are also common surnames (the Census ranks them in its first {COMMON_SURNAME_RANK}).')
    out.append(f'SURNAMES_TOO = frozenset("{common}".split())')
    out.append("\n#: A census given name and its sex (\"\" when the Census gives it to both).")
    out.append('MORE_GIVEN: dict[str, str] = {**{n: "" for n in _BOTH}, **{n: "m" for n in _MALE}, **{n: "f" for n in _FEMALE}}')
    target.write_text("\n".join(out) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
