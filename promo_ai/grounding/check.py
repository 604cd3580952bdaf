"""Every claim of one section of text, judged against the case: the order the checks run in.

1. characters, on the raw text (before anything is normalised);
2. the text prepared (NFKC, straight quotation marks, hidden characters dropped);
3. quotes, on the whole section (a quote may run over sentences), then masked for everything else:
   the words inside a quote are judged as the quote, not as names or figures;
4. links, addresses and numbers, then dates, then figures, each taken out of the text for the next;
5. names and titles, approvals and decisions, tone, instructions.
"""

from __future__ import annotations

from promo_ai.case import Case
from promo_ai.grounding import characters, contacts, dates, figures, names, quotes, tone
from promo_ai.grounding.claims import decisions, instructions
from promo_ai.grounding.findings import Finding
from promo_ai.grounding.normal import blank, prepare, sentence_at, sentence_spans, sentence_start
from promo_ai.grounding.ownwords import composer_says
from promo_ai.grounding.source import Source


class Grounding:
    """What a case (plus notes) allows an email to claim, and the judge of each section."""

    def __init__(self, case: Case, notes: str | None = None) -> None:
        self.source = Source(case, notes)

    def check(self, section: str, raw: str) -> list[Finding]:
        source = self.source
        found: list[Finding] = []
        text = prepare(raw)
        spans = sentence_spans(text)

        def add(kind: str, position: int, claim: str, why: str = "") -> None:
            found.append(Finding(kind, section, sentence_at(text, spans, max(position, 0)), claim.strip(), why))

        for _, description in characters.hidden(raw):
            found.append(Finding("characters", section, raw.strip(), description))
        if section == "subject" and ("\n" in raw.strip() or "\r" in raw):
            found.append(Finding("characters", section, raw.strip(), "a line break in the subject"))
        for position, description in characters.look_alikes(text, source.vocabulary):
            add("characters", position, description)

        quoted = quotes.spans(text)
        for index, span in enumerate(quoted):
            content = span.inner(text)
            segment_start = max(sentence_start(spans, span.start), quoted[index - 1].end if index else 0)
            if not span.closed:
                add("quotes", span.start, content[:60], f"a quotation mark opens before {content[:60]!r} and never "
                                                        "closes")
                continue
            said_by = quotes.attribution(text, span, segment_start, source.people)
            why = quotes.judge(content, said_by, source.quotes, source.people)
            if why is not None:
                add("quotes", span.start, content, why)
        if section == "praise" and not quoted and text.strip():
            content, said_by = quotes.unmarked(text, source.people)
            why = quotes.judge(content, said_by, source.quotes, source.people)
            if why is not None:
                add("quotes", 0, content, why or f"the praise {content!r} is not quoted from your case word for word")
        # Inside a quote, words are the quote's; the marks stay, so a quote still ends what comes before it.
        masked = blank(text, ((s.start + 1, s.end - 1 if s.closed else s.end) for s in quoted))

        links = contacts.extract(masked)
        for contact in links:
            if contact.norm not in source.contacts:
                add("contacts", contact.start, contact.text)
        rest = blank(masked, ((c.start, c.end) for c in links))
        days = dates.extract(rest)
        for day in days:
            ours = day.kind == "phrase" and composer_says(text, day.start, day.end)
            if not (ours or source.date_ok(day)):
                add("dates", day.start, day.text)
        rest = blank(rest, ((d.start, d.end) for d in days))
        amounts = figures.extract(rest)
        for figure in amounts:
            if not source.figure_ok(figure):
                why = "" if figure.rule != "word" or any(ch.isdigit() for ch in figure.text) else \
                    f"{figure.text!r} (pay or money) is not in your case"
                add("figures", figure.start, figure.text, why)
        rest = blank(rest, ((f.start, f.end) for f in amounts))

        for kind, position, claim in names.check(rest, source):
            add(kind, position, claim)
        for position, claim in decisions(masked, source):
            add("decisions", position, claim)
        for position, claim, why in tone.check(masked, source):
            add("tone", position, claim, why)
        for position, claim in instructions(masked, section, _mask_names(masked, source)):
            add("instructions", position if position >= 0 else 0, claim)
        return found


def _mask_names(text: str, source: Source) -> str:
    """`text` with the case's people, titles, team and company written as 'X' (same length), so that a
    title such as 'Assistant' does not read as addressing an assistant."""
    return source.known_names().sub(lambda m: "X" * len(m.group(0)), text)
