"""Benchmark: Whoosh (our Vietnamese index) vs PostgreSQL full-text search on 20,000 generated documents.

Measures indexing throughput (one writer in bulk, as ``rebuild_search`` does, and small batches, as the
worker does), then the same queries (without diacritics, exact, upper case, NFD) through:

* Whoosh, end to end as the results page calls it (``portal.search.query.search_indexes``: open the
  index, top 10, facets by type and year, highlighted snippets), and ranking only (top 10);
* PostgreSQL, end to end as the fallback calls it (``portal.search.fallback.database_search`` over
  ``SearchDocument``: ``to_tsvector('simple', folded text)``, GIN index), and ranking only.

Printed by ``make bench``; runs on a throw-away database and a temporary index folder.
"""

import random
import shutil
import statistics
import tempfile
import time
import unicodedata
from datetime import datetime

from django.conf import settings

from tests.benchmarks.db import benchmark_database

DOCUMENTS = 20_000
RUNS = 5
SCHEMA = "bench_search"

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


def corpus(count=DOCUMENTS, seed=20210106):
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
                "body": body,
                "url": f"/trang-{pk}/",
                "kind": kind,
                "kind_label": label,
                "year": str(year),
                "date": datetime(year, rng.randint(1, 12), rng.randint(1, 28)),
                "schema": SCHEMA,
                "page_id": str(pk),
            }
        )
    return documents


def percentile(values, share):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def timed_runs(func, queries, runs=RUNS):
    """Milliseconds per call over ``runs`` rounds of every query (one warm-up round first)."""
    for query in queries:
        func(query)
    samples = []
    for _ in range(runs):
        for query in queries:
            start = time.perf_counter()
            func(query)
            samples.append((time.perf_counter() - start) * 1000)
    return samples


def index_whoosh(documents):
    from whoosh.filedb.filestore import FileStorage

    from portal.search import storage
    from portal.search.writing import write_batch

    folder = storage.new_version(SCHEMA)
    start = time.perf_counter()
    ix = FileStorage(str(folder)).open_index()
    writer = ix.writer(limitmb=256)
    for document in documents:
        writer.add_document(**document)
    writer.commit()
    ix.close()
    bulk = time.perf_counter() - start
    storage.activate(SCHEMA, folder)
    # The worker's path: small batches through the locking writer (documents replaced by id).
    batch = documents[:1000]
    start = time.perf_counter()
    for offset in range(0, len(batch), 50):
        write_batch(SCHEMA, updates=batch[offset : offset + 50])
    batches = time.perf_counter() - start
    return bulk, len(batch) / batches


def load_postgres(documents):
    from django.db import connection

    from portal.search.indexing import database_row
    from portal.search.models import SearchDocument

    start = time.perf_counter()
    SearchDocument.objects.bulk_create((database_row(document) for document in documents), batch_size=1000)
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE portal_search_searchdocument")
    return time.perf_counter() - start


def whoosh_ranking(words):
    from portal.search import searchers
    from portal.search.query import build_query
    from portal.search.synonyms import expand

    searcher = searchers.acquire(SCHEMA)
    return [hit.docnum for hit in searcher.search(build_query(expand(words)), limit=10)], None


def postgres_ranking(words):
    from django.contrib.postgres.search import SearchQuery, SearchRank
    from django.db.models import F

    from portal.search.models import SearchDocument

    query = SearchQuery(" ".join(folded for _, folded, _ in words), config="simple", search_type="plain")
    rows = (
        SearchDocument.objects.filter(schema_name=SCHEMA, vector=query)
        .annotate(rank=SearchRank(F("vector"), query))
        .order_by("-rank", "pk")
        .values_list("page_id", flat=True)
    )
    return list(rows[:10]), None


def report(name, samples):
    median, p95 = statistics.median(samples), percentile(samples, 0.95)
    print(f"    {name:<11} median {median:7.1f} ms   p95 {p95:7.1f} ms")
    return median, p95


def ratio_line(w_med, w_p95, p_med, p_p95):
    def words(ratio):
        return f"Whoosh {ratio:.1f}x slower" if ratio >= 1 else f"Whoosh {1 / ratio:.1f}x faster"

    print(
        f"    ratio Whoosh/PostgreSQL: median {w_med / p_med:.2f} ({words(w_med / p_med)}), "
        f"p95 {w_p95 / p_p95:.2f} ({words(w_p95 / p_p95)})"
    )


def run():
    from portal.search.analysis import query_words
    from portal.search.fallback import database_search
    from portal.search.query import search_indexes

    root = tempfile.mkdtemp(prefix="search-bench-")
    previous_root, settings.SEARCH_ROOT = settings.SEARCH_ROOT, root
    parsed = [query_words(query) for query in QUERIES]
    try:
        start = time.perf_counter()
        documents = corpus()
        generated = time.perf_counter() - start
        words_per_doc = statistics.mean(len(document["text"].split()) for document in documents)
        bulk, batch_rate = index_whoosh(documents)
        with benchmark_database():
            pg_load = load_postgres(documents)
            counts = [
                (search_indexes([SCHEMA], words).total, database_search([SCHEMA], words).total) for words in parsed
            ]
            whoosh_full = timed_runs(lambda words: search_indexes([SCHEMA], words), parsed)
            pg_full = timed_runs(lambda words: database_search([SCHEMA], words), parsed)
            whoosh_rank = timed_runs(whoosh_ranking, parsed)
            pg_rank = timed_runs(postgres_ranking, parsed)
    finally:
        settings.SEARCH_ROOT = previous_root
        shutil.rmtree(root, ignore_errors=True)

    print(
        f"Corpus: {DOCUMENTS:,} generated Vietnamese documents, {words_per_doc:.0f} words each on average "
        f"(generated in {generated:.1f} s); {len(QUERIES)} queries x {RUNS} runs"
    )
    print("Indexing")
    print(f"    Whoosh, one writer (rebuild_search):   {DOCUMENTS / bulk:8.0f} docs/s  ({bulk:.1f} s)")
    print(f"    Whoosh, batches of 50 (search_worker): {batch_rate:8.0f} docs/s")
    print(f"    PostgreSQL rows + GIN (SearchDocument): {DOCUMENTS / pg_load:7.0f} docs/s  ({pg_load:.1f} s)")
    print("Search, end to end (top 10 + facets by type and year + highlighted snippets)")
    w_med, w_p95 = report("Whoosh", whoosh_full)
    p_med, p_p95 = report("PostgreSQL", pg_full)
    ratio_line(w_med, w_p95, p_med, p_p95)
    print("Search, ranking only (top 10)")
    wr_med, wr_p95 = report("Whoosh", whoosh_rank)
    pr_med, pr_p95 = report("PostgreSQL", pg_rank)
    ratio_line(wr_med, wr_p95, pr_med, pr_p95)
    same = sum(1 for whoosh_hits, pg_hits in counts if whoosh_hits == pg_hits)
    print(
        f"Hit counts agree on {same}/{len(counts)} queries (median hits per query: "
        f"{statistics.median(c[0] for c in counts):.0f} Whoosh, {statistics.median(c[1] for c in counts):.0f} "
        "PostgreSQL)"
    )
    return {
        "whoosh_median_ms": w_med,
        "whoosh_p95_ms": w_p95,
        "pg_median_ms": p_med,
        "pg_p95_ms": p_p95,
        "index_docs_per_s": DOCUMENTS / bulk,
    }
