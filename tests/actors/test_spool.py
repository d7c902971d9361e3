"""Spool: append/read, group commit, watermark and segment deletion, reopen, forget, gauges,
torn tails and corruption at recovery, injected write and fsync errors.

Pure file I/O through anyio, so both backends run it."""

from __future__ import annotations

import errno
import logging
from pathlib import Path

import anyio
import pytest

from actors.spool import Spool, SpoolClosed, SpoolCorrupt, SpoolWriteError
from actors.spool._frame import FRAME_HEADER_SIZE
from actors.spool._segment import SEGMENT_HEADER_SIZE, scan_segment
from actors.spool.testing import FaultyFileOps, Op
from runtime.testing import ManualClock

pytestmark = pytest.mark.anyio


def segments(directory: Path) -> list[Path]:
    return sorted(directory.glob("*.seg"))


def frames_in(directory: Path) -> list[tuple[int, int]]:
    """(first_seq, count) of every frame on disk, segment by segment in name order."""
    return [(f.first_seq, len(f.records)) for path in segments(directory)
            for f in scan_segment(path).frames]


async def reopen(spool: Spool, **kwargs: object) -> Spool:
    await spool.aclose()
    return await Spool.open(spool.directory, **kwargs)  # type: ignore[arg-type]


# -- append and read ---------------------------------------------------------------------


async def test_appends_get_consecutive_seqs_and_read_returns_them(tmp_path: Path) -> None:
    spool = await Spool.open(tmp_path)
    assert await spool.append(b"one") == 1
    assert await spool.append_many([b"two", b"", b"four"]) == [2, 3, 4]
    assert spool.read(0, 10) == [(1, b"one"), (2, b"two"), (3, b""), (4, b"four")]
    assert spool.read(2, 1) == [(3, b"")]
    assert spool.read(4, 10) == []
    assert spool.last_seq == 4
    await spool.aclose()


async def test_records_survive_reopen(tmp_path: Path) -> None:
    spool = await Spool.open(tmp_path)
    await spool.append_many([b"a", "б".encode()])
    await spool.append(bytes(range(256)))
    spool = await reopen(spool)
    assert spool.read(0, 10) == [(1, b"a"), (2, "б".encode()), (3, bytes(range(256)))]
    assert await spool.append(b"next") == 4
    await spool.aclose()


async def test_concurrent_appends_share_one_fsync_per_batch(tmp_path: Path) -> None:
    ops = FaultyFileOps()
    spool = await Spool.open(tmp_path, file_ops=ops)
    seqs: list[int] = []

    async def writer(i: int) -> None:
        seqs.append(await spool.append(b"r%d" % i))

    async with anyio.create_task_group() as tg:
        for i in range(50):
            tg.start_soon(writer, i)
    assert sorted(seqs) == list(range(1, 51))
    assert len(frames_in(tmp_path)) < 10  # one frame per batch, not per record
    assert ops.calls["fdatasync"] <= len(frames_in(tmp_path)) + 1  # + the segment header
    await spool.aclose()


async def test_append_many_writes_one_frame(tmp_path: Path) -> None:
    spool = await Spool.open(tmp_path)
    await spool.append_many([b"x"] * 10)
    assert frames_in(tmp_path) == [(1, 10)]
    await spool.aclose()


async def test_append_many_beyond_the_batch_caps_is_split(tmp_path: Path) -> None:
    spool = await Spool.open(tmp_path, max_batch_records=3, fsync=False)
    assert await spool.append_many([b"%d" % i for i in range(7)]) == list(range(1, 8))
    assert frames_in(tmp_path) == [(1, 3), (4, 3), (7, 1)]
    assert [r for _, r in spool.read(0, 10)] == [b"%d" % i for i in range(7)]
    await spool.aclose()


async def test_batch_bytes_cap_bounds_a_frame(tmp_path: Path) -> None:
    spool = await Spool.open(tmp_path, max_batch_bytes=10, fsync=False)
    await spool.append_many([b"12345", b"12345", b"1", b"12345678901"])
    assert frames_in(tmp_path) == [(1, 2), (3, 1), (4, 1)]
    await spool.aclose()


# -- watermark and segments ---------------------------------------------------------------


async def test_watermark_hides_drained_records_and_persists(tmp_path: Path) -> None:
    spool = await Spool.open(tmp_path)
    await spool.append_many([b"a", b"b", b"c"])
    await spool.advance_watermark(2)
    assert spool.read(0, 10) == [(3, b"c")]
    assert spool.depth == 1
    await spool.advance_watermark(1)  # going back is a no-op
    assert spool.watermark == 2
    spool = await reopen(spool)
    assert spool.watermark == 2
    assert spool.read(0, 10) == [(3, b"c")]
    assert spool.depth == 1
    await spool.aclose()


async def test_watermark_above_the_last_seq_is_refused(tmp_path: Path) -> None:
    spool = await Spool.open(tmp_path, fsync=False)
    await spool.append(b"a")
    with pytest.raises(ValueError):
        await spool.advance_watermark(2)
    await spool.aclose()


async def test_segments_roll_and_drained_ones_are_deleted(tmp_path: Path) -> None:
    spool = await Spool.open(tmp_path, segment_bytes=200, fsync=False)
    for i in range(20):
        await spool.append(b"%02d" % i + b"." * 40)
    assert len(segments(tmp_path)) > 3
    await spool.advance_watermark(10)
    remaining = segments(tmp_path)
    assert all(scan_segment(p).frames[-1].last_seq > 10 for p in remaining)
    assert [seq for seq, _ in spool.read(0, 100)] == list(range(11, 21))
    await spool.advance_watermark(20)
    assert len(segments(tmp_path)) == 1  # only the active segment is kept
    spool = await reopen(spool, fsync=False)
    assert segments(tmp_path) == []  # fully drained, closed: deleted at open
    assert await spool.append(b"after") == 21
    await spool.aclose()


async def test_seqs_continue_after_every_segment_was_deleted(tmp_path: Path) -> None:
    spool = await Spool.open(tmp_path)
    await spool.append_many([b"a", b"b"])
    await spool.advance_watermark(2)
    spool = await reopen(spool)
    spool = await reopen(spool)
    assert await spool.append(b"c") == 3
    spool = await reopen(spool)
    assert spool.read(0, 10) == [(3, b"c")]
    await spool.aclose()


# -- forget --------------------------------------------------------------------------------


async def test_forget_erases_undrained_records_durably(tmp_path: Path) -> None:
    spool = await Spool.open(tmp_path)
    await spool.append_many([b"fam1:a", b"fam2:b", b"fam1:c", b"fam2:d"])
    await spool.advance_watermark(1)
    assert await spool.forget(lambda r: r.startswith(b"fam1:")) == 1  # 1 is drained
    assert spool.read(0, 10) == [(2, b"fam2:b"), (4, b"fam2:d")]
    assert spool.depth == 2
    assert spool.last_seq == 5  # the tombstone took a seq
    spool = await reopen(spool)
    assert spool.read(0, 10) == [(2, b"fam2:b"), (4, b"fam2:d")]
    assert spool.depth == 2
    assert await spool.forget(lambda r: False) == 0
    await spool.aclose()


async def test_watermark_passes_erased_records_and_tombstones(tmp_path: Path) -> None:
    spool = await Spool.open(tmp_path, segment_bytes=1, fsync=False)  # a segment per frame
    await spool.append_many([b"keep", b"drop"])
    await spool.forget(lambda r: r == b"drop")
    await spool.advance_watermark(1)  # what a drainer does after reading [(1, b"keep")]
    assert spool.watermark == 3
    assert spool.depth == 0
    assert len(segments(tmp_path)) == 1  # the active one, holding the tombstone
    await spool.aclose()


async def test_forget_rolls_back_when_the_tombstone_cannot_be_written(
        tmp_path: Path) -> None:
    ops = FaultyFileOps()
    spool = await Spool.open(tmp_path, file_ops=ops)
    await spool.append_many([b"a", b"b"])
    ops.fail("write", times=2)
    with pytest.raises(SpoolWriteError):
        await spool.forget(lambda r: r == b"a")
    assert spool.read(0, 10) == [(1, b"a"), (2, b"b")]
    assert spool.depth == 2
    await spool.aclose()


async def test_forget_propagates_a_failing_predicate_and_erases_nothing(
        tmp_path: Path) -> None:
    spool = await Spool.open(tmp_path, fsync=False)
    await spool.append(b"a")

    def broken(record: bytes) -> bool:
        raise KeyError(record)

    with pytest.raises(KeyError):
        await spool.forget(broken)
    assert spool.read(0, 10) == [(1, b"a")]
    await spool.aclose()


# -- gauges and lifecycle -------------------------------------------------------------------


async def test_gauges_follow_appends_and_drains(tmp_path: Path) -> None:
    clock = ManualClock(1000.0)
    spool = await Spool.open(tmp_path, clock=clock, fsync=False)
    assert (spool.depth, spool.oldest_age, spool.last_seq, spool.watermark) == (0, 0.0, 0, 0)
    await spool.append(b"old")
    clock.advance(30)
    await spool.append(b"new")
    clock.advance(5)
    assert spool.depth == 2
    assert spool.oldest_age == 35
    await spool.advance_watermark(1)
    assert spool.oldest_age == 5
    await spool.advance_watermark(2)
    assert (spool.depth, spool.oldest_age) == (0, 0.0)
    assert spool.free_bytes > 0
    assert spool.healthy
    await spool.aclose()


async def test_closed_spool_refuses_writes_but_answers_reads(tmp_path: Path) -> None:
    spool = await Spool.open(tmp_path, fsync=False)
    await spool.append(b"a")
    await spool.aclose()
    await spool.aclose()
    with pytest.raises(SpoolClosed):
        await spool.append(b"b")
    with pytest.raises(SpoolClosed):
        await spool.advance_watermark(1)
    assert spool.read(0, 1) == [(1, b"a")]


async def test_async_with_closes_the_spool(tmp_path: Path) -> None:
    async with await Spool.open(tmp_path) as spool:
        await spool.append(b"a")
    with pytest.raises(SpoolClosed):
        await spool.append(b"b")


async def test_a_cancelled_append_is_written_by_the_next_leader_or_aclose(
        tmp_path: Path) -> None:
    spool = await Spool.open(tmp_path)
    async with anyio.create_task_group() as tg:
        tg.start_soon(spool.append, b"leader")  # leads: its fsync runs in a thread
        with anyio.CancelScope() as scope:
            scope.cancel()  # this one waits for the next batch and gives up
            await spool.append(b"cancelled")
    await spool.aclose()
    spool = await Spool.open(tmp_path)
    assert sorted(r for _, r in spool.read(0, 10)) == [b"cancelled", b"leader"]
    await spool.aclose()


# -- recovery ---------------------------------------------------------------------------------


async def test_torn_last_frame_is_truncated_with_a_warning(
        tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    spool = await Spool.open(tmp_path)
    await spool.append_many([b"a", b"b"])
    await spool.append_many([b"c", b"d"])
    await spool.aclose()
    [path] = segments(tmp_path)
    size = path.stat().st_size
    with path.open("r+b") as f:
        f.truncate(size - 3)
    caplog.set_level(logging.WARNING, "actors.spool")
    spool = await Spool.open(tmp_path)
    assert spool.read(0, 10) == [(1, b"a"), (2, b"b")]
    assert "torn tail" in caplog.text
    assert path.stat().st_size == SEGMENT_HEADER_SIZE + FRAME_HEADER_SIZE + 2 * 5
    assert await spool.append(b"e") == 3
    await spool.aclose()


async def test_every_cut_inside_the_last_frame_recovers_the_prefix(tmp_path: Path) -> None:
    source = tmp_path / "source"
    spool = await Spool.open(source, fsync=False)
    await spool.append_many([b"first", b"second"])
    await spool.append_many([b"third", b"fourth!"])
    await spool.aclose()
    [path] = segments(source)
    data = path.read_bytes()
    last_frame = SEGMENT_HEADER_SIZE + FRAME_HEADER_SIZE + 4 + 5 + 4 + 6
    for cut in range(last_frame, len(data)):
        directory = tmp_path / f"cut{cut}"
        directory.mkdir()
        (directory / path.name).write_bytes(data[:cut])
        spool = await Spool.open(directory, fsync=False)
        assert spool.read(0, 10) == [(1, b"first"), (2, b"second")], cut
        await spool.aclose()


async def test_bad_frame_before_a_valid_one_is_quarantined(
        tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    spool = await Spool.open(tmp_path)
    await spool.append(b"acknowledged")
    await spool.append(b"later")
    await spool.aclose()
    [path] = segments(tmp_path)
    data = bytearray(path.read_bytes())
    data[SEGMENT_HEADER_SIZE + FRAME_HEADER_SIZE + 5] ^= 0x01
    path.write_bytes(bytes(data))
    with pytest.raises(SpoolCorrupt) as caught:
        await Spool.open(tmp_path)
    assert "SPOOL CORRUPT" in caplog.text
    assert caught.value.quarantined == path.with_name(path.name + ".corrupt")
    assert caught.value.quarantined.exists()
    assert segments(tmp_path) == []
    with pytest.raises(SpoolCorrupt, match="quarantined"):  # refuses until an operator acts
        await Spool.open(tmp_path)


async def test_missing_segment_is_corruption(tmp_path: Path) -> None:
    spool = await Spool.open(tmp_path, segment_bytes=1, fsync=False)
    for record in (b"a", b"b", b"c"):
        await spool.append(record)
    await spool.aclose()
    middle = [p for p in segments(tmp_path) if scan_segment(p).frames[0].first_seq == 2]
    middle[0].unlink()
    with pytest.raises(SpoolCorrupt, match="missing"):
        await Spool.open(tmp_path)


async def test_bad_last_frame_of_a_rolled_segment_is_corruption(tmp_path: Path) -> None:
    spool = await Spool.open(tmp_path, segment_bytes=1, fsync=False)
    await spool.append(b"a")
    await spool.append(b"b")
    await spool.aclose()
    first = next(p for p in segments(tmp_path) if scan_segment(p).frames[0].first_seq == 1)
    data = bytearray(first.read_bytes())
    data[-1] ^= 0x80
    first.write_bytes(bytes(data))
    with pytest.raises(SpoolCorrupt) as caught:
        await Spool.open(tmp_path)
    assert caught.value.segment == first
    assert first.with_name(first.name + ".corrupt").exists()


async def test_segment_torn_while_being_created_is_deleted(tmp_path: Path) -> None:
    spool = await Spool.open(tmp_path)
    await spool.append(b"a")
    await spool.aclose()
    (tmp_path / ("f" * 16 + "-" + "0" * 15 + "2.seg")).write_bytes(b"FES")
    spool = await Spool.open(tmp_path)
    assert spool.read(0, 10) == [(1, b"a")]
    assert len(segments(tmp_path)) == 1
    await spool.aclose()


# -- injected write and fsync errors -----------------------------------------------------------


@pytest.mark.parametrize(("op", "partial"), [("write", False), ("write", True),
                                             ("fdatasync", False)])
async def test_one_failed_write_is_retried_on_a_fresh_segment(
        tmp_path: Path, op: Op, partial: bool) -> None:
    ops = FaultyFileOps()
    spool = await Spool.open(tmp_path, file_ops=ops)
    await spool.append(b"before")
    ops.fail(op, errno.EIO, partial=partial)
    assert await spool.append(b"retried") == 2
    assert spool.healthy
    assert len(segments(tmp_path)) == 2
    spool = await reopen(spool)
    assert spool.read(0, 10) == [(1, b"before"), (2, b"retried")]
    await spool.aclose()


@pytest.mark.parametrize(("faults", "partial"), [
    (["write", "write"], False), (["write", "write"], True), (["fdatasync", "fdatasync"], False),
    (["write", "create"], False), (["fdatasync", "fsync_dir"], False),
])
async def test_a_batch_failing_twice_acknowledges_nobody(
        tmp_path: Path, faults: list[Op], partial: bool) -> None:
    ops = FaultyFileOps()
    spool = await Spool.open(tmp_path, file_ops=ops)
    await spool.append(b"before")
    for op in faults:
        ops.fail(op, errno.ENOSPC, times=faults.count(op), partial=partial)
    with pytest.raises(SpoolWriteError) as caught:
        await spool.append_many([b"lost0", b"lost1", b"lost2"])  # one batch
    assert isinstance(caught.value.__cause__, OSError)
    assert caught.value.__cause__.errno == errno.ENOSPC
    assert not spool.healthy
    assert spool.read(0, 10) == [(1, b"before")]
    assert await spool.append(b"after") == 2
    assert spool.healthy
    spool = await reopen(spool)
    assert spool.read(0, 10) == [(1, b"before"), (2, b"after")]
    await spool.aclose()


async def test_watermark_write_failure_keeps_the_old_watermark(tmp_path: Path) -> None:
    ops = FaultyFileOps()
    spool = await Spool.open(tmp_path, file_ops=ops)
    await spool.append_many([b"a", b"b"])
    ops.fail("rename")
    with pytest.raises(SpoolWriteError):
        await spool.advance_watermark(1)
    assert spool.watermark == 0
    assert spool.read(0, 10) == [(1, b"a"), (2, b"b")]
    await spool.advance_watermark(1)
    spool = await reopen(spool)
    assert spool.read(0, 10) == [(2, b"b")]
    await spool.aclose()
