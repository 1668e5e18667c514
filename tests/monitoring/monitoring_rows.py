"""Registry and snapshot rows of fake schools (no schema): the query-budget test and the benchmark share them."""

import random
from datetime import timedelta

from django.utils import timezone

from monitoring import history, schoolyear
from monitoring.models import MonthlyHistory
from tenants.models import Domain, Portal, PortalSnapshot, PublishedItem

SECTIONS = (
    "gioi-thieu tin-tuc thong-bao van-ban thu-tuc-bieu-mau lay-y-kien cong-khai tuyen-sinh thong-ke phap-luat "
    "kiem-dinh pho-cap tai-nguyen tra-cuu lien-he"
).split()


def _health(rng, now):
    return {
        "computed_at": now.isoformat(),
        "last_published": (now - timedelta(days=rng.randint(0, 60))).isoformat(),
        "sections": [
            {
                "key": k,
                "title": k,
                "present": True,
                "live": True,
                "items": rng.randint(0, 30),
                "non_empty": rng.random() > 0.1,
                "updated": now.date().isoformat(),
            }
            for k in SECTIONS
        ],  # fmt: skip
        "leaders_published": rng.randint(0, 4),
        "feeds": {"total": 2, "failing": rng.randint(0, 1)},
        "search": {"pending": 0, "failed": rng.randint(0, 2), "index_present": True},
        "logins": {"failed_30d": rng.randint(0, 9), "lockouts_30d": 0, "lockouts": [], "new_addresses": []},
    }


def _disclosure(rng):
    year = schoolyear.current()
    states = ["on_time"] * 9 + ["due"]
    items = [{"code": f"tt09-{i}", "title": f"Mục {i}", "basis": "Điều 5", "state": rng.choice(states),
              "due": "2025-10-15", "published": "2025-10-01", "updated": None, "path": f"/cong-khai/{year}/muc-{i}/",
              "late_or_missing_periods": []} for i in range(25)]  # fmt: skip
    counts = {"overdue": 0, "due": sum(i["state"] == "due" for i in items), "late": 0, "not_due": 0, "on_time": 20}
    return {"computed_on": "2026-01-01", "level": "th", "path": "/cong-khai/", "counts": counts, "state": "due",
            "years": [{"school_year": year, "regulation": "tt09_2024", "path": "/", "state": "due", "counts": counts,
                       "items": items}]}  # fmt: skip


def fake_schools(count, *, seed=14, articles=60, months=12):
    """``count`` school rows (no schema behind them) with monitoring, disclosure and Q&A snapshots,
    ``articles`` published items each and ``months`` history rows."""
    rng = random.Random(seed)  # test data
    now = timezone.localtime()
    start = Portal.objects.count()
    portals = Portal.objects.bulk_create(
        Portal(schema_name=f"gia{start + i}tdm", name=f"Trường Tiểu học Giả Lập {start + i}", level="th")
        for i in range(count)
    )
    Domain.objects.bulk_create(Domain(domain=f"{p.schema_name}.edu.vn", tenant=p, is_primary=True) for p in portals)
    snapshots = []
    for portal in portals:
        snapshots.append(PortalSnapshot(portal=portal, key="monitoring", data=_health(rng, now)))
        snapshots.append(PortalSnapshot(portal=portal, key="disclosure", data=_disclosure(rng)))
        qa = {"answered": 10, "answered_on_time": rng.randint(6, 10), "open_overdue": 0}
        snapshots.append(PortalSnapshot(portal=portal, key="qa_timeliness", data=qa))
    PortalSnapshot.objects.bulk_create(snapshots)
    PublishedItem.objects.bulk_create(
        PublishedItem(
            portal=p,
            kind="news",
            object_id=i,
            title=f"Tin {i}",
            path=f"/tin-tuc/{i}/",
            published_at=now - timedelta(days=rng.randint(0, 200)),
        )  # fmt: skip
        for p in portals
        for i in range(articles)
    )
    MonthlyHistory.objects.bulk_create(
        MonthlyHistory(portal=p, month=month, score=rng.randint(40, 100))
        for p in portals
        for month in history.months_back(now.date(), months)
    )
    return portals
