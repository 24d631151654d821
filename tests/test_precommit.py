"""The pre-commit hooks, through the real pre-commit: it installs this checkout as a hook
repository (pip, from PyPI) and runs it on `git commit` in a fresh repository.

The hook repository is a copy of the current working tree, committed in a temporary repository,
so uncommitted changes are what gets tested. Installing takes a while: one hook environment
(PRE_COMMIT_HOME in a temporary folder) is shared by every test in this module.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT

pytestmark = pytest.mark.slow
pytest.importorskip("pre_commit", reason="pre-commit is a test dependency: pip install -e '.[test]'")
if shutil.which("git") is None:
    pytest.skip("git is needed", allow_module_level=True)

BAD = "The coordination functions Functions, while the the plan moved.\n"
CLEAN = "The coordination functions, while the plan moved.\n"


def git(cwd: Path, *args: str, env: dict | None = None, check: bool = True) -> subprocess.CompletedProcess:
    return subprocess.run(["git", *args], cwd=cwd, env=env, check=check, capture_output=True, text=True)


def working_tree_files(root: Path) -> list[str]:
    """Tracked and untracked-but-not-ignored files, as they are on disk now."""
    listed = subprocess.run(["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
                            cwd=root, check=True, capture_output=True, text=True).stdout
    return sorted({name for name in listed.split("\0") if name and (root / name).is_file()})


@pytest.fixture(scope="module")
def env(tmp_path_factory) -> dict:
    home = tmp_path_factory.mktemp("home")
    (home / ".gitconfig").write_text("[init]\n\tdefaultBranch = main\n", encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("GIT_", "PRE_COMMIT"))}
    env.update({
        "HOME": str(home), "GIT_CONFIG_GLOBAL": str(home / ".gitconfig"), "GIT_CONFIG_NOSYSTEM": "1",
        "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.com",
        "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@example.com",
        "PRE_COMMIT_HOME": str(tmp_path_factory.mktemp("pre-commit-home")),
        "NO_COLOR": "1",
    })
    return env


@pytest.fixture(scope="module")
def hook_repo(tmp_path_factory, env) -> tuple[Path, str]:
    """A committed copy of this working tree: (path, sha)."""
    repo = tmp_path_factory.mktemp("hook-repo")
    if (ROOT / ".git").exists():
        for name in working_tree_files(ROOT):
            target = repo / name
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(ROOT / name, target)
    else:  # an unpacked sdist: copy what is there
        shutil.copytree(ROOT, repo, dirs_exist_ok=True,
                        ignore=shutil.ignore_patterns(".git", ".venv", "__pycache__", "*.pyc", "build", "dist"))
    git(repo, "init", "-q", env=env)
    git(repo, "add", "-A", env=env)
    git(repo, "commit", "-q", "-m", "snapshot of the working tree", env=env)
    return repo, git(repo, "rev-parse", "HEAD", env=env).stdout.strip()


def project(tmp_path: Path, env: dict, hook_repo: tuple[Path, str], hook: str) -> Path:
    """A fresh repository whose .pre-commit-config.yaml uses `hook` from the hook repository."""
    repo_path, sha = hook_repo
    work = tmp_path / "project"
    work.mkdir()
    git(work, "init", "-q", env=env)
    (work / ".pre-commit-config.yaml").write_text(
        f"repos:\n- repo: {repo_path}\n  rev: {sha}\n  hooks:\n  - id: {hook}\n", encoding="utf-8")
    git(work, "add", ".pre-commit-config.yaml", env=env)
    install = subprocess.run([sys.executable, "-m", "pre_commit", "install"], cwd=work, env=env,
                             capture_output=True, text=True)
    assert install.returncode == 0, install.stdout + install.stderr
    return work


def commit(work: Path, env: dict, *files: str) -> subprocess.CompletedProcess:
    git(work, "add", *files, env=env)
    result = git(work, "commit", "-m", "add documents", env=env, check=False)
    log = Path(env["PRE_COMMIT_HOME"]) / "pre-commit.log"
    if "An unexpected error has occurred" in result.stdout + result.stderr and log.exists():
        # pre-commit itself failed (most often: pip could not install this checkout); show why.
        pytest.fail("pre-commit failed to run the hook:\n" + log.read_text(encoding="utf-8")[-3000:])
    return result


def test_check_hook_blocks_a_document_with_artifacts_and_passes_a_clean_one(tmp_path, env, hook_repo):
    work = project(tmp_path, env, hook_repo, "zhen-check")
    (work / "report.txt").write_text(BAD, encoding="utf-8")
    (work / "notes.md").write_text("# Notes\n\nIt works. .\n", encoding="utf-8")
    (work / "code.py").write_text("x = 'the the'\n", encoding="utf-8")  # not a document: not checked
    blocked = commit(work, env, "report.txt", "notes.md", "code.py")
    output = blocked.stdout + blocked.stderr
    assert blocked.returncode != 0, output
    assert "zhen check" in output and "Failed" in output
    column = BAD.index(" Functions") + 1  # the finding covers the second word and the space before it
    assert f"report.txt:1:{column}: D101 [*] doubled word 'Functions'" in output
    assert f"report.txt:1:{BAD.index(' the plan') + 1}: D101 [*] doubled word 'the'" in output
    assert f"notes.md:3:{'It works. .'.rindex(' .') + 1}: P101" in output
    assert "code.py" not in output
    assert git(work, "rev-list", "--all", env=env).stdout == "", "nothing was committed"

    (work / "report.txt").write_text(CLEAN, encoding="utf-8")
    (work / "notes.md").write_text("# Notes\n\nIt works.\n", encoding="utf-8")
    passed = commit(work, env, "report.txt", "notes.md", "code.py")
    assert passed.returncode == 0, passed.stdout + passed.stderr
    assert "Passed" in passed.stdout + passed.stderr
    assert git(work, "log", "--oneline", env=env).stdout.count("\n") == 1


def test_fix_hook_fixes_the_files_and_pre_commit_reports_them(tmp_path, env, hook_repo):
    work = project(tmp_path, env, hook_repo, "zhen-fix")
    (work / "report.txt").write_text(BAD, encoding="utf-8")
    first = commit(work, env, "report.txt")
    assert first.returncode != 0
    assert "files were modified by this hook" in first.stdout + first.stderr
    assert (work / "report.txt").read_text(encoding="utf-8") == CLEAN
    second = commit(work, env, "report.txt")
    assert second.returncode == 0, second.stdout + second.stderr


def test_an_unreadable_file_in_a_commit_is_named_with_exit_2(tmp_path, env, hook_repo):
    work = project(tmp_path, env, hook_repo, "zhen-check")
    (work / "good.txt").write_text(CLEAN, encoding="utf-8")
    (work / "broken.txt").write_bytes(b"fine line\nbad \xff byte\n")
    result = commit(work, env, "good.txt", "broken.txt")
    output = result.stdout + result.stderr
    assert result.returncode != 0
    assert "broken.txt:2: byte offset 14: not valid utf-8" in output
    assert "exit code: 2" in output
    assert "Traceback" not in output


def test_project_configuration_applies_under_pre_commit(tmp_path, env, hook_repo):
    work = project(tmp_path, env, hook_repo, "zhen-check")
    (work / "zhen.toml").write_text('ignore = ["D101"]\n', encoding="utf-8")
    (work / "report.txt").write_text(BAD, encoding="utf-8")
    result = commit(work, env, "zhen.toml", "report.txt")
    assert result.returncode == 0, result.stdout + result.stderr
