import json

import numpy as np
import pytest

from synthproxy.store import StoreError, StoreWriter, open_store, verify


def header(**kw):
    h = {
        "kind": "random",
        "synth": "toy",
        "spec_hash": "abc",
        "render_settings": {"sample_rate": 44100},
        "audio_model": {"name": "mel", "weights_hash": None, "embedding_size": 4},
        "seed": 1,
        "split": "train",
        "size": 10,
        "chunk_size": 4,
    }
    h.update(kw)
    return h


def fill(folder, chunks, size=10, chunk=4, **kw):
    rng = np.random.default_rng(0)
    p, e = rng.random((size, 3), dtype=np.float32), rng.random((size, 4), dtype=np.float32)
    w = StoreWriter(folder, header(size=size, chunk_size=chunk, **kw))
    for i in chunks:
        w.write_chunk(i, {"presets": p[i * chunk : (i + 1) * chunk], "embeddings": e[i * chunk : (i + 1) * chunk]})
    return w, p, e


def test_write_read_verify(tmp_path):
    w, p, e = fill(tmp_path / "s", [2, 0, 1])
    w.update(complete=True)
    s = open_store(tmp_path / "s")
    assert len(s) == 10 and s.chunks == [0, 1, 2]
    assert np.array_equal(s.load("presets"), p) and np.array_equal(s.load("embeddings"), e)
    r = verify(tmp_path / "s")
    assert r["ok"] and r["complete"] and r["n"] == 10


def test_digest_independent_of_chunking(tmp_path):
    fill(tmp_path / "a", [0, 1, 2], chunk=4)
    fill(tmp_path / "b", range(5), chunk=2)
    assert verify(tmp_path / "a")["digest"] == verify(tmp_path / "b")["digest"]


def test_resume_keeps_done_chunks(tmp_path):
    fill(tmp_path / "s", [0])
    w = StoreWriter(tmp_path / "s", header())
    assert w.done == {0}


def test_refuses_other_dataset_and_foreign_folder(tmp_path):
    fill(tmp_path / "s", [0])
    with pytest.raises(StoreError, match="different dataset.*seed"):
        StoreWriter(tmp_path / "s", header(seed=2))
    (tmp_path / "junk").mkdir()
    (tmp_path / "junk" / "notes.txt").write_text("mine")
    with pytest.raises(StoreError, match="not empty"):
        StoreWriter(tmp_path / "junk", header())


def test_embeddings_of_another_precision_are_never_mixed_in(tmp_path):
    """A store begun with bfloat16 embeddings (an AMX machine) is not resumed with Winograd ones (AVX2), nor the
    reverse."""
    model = {"name": "aisfx", "weights_hash": "w", "embedding_size": 4, "settings": {"precision": "bfloat16"}}
    fill(tmp_path / "s", [0], audio_model=model)
    other = {**model, "settings": {"precision": "winograd"}}
    with pytest.raises(StoreError, match="different dataset.*audio_model"):
        StoreWriter(tmp_path / "s", header(audio_model=other))
    assert StoreWriter(tmp_path / "s", header(audio_model=model)).done == {0}


def test_verify_names_corrupted_chunk(tmp_path):
    fill(tmp_path / "s", [0, 1, 2])
    path = tmp_path / "s" / "embeddings" / "000001.npy"
    raw = bytearray(path.read_bytes())
    raw[-3] ^= 0xFF
    path.write_bytes(bytes(raw))
    r = verify(tmp_path / "s")
    assert not r["ok"] and any("embeddings/000001.npy" in x and "checksum" in x for x in r["problems"])


def test_no_temp_files_left(tmp_path):
    fill(tmp_path / "s", [0, 1])
    leftovers = [f for f in (tmp_path / "s").rglob("*") if f.name.startswith(".") and f.name != ".synthproxy.lock"]
    assert leftovers == []
    json.loads((tmp_path / "s" / "manifest.json").read_text())
