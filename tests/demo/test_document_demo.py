"""The demo register: the laws the 2021 letter cites, relations, statuses, extraction, idempotency."""

import random

from django_tenants.utils import schema_context, tenant_context
from wagtail.documents.models import Document
from wagtail.models import Revision

from demo.documents import seed_documents
from demo.portals import DISTRICT
from documents.models import DocumentAttachment, LegalDocumentPage
from documents.status import Status
from documents_public.models import DistrictDocument

CITED = [
    "24/2018/QH14",
    "43/2011/NĐ-CP",
    "72/2013/NĐ-CP",
    "27/2018/NĐ-CP",
    "36/2017/TT-BGDĐT",
    "09/2024/TT-BGDĐT",
    "37/2020/TT-BGDĐT",
    "04/2013/QĐ-UBND",
    "1768/SGDĐT-VP",
    "03/2016/QĐ-UBND",
    "12/PGDĐT-CNTT",
]


def state():
    return (
        LegalDocumentPage.objects.count(),
        Revision.objects.count(),
        Document.objects.count(),
        DocumentAttachment.objects.count(),
    )


def test_district_demo_register(district):
    with tenant_context(district):
        seed_documents(district, DISTRICT, random.Random(1))
        first = state()
        seed_documents(district, DISTRICT, random.Random(1))
        assert state() == first
        pages = {page.number: page for page in LegalDocumentPage.objects.live()}
        assert set(CITED) <= set(pages)
        assert pages["36/2017/TT-BGDĐT"].status() == Status.REPLACED
        assert pages["72/2013/NĐ-CP"].status() == Status.AMENDED
        assert pages["1768/SGDĐT-VP"].status() == Status.EXPIRED
        assert pages["1031/PGDĐT-CNTT"].status() == Status.REPLACED
        assert pages["24/2018/QH14"].status() == Status.IN_FORCE
        assert pages["24/2018/QH14"].type_label == "Luật"
        letter = pages["12/PGDĐT-CNTT"]
        lines = [f"{line['label']} {line['text']}" for line in letter.relation_lines()]
        assert "Thay thế văn bản Công văn số 1031/PGDĐT-CNTT ngày 26/09/2014" in lines
        assert (
            "Thay thế văn bản số 1280/PGDĐT-CNTT ngày 21/11/2014 (Hướng dẫn triển khai sử dụng website 55 đơn "
            "vị trực thuộc năm học 2014-2015 và những năm tiếp theo)" in lines
        )
        legacy = pages["1031/PGDĐT-CNTT"].attachments.get()
        assert legacy.extraction_status == "legacy_converted" and legacy.detected_encoding == "tcvn3"
        assert "Phòng Giáo dục và Đào tạo triển khai cổng thông tin điện tử" in legacy.extracted_text
        scan = pages["03/2016/QĐ-UBND"].attachments.get()
        assert scan.extraction_status == "unreadable" and scan.document is not None
        assert "Luật An ninh mạng" in pages["24/2018/QH14"].get_search_text()
    with schema_context("public"):
        numbers = set(DistrictDocument.objects.filter(portal=district).values_list("number", flat=True))
    assert set(CITED) <= numbers
