"""The dashboard's sortable column headers."""

from urllib.parse import urlencode

from django import template
from django.utils.html import format_html

register = template.Library()


@register.simple_tag
def sort_link(field, label, sort, descending, params):
    """A header link sorting by ``field``; clicking the current column again flips the direction."""
    query = {key: value for key, value in params.items() if key not in ("sap_xep", "chieu")}
    flip = field == sort and not descending
    query.update({"sap_xep": field, "chieu": "giam" if flip else "tang"})
    marker = (" ▼" if descending else " ▲") if field == sort else ""
    return format_html('<a href="?{}">{}{}</a>', urlencode(query), label, marker)
