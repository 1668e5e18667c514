"""``{% portal_version %}``: the installed release, for the admin footer (``wagtailadmin/base.html``)."""

from django import template

from portal.ops.version import portal_version as installed_version

register = template.Library()


@register.simple_tag
def portal_version():
    return installed_version()
