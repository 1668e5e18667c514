"""Run in child processes by test_concurrency: only Whoosh and portal.search.writing, no Django."""


def write_many(root, schema_name, worker, batches, per_batch):
    from portal.search.writing import write_batch

    attempts = 0
    for batch in range(batches):
        documents = [
            {
                "id": f"w{worker}-{batch}-{n}",
                "title": f"Tài liệu {worker} {batch} {n}",
                "text": f"Tài liệu của tiến trình {worker}",
                "schema": schema_name,
                "page_id": str(worker * 100_000 + batch * 100 + n),
            }
            for n in range(per_batch)
        ]
        attempts += write_batch(schema_name, updates=documents, root=root, timeout=60)
    return attempts
