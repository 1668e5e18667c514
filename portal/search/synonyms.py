"""Synonyms and spelling variants applied to a visitor's query before it reaches the index.

Why at query time: a group an administrator adds (``SearchSynonym``) works at the next search, in
every portal and in the district-wide index, without rebuilding anything. The query is cut into
*slots*: a run of query words that spells one group member ("trung hoc co so", "thcs", "hoc ki 1")
becomes one slot whose alternatives are every member of the group; any other word is a slot of its
own. Matching is on folded words (no diacritics), so "THCS", "thcs" and "trung học cơ sở" are alike.

Spelling variants handled by rule rather than data (they are regular): a syllable made of a
consonant and a final ``i``/``y`` is written both ways ("kì"/"kỳ", "lí"/"lý", "mĩ"/"mỹ", "quí"/"quý"),
so each such word also matches its twin. Roman/Arabic numerals and number words ("học kỳ I"/"học kỳ
1", "lớp 6"/"lớp sáu") are seeded groups (migration 0003), because a bare "I" or "một" is too
ambiguous to expand everywhere.
"""

import itertools
import re
from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.db.models import Count, Max, Q

from portal.search.analysis import NFCTokenizer, clean_text, fold_word

MAX_SPELLINGS = 20
MAX_WORDS = 8
MAX_VARIANTS = 8  # i/y alternatives of one phrase (2^words, capped)

_SEPARATORS = re.compile(r"[\n,;]+")
_IY_SYLLABLE = re.compile(r"^(b|c|ch|d|g|gh|h|k|kh|l|m|n|ng|nh|p|ph|qu|r|s|t|th|tr|v|x)([iy])$")


def split_spellings(text):
    """The spellings of a group as typed (NFC, trimmed, deduplicated by folded form)."""
    seen, spellings = set(), []
    for part in _SEPARATORS.split(clean_text(text or "")):
        part = " ".join(part.split())
        key = phrase_key(part)
        if part and key and key not in seen:
            seen.add(key)
            spellings.append(part)
    return spellings


def folded_phrase(text):
    """Folded words of a spelling, tokenized like the index ("GD&ĐT" -> ("gd", "dt"))."""
    return tuple(fold_word(token.text) for token in NFCTokenizer()(clean_text(text)))


def variant_key(folded):
    """One key for the i/y twins: "ki" and "ky" both give "ky"."""
    match = _IY_SYLLABLE.match(folded)
    return f"{match.group(1)}y" if match else folded


def variants(folded):
    """The folded word and its i/y twin, if it has one."""
    match = _IY_SYLLABLE.match(folded)
    if not match:
        return (folded,)
    twin = match.group(1) + ("y" if match.group(2) == "i" else "i")
    return (folded, twin)


def phrase_key(text):
    return tuple(variant_key(word) for word in folded_phrase(text))


def validate_spellings(text):
    """Clear Vietnamese errors for a group an administrator types; nothing is saved when one fails."""
    spellings = split_spellings(text)
    if len(spellings) < 2:
        raise ValidationError(
            {
                "phrases": "Cần ít nhất hai cách viết khác nhau (sau khi bỏ dấu), "
                "cách nhau bằng dấu phẩy hoặc xuống dòng."
            }
        )
    if len(spellings) > MAX_SPELLINGS:
        raise ValidationError({"phrases": f"Mỗi nhóm có tối đa {MAX_SPELLINGS} cách viết."})
    for spelling in spellings:
        if len(folded_phrase(spelling)) > MAX_WORDS:
            raise ValidationError({"phrases": f"“{spelling}” dài quá {MAX_WORDS} từ."})


@dataclass
class Slot:
    """Query words (``analysis.query_words`` triples) that match as one unit, and their alternatives."""

    words: list
    alternatives: list = field(default_factory=list)  # tuples of folded words
    from_synonym: bool = False

    @property
    def folded(self):
        return " ".join(folded for _, folded, _ in self.words)

    def single_words(self):
        return [alt[0] for alt in self.alternatives if len(alt) == 1]

    def folded_terms(self):
        return {word for alt in self.alternatives for word in alt}


class SynonymTable:
    """Groups keyed by the folded, i/y-normalized word tuples of their spellings."""

    def __init__(self, groups=()):
        self.by_key = {}
        self.longest = 1
        for spellings in groups:
            phrases = [folded_phrase(spelling) for spelling in spellings]
            phrases = [phrase for phrase in phrases if phrase]
            for phrase in phrases:
                key = tuple(variant_key(word) for word in phrase)
                self.by_key.setdefault(key, [])
                for other in phrases:
                    if other not in self.by_key[key]:
                        self.by_key[key].append(other)
                self.longest = max(self.longest, len(key))

    def expand(self, words):
        """Cut ``words`` into :class:`Slot` s, longest group match first at each position."""
        keys = [variant_key(folded) for _, folded, _ in words]
        slots, position = [], 0
        while position < len(words):
            for length in range(min(self.longest, len(words) - position), 0, -1):
                group = self.by_key.get(tuple(keys[position : position + length]))
                if group:
                    typed = tuple(folded for _, folded, _ in words[position : position + length])
                    slots.append(
                        Slot(words[position : position + length], _with_variants([typed, *group]), from_synonym=True)
                    )
                    position += length
                    break
            else:
                word = words[position]
                slots.append(Slot([word], [(variant,) for variant in variants(word[1])]))
                position += 1
        return slots


def _with_variants(phrases):
    """Every phrase with the i/y twins of its words (capped), deduplicated, typed form first."""
    seen, result = set(), []
    for phrase in phrases:
        combos = itertools.islice(itertools.product(*(variants(word) for word in phrase)), MAX_VARIANTS)
        for combo in combos:
            if combo not in seen:
                seen.add(combo)
                result.append(combo)
    return result


_cache = {"fingerprint": None, "table": SynonymTable()}


def current_table():
    """The active groups, reloaded only when a group was added, saved or deleted (one cheap query, so
    every process sees an administrator's change at its next search)."""
    from portal.search.models import SearchSynonym

    fingerprint = tuple(
        SearchSynonym.objects.aggregate(
            n=Count("id"), active=Count("id", filter=Q(is_active=True)), last=Max("updated_at")
        ).values()
    )
    if fingerprint != _cache["fingerprint"]:
        groups = [row.spellings() for row in SearchSynonym.objects.filter(is_active=True)]
        _cache["table"] = SynonymTable(groups)
        _cache["fingerprint"] = fingerprint
    return _cache["table"]


def expand(words, table=None):
    return (table or current_table()).expand(words)
