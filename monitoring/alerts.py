"""Alerts: detected from the figures on each worker run, stored once per event, e-mailed once.

Why a key per event: the worker runs every hour; an overdue item or a lockout seen again must not be
stored or mailed again (issue 14, item 7). Keys: ``silent:<last publication day>`` (a new silence after
a publication is a new event), ``overdue:<year>:<item>:<due>``, ``lockout:<user>:<address>:<day>``,
``new_address:<user>:<address>``. An open alert whose condition is gone is marked resolved.
"""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import send_mail
from django.db import transaction
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django_tenants.utils import tenant_context

from monitoring.models import Alert, MonitoringSettings
from tenants.models import Portal

Kind = Alert.Kind


def detect(status, silent_days):
    """``[(kind, key, message)]`` of one school's current conditions."""
    found = []
    days = status.metrics.get("days_since_publication")
    health = status.health or {}
    if days is None and health:
        found.append((Kind.SILENT, "silent:never", "Chưa đăng bài viết nào."))
    elif days is not None and days > silent_days:
        last = (timezone.localdate() - timezone.timedelta(days=days)).isoformat()
        found.append((Kind.SILENT, f"silent:{last}", f"Không đăng bài mới {days} ngày (ngưỡng {silent_days} ngày)."))
    for year in (status.snapshots.get("disclosure") or {}).get("years") or []:
        for item in year.get("items") or []:
            if item.get("state") == "overdue":
                due = item.get("due") or ""
                found.append((
                    Kind.OVERDUE,
                    f"overdue:{year.get('school_year')}:{item.get('code')}:{due}"[:200],
                    f"Công khai quá hạn ({year.get('school_year')}): {item.get('title')}"
                    + (f", hạn {due[8:10]}/{due[5:7]}/{due[:4]}" if len(due) == 10 else "")
                    + ".",
                ))  # fmt: skip
    logins = health.get("logins") or {}
    for event in logins.get("lockouts") or []:
        day = (event.get("at") or "")[:10]
        found.append((
            Kind.LOCKOUT,
            f"lockout:{event.get('username')}:{event.get('ip')}:{day}"[:200],
            f"Tài khoản “{event.get('username')}” bị khóa đăng nhập (địa chỉ {event.get('ip')}).",
        ))  # fmt: skip
    for event in logins.get("new_addresses") or []:
        found.append((
            Kind.NEW_ADDRESS,
            f"new_address:{event.get('username')}:{event.get('ip')}"[:200],
            f"Quản trị “{event.get('username')}” đăng nhập từ địa chỉ mới {event.get('ip')}.",
        ))  # fmt: skip
    return [(kind, key, message[:500]) for kind, key, message in dict.fromkeys(found)]


def process(statuses, *, send=True):
    """Store new alerts, resolve those whose condition is gone, mail the new ones once; return the new ones."""
    silent_days = MonitoringSettings.current().silent_days
    now = timezone.now()
    by_portal = {status.portal.pk: status for status in statuses}
    existing = {(a.portal_id, a.key): a for a in Alert.objects.filter(portal_id__in=by_portal, resolved_at=None)}
    seen, new = set(), []
    for status in statuses:
        for kind, key, message in detect(status, silent_days):
            seen.add((status.portal.pk, key))
            if (status.portal.pk, key) not in existing:
                new.append(Alert(portal=status.portal, kind=kind, key=key, message=message, created_at=now))
    # ignore_conflicts: a resolved alert keeps its key, so a condition that reappears is not reported twice
    Alert.objects.bulk_create(new, ignore_conflicts=True)
    gone = [alert.pk for ident, alert in existing.items() if ident not in seen]
    Alert.objects.filter(pk__in=gone).update(resolved_at=now)
    if send:
        mail_pending()
    return new


def district_recipients(district):
    """E-mail addresses of the district's staff who manage schools (users live in the district's schema)."""
    with tenant_context(district):
        perm = Q(groups__permissions__codename="change_portal", groups__permissions__content_type__app_label="tenants")
        direct = Q(user_permissions__codename="change_portal", user_permissions__content_type__app_label="tenants")
        users = get_user_model().objects.filter(Q(is_superuser=True) | perm | direct, is_active=True).exclude(email="")
        return sorted(set(users.values_list("email", flat=True)))


def mail_pending():
    """One message to district staff listing every alert not yet mailed; then they are marked mailed."""
    district = Portal.objects.filter(kind=Portal.Kind.DISTRICT, is_active=True).prefetch_related("domains").first()
    if district is None:
        return 0
    with_lock = Alert.objects.select_for_update(skip_locked=True).filter(emailed_at=None, resolved_at=None)
    with transaction.atomic():
        pending = list(with_lock.select_related("portal").order_by("portal__name", "created_at"))
        if not pending:
            return 0
        recipients = district_recipients(district)
        if recipients:
            link = district.absolute_url(reverse("monitoring_dashboard"))
            lines = [f"- {alert.portal.name}: {alert.message}" for alert in pending]
            send_mail(
                f"[Giám sát cổng thông tin] {len(pending)} cảnh báo mới",
                "Các cảnh báo mới về cổng thông tin của các trường:\n\n"
                + "\n".join(lines)
                + f"\n\nXem chi tiết: {link}\n",
                settings.DEFAULT_FROM_EMAIL,
                recipients,
            )
        Alert.objects.filter(pk__in=[a.pk for a in pending]).update(emailed_at=timezone.now())
    return len(pending)
