"""Snapshot rows for monitoring tests, written straight into the public schema (what the worker would write)."""

from datetime import timedelta

from django.utils import timezone
from django_tenants.utils import schema_context

from monitoring import schoolyear
from monitoring.models import ScoreRule
from tenants.models import PortalSnapshot, PublishedItem

SECTIONS = ["gioi-thieu", "tin-tuc", "thong-bao", "thu-tuc-bieu-mau", "cong-khai", "lien-he"]


def put_snapshot(portal, key, data):
    with schema_context("public"):
        PortalSnapshot.objects.update_or_create(portal=portal, key=key, defaults={"data": data})


def health_data(*, days_since=1, empty=(), lockouts=(), new_addresses=()):
    last = (
        timezone.localtime(timezone.now() - timedelta(days=days_since)).isoformat() if days_since is not None else None
    )
    return {
        "computed_at": timezone.localtime().isoformat(),
        "last_published": last,
        "sections": [
            {
                "key": key,
                "title": key,
                "present": True,
                "live": True,
                "items": 0 if key in empty else 3,
                "non_empty": key not in empty,
                "updated": None,
            }
            for key in SECTIONS
        ],  # fmt: skip
        "leaders_published": 2,
        "feeds": {"total": 1, "failing": 0},
        "search": {"pending": 0, "failed": 0, "index_present": True},
        "logins": {
            "failed_30d": 5 * len(lockouts),
            "lockouts_30d": len(lockouts),
            "lockouts": [{"username": u, "ip": ip, "at": timezone.localtime().isoformat()} for u, ip in lockouts],
            "new_addresses": [
                {"username": u, "ip": ip, "at": timezone.localtime().isoformat()} for u, ip in new_addresses
            ],
        },
    }


def disclosure_data(*, overdue=0, year=None):
    year = year or schoolyear.current()
    items = [
        {
            "code": f"tt09-{i}",
            "title": f"Mục công khai {i}",
            "state": "overdue",
            "due": "2025-10-15",
            "path": "/cong-khai/",
        }
        for i in range(overdue)
    ]
    items.append({"code": "tt09-ok", "title": "Mục đúng hạn", "state": "on_time", "due": "2025-10-01", "path": "/"})
    counts = {"overdue": overdue, "due": 0, "late": 0, "not_due": 0, "on_time": 1}
    return {"counts": counts, "state": "overdue" if overdue else "on_time", "path": "/cong-khai/",
            "years": [{"school_year": year, "state": "x", "counts": counts, "items": items}]}  # fmt: skip


def add_articles(portal, count, *, days_ago=2):
    with schema_context("public"):
        when = timezone.now() - timedelta(days=days_ago)
        PublishedItem.objects.bulk_create(
            PublishedItem(
                portal=portal,
                kind="news",
                object_id=900000 + i,
                title=f"Tin {i}",
                path=f"/tin-tuc/{i}/",
                published_at=when,
            )  # fmt: skip
            for i in range(count)
        )


def rule(metric, operator, threshold, points=10, **fields):
    return ScoreRule.objects.create(metric=metric, operator=operator, threshold=threshold, points=points, **fields)
