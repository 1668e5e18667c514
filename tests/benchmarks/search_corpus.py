"""The generated Vietnamese corpus and queries shared by the search benchmarks (not a benchmark itself).

Deterministic: documents shaped like ``portal.search.documents.page_document``, about one or two
topics each (the phrases the queries use, each in ~2% of documents), written with a Zipf-distributed
vocabulary of 6,000 words, so term statistics look like a school portal's.

Both search benchmarks use the same 20,000 documents, spread over 500 schools of 40 (issue 16's two
sizes): one portal's search reads them as one portal's index, the district-wide search as the district
index. Whoosh indexes them once per process (``shared_index``), as one writer in bulk
(``rebuild_search``): at about 100 documents per second that was most of ``make bench``'s time.
"""

import atexit
import hashlib
import json
import os
import random
import shutil
import tempfile
import time
import unicodedata
from datetime import datetime
from pathlib import Path

from portal.search.numbers import head_codes

PHRASES = (
    "học sinh",
    "giáo viên",
    "nhà trường",
    "lớp học",
    "năm học",
    "kế hoạch",
    "thông báo",
    "tuyển sinh",
    "thủ tục",
    "biểu mẫu",
    "hồ sơ",
    "chuyển trường",
    "khai giảng",
    "tổng kết",
    "thi đua",
    "khen thưởng",
    "phụ huynh",
    "ban đại diện cha mẹ học sinh",
    "hội nghị",
    "công khai",
    "tài chính",
    "cơ sở vật chất",
    "thư viện",
    "phòng học",
    "bán trú",
    "đồng phục",
    "an toàn giao thông",
    "phòng chống dịch bệnh",
    "văn nghệ",
    "thể dục thể thao",
    "Hội khỏe Phù Đổng",
    "chuyển đổi số",
    "sách giáo khoa",
    "chương trình giáo dục phổ thông",
    "mầm non",
    "tiểu học",
    "trung học cơ sở",
    "Thủ Dầu Một",
    "Bình Dương",
    "phường Phú Cường",
    "phường Hiệp Thành",
    "kiểm định chất lượng",
    "chuẩn quốc gia",
    "đánh giá",
    "học kỳ",
    "kiểm tra định kỳ",
    "học bạ",
    "văn bằng",
    "chứng chỉ",
    "quyết định",
    "công văn",
    "hướng dẫn",
    "triển khai",
    "nhiệm vụ",
    "tổ chức",
    "thực hiện",
    "báo cáo",
    "thống kê",
    "số liệu",
    "đội ngũ",
    "cán bộ quản lý",
    "nhân viên",
    "tập huấn",
    "bồi dưỡng",
    "chuyên môn",
    "sinh hoạt",
    "dạy học",
    "trải nghiệm",
    "hướng nghiệp",
    "ngoại khóa",
    "câu lạc bộ",
    "tiếng Anh",
    "tin học",
    "toán",
    "ngữ văn",
    "lịch sử",
    "địa lý",
    "khoa học tự nhiên",
    "công nghệ",
    "âm nhạc",
    "mỹ thuật",
    "y tế học đường",
    "bảo hiểm y tế",
    "dinh dưỡng",
    "bếp ăn",
    "vệ sinh",
    "môi trường",
    "cây xanh",
    "giáo dục hoà nhập",
    "trẻ khuyết tật",
    "khuyến học",
    "học bổng",
    "vượt khó",
    "đoàn thanh niên",
    "đội thiếu niên",
    "Trung thu",
    "Tết Nguyên đán",
    "ngày Nhà giáo Việt Nam",
    "bàn ghế",
    "bạn đọc",
    "ban giám hiệu",
    "phòng cháy chữa cháy",
    "kỹ năng sống",
    "đuối nước",
    "bạo lực học đường",
    "tư vấn tâm lý",
    "điểm chuẩn",
    "lịch thi",
)
HEADS = ("Kế hoạch", "Thông báo", "Quyết định", "Hướng dẫn", "Báo cáo", "Công văn", "Tin", "Lịch")
KINDS = (
    ("news.newsarticlepage", "Bài viết"),
    ("news.noticepage", "Thông báo"),
    ("documents.legaldocumentpage", "Văn bản"),
    ("core.sectionpage", "Chuyên mục"),
)
QUERIES = (
    "thu tuc chuyen truong",
    "Thủ tục chuyển trường",
    "THỦ TỤC CHUYỂN TRƯỜNG",
    unicodedata.normalize("NFD", "thủ tục chuyển trường"),
    "hoc bong",
    "hội khỏe phù đổng",
    "ke hoach tuyen sinh",
    "bán trú",
    "an toan giao thong",
    "chuyen doi so",
    "sach giao khoa",
    "kiem dinh chat luong",
    "hoa nhap",
    "hòa nhập",
    "tieng anh",
    "cong khai tai chinh",
    "phong chong dich benh",
    "thu vien",
    "giáo viên",
    "hoc sinh",
    "bao cao thong ke",
    "khen thuong",
    "Thủ Dầu Một",
    "dinh duong bep an",
    "cau lac bo tieng anh",
    "trai nghiem huong nghiep",
    "van bang chung chi",
    "cong van huong dan",
    "bạn đọc",
    "BẠO LỰC HỌC ĐƯỜNG",
    # forgiving: abbreviations, a typo, i/y + numerals, a word found nowhere, a document number
    "thcs chuyen truong",
    "thu tuc chuyen truog",
    "lich kiem tra hoc ki 1",
    "ke hoach tuyen sinh thong tu 58",
    "09/2024/TT-BGDĐT",
)


SYLLABLES = (
    "an",
    "anh",
    "ba",
    "bài",
    "bàn",
    "bản",
    "bảo",
    "bộ",
    "cao",
    "các",
    "cán",
    "cấp",
    "chất",
    "chế",
    "chỉ",
    "chính",
    "chức",
    "chương",
    "có",
    "công",
    "cơ",
    "cụ",
    "cuộc",
    "của",
    "dân",
    "dạy",
    "dục",
    "dụng",
    "đã",
    "đại",
    "đào",
    "đạt",
    "đầu",
    "để",
    "điểm",
    "điều",
    "định",
    "đó",
    "đối",
    "đơn",
    "động",
    "đồng",
    "được",
    "gia",
    "giá",
    "giải",
    "giáo",
    "giờ",
    "hành",
    "hạn",
    "hiện",
    "hình",
    "hoạt",
    "học",
    "hội",
    "hợp",
    "kết",
    "khác",
    "khai",
    "khi",
    "khoa",
    "không",
    "kiến",
    "kiểm",
    "kỳ",
    "lại",
    "làm",
    "lên",
    "lớp",
    "lượng",
    "lý",
    "mới",
    "một",
    "năm",
    "nâng",
    "nhà",
    "nhận",
    "nhất",
    "nhiều",
    "nhiệm",
    "như",
    "những",
    "nội",
    "nước",
    "pháp",
    "phát",
    "phải",
    "phần",
    "phòng",
    "phổ",
    "quan",
    "quả",
    "quản",
    "quy",
    "sau",
    "sinh",
    "số",
    "sự",
    "tác",
    "tài",
    "tạo",
    "tập",
    "tế",
    "thành",
    "thể",
    "thi",
    "thiết",
    "thông",
    "thời",
    "thực",
    "tiêu",
    "tiếp",
    "tin",
    "tình",
    "tổ",
    "tốt",
    "trên",
    "triển",
    "trong",
    "trình",
    "trung",
    "trường",
    "tư",
    "từ",
    "tự",
    "và",
    "văn",
    "vào",
    "về",
    "việc",
    "viên",
    "với",
    "vụ",
    "xây",
    "xuất",
    "ý",
    "yêu",
)
HEAD_WORDS = (
    "của",
    "và",
    "các",
    "được",
    "trong",
    "cho",
    "là",
    "có",
    "với",
    "những",
    "học sinh",
    "nhà trường",
    "năm học",
    "giáo viên",
    "thực hiện",
    "tổ chức",
    "theo",
    "tại",
    "đã",
    "về",
)


def vocabulary(rng, size=6000):
    """Common words first, then invented one- and two-syllable words; drawn with Zipf weights."""
    words = list(HEAD_WORDS)
    seen = set(words)
    while len(words) < size:
        word = " ".join(rng.choice(SYLLABLES) for _ in range(rng.choice((1, 2, 2, 2))))
        if word not in seen:
            seen.add(word)
            words.append(word)
    weights, total = [], 0.0
    for rank in range(1, size + 1):
        total += 1 / rank**1.07
        weights.append(total)
    return words, weights


def sentence(rng, vocab, topic, length):
    words = rng.choices(vocab[0], cum_weights=vocab[1], k=length)
    if rng.random() < 0.5:
        words.insert(rng.randrange(len(words) + 1), topic)
    text = " ".join(words)
    return text[0].upper() + text[1:] + "."


def corpus(count, seed=20210106, schemas=("bench_search",)):
    """Whoosh documents shaped like ``portal.search.documents.page_document`` (deterministic).

    Realistic term statistics: each document is about one or two topics (the phrases the queries
    use, each in ~2% of documents) written with a Zipf-distributed vocabulary of 6,000 words.
    """
    rng = random.Random(seed)  # generated text, not security
    vocab = vocabulary(rng)
    documents = []
    for pk in range(1, count + 1):
        year = rng.randint(2019, 2025)
        topics = rng.sample(PHRASES, rng.choice((1, 2)))
        title = (
            f"{rng.choice(HEADS)} {topics[0]} {sentence(rng, vocab, topics[-1], rng.randint(2, 5))[:-1].lower()}"
            f" năm học {year}-{year + 1}"
        )
        body = " ".join(sentence(rng, vocab, rng.choice(topics), rng.randint(8, 20)) for _ in range(rng.randint(6, 14)))
        kind, label = rng.choice(KINDS)
        documents.append(
            {
                "id": f"{kind}.{pk}",
                "django_ct": kind,
                "django_id": str(pk),
                "text": f"{title}\n{body}",
                "text_exact": f"{title}\n{body}",
                "title": title,
                "title_exact": title,
                "text_pairs": f"{title}\n{body}",
                "title_pairs": title,
                "codes": head_codes(title, body),
                "body": body,
                "url": f"/trang-{pk}/",
                "kind": kind,
                "kind_label": label,
                "year": str(year),
                "date": datetime(year, rng.randint(1, 12), rng.randint(1, 28)),
                "schema": schemas[(pk - 1) % len(schemas)],
                "page_id": str(pk),
            }
        )
    return documents


DOCUMENTS = 20_000
SCHOOLS = tuple(f"school{number:03d}" for number in range(500))
SEED = 20210106
_shared = {}


def shared_corpus():
    """``(documents, seconds to generate)``: the 20,000 documents of both benchmarks (500 schools x 40)."""
    if "corpus" not in _shared:
        start = time.perf_counter()
        documents = corpus(DOCUMENTS, seed=SEED, schemas=SCHOOLS)
        _shared["corpus"] = (documents, time.perf_counter() - start)
    return _shared["corpus"]


def index_fingerprint():
    """What the shared index depends on: the corpus generator, the search app's code, Whoosh's version."""
    import whoosh

    root = Path(__file__).resolve().parents[2]
    digest = hashlib.sha256(f"{DOCUMENTS}:{SEED}:{whoosh.versionstring()}".encode())
    for path in [Path(__file__), *sorted((root / "portal" / "search").glob("*.py"))]:
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def shared_index():
    """``(folder, seconds to build)``: a Whoosh index of :func:`shared_corpus`, built once; a benchmark links
    it as its portal's or the district's index (read only).

    Building it is most of the search benchmarks' time (pure-Python indexing of 20,000 documents), so it
    is kept under ``var/bench/`` keyed by :func:`index_fingerprint` and reused while neither the corpus
    nor the search code changed; the build time printed is then the one measured when it was built
    (said so). ``BENCH_FRESH_INDEX=1`` builds it again."""
    if "index" not in _shared:
        from whoosh.filedb.filestore import FileStorage

        from portal.search.schema import build_whoosh_schema

        cache = Path(__file__).resolve().parents[2] / "var" / "bench" / f"search-index-{index_fingerprint()}"
        record = cache / "built.json"
        if record.exists() and not os.environ.get("BENCH_FRESH_INDEX"):
            built = json.loads(record.read_text())
            print(f"(shared Whoosh index reused from {cache}, built {built['date']} in {built['seconds']:.1f} s)")
            _shared["index"] = (str(cache), built["seconds"])
            return _shared["index"]
        documents, _ = shared_corpus()
        folder = tempfile.mkdtemp(prefix="search-bench-index-")
        start = time.perf_counter()
        ix = FileStorage(folder).create_index(build_whoosh_schema())
        writer = ix.writer(limitmb=256)
        for document in documents:
            writer.add_document(**document)
        writer.commit()
        ix.close()
        seconds = time.perf_counter() - start
        try:
            shutil.rmtree(cache, ignore_errors=True)
            cache.parent.mkdir(parents=True, exist_ok=True)
            shutil.move(folder, cache)
            record.write_text(json.dumps({"seconds": seconds, "date": datetime.now().strftime("%d/%m/%Y %H:%M")}))
            folder = str(cache)
        except OSError:
            atexit.register(shutil.rmtree, folder, ignore_errors=True)
        _shared["index"] = (folder, seconds)
    return _shared["index"]
