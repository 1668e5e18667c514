"""The district's shared library: projected on publish, visible at every school, withdrawn on unpublish."""

from django_tenants.utils import tenant_context
from wagtail.models import Page

from tenants.models import PublishedItem


def shared_box(html):
    return html.split('id="kho-dung-chung"', 1)[1].split("</section>", 1)[0]


def publish_district_library(district, add_resource, capture):
    with capture(execute=True), tenant_context(district):
        ebook = add_resource("Sách điện tử Toán 6 – Kết nối tri thức", "sach-toan-6", resource_type="sach_dien_tu")
        software = add_resource("Phần mềm GeoGebra", "geogebra", resource_type="phan_mem", grade="nhieu_lop")
        add_resource("Bản nháp chưa đăng", "ban-nhap", live=False)
    return ebook, software


def test_district_resources_are_visible_at_every_school(
    district, school_a, school_b, portal_client, add_resource, django_capture_on_commit_callbacks
):
    ebook, _ = publish_district_library(district, add_resource, django_capture_on_commit_callbacks)
    item = PublishedItem.objects.get(kind="resource", portal=district, object_id=ebook.pk)
    assert item.path == "/tai-nguyen-so/sach-toan-6/"
    assert item.summary == "Sách điện tử · Toán · Lớp 6"
    assert PublishedItem.objects.filter(kind="resource", portal=district).count() == 2  # not the draft
    for school in (school_a, school_b):
        html = portal_client(school).get("/tai-nguyen-so/").content.decode()
        box = shared_box(html)
        assert "Kho tài nguyên dùng chung của Phòng GD&amp;ĐT" in html
        link = '<a href="http://tptdm.edu.vn/tai-nguyen-so/sach-toan-6/">Sách điện tử Toán 6 – Kết nối tri thức</a>'
        assert link in box
        assert "Phần mềm GeoGebra" in box and "Bản nháp chưa đăng" not in box
        library = 'href="http://tptdm.edu.vn/tai-nguyen-so/" rel="noopener">Kho tài nguyên số của Phòng GD&amp;ĐT</a>'
        assert library in html
    # The district's own index lists them as its own, without a "shared" box about itself.
    own = portal_client(district).get("/tai-nguyen-so/").content.decode()
    assert "Sách điện tử Toán 6" in own and 'id="kho-dung-chung"' not in own


def test_school_filters_apply_to_the_shared_library(
    district, school_a, portal_client, add_resource, django_capture_on_commit_callbacks
):
    publish_district_library(district, add_resource, django_capture_on_commit_callbacks)
    client = portal_client(school_a)
    box = shared_box(client.get("/tai-nguyen-so/?type=phan_mem").content.decode())
    assert "Phần mềm GeoGebra" in box and "Sách điện tử Toán 6" not in box
    box = shared_box(client.get("/tai-nguyen-so/?q=ket+noi+tri+thuc").content.decode())
    assert "Sách điện tử Toán 6" in box and "GeoGebra" not in box
    box = shared_box(client.get("/tai-nguyen-so/?grade=lop_7").content.decode())
    assert "Kho dùng chung không có tài nguyên phù hợp" in box


def test_projection_is_withdrawn_on_unpublish_and_delete(
    district, school_a, portal_client, add_resource, django_capture_on_commit_callbacks
):
    ebook, software = publish_district_library(district, add_resource, django_capture_on_commit_callbacks)
    with django_capture_on_commit_callbacks(execute=True), tenant_context(district):
        Page.objects.get(pk=ebook.pk).specific.unpublish()
    assert not PublishedItem.objects.filter(kind="resource", portal=district, object_id=ebook.pk).exists()
    assert "Sách điện tử Toán 6" not in portal_client(school_a).get("/tai-nguyen-so/").content.decode()
    with django_capture_on_commit_callbacks(execute=True), tenant_context(district):
        Page.objects.get(pk=software.pk).delete()
    assert not PublishedItem.objects.filter(kind="resource", portal=district).exists()
    box = shared_box(portal_client(school_a).get("/tai-nguyen-so/").content.decode())
    assert "Phòng GD&amp;ĐT chưa chia sẻ tài nguyên nào." in box


def test_republish_updates_the_projection(district, add_resource, django_capture_on_commit_callbacks):
    ebook, _ = publish_district_library(district, add_resource, django_capture_on_commit_callbacks)
    with django_capture_on_commit_callbacks(execute=True), tenant_context(district):
        page = Page.objects.get(pk=ebook.pk).specific
        page.title = "Sách điện tử Toán 6 (bản cập nhật)"
        page.save_revision().publish()
    assert PublishedItem.objects.get(kind="resource", object_id=ebook.pk, portal=district).title == (
        "Sách điện tử Toán 6 (bản cập nhật)"
    )


def test_nothing_is_projected_when_the_transaction_rolls_back(district, add_resource):
    # Without executing on-commit callbacks (the publish never commits), no row appears.
    with tenant_context(district):
        add_resource("Không bao giờ lưu", "khong-luu")
    assert not PublishedItem.objects.filter(kind="resource", portal=district).exists()
