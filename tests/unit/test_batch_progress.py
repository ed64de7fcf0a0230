import io
import time

from cleanarticle.batch.progress import Progress, Tally
from cleanarticle.batch.sources import SourceOptions, count_pages


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_the_bar_gets_the_total_once_counted_less_what_a_resume_skips():
    stream = Terminal()
    progress = Progress(Tally(), stream=stream, count=lambda stop: 40, already_done=10)
    deadline = time.monotonic() + 5
    while not progress._total and time.monotonic() < deadline:
        time.sleep(0.01)
    progress.update()
    progress.update()
    progress.close()
    assert "2/30" in stream.getvalue()  # a total, so tqdm shows n/total and an ETA


def test_no_bar_when_the_records_go_to_the_same_terminal():
    stream = Terminal()
    progress = Progress(Tally(), stream=stream, lines_to_terminal=True)
    progress.update()
    progress.close()
    assert stream.getvalue() == ""


def test_count_pages_counts_files_jsonl_lines_and_nothing_for_stdin(tmp_path):
    (tmp_path / "a.html").write_text("<p>a</p>")
    (tmp_path / "b.txt").write_text("b")
    (tmp_path / "p.jsonl").write_text('{"html": "x"}\n\n{"html": "y"}\n{"html": "z"}\n')
    args = [str(tmp_path), str(tmp_path / "a.html")]  # a.html twice: read once
    assert count_pages(args, SourceOptions()) == 5
    assert count_pages(["-"], SourceOptions()) is None
