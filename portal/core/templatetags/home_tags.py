"""``{% home_box box %}``: render one home-page box (:class:`portal.core.hooks.HomeBox`).

Like ``{% include %}``: the box's template sees the page's context (request, settings,
current portal) with the box's own ``context`` on top, for that box only.
"""

from django import template

register = template.Library()


@register.simple_tag(takes_context=True)
def home_box(context, box):
    box_template = context.template.engine.get_template(box.template)
    with context.push(box.context):
        return box_template.render(context)
