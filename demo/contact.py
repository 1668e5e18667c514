"""Demo contact desk: hotline and the offices a visitor may write to (official addresses of the portal)."""

from portal.contact.models import ContactPage, ContactRecipient

OFFICES = [("Văn phòng", "{user}"), ("Bộ phận tuyển sinh", "tuyensinh.{user}"), ("Hiệu trưởng", "hieutruong.{user}")]
DISTRICT_OFFICES = [("Văn phòng Phòng GD&ĐT", "{user}"), ("Bộ phận Tổ chức cán bộ", "tccb.{user}")]


def seed_contact(portal, demo, rng):
    page = ContactPage.objects.first()
    if page is None or page.recipients.exists() or not demo.email:
        return
    user, domain = demo.email.split("@", 1)
    offices = DISTRICT_OFFICES if portal.is_district else OFFICES
    page.hotline = demo.phone if getattr(demo, "phone", "") else "0274 3822 170"
    page.email = demo.email
    for position, (label, pattern) in enumerate(offices):
        page.recipients.add(
            ContactRecipient(label=label, address=f"{pattern.format(user=user)}@{domain}", sort_order=position)
        )
    page.save_revision().publish()
