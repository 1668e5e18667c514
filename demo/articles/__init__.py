"""Demo articles of the three topic sections for the district and every school (``seed_demo``).

Idempotent: pages are matched by slug under their section; a new revision is published only when a
value differs. Numbers come from a generator seeded by portal and item, not from the shared ``rng``,
so other seeders cannot shift them.
"""

import datetime
import random
import re

from demo.articles import content
from demo.pages import save_page
from portal.articles.models import (
    AccreditationIndexPage,
    AccreditationPage,
    LegalEducationArticlePage,
    LegalEducationIndexPage,
    UniversalEducationIndexPage,
    UniversalEducationPage,
)

WARD_PATTERN = re.compile(r"phường [^,]+", re.IGNORECASE)


def _stream(items, values):
    raw = []
    for block_type, value in items:
        if block_type == "paragraph":
            value = f"<p>{value.format(**values)}</p>"
        elif isinstance(value, str):
            value = value.format(**values)
        raw.append({"type": block_type, "value": value})
    return raw


def _level_key(portal):
    return "district" if portal.is_district else portal.level


def _fill(item, values):
    filled = {key: value for key, value in item.items() if key not in ("slug", "body")}
    for key in ("title", "summary"):
        if key in filled:
            filled[key] = filled[key].format(**values)
    return filled


def seed_legal(portal, values):
    index = LegalEducationIndexPage.objects.first()
    if index is None:
        return
    items = list(content.LEGAL_COMMON)
    if portal.is_district:
        items = content.LEGAL_BY_KIND["district"] + items
    elif portal.level in ("mn", "nt", "mg"):
        items += content.LEGAL_BY_KIND["mn"]
    else:
        items += content.LEGAL_BY_KIND["school"]
    for item in items:
        save_page(index, LegalEducationArticlePage, item["slug"], _fill(item, values), _stream(item["body"], values))


def seed_accreditation(portal, values):
    index = AccreditationIndexPage.objects.first()
    if index is None:
        return
    for item in content.ACCREDITATION["district" if portal.is_district else "school"]:
        save_page(index, AccreditationPage, item["slug"], _fill(item, values), _stream(item["body"], values))


def seed_universal(portal, values):
    index = UniversalEducationIndexPage.objects.first()
    if index is None:
        return
    for slug, title, year, achievement, area, issuer in content.UNIVERSAL.get(_level_key(portal), []):
        numbers = random.Random(f"{portal.schema_name}:{slug}")  # noqa: S311  # nosec B311 - demo figures
        population = numbers.randint(320, 640) if not portal.is_district else numbers.randint(18000, 26000)
        decision_date = datetime.date(year, 11, numbers.randint(10, 25))
        place = area.format(**values)
        fields = {
            "title": title,
            "date": decision_date + datetime.timedelta(days=5),
            "summary": f"{place[:1].upper()}{place[1:]} được công nhận đạt chuẩn theo quyết định của {issuer}.",
            "year": year,
            "achievement": achievement,
            "area": place,
            "population": population,
            "achieved": population - numbers.randint(0, max(2, population // 150)),
            "decision_number": f"{numbers.randint(1200, 2900)}/QĐ-UBND",
            "decision_date": decision_date,
            "issuing_body": issuer,
        }
        body = _stream([("paragraph", content.UNIVERSAL_BODY[achievement])], values)
        save_page(index, UniversalEducationPage, slug, fields, body)


def seed_articles(portal, demo, rng):
    ward = WARD_PATTERN.search(portal.address or demo.address or "")
    area = "phường" + ward.group(0)[len("phường") :] if ward else "thành phố Thủ Dầu Một"
    values = {"name": portal.name, "area": area}
    seed_legal(portal, values)
    seed_accreditation(portal, values)
    seed_universal(portal, values)
