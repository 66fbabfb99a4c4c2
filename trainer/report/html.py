"""The report as one self-contained HTML page: inline CSS, inline SVG charts, a few lines of script to sort
tables; no network, no external assets. Every text from a deck or a hand-in is escaped (and its control
characters made visible), so it shows literally and never runs.
"""

from __future__ import annotations

import html

from trainer.report.analysis import ClassReport, Mastery, QuestionStats
from trainer.textsafe import visible

_CSS = """
:root { --ink: #1d2530; --muted: #5b6673; --line: #d7dde4; --accent: #2f6db5; --bad: #b3261e; --good: #1e7b34; }
* { box-sizing: border-box; }
body { font: 15px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; color: var(--ink); margin: 0 auto;
       max-width: 1200px; padding: 1.5rem; }
h1 { font-size: 1.6rem; margin: 0 0 .3rem; } h2 { font-size: 1.2rem; margin: 2rem 0 .6rem;
     border-bottom: 2px solid var(--line); padding-bottom: .2rem; }
.muted { color: var(--muted); }
.cards { display: flex; flex-wrap: wrap; gap: .8rem; margin: 1rem 0; }
.card { border: 1px solid var(--line); border-radius: 8px; padding: .6rem 1rem; min-width: 9rem; }
.card b { display: block; font-size: 1.4rem; }
table { border-collapse: collapse; width: 100%; margin: .4rem 0 1rem; font-size: 14px; }
th, td { border-bottom: 1px solid var(--line); padding: .3rem .5rem; text-align: right; vertical-align: top; }
th:first-child, td:first-child, td.text, th.text { text-align: left; }
th { background: #f3f5f8; position: sticky; top: 0; }
th.sortable { cursor: pointer; } th.sortable::after { content: " ⇅"; color: var(--muted); font-size: 11px; }
.flag { color: var(--bad); font-weight: 600; }
.right { color: var(--good); font-weight: 600; }
details { border: 1px solid var(--line); border-radius: 6px; padding: .4rem .8rem; margin: .4rem 0; }
summary { cursor: pointer; font-weight: 600; }
blockquote { margin: .5rem 0; padding: .3rem .8rem; border-left: 4px solid var(--accent); background: #f6f8fb;
             white-space: pre-wrap; }
.literal { white-space: pre-wrap; overflow-wrap: anywhere; }
svg text { font: 12px system-ui, sans-serif; fill: var(--ink); }
"""

_SCRIPT = """
document.querySelectorAll('a[href^="#q-"]').forEach(function (link) {
  link.addEventListener("click", function () {
    var detail = document.getElementById(link.getAttribute("href").slice(1));
    if (detail) { detail.open = true; }
  });
});
document.querySelectorAll("table.sortable").forEach(function (table) {
  table.querySelectorAll("th.sortable").forEach(function (th, column) {
    th.addEventListener("click", function () {
      var body = table.tBodies[0];
      var rows = Array.prototype.slice.call(body.rows);
      var down = th.getAttribute("aria-sort") !== "descending";
      rows.sort(function (a, b) {
        var x = a.cells[column].getAttribute("data-sort"), y = b.cells[column].getAttribute("data-sort");
        var nx = parseFloat(x), ny = parseFloat(y);
        var order = (!isNaN(nx) && !isNaN(ny)) ? nx - ny : String(x).localeCompare(String(y));
        return down ? -order : order;
      });
      table.querySelectorAll("th.sortable").forEach(function (other) { other.removeAttribute("aria-sort"); });
      th.setAttribute("aria-sort", down ? "descending" : "ascending");
      rows.forEach(function (row) { body.appendChild(row); });
    });
  });
});
"""


def _e(text: object) -> str:
    """Escape untrusted text for HTML, with control characters shown."""
    return html.escape(visible(str(text)), quote=True)


def _pct(value: float | None) -> str:
    return "–" if value is None else f"{value:.0%}"


def _num(value: float | None) -> str:
    return "–" if value is None else f"{value:+.2f}"


def _sort_key(value: float | None) -> str:
    return "-999" if value is None else f"{value:.6f}"


def _cell(shown: str, key: object, text: bool = False) -> str:
    cls = ' class="text"' if text else ""
    return f'<td{cls} data-sort="{_e(key)}">{shown}</td>'


def _histogram_svg(bins: list[int]) -> str:
    width, height, pad = 520, 180, 28
    most = max(bins, default=0) or 1
    bar = (width - pad) / len(bins)
    parts = [f'<svg class="chart" role="img" aria-label="Score distribution" width="{width}" height="{height + 30}" '
             f'viewBox="0 0 {width} {height + 30}">']
    for i, count in enumerate(bins):
        h = count / most * (height - 20)
        x = pad + i * bar
        parts.append(f'<rect x="{x + 2:.1f}" y="{height - h:.1f}" width="{bar - 4:.1f}" height="{h:.1f}" '
                     f'fill="#2f6db5"><title>{i * 10}–{i * 10 + 10}%: {count}</title></rect>')
        parts.append(f'<text x="{x + bar / 2:.1f}" y="{height - h - 4:.1f}" text-anchor="middle">{count}</text>')
        parts.append(f'<text x="{x + bar / 2:.1f}" y="{height + 16}" text-anchor="middle">{i * 10}%</text>')
    parts.append("</svg>")
    return "".join(parts)


def _bars_svg(rows: list[tuple[str, float, str]], label: str) -> str:
    """Horizontal bars of values 0..1, each with its (escaped) label and a note."""
    width, row_h, left = 640, 22, 220
    height = row_h * len(rows) + 6
    parts = [f'<svg class="chart" role="img" aria-label="{_e(label)}" width="{width}" height="{height}" '
             f'viewBox="0 0 {width} {height}">']
    for i, (name, value, note) in enumerate(rows):
        y = 3 + i * row_h
        w = max(0.0, min(1.0, value)) * (width - left - 110)
        parts.append(f'<text x="{left - 6}" y="{y + 15}" text-anchor="end">{_e(name[:32])}</text>')
        parts.append(f'<rect x="{left}" y="{y + 3}" width="{w:.1f}" height="{row_h - 8}" fill="#2f6db5"/>')
        parts.append(f'<text x="{left + w + 6:.1f}" y="{y + 15}">{_e(note)}</text>')
    parts.append("</svg>")
    return "".join(parts)


def _mastery(title: str, rows: list[Mastery]) -> str:
    if not rows:
        return ""
    chart = _bars_svg([(m.name, m.score or 0.0, f"{_pct(m.score)} · {m.attempts} answers") for m in rows], title)
    return f"<h3>{_e(title)}</h3>{chart}"


def _question_detail(q: QuestionStats) -> str:
    parts = [f'<details id="q-{_e(q.deck_id)}-{_e(q.question_id)}"><summary>{_e(q.deck_id)}/{_e(q.question_id)} '
             f'· facility {_pct(q.facility)} · {_e(q.type)}'
             + (f' · <span class="flag">⚑ {_e(", ".join(q.flags))}</span>' if q.flags else "") + "</summary>",
             f'<p class="literal">{_e(q.prompt)}</p>',
             f"<blockquote>{_e(q.quote)}</blockquote><p class=\"muted\">{_e(q.citation)} · "
             f"{_e(q.file)}:{q.line}</p>",
             f'<p>Right answer: <span class="right literal">{_e(q.right_answer)}</span></p>']
    if q.options:
        parts.append('<table><thead><tr><th class="text">Option</th><th>Chosen</th><th>Top third</th>'
                     "<th>Bottom third</th></tr></thead><tbody>")
        for o in q.options:
            mark = '<span class="right">✓ right</span> ' if o.right else ""
            parts.append(f'<tr><td class="text literal">{mark}{_e(o.option)}</td><td>{o.count}</td>'
                         f"<td>{o.upper} ({_pct(o.upper_rate)})</td><td>{o.lower} ({_pct(o.lower_rate)})</td></tr>")
        parts.append("</tbody></table>")
        total = sum(o.count for o in q.options) or 1
        parts.append(_bars_svg([(o.option, o.count / total, f"{o.count}{' ✓' if o.right else ''}")
                                for o in q.options], "Options chosen"))
    if q.partners:
        parts.append('<table><thead><tr><th class="text">Item</th><th class="text">Right partner</th><th>Right</th>'
                     '<th>None</th><th class="text">Wrong partners chosen</th></tr></thead><tbody>')
        for p in q.partners:
            wrong = ", ".join(f'<span class="literal">“{_e(w.partner)}”</span> ×{w.count}' for w in p.wrong) or "–"
            parts.append(f'<tr><td class="text literal">{_e(p.item)}</td><td class="text literal right">'
                         f"{_e(p.right_partner)}</td><td>{p.right} of {p.attempts}</td><td>{p.unanswered}</td>"
                         f'<td class="text">{wrong}</td></tr>')
        parts.append("</tbody></table>")
    if q.common_wrong:
        parts.append("<p>Usual wrong answers: " + ", ".join(
            f'<span class="literal">“{_e(answer)}”</span> ×{count}' for answer, count in q.common_wrong) + "</p>")
    parts.append("</details>")
    return "".join(parts)


def report_html(report: ClassReport) -> str:
    d = report.distribution
    c = report.completion
    out: list[str] = []
    add = out.append
    add('<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">')
    add('<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; style-src \'unsafe-inline\'; '
        'script-src \'unsafe-inline\'; img-src data:">')
    add('<meta name="viewport" content="width=device-width, initial-scale=1">')
    decks = ", ".join(str(deck["title"]) for deck in report.decks)
    add(f"<title>Class report: {_e(decks)}</title><style>{_CSS}</style></head><body>")
    add(f"<h1>Class report</h1><p class=\"muted\">{_e(decks)} · generated {_e(report.generated_at)} · item "
        f"analysis on first attempts in <b>{_e(report.mode)}</b> mode</p>")
    add('<div class="cards">')
    for label, value in (("students", report.students), ("sessions", report.sessions), ("answers", report.answers),
                         ("hand-ins read", report.files_read), ("median score", _pct(d.median)),
                         ("quartiles", f"{_pct(d.q1)}–{_pct(d.q3)}"), ("finished", c["students_finished"]),
                         ("only unfinished", c["students_unfinished_only"])):
        add(f'<div class="card"><b>{_e(value)}</b><span class="muted">{_e(label)}</span></div>')
    add("</div>")
    add(f"<h2>Score distribution</h2>{_histogram_svg(d.histogram)}")
    add(f"<p class=\"muted\">mean {_pct(d.mean)}, range {_pct(d.minimum)}–{_pct(d.maximum)}; sessions: "
        f"{c['sessions_completed']} completed, {c['sessions_abandoned']} abandoned, {c['sessions_interrupted']} "
        f"interrupted, {c['sessions_active']} open</p>")

    add('<h2>Item analysis</h2><table class="sortable" id="questions"><thead><tr>')
    for name in ("Question", "Type", "Attempts", "Facility", "SD", "Discrimination", "Efficiency", "Upper − lower",
                 "Median time", "Flags"):
        add(f'<th class="sortable{" text" if name in ("Question", "Type", "Flags") else ""}">{name}</th>')
    add("</tr></thead><tbody>")
    for q in report.questions:
        name = f'<a href="#q-{_e(q.deck_id)}-{_e(q.question_id)}">{_e(q.deck_id)}/{_e(q.question_id)}</a>'
        add("<tr>" + _cell(name, f"{q.deck_id}/{q.question_id}", True) + _cell(_e(q.type), q.type, True)
            + _cell(str(q.attempts), q.attempts) + _cell(_pct(q.facility), _sort_key(q.facility))
            + _cell("–" if q.sd is None else f"{q.sd:.2f}", _sort_key(q.sd))
            + _cell(_num(q.discrimination), _sort_key(q.discrimination))
            + _cell(_num(q.efficiency), _sort_key(q.efficiency))
            + _cell(_num(q.upper_lower), _sort_key(q.upper_lower))
            + _cell("–" if q.median_time_s is None else f"{q.median_time_s:.0f} s", _sort_key(q.median_time_s))
            + _cell(f'<span class="flag">{_e(" ".join(q.flags))}</span>' if q.flags else "", " ".join(q.flags), True)
            + "</tr>")
    add("</tbody></table>")

    if report.flags:
        add('<h2>For the author</h2><table><thead><tr><th class="text">Where</th><th class="text">Question</th>'
            '<th class="text">Why</th></tr></thead><tbody>')
        for flag in report.flags:
            add(f'<tr><td class="text">{_e(flag.file)}:{flag.line}</td><td class="text">{_e(flag.question_id)}</td>'
                f'<td class="text literal">{_e(flag.message)}</td></tr>')
        add("</tbody></table>")

    add("<h2>Questions in detail</h2>")
    out.extend(_question_detail(q) for q in report.questions)

    add("<h2>Mastery</h2>")
    add(_mastery("By tag", report.by_tag))
    add(_mastery("By question type", report.by_type))
    if report.most_missed:
        add("<h2>Most missed</h2><ol>")
        for q in report.most_missed:
            add(f'<li><b>{_pct(q.facility)}</b> <span class="literal">{_e(q.prompt)}</span> — right answer: '
                f'<span class="literal">{_e(q.right_answer)}</span><blockquote>{_e(q.quote)}</blockquote></li>')
        add("</ol>")

    add('<h2>Students</h2><table class="sortable" id="students"><thead><tr>')
    for name in ("Student", "Score", "Best exam", "Latest exam", "Time spent", "Questions seen", "Last study day",
                 "Completed", "Unfinished"):
        add(f'<th class="sortable{" text" if name == "Student" else ""}">{name}</th>')
    add("</tr></thead><tbody>")
    for row in report.student_rows:
        add("<tr>" + _cell(_e(row.profile), row.profile, True) + _cell(_pct(row.test_score), _sort_key(row.test_score))
            + _cell(_pct(row.best_exam), _sort_key(row.best_exam))
            + _cell(_pct(row.latest_exam), _sort_key(row.latest_exam))
            + _cell(f"{row.time_spent_s / 60:.0f} min", row.time_spent_s)
            + _cell(str(row.questions_seen), row.questions_seen)
            + _cell(_e(row.last_study_day or "–"), row.last_study_day or "")
            + _cell(str(row.completed), row.completed) + _cell(str(row.unfinished), row.unfinished) + "</tr>")
    add("</tbody></table>")

    from trainer.report.text import problem_lines

    problems = problem_lines(report)
    if problems:
        add('<h2>Hand-ins with problems</h2><pre class="literal">'
            + html.escape("\n".join(line for line in problems if line).strip()) + "</pre>")
    add(f"<script>{_SCRIPT}</script></body></html>")
    return "\n".join(out) + "\n"
