"""Documents and the retrieval index (issue 22): chunks follow the documents' structure, the FTS5
index finds the chunk that holds the answer, and it is built once per set of documents."""
from __future__ import annotations

import hashlib

import pytest

from advisor.lab import documents, retrieval
from advisor.lab.documents import DocumentProblem

HANDBOOK = """# Refunds

Customers may ask for a refund within 30 days. The refund window for plan ZX41 is 45 days.

Refunds go back to the card that paid.

# Shipping

Parcels ship from Rotterdam. Express shipping for plan QB7 takes two days.

# Accounts

A locked account is unlocked by support after an identity check.
"""


def test_a_heading_starts_a_new_chunk_and_ids_follow_the_reading_order():
    chunks = retrieval.chunk_text(HANDBOOK, "handbook.md", chunk_tokens=800, overlap_tokens=100)
    assert [c.id for c in chunks] == ["handbook.md#1", "handbook.md#2", "handbook.md#3"]
    assert chunks[0].text.startswith("# Refunds") and "ZX41" in chunks[0].text
    assert chunks[1].text.startswith("# Shipping") and "Refunds" not in chunks[1].text


def test_long_sections_are_packed_to_the_chunk_size_with_overlap():
    paragraphs = [f"Paragraph {n} says fact number {n} in some forty characters." for n in range(60)]
    chunks = retrieval.chunk_text("\n\n".join(paragraphs), "long.txt", chunk_tokens=100, overlap_tokens=30)
    assert len(chunks) > 5
    assert all(retrieval.estimate_tokens(c.text) <= 100 + 30 for c in chunks)
    for first, second in zip(chunks, chunks[1:]):  # the end of one (up to 30 tokens) opens the next
        before, after = first.text.split("\n\n"), second.text.split("\n\n")
        shared = [p for p in after if p in before]
        assert shared and before[-len(shared):] == shared == after[:len(shared)]
        assert sum(retrieval.estimate_tokens(p) for p in shared) <= 30
    assert all(any(p in c.text for c in chunks) for p in paragraphs)  # nothing lost


def test_the_index_ranks_the_chunk_with_the_answer_first_recall_at_1():
    facts = {f"plan {code}": f"The price of plan {code} is {price} euros a month."
             for code, price in (("AA1", 10), ("BB2", 20), ("CC3", 30), ("DD4", 40), ("EE5", 50))}
    filler = "\n\n".join(f"# Section {n}\n\nGeneral text about plans, prices and months, number {n}."
                         for n in range(40))
    text = filler + "\n\n" + "\n\n".join(f"# {name}\n\n{fact}" for name, fact in facts.items())
    index = retrieval.Index.build(retrieval.chunk_text(text, "prices.md", 200, 20))
    hits = 0
    for name, fact in facts.items():
        top = index.search(f"What does {name} cost a month?", 1)
        hits += bool(top) and fact in top[0].text
    assert hits == len(facts)  # recall@1 of 1.0 on questions whose answer is in one chunk


@pytest.mark.parametrize("query", ['"unbalanced', "NEAR(a b", "a AND OR NOT", "*", "column:value", ""])
def test_no_user_text_is_an_fts5_syntax_error(query):
    index = retrieval.Index.build(retrieval.chunk_text(HANDBOOK, "h.md"))
    assert isinstance(index.search(query, 3), list)


def test_the_index_is_built_once_and_again_only_when_a_document_changes(tmp_path):
    docs = [{"path": "handbook.md", "bytes": 1, "sha256": "a" * 64}]
    settings = dict(retrieval.DEFAULTS)
    first = retrieval.open_index(docs, {"handbook.md": HANDBOOK}, settings, tmp_path)
    built = list(tmp_path.iterdir())
    again = retrieval.open_index(docs, {"handbook.md": "changed text that must not be read"}, settings, tmp_path)
    assert again.search("ZX41 refund", 1)[0].text == first.search("ZX41 refund", 1)[0].text  # reused
    assert list(tmp_path.iterdir()) == built
    changed = [{**docs[0], "sha256": "b" * 64}]
    rebuilt = retrieval.open_index(changed, {"handbook.md": "# New\n\nThe ZX41 window is now 60 days."},
                                   settings, tmp_path)
    assert "60 days" in rebuilt.search("ZX41 window", 1)[0].text
    assert len(list(tmp_path.glob("*.sqlite"))) == 2


def test_a_damaged_index_file_is_built_again(tmp_path):
    docs = [{"path": "h.md", "bytes": 1, "sha256": "c" * 64}]
    settings = dict(retrieval.DEFAULTS)
    (tmp_path / retrieval.index_name(docs, settings)).write_bytes(b"not a database at all" * 100)
    index = retrieval.open_index(docs, {"h.md": HANDBOOK}, settings, tmp_path)
    assert "ZX41" in index.search("ZX41", 1)[0].text


# -- documents --------------------------------------------------------------------------------

def test_a_document_is_kept_as_a_relative_path_with_its_size_and_hash_never_its_text(tmp_path):
    (tmp_path / "docs").mkdir()
    doc = tmp_path / "docs" / "handbook.md"
    doc.write_text(HANDBOOK, encoding="utf-8")
    entry = documents.entry_for(doc, tmp_path / "a.fta.json")
    assert entry == {"path": "docs/handbook.md", "bytes": len(HANDBOOK.encode()),
                     "sha256": hashlib.sha256(HANDBOOK.encode()).hexdigest()}
    assert documents.read_text(entry, tmp_path / "a.fta.json") == HANDBOOK
    assert documents.entries_problems([entry]) == []


def test_a_folder_gives_every_document_in_it(tmp_path):
    for name in ("b.txt", "a.md", "skip.png", "sub/c.html"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("<h1>T</h1><p>text</p>" if name.endswith("html") else "text")
    entries = documents.entries_for([tmp_path], tmp_path / "a.fta.json")
    assert [e["path"] for e in entries] == ["a.md", "b.txt", "sub/c.html"]


def test_a_moved_or_changed_document_is_named_with_what_to_do(tmp_path):
    doc = tmp_path / "h.md"
    doc.write_text(HANDBOOK)
    entry = documents.entry_for(doc, tmp_path / "a.fta.json")
    doc.write_text(HANDBOOK + "\nA new line.")
    with pytest.raises(DocumentProblem, match=r"h\.md: the document changed since it was added\. Add it again"):
        documents.read_text(entry, tmp_path / "a.fta.json")
    doc.unlink()
    with pytest.raises(DocumentProblem, match=r"h\.md: the document is gone"):
        documents.read_text(entry, tmp_path / "a.fta.json")


def test_html_gives_its_text_with_headings_and_without_scripts(tmp_path):
    page = tmp_path / "p.html"
    page.write_text("<html><head><title>x</title><script>var secret=1</script></head><body>"
                    "<h2>Refunds</h2><p>Within 30 days &amp; by card.</p></body></html>")
    text = documents.extract_text(page, page.read_bytes())
    assert "# Refunds" in text and "Within 30 days & by card." in text and "secret" not in text


def test_word_documents_give_their_paragraphs_and_headings(tmp_path):
    import docx

    document = docx.Document()
    document.add_heading("Refunds", level=1)
    document.add_paragraph("The refund window for plan ZX41 is 45 days.")
    path = tmp_path / "policy.docx"
    document.save(path)
    text = documents.extract_text(path, path.read_bytes())
    assert "# Refunds" in text and "plan ZX41 is 45 days" in text


def _pdf(path, *, encrypt: bool = False):
    from pypdf import PdfWriter

    writer = PdfWriter()
    writer.add_blank_page(width=200, height=200)
    if encrypt:
        writer.encrypt("secret")
    with open(path, "wb") as handle:
        writer.write(handle)
    return path


@pytest.mark.parametrize(("make", "message"), [
    (lambda p: _pdf(p / "scan.pdf"), r"scan\.pdf: no text found in it\. A scanned PDF"),
    (lambda p: _pdf(p / "locked.pdf", encrypt=True), r"locked\.pdf: the PDF is encrypted\. Save an unprotected copy"),
    (lambda p: (p / "fake.pdf").write_bytes(b"%PDF-1.4 garbage") and p / "fake.pdf", r"fake\.pdf: not a PDF that can be read"),
    (lambda p: (p / "blob.txt").write_bytes(b"\x00\x01binary" * 50) and p / "blob.txt", r"blob\.txt: this is a binary file"),
    (lambda p: (p / "x.docx").write_bytes(b"not a zip") and p / "x.docx", r"x\.docx: not a Word \(\.docx\) file"),
])
def test_unusable_documents_are_named_with_what_to_do(tmp_path, make, message):
    path = make(tmp_path)
    with pytest.raises(DocumentProblem, match=message):
        documents.extract_text(path, path.read_bytes())


def test_a_huge_file_a_fifo_and_another_kind_are_refused_before_reading(tmp_path, monkeypatch):
    import os

    monkeypatch.setattr(documents, "MAX_DOCUMENT_BYTES", 1000)
    big = tmp_path / "big.txt"
    big.write_bytes(b"a" * 2000)
    with pytest.raises(DocumentProblem, match=r"big\.txt: .* larger than the"):
        documents.entry_for(big, None)
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    with pytest.raises(DocumentProblem, match=r"pipe\.txt: not a regular file"):
        documents.entry_for(fifo, None)
    with pytest.raises(DocumentProblem, match=r"reads \.txt"):
        documents.entry_for(tmp_path / "picture.png", None)


@pytest.mark.parametrize(("value", "problem"), [
    ("docs", "prompt_lab.documents must be a list"),
    ([{"path": "", "bytes": 1, "sha256": "a" * 64}], "prompt_lab.documents[0].path must be"),
    ([{"path": "a.md", "bytes": -1, "sha256": "a" * 64}], "prompt_lab.documents[0].bytes must be"),
    ([{"path": "a.md", "bytes": 1, "sha256": "XYZ"}], "prompt_lab.documents[0].sha256 must be"),
])
def test_the_validator_names_a_bad_document_record(value, problem):
    assert any(p.startswith(problem) for p in documents.entries_problems(value))


def test_the_validator_names_bad_retrieval_settings():
    assert retrieval.settings_problems({"top_k": 0})[0].startswith("prompt_lab.retrieval.top_k must be")
    assert retrieval.settings_problems({"chunk_tokens": 100, "overlap_tokens": 100}) == [
        "prompt_lab.retrieval.overlap_tokens must be less than chunk_tokens"]
    assert retrieval.settings_problems({"top_k": 3}) == []


def test_a_600_mb_file_and_a_missing_one_are_named_in_one_unit_with_what_to_do(tmp_path):
    huge = tmp_path / "huge.md"
    with open(huge, "wb") as handle:
        handle.truncate(600 * 1024 * 1024)  # sparse: nothing is written
    with pytest.raises(DocumentProblem, match=r"huge\.md: 600 MB is larger than the 100 MB a document may be; split it"):
        documents.entry_for(huge, None)
    with pytest.raises(DocumentProblem, match=r"gone\.txt: cannot be read \(No such file or directory\)\. "
                                              r"Check that it is there"):
        documents.entry_for(tmp_path / "gone.txt", None)
