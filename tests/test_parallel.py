"""Work over many files: --jobs (worker processes), --format jsonl, per-document statistics, and
a real Dask cluster. Every way of running gives exactly the output of a plain local run."""

from __future__ import annotations

import json
import subprocess
import sys
import tomllib

import pytest

from conftest import ROOT, SEED
from toolkit.parallel import PARALLEL_MIN_FILES

SEED_TEXT = SEED.read_text(encoding="utf-8")
CLEAN = "The committee met on Monday and agreed the budget for the coming year.\n"


@pytest.fixture
def corpus(tmp_path):
    """More files than PARALLEL_MIN_FILES, so --jobs really forks: pieces of the seed of varied
    size, one clean file, one binary file and one that is not UTF-8 (errors keep their place)."""
    folder = tmp_path / "crawl"
    folder.mkdir()
    step = len(SEED_TEXT) // (PARALLEL_MIN_FILES * 2)
    for i in range(PARALLEL_MIN_FILES * 2):
        (folder / f"doc{i:03d}.txt").write_text(SEED_TEXT[i * step // 2: i * step + step], encoding="utf-8")
    (folder / "doc100-clean.txt").write_text(CLEAN, encoding="utf-8")
    (folder / "doc101-binary.txt").write_bytes(b"PK\x03\x04\x00\x00binary")
    (folder / "doc102-latin1.txt").write_bytes("caf\xe9 au lait".encode("latin-1"))
    return folder


def test_jobs_give_the_same_output_in_the_same_order(zhen, corpus):
    one = zhen("check", "--jobs", "1", corpus)
    two = zhen("check", "--jobs", "2", corpus)
    assert one.exit_code == two.exit_code == 2  # the two unreadable files
    assert one.stdout == two.stdout and one.stderr == two.stderr
    paths = [line.split(":", 1)[0] for line in one.stdout.splitlines() if line.startswith(str(corpus))]
    assert paths == sorted(paths) and len(set(paths)) > PARALLEL_MIN_FILES
    assert f"{corpus / 'doc101-binary.txt'}: binary file" in one.stderr
    assert f"{corpus / 'doc102-latin1.txt'}:1: byte offset 3" in one.stderr


def test_workers_leave_when_the_parent_is_killed(tmp_path):
    """A worker whose parent is killed outright (SIGKILL: no clean-up runs) exits by itself
    instead of waiting for work forever; until every worker has gone, the pipe they inherited
    as stdout stays open, so reading it to the end shows that they went."""
    import signal

    folder = tmp_path / "crawl"
    folder.mkdir()
    body = (SEED_TEXT * 8)[:20_000]
    for i in range(400):  # about a second of work for two workers
        (folder / f"doc{i:03d}.txt").write_text(body, encoding="utf-8")
    process = subprocess.Popen([sys.executable, "-m", "toolkit", "check", "--jobs", "2", str(folder)],
                               stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    assert process.stdout.readline()  # the first batch is done: the workers are at work
    process.send_signal(signal.SIGKILL)
    process.communicate(timeout=20)  # reads to the end: returns once the last worker has closed the pipe


def test_fix_with_jobs_writes_what_a_single_process_writes(zhen, corpus, tmp_path):
    for name in ("doc101-binary.txt", "doc102-latin1.txt"):
        (corpus / name).unlink()
    copy = tmp_path / "copy"
    copy.mkdir()
    for path in corpus.iterdir():
        (copy / path.name).write_bytes(path.read_bytes())
    one = zhen("fix", "--jobs", "1", corpus)
    two = zhen("fix", "--jobs", "2", copy)
    assert one.exit_code == two.exit_code
    assert one.stderr.replace(str(corpus), "") == two.stderr.replace(str(copy), "")
    changed = 0
    for path in sorted(corpus.iterdir()):
        assert (copy / path.name).read_bytes() == path.read_bytes(), path.name
        changed += path.read_text(encoding="utf-8") != SEED_TEXT
    assert changed


def test_jsonl_streams_one_finding_per_line_equal_to_json(zhen, corpus):
    (corpus / "doc101-binary.txt").unlink()
    (corpus / "doc102-latin1.txt").unlink()
    streamed = zhen("check", "--format", "jsonl", corpus)
    whole = json.loads(zhen("check", "--format", "json", corpus).stdout)
    lines = streamed.stdout.splitlines()
    assert streamed.exit_code == 1
    assert [json.loads(line) for line in lines] == whole and len(lines) > PARALLEL_MIN_FILES
    assert "Found" not in streamed.stdout  # nothing but findings on stdout


def test_statistics_rank_documents_by_findings_per_thousand_words(zhen, tmp_path):
    # Filler of distinct tokens: any repeated word or pair of words is a repetition (D101, D113).
    def filler(words: int) -> str:
        return " ".join(f"w{i}" for i in range(words - 2)) + " the work. ."  # one finding: ". ."

    (tmp_path / "a.txt").write_text(filler(100), encoding="utf-8")
    (tmp_path / "b.txt").write_text(filler(500), encoding="utf-8")
    (tmp_path / "c.txt").write_text(CLEAN, encoding="utf-8")
    data = json.loads(zhen("check", "--statistics", "--format", "json", tmp_path).stdout)
    assert [(d["path"].rsplit("/", 1)[-1], d["words"], d["findings"], d["density"]) for d in data["documents"]] == [
        ("a.txt", 100, 1, 10.0), ("b.txt", 500, 1, 2.0), ("c.txt", 13, 0, 0.0)]
    assert data["rules"] == [{"code": "P101", "name": "stray-punctuation", "count": 2, "fixable": True}]
    table = zhen("check", "--statistics", tmp_path).stdout
    assert table.index("a.txt") < table.index("b.txt")
    assert "c.txt" not in table  # documents without findings are not listed in the table


def test_plain_install_does_not_depend_on_dask():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert not any("dask" in dep or "distributed" in dep for dep in project["dependencies"])
    assert any("distributed" in dep for dep in project["optional-dependencies"]["dask"])


def test_unreachable_scheduler_is_a_user_error(zhen, corpus):
    pytest.importorskip("distributed")
    result = zhen("check", "--scheduler", "tcp://127.0.0.1:9", corpus)
    assert result.exit_code == 2
    assert result.stderr.startswith("zhen: error: cannot reach the Dask scheduler at tcp://127.0.0.1:9")
    assert len(result.stderr.splitlines()) == 1


# A real cluster: a scheduler and two worker processes on loopback, with zhen run as a separate
# process (as a user would), compared with a local run of the same command.
CLUSTER = """
import subprocess, sys
from distributed import LocalCluster

if __name__ == "__main__":  # worker processes are spawned and import this module again
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                      dashboard_address=None) as cluster:
        result = subprocess.run([sys.executable, "-m", "toolkit", *sys.argv[1:], "--scheduler",
                                 cluster.scheduler_address], capture_output=True, text=True)
    sys.stdout.write(result.stdout)
    sys.stderr.write(result.stderr)
    sys.exit(result.returncode)
"""


@pytest.mark.slow
def test_dask_cluster_gives_exactly_the_local_findings(corpus, tmp_path):
    pytest.importorskip("distributed")
    args = ["check", "--format", "jsonl", str(corpus)]
    local = subprocess.run([sys.executable, "-m", "toolkit", *args], capture_output=True, text=True)
    script = tmp_path / "cluster.py"
    script.write_text(CLUSTER, encoding="utf-8")
    remote = subprocess.run([sys.executable, str(script), *args], capture_output=True, text=True,
                            timeout=300, cwd=tmp_path)
    assert remote.returncode == local.returncode == 2, remote.stderr[-2000:]
    assert remote.stdout == local.stdout and remote.stdout.count("\n") > PARALLEL_MIN_FILES
    errors = [line for line in remote.stderr.splitlines() if line.startswith("zhen:")]
    assert errors == local.stderr.splitlines()


def _large_documents():
    """The seed, Markdown with code and links (ignored regions), and corpus texts when present."""
    texts = [(SEED_TEXT, "seed.txt"), ((ROOT / "README.md").read_text(encoding="utf-8"), "README.md")]
    dev = ROOT.parent / "shared" / "corpus" / "dev" / "raw"
    if dev.is_dir():
        texts += [(p.read_text(encoding="utf-8"), p.name) for p in sorted(dev.iterdir())[:6]]
    return texts


def test_a_large_document_split_between_two_processes_gives_the_same_findings(monkeypatch):
    """parallel.check_apart: the same findings in the same order as one process, T101's
    evidence included (it reads the B, C and D findings, which stay in its process)."""
    from toolkit import Document, Profile, parallel
    from toolkit.engine import check_document

    monkeypatch.setattr(parallel, "SPLIT_MIN_CHARS", 0)
    monkeypatch.setattr(parallel, "_cpu_to_spare", lambda: True)
    profile = Profile()
    calls = []
    real = parallel.check_apart
    monkeypatch.setattr(parallel, "check_apart", lambda *a: calls.append(real(*a)) or calls[-1])
    for text, name in _large_documents():
        alone = check_document(Document(text, name), profile)
        split = check_document(Document(text, name), profile, split=True)
        assert split == alone, name
    assert len(calls) == len(_large_documents()) and None not in calls  # each one really split


def test_a_failing_child_leaves_its_rules_to_the_parent(monkeypatch):
    from toolkit import Document, Profile, parallel
    from toolkit.engine import check_document

    monkeypatch.setattr(parallel, "SPLIT_MIN_CHARS", 0)
    monkeypatch.setattr(parallel, "_cpu_to_spare", lambda: True)
    monkeypatch.setattr(parallel, "_flat", lambda finding: 1 / 0)  # the child fails before it writes
    profile = Profile()
    alone = check_document(Document(SEED_TEXT, "seed.txt"), profile)
    assert check_document(Document(SEED_TEXT, "seed.txt"), profile, split=True) == alone


def test_jobs_one_checks_a_large_file_in_one_process(monkeypatch, tmp_path):
    from toolkit import parallel, runner

    big = tmp_path / "big.txt"
    big.write_text(SEED_TEXT * (parallel.SPLIT_MIN_CHARS // len(SEED_TEXT) + 1), encoding="utf-8")
    seen = []
    monkeypatch.setattr(parallel, "check_apart", lambda *a: seen.append(1))  # None: checked in one process
    for jobs, expected in ((1, []), (2, [1])):
        seen.clear()
        list(runner.check_files([str(big)], _settings, jobs=jobs))
        assert seen == expected, jobs


def _settings(path):
    from toolkit import Profile
    from toolkit.config import Settings
    from toolkit.model import Severity

    return Settings(Profile(), Severity.INFO)
