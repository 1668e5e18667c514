"""What every portal's "Thủ tục - Biểu mẫu", "Tra cứu" and Q&A start with, created idempotently.

Pages are created in the template schema (``scaffold_portal``), so every clone inherits them; a page the
school deleted or renamed is not re-created over its choice once it exists by slug. The downloadable forms
are DOCX files written with python-docx *inside each portal* (``portal_provisioned`` and
``scaffold_portal``): media files are per schema, so a document cloned from the template would point at
a file the school's folder does not hold. Legal bases are linked to the portal's own document registry
when a document with the cited number is there (``link_legal_bases``), and stay citations otherwise.
"""

import io
import re

import docx
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model
from wagtail.models import Collection

from documents.models import LegalDocumentPage
from portal.text.numbering import DocumentNumberError, parse_document_number
from procedures.models import (
    DiplomaLookupPage,
    ExamResultLookupPage,
    LookupIndexPage,
    ProcedureFormFile,
    ProcedureIndexPage,
    ProcedureLegalBasis,
    ProcedurePage,
    QuestionIndexPage,
)
from procedures.scaffold_content import PROCEDURES

SECTION_KEY = "thu-tuc-bieu-mau"
NUMBER_IN_CITATION = re.compile(r"\b(\d+/\d{4}/[A-Za-zĐđ0-9-]+)")
FORM_COLLECTION = "Biểu mẫu thủ tục"


def section():
    return ProcedureIndexPage.objects.filter(section_key=SECTION_KEY).first()


def ensure_procedures():
    """Create the missing scaffold procedures under the section; returns the created pages."""
    index = section()
    if index is None:
        return []
    created = []
    for spec in PROCEDURES:
        if ProcedurePage.objects.child_of(index).filter(slug=spec["slug"]).exists():
            continue
        page = ProcedurePage(
            title=spec["title"],
            slug=spec["slug"],
            field=spec["field"],
            audience=spec["audience"],
            place=spec["place"],
            steps=spec["steps"],
            dossier=spec["dossier"],
            processing_time=spec["processing_time"],
            fee=spec["fee"],
            result=spec["result"],
        )
        for position, citation in enumerate(spec["legal_bases"]):
            page.legal_bases.add(ProcedureLegalBasis(citation=citation, sort_order=position))
        index.add_child(instance=page)
        page.save_revision().publish()
        created.append(page)
    return created


def _add(parent, page):
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


def ensure_questions_page():
    """The Q&A channel (Thông tư 37/2020 Art. 9) under "Thủ tục - Biểu mẫu", once."""
    index = section()
    if index is None or QuestionIndexPage.objects.descendant_of(index).exists():
        return None
    return _add(
        index,
        QuestionIndexPage(
            title="Hỏi đáp",
            slug="hoi-dap",
            intro="<p>Gửi câu hỏi về tuyển sinh, học phí, chuyển trường, văn bằng... Mỗi câu hỏi có mã theo dõi; "
            "đơn vị trả lời trong 15 ngày làm việc. Câu hỏi được công khai không kèm tên và liên hệ người hỏi.</p>",
        ),
    )


def ensure_lookups():
    """The two look-ups of "Tra cứu" (letter III.3.12), once each."""
    index = LookupIndexPage.objects.filter(section_key="tra-cuu").first()
    if index is None:
        return []
    created = []
    if not ExamResultLookupPage.objects.child_of(index).exists():
        created.append(
            _add(
                index,
                ExamResultLookupPage(
                    title="Tra cứu kết quả thi, kiểm tra",
                    slug="ket-qua-thi",
                    intro="<p>Kết quả các kỳ thi, kiểm tra do đơn vị tổ chức.</p>",
                    review_note="<p>Đơn phúc khảo nộp trong 05 ngày làm việc kể từ ngày công bố kết quả, theo thủ "
                    "tục “Phúc khảo bài kiểm tra, bài thi” tại chuyên mục Thủ tục - Biểu mẫu.</p>",
                ),
            )
        )
    if not DiplomaLookupPage.objects.child_of(index).exists():
        procedure = ProcedurePage.objects.filter(slug="cap-ban-sao-van-bang-chung-chi").first()
        created.append(
            _add(
                index,
                DiplomaLookupPage(
                    title="Tra cứu văn bằng, chứng chỉ",
                    slug="van-bang",
                    intro="<p>Tra cứu bằng tốt nghiệp đã cấp theo sổ gốc.</p>",
                    issuance_procedure=procedure,
                ),
            )
        )
    return created


def ensure_services():
    """Everything of this app a portal must have (idempotent)."""
    return [*ensure_procedures(), ensure_questions_page(), *ensure_lookups()]


def cited_number(citation):
    match = NUMBER_IN_CITATION.search(citation or "")
    if not match:
        return None
    try:
        return parse_document_number(match.group(1)).canonical
    except DocumentNumberError:
        return None


def link_legal_bases():
    """Point citations at the registry's document with the same số ký hiệu; returns how many were linked."""
    linked = 0
    for basis in ProcedureLegalBasis.objects.filter(document__isnull=True).exclude(citation=""):
        number = cited_number(basis.citation)
        document = LegalDocumentPage.objects.filter(number=number).first() if number else None
        if document is not None:
            basis.document = document
            basis.save(update_fields=["document"])
            linked += 1
    return linked


def form_docx(title, procedure_title, portal_name):
    """A fill-in form in Vietnamese: national motto, addressee, the applicant's particulars, signature."""
    document = docx.Document()
    document.add_paragraph("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM").alignment = 1
    document.add_paragraph("Độc lập - Tự do - Hạnh phúc").alignment = 1
    document.add_heading(title.upper().replace("MẪU ", "", 1), level=1).alignment = 1
    document.add_paragraph(f"Kính gửi: Hiệu trưởng {portal_name}")
    for label in (
        "Họ và tên cha/mẹ (người giám hộ)",
        "Số điện thoại liên hệ",
        "Địa chỉ thường trú",
        "Họ và tên học sinh",
        "Ngày sinh (dd/mm/yyyy)",
        "Lớp",
    ):
        document.add_paragraph(f"{label}: " + "." * 60)
    document.add_paragraph(f"Nội dung đề nghị ({procedure_title.lower()}): " + "." * 80)
    document.add_paragraph("Lý do: " + "." * 100)
    document.add_paragraph("Tôi xin cam đoan những thông tin trên là đúng sự thật.")
    document.add_paragraph("......., ngày ..... tháng ..... năm ......").alignment = 2
    document.add_paragraph("Người làm đơn\n(Ký và ghi rõ họ tên)").alignment = 2
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _collection():
    root = Collection.get_first_root_node()
    collection = root.get_children().filter(name=FORM_COLLECTION).first()
    return collection or root.add_child(name=FORM_COLLECTION)


def ensure_form_files(portal):
    """Give each scaffold procedure its DOCX form when it has none whose file exists in this portal."""
    Document = get_document_model()
    index = section()
    if index is None:
        return 0
    made = 0
    specs = {spec["slug"]: spec for spec in PROCEDURES}
    for page in ProcedurePage.objects.child_of(index).filter(slug__in=specs):
        files = list(page.form_files.select_related("document"))
        if any(item.document.file and item.document.file.storage.exists(item.document.file.name) for item in files):
            continue
        label, stem = specs[page.slug]["form"]
        data = form_docx(label, page.title, portal.name)
        document = Document(title=label, collection=_collection())
        document.file.save(f"{stem}.docx", ContentFile(data), save=False)
        document.save()
        ProcedureFormFile.objects.filter(page=page).delete()
        ProcedureFormFile.objects.create(page=page, document=document, label=label, sort_order=0)
        made += 1
    return made
