"""The Whoosh schema shared by every portal's index, and how one page becomes one document.

Why one fixed schema rather than haystack's generated one: haystack maps every ``CharField`` to a
stored, sortable ``TEXT`` with an English stemmer; here the searched text is indexed twice (folded and
exact, see ``analysis``), is not stored (only a bounded ``body`` is, for snippets), and the facets are
sortable ``ID`` columns. Every SearchIndex (``search_indexes.PageSearchIndex``) fills these names.
"""

from whoosh.fields import DATETIME, ID, KEYWORD, STORED, TEXT, FieldType, Schema
from whoosh.formats import Existence

from portal.search.analysis import exact_analyzer, folding_analyzer, pairs_analyzer

# Haystack's own bookkeeping fields (haystack.constants ID, DJANGO_CT, DJANGO_ID).
HAYSTACK_ID, DJANGO_CT, DJANGO_ID = "id", "django_ct", "django_id"
CONTENT_FIELD = "text"

# How much of the text is stored for snippets; the whole text is indexed.
BODY_STORED_CHARS = 20_000


def build_whoosh_schema():
    return Schema(
        **{
            HAYSTACK_ID: ID(stored=True, unique=True),
            DJANGO_CT: ID(stored=True),
            DJANGO_ID: ID(stored=True),
            # Searched text: title + body, folded (phrase positions kept) and exact.
            "text": TEXT(analyzer=folding_analyzer(), phrase=True),
            "text_exact": TEXT(analyzer=exact_analyzer(), phrase=False),
            "title": TEXT(analyzer=folding_analyzer(), phrase=True, stored=True),
            "title_exact": TEXT(analyzer=exact_analyzer(), phrase=False),
            # Neighbouring folded word pairs of the same texts: a two-word phrase is one term here
            # (portal.search.engine), so phrases never need word positions at query time.
            # Matched only, never scored (a phrase scores as its words): no frequencies, no lengths.
            "text_pairs": FieldType(Existence(), pairs_analyzer()),
            "title_pairs": FieldType(Existence(), pairs_analyzer()),
            # Document numbers stated near the top of the page, normalized (portal.search.numbers).
            "codes": KEYWORD(lowercase=False, commas=False, scorable=True),
            # Shown, not searched.
            "body": STORED(),
            "url": STORED(),
            "kind_label": STORED(),
            # Facets and filters.
            "kind": ID(stored=True, sortable=True),
            "year": ID(stored=True, sortable=True),
            "date": DATETIME(stored=True, sortable=True),
            # The portal; sortable because the district-wide index counts hits per school on it.
            "schema": ID(stored=True, sortable=True),
            # Wagtail page id, so a deleted page is removed without knowing its specific type.
            "page_id": ID(),
        }
    )
