"""The exit-status scheme and the one-line messages (issue 18, repros 1, 5, 6, 9, 11, 14), through the
command line: 0 all good, 1 some records invalid (the batch completed), 2 usage, 3 input/output error,
4 knowledge-base error, 130 interrupted. Never a traceback for a user error."""

from __future__ import annotations

import json
import os
import select
import signal
import subprocess
import time
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import RULES, diagnose_command, diagnose_env

from diagnose.cli import main

EXAMPLES = RULES.parent / "examples"
MULTI = str(EXAMPLES / "multi_diagnosis.json")
RECORD = json.loads(Path(MULTI).read_text(encoding="utf-8"))


def run(*args: str, input: str | bytes | None = None):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(main, list(args), input=input)


def one_line_error(r, *words: str) -> None:  # type: ignore[no-untyped-def]
    assert r.exception is None or isinstance(r.exception, SystemExit), r.exception
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in r.output, r.stderr
    assert all(w in lines[0] for w in words), lines[0]


def test_status_0_and_1() -> None:
    assert run("evaluate", MULTI).exit_code == 0
    bad = json.dumps({"county": {"id": "b"}, "answers": {"grid_in_use": 7}})
    assert run("evaluate", "-", input=json.dumps(RECORD) + "\n" + bad + "\n").exit_code == 1


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_status_3_when_the_input_cannot_be_read(tmp_path: Path, lang: str) -> None:
    missing = tmp_path / "missing.json"
    for command in ("evaluate", "explain"):
        r = run(command, str(missing), "--lang", lang)
        assert r.exit_code == 3
        one_line_error(r, str(missing), "无法读取" if lang == "zh" else "cannot read")


@pytest.mark.parametrize(
    ("where", "words"),
    [
        ("/dev/full", ["/dev/full", "No space left"]),
        ("missing-dir/out.json", ["missing-dir", "No such file"]),
        ("a-file/out.json", ["a-file", "Not a directory"]),
    ],
)
def test_status_3_when_the_output_cannot_be_written(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, where: str, words: list[str]
) -> None:
    """Repro 6: an output error used to be a traceback and exit 1."""
    monkeypatch.chdir(tmp_path)
    Path("a-file").write_text("x", encoding="utf-8")
    r = run("evaluate", MULTI, "-o", where, "--lang", "en")
    assert r.exit_code == 3
    one_line_error(r, "cannot write", *words)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a-file"]


def test_status_3_on_a_full_disk_keeps_the_previous_output(tiny_fs: Path) -> None:
    """Repro 6 on a real full disk (a 64 KiB tmpfs): exit 3, one line, the old output whole, no temp file."""
    out = tiny_fs / "reports.jsonl"
    out.write_text("OLD\n", encoding="utf-8")
    records = "".join(json.dumps(RECORD, ensure_ascii=False) + "\n" for _ in range(20))
    r = run("evaluate", "-", "-o", str(out), "--lang", "zh", input=records)
    assert r.exit_code == 3
    one_line_error(r, str(out), "无法写入")
    assert out.read_text(encoding="utf-8") == "OLD\n" and [p.name for p in tiny_fs.iterdir()] == ["reports.jsonl"]


def test_status_3_on_a_read_only_file_system(tiny_fs: Path) -> None:
    (tiny_fs / "out.json").write_text("OLD", encoding="utf-8")
    subprocess.run(["mount", "-o", "remount,ro", str(tiny_fs)], check=True)
    r = run("evaluate", MULTI, "-o", str(tiny_fs / "out.json"), "--lang", "en")
    assert r.exit_code == 3
    one_line_error(r, "cannot write", "Read-only file system")


def test_summary_that_cannot_be_written_is_status_3(tmp_path: Path) -> None:
    r = run("evaluate", MULTI, "-o", str(tmp_path / "r.json"), "--summary", str(tmp_path / "no" / "s.csv"))
    assert r.exit_code == 3
    one_line_error(r, "s.csv")


def test_output_to_a_symlink_writes_its_target(tmp_path: Path) -> None:
    """Repro 5, through the command line: the link stays a link."""
    target = tmp_path / "target.json"
    target.write_text("old", encoding="utf-8")
    os.chmod(target, 0o600)
    (tmp_path / "link.json").symlink_to(target)
    assert run("evaluate", MULTI, "-o", str(tmp_path / "link.json")).exit_code == 0
    assert (tmp_path / "link.json").is_symlink() and json.loads(target.read_text(encoding="utf-8"))["county"]
    assert oct(target.stat().st_mode & 0o777) == oct(0o600)


def test_output_to_a_fifo_is_written_through(tmp_path: Path) -> None:
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    proc = subprocess.Popen(
        diagnose_command("evaluate", MULTI, "-o", str(fifo)), env=diagnose_env(), stderr=subprocess.PIPE
    )
    with open(fifo, "rb") as reader:
        data = reader.read()
    assert proc.wait(60) == 0 and json.loads(data)["county"]["id"] == "example-multi"
    assert [p.name for p in tmp_path.iterdir()] == ["fifo"]


def _batch(tmp_path: Path, n: int, bad_at: set[int], bad: str) -> Path:
    path = tmp_path / "in.jsonl"
    line = json.dumps(RECORD, ensure_ascii=False)
    path.write_text("".join((bad if i in bad_at else line) + "\n" for i in range(1, n + 1)), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    "bad",
    [
        '{"county": {"id": "x\\ud800"}, "answers": {}}',
        '{"county": {"id": "x", "deep": ' + "[" * 300 + "]" * 300 + '}, "answers": {}}',
        '{"county": {"id": "x", "deep": ' + "[" * 979 + "]" * 979 + '}, "answers": {}}',
    ],
    ids=["lone-surrogate", "300-levels", "979-levels"],
)
@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_record_that_cannot_be_written_back_costs_only_itself(tmp_path: Path, bad: str, jobs: str) -> None:
    """Repro 1: a serialisation traceback aborted the batch (0 records written), and with --jobs 2 on
    2,000 records the run deadlocked. Now the record is an error record in its place; the run ends."""
    path = _batch(tmp_path, 2000 if jobs == "2" else 5, {3}, bad)
    proc = subprocess.run(
        diagnose_command("evaluate", str(path), "--jobs", jobs, "--lang", "en"),
        env=diagnose_env(),
        capture_output=True,
        timeout=600,
    )
    out = [json.loads(line) for line in proc.stdout.splitlines()]
    assert proc.returncode == 1 and b"Traceback" not in proc.stderr
    assert len(out) == (2000 if jobs == "2" else 5)
    assert [i for i, o in enumerate(out, 1) if "error" in o] == [3] and out[2]["error"]["record"] == 3


def test_a_live_pipe_gets_each_answer_at_once(tmp_path: Path) -> None:
    """Repro 9, end to end: the first record's report is written before a second record is sent."""
    proc = subprocess.Popen(
        diagnose_command("evaluate", "-", "--lang", "en"),
        env=diagnose_env(),
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert proc.stdin is not None and proc.stdout is not None
    try:
        for n in (1, 2):
            proc.stdin.write(json.dumps({"county": {"id": f"c{n}"}, "answers": {}}).encode() + b"\n")
            proc.stdin.flush()
            ready, _, _ = select.select([proc.stdout], [], [], 60)
            assert ready, f"record {n} was not answered while the pipe stayed open"
            assert json.loads(proc.stdout.readline())["county"]["id"] == f"c{n}"
    finally:
        proc.stdin.close()
    assert proc.wait(60) == 0


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT])
def test_status_130_when_interrupted_leaves_the_old_output_and_no_temp_file(tmp_path: Path, sig: int) -> None:
    """Repro 11 and 14: a signal used to leave the hidden temporary file behind, and exit 1."""
    path = _batch(tmp_path, 200, set(), "")
    out = tmp_path / "reports.jsonl"
    out.write_text("OLD\n", encoding="utf-8")
    # records come through a pipe kept open: the batch is surely still running when the signal comes
    # (a file of 3,000 counties was evaluated before it, once the evaluation got fast)
    proc = subprocess.Popen(
        diagnose_command("evaluate", "-", "-o", str(out), "--lang", "en"),
        env=diagnose_env(),
        stdin=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=tmp_path,
        # SIGINT as a user's terminal gives it: an earlier test may have left it ignored in this process
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    assert proc.stdin is not None
    proc.stdin.write(path.read_bytes())
    proc.stdin.flush()
    deadline = time.time() + 120
    while not any(p.name.startswith(".reports") and p.stat().st_size for p in tmp_path.iterdir()):
        assert time.time() < deadline and proc.poll() is None, "the output was never begun"
        time.sleep(0.02)
    proc.send_signal(sig)
    assert proc.wait(60) == 130
    proc.stdin.close()
    assert proc.stderr is not None and proc.stderr.read().decode().strip() == "diagnose: interrupted"
    assert out.read_text(encoding="utf-8") == "OLD\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.jsonl", "reports.jsonl"]


def test_stdout_closed_early_is_status_3_without_a_traceback(tmp_path: Path) -> None:
    path = _batch(tmp_path, 200, set(), "")
    proc = subprocess.Popen(
        diagnose_command("evaluate", str(path)), env=diagnose_env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.read(100)
    proc.stdout.close()
    assert proc.wait(120) == 3
    err = proc.stderr.read().decode()
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1, err


def test_help_documents_the_exit_statuses() -> None:
    for args in (["--help"], ["evaluate", "--help"]):
        text = " ".join(run(*args).output.split())
        for words in (
            "0 ",
            "1 some records invalid",
            "2 usage",
            "3 input/output",
            "4 knowledge base",
            "130 interrupted",
        ):
            assert words in text, (args, words)


def test_docs_and_readme_state_the_same_scheme() -> None:
    readme = (RULES.parent / "README.md").read_text(encoding="utf-8")
    docs = " ".join((RULES.parent / "docs" / "commands.md").read_text(encoding="utf-8").split())
    line = next(x for x in readme.splitlines() if x.startswith("Exit status"))
    for n, words in [
        (1, "some records invalid"),
        (2, "usage"),
        (3, "input/output"),
        (4, "knowledge base"),
        (130, "interrupted"),
    ]:
        assert f"{n} {words}" in line and f"| {n} | {words}" in docs, words


def test_output_to_dev_stdout_redirected_to_a_file_is_written_through(tmp_path: Path) -> None:
    """`-o /dev/stdout > file`: the file the shell opened receives the report (it is not replaced)."""
    target = tmp_path / "shell.json"
    with open(target, "wb") as shell_redirect:
        inode = os.fstat(shell_redirect.fileno()).st_ino
        proc = subprocess.run(
            diagnose_command("evaluate", MULTI, "-o", "/dev/stdout"),
            env=diagnose_env(),
            stdout=shell_redirect,
            timeout=120,
        )
    assert proc.returncode == 0 and target.stat().st_ino == inode
    assert json.loads(target.read_text(encoding="utf-8"))["county"]["id"] == "example-multi"


@pytest.mark.parametrize(("lang", "words"), [("zh", "程序内部错误"), ("en", "internal error (a bug in this tool")])
def test_a_bug_of_ours_is_one_line_with_status_70_never_a_traceback(
    monkeypatch: pytest.MonkeyPatch, lang: str, words: str
) -> None:
    from diagnose.reasoning import explain

    def broken(*args: object, **kwargs: object) -> None:
        raise ZeroDivisionError("division by zero")

    monkeypatch.setattr(explain, "explain", broken)
    monkeypatch.delenv("DIAGNOSE_DEBUG", raising=False)
    r = run("explain", MULTI, "--lang", lang)
    assert r.exit_code == 70
    one_line_error(r, words, "ZeroDivisionError", "DIAGNOSE_DEBUG=1")
    monkeypatch.setenv("DIAGNOSE_DEBUG", "1")  # on request, the traceback: the exception goes through
    assert isinstance(run("explain", MULTI, "--lang", lang).exception, ZeroDivisionError)
