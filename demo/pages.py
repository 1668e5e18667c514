"""Create-or-update of demo pages, shared by every section's seeder so re-running ``seed_demo`` is idempotent."""

import datetime

from django.utils import timezone


def without_ids(raw):
    """A StreamField's raw data without block ids, so a re-seed compares content, not generated ids."""
    return [{"type": item["type"], "value": item["value"]} for item in raw]


def save_page(parent, model, slug, values, body):
    """Create (published) or update a page by slug; publish a revision only when something changed."""
    page = model.objects.child_of(parent).filter(slug=slug).first()
    if page is None:
        first = timezone.make_aware(datetime.datetime.combine(values["date"], datetime.time(8, 0)))
        page = model(slug=slug, first_published_at=first, **values)
        page.body = body
        parent.add_child(instance=page)
        page.save_revision().publish()
        return page
    changed = {key: value for key, value in values.items() if getattr(page, key) != value}
    body_changed = without_ids(page.body.get_prep_value()) != without_ids(body)
    if changed or body_changed or not page.live:
        for key, value in changed.items():
            setattr(page, key, value)
        if body_changed:
            page.body = body
        page.save_revision().publish()
    return page
