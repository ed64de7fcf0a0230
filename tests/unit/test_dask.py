import json

import pytest

from cleanarticle.cli import main

PAGE = ("<html><head><title>{0}</title></head><body><article><h1>{0}</h1>"
        "<p>The regional rail line will run every fifteen minutes from the first of June.</p>"
        "<p>Commuters welcomed the change, which ends years of hourly service. {0}.</p>"
        "</article></body></html>")


def test_clean_partition_handles_strings_dicts_and_bad_items():
    from cleanarticle.dask import clean_partition

    records = clean_partition([
        PAGE.format("Rail one"),
        {"id": "r2", "html": PAGE.format("Rail two"), "url": "https://e.org/2"},
        {"id": "r3", "text": "Rail three\n\nThe regional rail line will run every fifteen "
                             "minutes from the first of June, the operator said today."},
        {"id": "r4"},
        "",
        42,
        {"id": "r7", "html": PAGE.format("Rail seven").encode("cp1252")},
    ])
    assert len(records) == 7
    assert "every fifteen minutes" in records[0]["text"] and records[0]["error"] is None
    assert records[1]["id"] == "r2" and records[1]["url"] == "https://e.org/2"
    assert records[2]["error"] is None and "fifteen minutes" in records[2]["text"]
    assert records[3]["error"] is not None
    assert records[4]["error"] == "empty input"
    assert records[5]["error"] == "unsupported page type: int"
    # a dict's page may be bytes, as a bag built in memory holds them
    assert records[6]["error"] is None and records[6]["title"] == "Rail seven"


def test_clean_bag_maps_partitions():
    pytest.importorskip("dask.bag")
    import dask.bag as db

    from cleanarticle.dask import clean_bag

    pages = [{"id": str(i), "html": PAGE.format(f"Story {i}")} for i in range(6)]
    records = clean_bag(db.from_sequence(pages, npartitions=3)).compute(scheduler="sync")
    assert [r["id"] for r in records] == [str(i) for i in range(6)]
    assert all(f"Story {i}" in r["text"] for i, r in enumerate(records))


def test_partition_timeout_is_recorded(monkeypatch):
    import time

    import cleanarticle
    from cleanarticle.dask import clean_partition

    monkeypatch.setattr(cleanarticle, "clean", lambda *a, **k: time.sleep(2))
    (record,) = clean_partition([PAGE.format("Slow")], timeout=0.2)
    assert record["error"] == "timeout after 0.2s"


def test_batch_on_a_local_cluster_equals_the_local_run(tmp_path):
    distributed = pytest.importorskip("distributed")
    folder = tmp_path / "pages"
    folder.mkdir()
    for i in range(8):
        (folder / f"p{i}.html").write_text(PAGE.format(f"Line {i}"))
    (folder / "empty.html").write_bytes(b"")
    (folder / "blob.html").write_bytes(bytes(range(256)) * 8)
    local = tmp_path / "local.jsonl"
    assert main(["batch", str(folder), "-o", str(local), "-q", "-j", "2"]) == 0
    with distributed.LocalCluster(n_workers=2, processes=True, threads_per_worker=1,
                                  dashboard_address=None) as cluster:
        remote = tmp_path / "remote.jsonl"
        status = main(["batch", str(folder), "-o", str(remote), "-q",
                       "--dask-scheduler", cluster.scheduler_address])
    assert status == 0

    def records(path):
        return sorted((json.loads(line) for line in path.read_text().splitlines()),
                      key=lambda r: r["source"])

    assert len(records(local)) == 10
    assert records(remote) == records(local)


def test_unreachable_scheduler_gives_a_message_and_exit_1(tmp_path, capsys):
    dask = pytest.importorskip("dask")
    pytest.importorskip("distributed")
    (tmp_path / "p.html").write_text(PAGE.format("Any"))
    with dask.config.set({"distributed.comm.timeouts.connect": "1s"}):
        status = main(["batch", str(tmp_path), "-o", str(tmp_path / "o.jsonl"), "-q",
                       "--dask-scheduler", "tcp://127.0.0.1:9"])
    assert status == 1
    assert "cannot reach the Dask scheduler" in capsys.readouterr().err


def test_missing_dask_gives_an_install_hint(monkeypatch):
    import sys

    from cleanarticle import dask as ca_dask

    monkeypatch.setitem(sys.modules, "distributed", None)
    monkeypatch.setitem(sys.modules, "dask.bag", None)
    with pytest.raises(ImportError, match=r"cleanarticle\[dask\]"):
        list(ca_dask.clean_on_cluster([], "tcp://127.0.0.1:9"))
    with pytest.raises(ImportError, match=r"cleanarticle\[dask\]"):
        ca_dask.clean_bag(object())


def test_clean_partition_applies_user_rules():
    from cleanarticle import Rules
    from cleanarticle.dask import clean_partition

    page = ("<html><body><article><p>" + "The library reopened its reading room after a long "
            "renovation, with new lights and chairs. " * 5 + "</p><div class='promo-x'><p>Join "
            "the Friends of the Library today and get a tote bag with your first donation.</p>"
            "</div></article></body></html>")
    [plain] = clean_partition([page])
    [ruled] = clean_partition([page], rules=Rules(prune=(".promo-x",)))
    assert "tote bag" in plain["text"] and "tote bag" not in ruled["text"]
