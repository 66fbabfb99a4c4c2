"""The instructor's class report: students' hand-ins (``trainer results`` files) read, regraded and analysed.

``decks`` indexes the instructor's decks and regrades answers with the decks' own grading functions;
``handins`` reads hand-in files one at a time (untrusted: every problem is named, never raised) and folds
them into per-student records; ``analysis`` computes the class figures (Moodle's quiz statistics);
``text``, ``tables`` (CSV and JSON) and ``html`` render them; ``commands`` is ``trainer report``.
Nothing here imports Textual.
"""
