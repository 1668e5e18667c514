"""Diacritic-insensitive look-up of candidates: ``nguyen van an`` finds “Nguyễn Văn An”.

Each candidate stores ``search_key``, the folded lower-case name; a query matches
when every word of it starts a word of the key (any order: ``an`` finds “Văn An”
and “Anh”, not “Hoàng”), or when it is the STT.
"""

import re

from django.db.models import Q

from portal.text import fold, nfc


def search_key(text):
    """Folded, lower-case, single-spaced form of a name (``Hoà`` and ``Hòa`` give ``hoa``)."""
    return " ".join(fold(nfc(text or "")).lower().split())


def candidate_filter(query):
    key = search_key(query)
    condition = Q()
    for word in key.split():
        condition &= Q(search_key__regex=rf"(^| ){re.escape(word)}")
    if key.isdigit():
        condition |= Q(number=int(key))
    return condition
