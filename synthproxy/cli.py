"""The ``synthproxy`` command line: the notebooks' work, for scripts and clusters.

Each sub-command is a thin wrapper over package functions; ``--json`` output keys are stable.
Run ``synthproxy --help`` or ``synthproxy COMMAND --help``.

Errors are one line naming the file, parameter or preset at fault, never a traceback (``--debug``
shows one): exit code 2 for bad input and the errors a command expects (a refused store, a full disk while
generating), 1 for an error nobody expected (still one line).
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any


class CLIError(Exception):
    """An error to print as one line and exit 2 (bad input, missing synth...)."""


def _print_json(obj: Any) -> None:
    from synthproxy.io import _json_default

    print(json.dumps(obj, indent=1, default=_json_default))


def _settings(args: argparse.Namespace):
    """Render settings from the options; a value given is used as given (0 is refused, not replaced)."""
    from synthproxy.render import render_settings

    return render_settings(
        sample_rate=args.sample_rate, note=args.note, velocity=args.velocity, hold=args.hold, length=args.length
    )


def _add_render_options(p: argparse.ArgumentParser) -> None:
    g = p.add_argument_group("render settings (defaults: the study's)")
    g.add_argument("--sample-rate", type=int, help="Hz (default 44100, the audio model's rate)")
    g.add_argument("--note", type=int, help="MIDI note (default 60)")
    g.add_argument("--velocity", type=int, help="MIDI velocity (default 100)")
    g.add_argument("--hold", type=float, help="note hold, seconds")
    g.add_argument("--length", type=float, help="render length, seconds")


def _spec(name: str):
    from synthproxy.synths import SpecError, get_spec

    try:
        return get_spec(name)
    except KeyError as e:
        raise CLIError(e.args[0]) from e
    except SpecError as e:
        raise CLIError(str(e)) from e


def _engine(spec, settings):
    from synthproxy.synths import SynthUnavailable, open_engine

    try:
        return open_engine(spec, settings)
    except SynthUnavailable as e:
        raise CLIError(str(e)) from e


# ---------------------------------------------------------------------------------------------
def cmd_synths(args: argparse.Namespace) -> int:
    from synthproxy.synths import availability, names

    rows = [availability(n) for n in names()]
    if args.json:
        _print_json(
            [
                {
                    "name": r.name,
                    "available": r.available,
                    "reason": r.reason,
                    "parameters": r.parameters,
                    "used": r.used,
                }
                for r in rows
            ]
        )
        return 0
    print(f"{'synth':<12} {'available':<10} {'params':>6} {'used':>5}  reason")
    for r in rows:
        print(f"{r.name:<12} {'yes' if r.available else 'no':<10} {r.parameters:>6} {r.used:>5}  {r.reason}")
    return 0


def cmd_render(args: argparse.Namespace) -> int:
    from synthproxy.io import versions, write_json, write_wav
    from synthproxy.presets.handcrafted import read_banks
    from synthproxy.render import PresetRejected, render_preset, render_values, rms, sample_audible_preset
    from synthproxy.validate import check_int, check_output_file, check_seed

    spec = _spec(args.synth)
    settings = _settings(args)
    check_output_file(args.out)
    check_int("--index", args.index, 0)
    if args.random:
        check_seed(args.seed)
    engine = _engine(spec, settings)
    info: dict[str, Any] = {"synth": spec.name, "spec_hash": spec.hash, "render_settings": settings.to_dict()}
    if args.random:
        try:
            s = sample_audible_preset(engine, args.seed, args.index)
        except PresetRejected as e:
            raise CLIError(str(e)) from e
        preset, audio = s.preset, s.audio
        info.update(source="random", seed=args.seed, index=args.index, attempts=s.attempts)
    else:
        quiet = logging.getLogger("synthproxy.presets.handcrafted")
        level = quiet.level
        quiet.setLevel(logging.ERROR)  # the error below says it, once
        try:
            presets, errors = read_banks([args.bank], spec)
        finally:
            quiet.setLevel(level)
        if errors:
            raise CLIError(
                "; ".join(
                    e["reason"] if e["reason"].startswith(e["file"]) else f"{e['file']}: {e['reason']}" for e in errors
                )
            )
        if not 0 <= args.index < len(presets):
            raise CLIError(f"{args.bank}: no preset {args.index} (the bank holds {len(presets)})")
        bp = presets[args.index]
        if getattr(bp, "problems", ()):
            print(
                f"synthproxy render: warning: {args.bank} preset {args.index} {bp.name!r} is invalid "
                f"({'; '.join(bp.problems)}); `handcrafted` drops it; rendering its clipped values",
                file=sys.stderr,
            )
        preset = spec.from_values(bp.values)
        audio = render_values(engine, bp.values) if args.as_saved else render_preset(engine, preset)
        info.update(source="bank", bank=str(args.bank), index=args.index, name=bp.name, as_saved=args.as_saved)
    info.update(rms=rms(audio), preset=preset, parameters=[p.name for p in spec.used], versions=versions())
    write_wav(args.out, audio, settings.sample_rate)
    write_json(Path(args.out).with_suffix(".json"), info)
    if args.json:
        _print_json(
            {"out": str(args.out), "rms": info["rms"], "samples": len(audio), "sample_rate": settings.sample_rate}
        )
    else:
        print(f"wrote {args.out} ({len(audio) / settings.sample_rate:.2f} s, RMS {info['rms']:.4f}) and its .json")
    return 0


def cmd_handcrafted(args: argparse.Namespace) -> int:
    from synthproxy.generate_handcrafted import handcrafted_store
    from synthproxy.presets.split import SplitError
    from synthproxy.store import StoreError
    from synthproxy.synths import SynthUnavailable

    spec = _spec(args.synth)
    model = None if args.audio_model == "none" else _audio_model(args.audio_model)
    if model is not None and args.no_render:
        raise CLIError("--no-render needs --audio-model none (embeddings need renders)")
    if model is not None and args.sample_rate is None:
        args.sample_rate = model.sample_rate
    from synthproxy.validate import check_output_folder

    check_output_folder(args.out)
    if (args.input is None) == (args.split is None):
        raise CLIError("give either --input (bank files or folders) or --split (the shipped banks of a split)")
    if args.far_from is not None and args.split is not None:
        raise CLIError("--far-from is for --input banks from other sources; --split presets are already split")
    if args.split is not None:
        from synthproxy.presets.adapter import handcrafted_banks

        args.input = [str(f) for f in handcrafted_banks(spec, args.split)]
        if not args.input:
            raise CLIError(f"{spec.name}: no shipped banks for --split {args.split}")
    try:
        hc = handcrafted_store(
            spec,
            args.input,
            args.out,
            split=args.split,
            far_from=args.far_from,
            audio_model=model and model.name,
            settings=_settings(args),
            render=not args.no_render,
            progress=not args.json,
            workers=args.workers,
            scheduler=args.scheduler,
        )
    except (StoreError, SynthUnavailable, SplitError, ValueError) as e:
        raise CLIError(str(e)) from e
    r = hc.report()
    if args.json:
        _print_json(r)
    else:
        print(
            f"{spec.name}: read {r['read']}, kept {r['kept']}, removed {r['removed']}, "
            f"files with errors {len(r['errors'])}"
        )
        for err in r["errors"]:
            print(f"  error: {err['file']}: {err['reason']}")
        print(f"wrote {args.out}")
    if not r["kept"]:
        raise CLIError(f"no preset kept from {len(args.input)} input(s); see {args.out}/report.json")
    return 0


def _audio_model(name: str):
    from synthproxy import audio_models

    try:
        return audio_models.load(name)
    except KeyError as e:
        raise CLIError(str(e)) from e
    except (FileNotFoundError, RuntimeError) as e:
        raise CLIError(f"audio model {name!r}: {e}") from e


def _prior(args: argparse.Namespace, spec):
    """The bank-mix prior of ``--prior bank-mix`` (None for the random prior); its options need it."""
    from synthproxy.constants import BANK_MIX_JITTER, BANK_MIX_P_BANK, BANK_MIX_REDRAW
    from synthproxy.presets.bank_prior import bank_mix_prior, check_bank_mix
    from synthproxy.presets.split import SplitError

    given = [
        f for f, v in (("--p-bank", args.p_bank), ("--jitter", args.jitter), ("--redraw", args.redraw)) if v is not None
    ]
    if args.prior == "random":
        if given:
            raise CLIError(f"{', '.join(given)}: settings of --prior bank-mix, not of --prior random")
        return None
    p_bank, jitter, redraw = (
        BANK_MIX_P_BANK if args.p_bank is None else args.p_bank,
        BANK_MIX_JITTER if args.jitter is None else args.jitter,
        BANK_MIX_REDRAW if args.redraw is None else args.redraw,
    )
    try:
        check_bank_mix(p_bank, jitter, redraw)
        return bank_mix_prior(spec, p_bank, jitter, redraw)
    except (ValueError, SplitError, OSError) as e:
        raise CLIError(str(e)) from e


def cmd_generate(args: argparse.Namespace) -> int:
    from synthproxy.generate import generate
    from synthproxy.store import StoreError, verify
    from synthproxy.validate import check_int, check_output_folder, check_seed, check_workers

    if args.size <= 0:
        raise CLIError(f"--size must be a positive number of presets, got {args.size}")
    check_int("--chunk-size", args.chunk_size, 1)
    check_seed(args.seed)
    if args.scheduler is None:
        check_workers(args.workers, args.allow_oversubscribe)
    check_output_folder(args.out)
    spec = _spec(args.synth)
    prior = _prior(args, spec)
    _audio_model(args.audio_model)  # unknown names fail here, before any cluster starts
    try:
        rep = generate(
            spec,
            args.size,
            args.seed,
            args.split,
            args.out,
            audio_model=args.audio_model,
            workers=args.workers,
            scheduler=args.scheduler,
            keep_audio=args.keep_audio,
            chunk_size=args.chunk_size,
            progress=not args.json,
            allow_oversubscribe=args.allow_oversubscribe,
            prior=prior,
            reuse=args.reuse,
        )
    except (StoreError, ValueError, OSError) as e:
        raise CLIError(str(e)) from e
    v = verify(args.out)
    out = {
        "out": str(args.out),
        "n": v["n"],
        "ok": v["ok"],
        "complete": v["complete"],
        "digest": v["digest"],
        "chunks_written": rep.chunks_written,
        "chunks_skipped": rep.chunks_skipped,
        "chunks_reused": rep.reused,
        "failed": rep.failed,
        "seconds": round(rep.seconds, 2),
        "presets_per_s": round(rep.presets_per_s, 2),
        "rebuilt": rep.rebuilt,
        "prior": prior.settings() if prior is not None else {"name": "random"},
    }
    if not v["ok"]:
        out["problems"] = v["problems"]
    if args.json:
        _print_json(out)
    else:
        for r in rep.rebuilt:
            print(f"rebuilt chunk {r['chunk']}: {r['reason']}")
        print(
            f"{args.out}: {v['n']} presets ({rep.chunks_written} chunks written, {rep.chunks_skipped} already done, "
            f"{len(rep.rebuilt)} rebuilt), {out['presets_per_s']} presets/s, failed {len(rep.failed)}; "
            f"digest {v['digest'][:16]}..."
        )
        for p in v["problems"]:
            print(f"  problem: {p}")
    return 0 if v["ok"] else 1


def cmd_verify(args: argparse.Namespace) -> int:
    from synthproxy.store import StoreError, verify

    try:
        r = verify(args.store)
    except StoreError as e:
        raise CLIError(str(e)) from e
    if args.json:
        _print_json(r)
    else:
        print(
            f"{args.store}: {'ok' if r['ok'] else 'FAILED'}, {r['n']} presets, complete: {r['complete']}, "
            f"digest {r['digest']}"
        )
        for p in r["problems"]:
            print(f"  {p}")
    return 0 if r["ok"] else 1


def cmd_match(args: argparse.Namespace) -> int:
    from synthproxy.match import MatchError, find_checkpoint, match_target_file
    from synthproxy.synths import SynthUnavailable

    spec = _spec(args.synth)
    checkpoint = args.checkpoint or find_checkpoint(spec.name)
    if checkpoint is None:
        raise CLIError(f"no {spec.name} checkpoint found in checkpoints/; pass --checkpoint")
    try:
        given = dict(n=args.n, candidates=args.candidates, starts=args.starts, steps=args.steps)
        r = match_target_file(
            spec,
            args.target,
            checkpoint,
            args.out,
            banks=args.bank or [],
            use_default_bank=not args.no_default_bank,
            max_bank=args.max_bank,
            seed=args.seed,
            progress=not args.json,
            overwrite=args.overwrite,
            **{k: v for k, v in given.items() if v is not None},
        )
    except (MatchError, SynthUnavailable) as e:
        raise CLIError(str(e)) from e
    if args.json:
        _print_json(r)
    else:
        print(
            f"{r['synth']}: {len(r['presets'])} presets for {args.target} (bank of {r['bank']['size']}, "
            f"{r['renders']} renders, {r['seconds']:.1f} s) -> {args.out}"
        )
        for p, d in zip(r["presets"], r["distances"]):
            print(f"  {p['rank']:>2}. {d:.4f}  {p['origin']:<10} {p['source']}: {p['name']}")
        print(f"bank file: {r['files']['bank'] or '(none for this synth)'}; details: {r['files']['json']}")
    return 0


def cmd_evaluate(args: argparse.Namespace) -> int:
    from synthproxy.encoders.checkpoint import CheckpointError, DataMismatchError
    from synthproxy.evaluate import EvaluationError, evaluate_checkpoint
    from synthproxy.store import StoreError

    if args.pool < 1 or args.subsets < 1:
        raise CLIError(f"--pool and --subsets must be >= 1, got {args.pool} and {args.subsets}")
    if not args.dataset.is_dir():
        raise CLIError(f"{args.dataset}: no such dataset folder")
    try:
        r = evaluate_checkpoint(
            args.checkpoint,
            args.dataset,
            pool=args.pool,
            subsets=args.subsets,
            seed=args.seed,
            direction=args.direction,
        )
    except (FileNotFoundError, CheckpointError, DataMismatchError, EvaluationError, StoreError) as e:
        raise CLIError(str(e).splitlines()[0] if str(e) else type(e).__name__) from e
    if r["note"]:
        print(f"note: {r['note']}", file=sys.stderr if args.json else sys.stdout)
    if args.json:
        _print_json(r)
        return 0
    print(
        f"{r['checkpoint']} ({r['synth']} {r['arch']}-{r['size']}) "
        f"on {r['dataset']} ({r['test_set']}, {r['n']} presets)"
    )
    print(
        f"{r['direction']}, L1 distance, {r['subsets']} pool(s) of {r['pool']}, seed {r['seed']} "
        f"(random encoder: MRR {r['random_mrr']:.4f})"
    )
    for d, s in r["directions"].items():
        label = d.replace("_", " ")
        print(
            f"  {label:<16} MRR {s['mrr']:.4f} +- {s['mrr_std']:.4f}   recall@1 {s['recall_at_1']:.4f}   "
            f"recall@5 {s['recall_at_5']:.4f}   recall@10 {s['recall_at_10']:.4f}"
        )
        print(f"  {'':<16} top-k MRR " + "  ".join(f"k={k}: {v:.4f}" for k, v in s["mrr_at_k"].items()))
    print(f"  L1 error {r['l1']:.4f}   modality gap {r['modality_gap']:.4f}")
    return 0


def cmd_spec_dump(args: argparse.Namespace) -> int:
    from synthproxy.io import write_bytes
    from synthproxy.synths.plugin import spec_from_plugin
    from synthproxy.synths.spec import spec_to_toml

    path = Path(args.plugin)
    if not path.exists():
        raise CLIError(f"{path}: no such plugin file")
    name = args.name or path.stem.lower().replace(" ", "-")
    try:
        spec = spec_from_plugin(path, name)
    except Exception as e:  # noqa: BLE001 - plugin hosts raise anything
        raise CLIError(f"{path}: cannot read the plugin's parameters: {e}") from e
    text = spec_to_toml(
        spec,
        header=[
            f"Starting spec for {name}, dumped from {path.name} by `synthproxy spec-dump`.",
            "Check types (cat/bin), intervals, weights and excluded_patterns before use.",
        ],
    )
    if args.out:
        write_bytes(args.out, text.encode())
        print(f"wrote {args.out} ({len(spec['parameters'])} parameters)")
    else:
        sys.stdout.write(text)
    return 0


# ---------------------------------------------------------------------------------------------
def _add_dask_options(p: argparse.ArgumentParser) -> None:
    """``--workers`` and ``--scheduler``: where rendering and embedding run (generate, handcrafted)."""
    p.add_argument(
        "--workers",
        type=int,
        default=None,
        help="local Dask worker processes rendering and embedding (default: CPU cores)",
    )
    p.add_argument("--scheduler", default=None, help="address of an existing Dask scheduler instead of a local cluster")


def _add_synths(sub: Any) -> None:
    """The ``synths`` command's options."""
    p = sub.add_parser("synths", help="list synths: available here or not and why, parameter counts")
    p.add_argument(
        "--json", action="store_true", help="print a JSON list (keys: name, available, reason, parameters, used)"
    )
    p.set_defaults(func=cmd_synths)


def _add_render(sub: Any) -> None:
    """The ``render`` command's options."""
    p = sub.add_parser("render", help="render one preset (bank voice or random) to a WAV file")
    p.add_argument("--synth", required=True, help="synth name or spec file")
    src = p.add_mutually_exclusive_group(required=True)
    src.add_argument("--bank", type=Path, help="bank file (.syx, .amSynth.bank)")
    src.add_argument("--random", action="store_true", help="a random preset of the spec")
    p.add_argument(
        "--index", type=int, default=0, help="preset index in the bank, or in the random dataset (default 0)"
    )
    p.add_argument("--seed", type=int, default=0, help="dataset seed of --random (default 0)")
    p.add_argument("--as-saved", action="store_true", help="bank preset with all its values, not reduced to the spec")
    p.add_argument(
        "--out",
        type=Path,
        required=True,
        help="output .wav (a .json with the preset and settings is written beside it)",
    )
    p.add_argument("--json", action="store_true", help="print out, rms, samples, sample_rate as JSON")
    _add_render_options(p)
    p.set_defaults(func=cmd_render)


def _add_handcrafted(sub: Any) -> None:
    """The ``handcrafted`` command's options."""
    p = sub.add_parser(
        "handcrafted", help="clean hand-crafted banks: reduce to the spec, drop duplicates and silent presets"
    )
    p.add_argument("--synth", required=True, help="synth name or spec file")
    p.add_argument("--input", nargs="+", help="bank files or folders (searched recursively)")
    p.add_argument(
        "--split",
        choices=["train", "val", "test"],
        help="instead of --input: the shipped banks' presets of this split (near-copies of test presets left out)",
    )
    p.add_argument(
        "--far-from",
        choices=["train", "seen", "shipped"],
        help="with --input: leave out near-copies of the shipped presets of the training split (train), of the "
        "training and validation splits (seen) or of all of them (shipped), e.g. to test a proxy on other banks",
    )
    p.add_argument("--out", type=Path, required=True, help="output folder")
    p.add_argument("--audio-model", default="aisfx", help="audio model for the embeddings, or 'none' (default aisfx)")
    p.add_argument(
        "--no-render", action="store_true", help="skip the render filter (no silence check; needs --audio-model none)"
    )
    _add_dask_options(p)
    p.add_argument("--json", action="store_true", help="print kept, removed (counts by reason), errors as JSON")
    _add_render_options(p)
    p.set_defaults(func=cmd_handcrafted)


def _add_generate(sub: Any) -> None:
    """The ``generate`` command's options."""
    p = sub.add_parser("generate", help="generate (or resume) a random dataset: render, embed, store")
    p.add_argument("--synth", required=True, help="synth name or spec file")
    p.add_argument("--size", type=int, required=True, help="number of presets")
    p.add_argument("--seed", type=int, required=True, help="dataset seed (distinct per split)")
    p.add_argument("--split", required=True, choices=["train", "val", "test"])
    p.add_argument(
        "--out", type=Path, required=True, help="store folder (an existing store of the same dataset is resumed)"
    )
    p.add_argument("--audio-model", default="aisfx", help="audio model name (default aisfx)")
    _add_dask_options(p)
    p.add_argument("--keep-audio", action="store_true", help="also store the renders")
    p.add_argument("--chunk-size", type=int, default=256, help="presets per chunk (default 256)")
    p.add_argument(
        "--reuse",
        type=Path,
        help="a store of the same dataset at another size (same seed, settings, chunk size): copy its chunks first",
    )
    p.add_argument("--allow-oversubscribe", action="store_true", help="allow more --workers than CPU cores")
    _add_prior_options(p)
    p.add_argument(
        "--json", action="store_true", help="print out, n, ok, complete, digest, presets_per_s, prior, ... as JSON"
    )
    p.set_defaults(func=cmd_generate)


def _add_prior_options(p: argparse.ArgumentParser) -> None:
    """``--prior`` and the bank-mix settings (:mod:`synthproxy.presets.bank_prior`)."""
    from synthproxy.constants import BANK_MIX_JITTER, BANK_MIX_P_BANK, BANK_MIX_REDRAW, PRIORS

    p.add_argument(
        "--prior",
        choices=PRIORS,
        default="random",
        help="random: the spec's prior (default); bank-mix: also perturbed hand-crafted training presets",
    )
    p.add_argument(
        "--p-bank", type=float, default=None, help=f"bank-mix: share drawn from the banks (default {BANK_MIX_P_BANK})"
    )
    p.add_argument(
        "--jitter",
        type=float,
        default=None,
        help=f"bank-mix: std of the noise on numeric parameters, normalized units (default {BANK_MIX_JITTER})",
    )
    p.add_argument(
        "--redraw",
        type=float,
        default=None,
        help=f"bank-mix: probability a categorical or binary parameter is drawn afresh (default {BANK_MIX_REDRAW})",
    )


def _add_verify(sub: Any) -> None:
    """The ``verify`` command's options."""
    p = sub.add_parser("verify", help="check a store against its manifest")
    p.add_argument("store", type=Path)
    p.add_argument("--json", action="store_true", help="print ok, n, digest, complete, problems as JSON")
    p.set_defaults(func=cmd_verify)


def _add_match(sub: Any) -> None:
    """The ``match`` command's options."""
    p = sub.add_parser("match", help="find presets that sound like a target sound, through a trained proxy")
    p.add_argument("--synth", required=True, help="synth name or spec file")
    p.add_argument(
        "--target", type=Path, required=True, help="target sound (WAV, FLAC...; resampled, cut to the render length)"
    )
    p.add_argument(
        "--checkpoint",
        type=Path,
        help="the synth's proxy (default: checkpoints/<synth>_*_*.pt, else checkpoints/quick/)",
    )
    p.add_argument(
        "--out", type=Path, required=True, help="output folder: WAV files, a bank the synth loads, match.json"
    )
    p.add_argument("--bank", type=Path, action="append", help="store, bank file or folder also searched (repeatable)")
    p.add_argument(
        "--no-default-bank", action="store_true", help="search only --bank, not the synth's hand-crafted train banks"
    )
    p.add_argument("--n", type=int, help="presets written (default 5)")
    p.add_argument("--candidates", type=int, help="real renders of the verification (default 32)")
    p.add_argument("--starts", type=int, help="retrieved presets refined by gradient descent (default 8; 0: none)")
    p.add_argument("--steps", type=int, help="gradient steps of the refinement (default 200)")
    p.add_argument("--max-bank", type=int, help="search a random subset of at most N bank presets")
    p.add_argument("--seed", type=int, default=0, help="seed of --max-bank's subset (default 0)")
    p.add_argument(
        "--overwrite",
        action="store_true",
        help="write into a non-empty --out, replacing a previous match's files (only those)",
    )
    p.add_argument(
        "--json", action="store_true", help="print match.json (keys: distances, presets, files, renders, seconds, ...)"
    )
    p.set_defaults(func=cmd_match)


def _add_evaluate(sub: Any) -> None:
    """The ``evaluate`` command's options."""
    p = sub.add_parser("evaluate", help="score a trained encoder on a test set: MRR, recall@k, L1, modality gap")
    p.add_argument("--checkpoint", type=Path, required=True, help="checkpoint written by train")
    p.add_argument(
        "--dataset",
        type=Path,
        required=True,
        help="test store (random or hand-crafted) of the same spec and audio model",
    )
    p.add_argument(
        "--pool", type=int, default=4096, help="presets per retrieval pool (default 4096; the whole set if smaller)"
    )
    p.add_argument("--subsets", type=int, default=100, help="random pools, scores averaged (default 100)")
    p.add_argument("--seed", type=int, default=42, help="seed of the pool draws (default 42)")
    p.add_argument(
        "--direction",
        default="preset_to_audio",
        choices=["preset_to_audio", "audio_to_preset", "both"],
        help="preset embeddings query audio ones (default, the study's test), the reverse, or both",
    )
    p.add_argument(
        "--json",
        action="store_true",
        help="print mrr, mrr_std, mrr_at_k, recall_at_1/5/10, l1, modality_gap, "
        "n, pool, subsets, direction, checkpoint, dataset, note, ... as JSON",
    )
    p.set_defaults(func=cmd_evaluate)


def _add_spec_dump(sub: Any) -> None:
    """The ``spec-dump`` command's options."""
    p = sub.add_parser("spec-dump", help="write a starting spec for any plugin from its parameter list")
    p.add_argument("plugin", help="plugin file (.vst3, .so, .dll)")
    p.add_argument("--name", help="synth name (default: the file's stem)")
    p.add_argument("--out", type=Path, help="output .toml (default: stdout)")
    p.set_defaults(func=cmd_spec_dump)


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of the ``synthproxy`` command."""
    from synthproxy.cli_train import add_hpo, add_mix, add_train  # it imports this module's helpers

    parser = argparse.ArgumentParser(prog="synthproxy", description="Neural proxies for sound synthesizers.")
    parser.add_argument("-v", "--verbose", action="store_true", help="log progress details")
    parser.add_argument("--debug", action="store_true", help="show the Python traceback of an error")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    _add_synths(sub)
    _add_render(sub)
    _add_handcrafted(sub)
    _add_generate(sub)
    _add_verify(sub)
    add_train(sub)
    add_hpo(sub)
    add_mix(sub)
    _add_match(sub)
    _add_evaluate(sub)
    _add_spec_dump(sub)
    for p in sub.choices.values():  # --debug after the command too
        p.add_argument(
            "--debug", action="store_true", default=argparse.SUPPRESS, help="show the Python traceback of an error"
        )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``synthproxy`` console script; returns the exit code.

    A command's ``--threads N`` also sets ``OMP_NUM_THREADS`` (unless set) before torch loads: with
    ``torch.set_num_threads(1)`` alone, bfloat16 training on a busy 2-core Xeon ran 296 presets/s instead of 2,700.
    """
    args = build_parser().parse_args(argv)
    if getattr(args, "threads", None) and "torch" not in sys.modules:  # OpenMP teams that size (see main's docstring)
        os.environ.setdefault("OMP_NUM_THREADS", str(args.threads))
    logging.basicConfig(
        level=logging.INFO if args.verbose else logging.WARNING, format="%(levelname)s %(name)s: %(message)s"
    )
    from synthproxy.validate import InputError

    try:
        return int(args.func(args) or 0)
    except (CLIError, InputError) as e:
        if args.debug:
            raise
        print(f"synthproxy {args.command}: error: {_one_line(e)}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print(f"synthproxy {args.command}: interrupted; finished work on disk is intact", file=sys.stderr)
        return 130
    except Exception as e:  # noqa: BLE001 - the last line of defence: one line, never a traceback
        if args.debug:
            raise
        print(f"synthproxy {args.command}: error: {_describe(e)}", file=sys.stderr)
        return 1


def _one_line(e: BaseException) -> str:
    return " ".join(str(e).split("\n")).strip() or type(e).__name__


def _describe(e: BaseException) -> str:
    """One line for an error no command expected: a full disk names the file, others their type."""
    from synthproxy.io import DiskFullError, disk_full_error

    if isinstance(e, OSError):
        full = disk_full_error(e, e.filename or "?") if not isinstance(e, DiskFullError) else e
        if full is not None:
            return str(full)
        if e.filename:
            return f"{e.filename}: {e.strerror or _one_line(e)}"
    return f"unexpected {type(e).__name__}: {_one_line(e)} (run with --debug for the traceback)"


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
