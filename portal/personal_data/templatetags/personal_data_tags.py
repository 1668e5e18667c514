"""``{{ row.birth_date|public_birth:page }}``: what a public list may show of a date of birth."""

from django import template

from portal.personal_data.publication import public_birth as _public_birth

register = template.Library()


@register.filter
def public_birth(birth_date, page):
    return _public_birth(birth_date, getattr(page, "personal_display", ""))
