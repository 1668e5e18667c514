"""Highlighting that understands folded matches: ``thu tuc`` marks ``Thủ tục`` in the original text.

Why our own: haystack's Whoosh highlighter re-analyzes with an English stemmer and compares surface
forms, so a query without diacritics highlights nothing. Here the original text is tokenized with the
same tokenizer as the index (NFC, word characters), each word is folded, and the character offsets of
words whose folded form was searched are wrapped in ``<mark>`` on the original text. Everything else
is HTML-escaped.
"""

import re

from django.utils.html import escape
from django.utils.safestring import mark_safe

from portal.search.analysis import WORD_PATTERN, fold_word, nfc

SNIPPET_CHARS = 260
_WORD = re.compile(WORD_PATTERN)


def match_spans(text, folded_terms):
    """``(start, end, folded)`` of every word of ``text`` (NFC) whose folded form is in ``folded_terms``."""
    if not folded_terms:
        return []
    spans = []
    for match in _WORD.finditer(text):  # what NFCTokenizer does on NFC text, without its Token objects
        folded = fold_word(match.group())
        if folded in folded_terms:
            spans.append((match.start(), match.end(), folded))
    return spans


def _mark(text, spans):
    parts, cursor = [], 0
    for start, end, _ in spans:
        parts.append(escape(text[cursor:start]))
        parts.append(f"<mark>{escape(text[start:end])}</mark>")
        cursor = end
    parts.append(escape(text[cursor:]))
    return "".join(parts)


def highlight_all(text, folded_terms):
    """The whole (short) text with every match marked, e.g. a title."""
    text = nfc(text)
    return mark_safe(_mark(text, match_spans(text, folded_terms)))  # noqa: S308  # nosec - escaped above


def _best_window(spans, length):
    """Start offset of the window of ``length`` chars covering the most distinct terms (then matches)."""
    best, best_score = spans[0][0], (-1, -1)
    for i, (start, _, _) in enumerate(spans):
        inside = [span for span in spans[i:] if span[1] <= start + length]
        score = (len({span[2] for span in inside}), len(inside))
        if score > best_score:
            best, best_score = start, score
    return best


def snippet(text, folded_terms, length=SNIPPET_CHARS):
    """An escaped extract of ``text`` around the densest matches, matches marked, ``…`` where cut."""
    text = nfc(text or "").strip()
    if not text:
        return ""
    spans = match_spans(text, folded_terms)
    if not spans:
        start = 0
    else:
        # Start a little before the first match of the best window, at a word boundary.
        start = max(0, _best_window(spans, length) - 40)
        if start:
            space = text.rfind(" ", 0, start)
            start = space + 1 if space >= 0 and start - space < 20 else start
    end = min(len(text), start + length)
    if end < len(text):
        space = text.rfind(" ", start + length // 2, end)
        end = space if space > 0 else end
    window = [(s - start, e - start, f) for s, e, f in spans if s >= start and e <= end]
    html = _mark(text[start:end], window)
    prefix = "… " if start > 0 else ""
    suffix = " …" if end < len(text) else ""
    return mark_safe(prefix + html + suffix)  # noqa: S308  # nosec - every part escaped in _mark
