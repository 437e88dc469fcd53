"""The ``train``, ``hpo`` and ``mix`` commands of the ``synthproxy`` CLI (see :func:`synthproxy.cli.build_parser`).

Shown in use in ``book/how_to_run.md``.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from synthproxy.cli import CLIError, _print_json, _spec

__all__ = ["add_train", "add_hpo", "add_mix", "cmd_train", "cmd_hpo", "cmd_mix"]


def _overrides(items: Sequence[str] | None) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for item in items or []:
        key, sep, value = item.partition("=")
        if not sep or not key:
            raise CLIError(f"--override takes KEY=VALUE, got {item!r}")
        try:
            out[key] = json.loads(value)
        except ValueError:
            out[key] = value
    return out


def cmd_train(args: argparse.Namespace) -> int:
    import os

    from synthproxy.encoders.checkpoint import checkpoint_path
    from synthproxy.train import TrainConfig, TrainError, train

    spec = _spec(args.synth)
    try:
        given = dict(
            epochs=args.epochs,
            batch_size=args.batch_size,
            seed=args.seed,
            max_train=args.max_train,
            max_val=args.max_val,
            lr=args.lr,
            threads=args.threads,
            weight_decay=args.weight_decay,
            contrastive=args.contrastive,
            temperature=args.temperature,
            val_direction=args.val_direction,
            init=str(args.init) if args.init is not None else None,
        )
        tuned = _tuned(args)
        cfg = TrainConfig(
            arch=args.arch,
            size=args.size,
            device=args.device,
            num_workers=args.workers,
            precision="bf16" if args.bf16 else "float32",
            compile=args.compile,
            overrides={**tuned.pop("overrides", {}), **_overrides(args.override)},
            **{**tuned, **{k: v for k, v in given.items() if v is not None}},
        )
        out = args.out or checkpoint_path(spec.name, args.arch, args.size)
        result = train(
            args.train,
            args.val,
            out,
            cfg,
            spec=spec,
            progress=not args.json,
            resume=not args.restart,
            stop_after=args.stop_after,
        )
    except (TrainError, ValueError) as e:
        raise CLIError(str(e)) from e
    if os.environ.get("RANK", "0") == "0":
        if args.json:
            _print_json(result.to_dict())
        else:
            best = result.best or {}
            print(
                f"{out}: {result.steps}/{result.total_steps} steps, "
                f"best val MRR {best.get('val_mrr', float('nan')):.4f} "
                f"(step {best.get('step')}), {result.seconds:.0f} s"
            )
    return 0


def _tuned(args: argparse.Namespace) -> dict[str, Any]:
    """``train --hpo``'s settings (none without it); refused when the search tuned another encoder."""
    if args.hpo is None:
        return {}
    from synthproxy.hpo import config_from_hpo

    cfg = config_from_hpo(args.hpo)
    if (cfg.pop("arch"), cfg.pop("size")) != (args.arch, args.size):
        raise CLIError(f"--hpo {args.hpo}: a search for another --arch/--size than {args.arch} {args.size}")
    return cfg


def cmd_hpo(args: argparse.Namespace) -> int:
    from synthproxy.hpo import HpoSettings, run_hpo
    from synthproxy.lock import FolderLocked
    from synthproxy.train import TrainError

    settings = HpoSettings(
        arch=args.arch,
        size=args.size,
        stage=args.stage,
        trials=args.trials,
        startup=args.startup if args.startup is not None else min(16, args.trials),
        epochs=args.epochs,
        max_train=args.max_train,
        max_val=args.max_val,
        contrastive=args.contrastive,
        batch_size=args.batch_size,
        seed=args.seed,
        threads=args.threads,
        precision="bf16" if args.bf16 else "float32",
    )
    try:
        best = run_hpo(args.train, args.val, args.out, settings, progress=not args.json)
    except (TrainError, FolderLocked, ValueError) as e:
        raise CLIError(str(e)) from e
    if args.json:
        _print_json(
            {k: best[k] for k in ("arch", "size", "stage", "best_trial", "val_mrr", "params", "trials", "minutes")}
        )
    else:
        print(
            f"{args.out}: best of {best['trials']} trials: val MRR {best['val_mrr']:.4f} (trial {best['best_trial']})"
        )
        print(f"train with it: synthproxy train ... --hpo {Path(args.out) / 'best.json'}")
    return 0


def add_train(sub: Any) -> None:
    """The ``train`` command's options."""
    p = sub.add_parser("train", help="train a preset encoder (resumes an interrupted run)")
    p.add_argument("--synth", required=True, help="synth name or spec file (the stores must match it)")
    p.add_argument("--arch", required=True, help="mlp, highway, resnet, highway_tokens, gru or transformer")
    p.add_argument("--train", type=Path, required=True, help="training store")
    p.add_argument("--val", type=Path, required=True, help="validation store")
    p.add_argument("--out", type=Path, help="checkpoint file (default checkpoints/<synth>_<arch>_<size>.pt)")
    p.add_argument("--size", default="b", help="s, b or l (default b)")
    p.add_argument("--epochs", type=int)
    p.add_argument("--batch-size", type=int)
    p.add_argument("--seed", type=int, help="training seed (default 42)")
    p.add_argument("--max-train", type=int, help="use only the first N training presets")
    p.add_argument("--max-val", type=int, help="use only the first N validation presets")
    p.add_argument("--lr", type=float)
    p.add_argument(
        "--hpo",
        type=Path,
        metavar="BEST_JSON",
        help="take lr, betas, eps, min_lr, batch size and encoder overrides from a search's best.json (flags win)",
    )
    p.add_argument(
        "--init",
        type=Path,
        help="start from this checkpoint's weights (fine-tuning; same --arch, --size and --override)",
    )
    p.add_argument("--weight-decay", type=float, help="AdamW decoupled weight decay (default 0)")
    p.add_argument("--contrastive", type=float, help="weight of the contrastive term added to the L1 loss (default 0)")
    p.add_argument("--temperature", type=float, help="temperature of the contrastive term (default 0.05)")
    p.add_argument(
        "--val-direction",
        choices=["audio_to_preset", "preset_to_audio"],
        help="retrieval direction of the validation MRR that picks the best checkpoint (default audio_to_preset)",
    )
    p.add_argument("--device", default="auto", help="auto (GPU when present), cpu, cuda, cuda:1 ...")
    p.add_argument("--workers", type=int, default=0, help="DataLoader workers (default 0)")
    p.add_argument("--threads", type=int, help="torch threads")
    p.add_argument("--bf16", action="store_true", help="bfloat16 autocast")
    p.add_argument("--compile", action="store_true", help="torch.compile the encoder")
    p.add_argument("--override", nargs="*", metavar="KEY=VALUE", help="encoder size overrides, e.g. hidden=256")
    p.add_argument("--restart", action="store_true", help="start over instead of resuming")
    p.add_argument("--stop-after", type=int, help="stop after this many steps (resumable)")
    p.add_argument("--json", action="store_true", help="print the run's result as JSON")
    p.set_defaults(func=cmd_train)


def add_hpo(sub: Any) -> None:
    """The ``hpo`` command's options."""
    p = sub.add_parser("hpo", help="search training hyper-parameters with Optuna (resumes an interrupted search)")
    p.add_argument("--synth", required=True, help="synth name or spec file (informative; the stores decide)")
    p.add_argument("--arch", required=True, help="mlp, highway, resnet, highway_tokens, gru or transformer")
    p.add_argument("--size", default="s", help="named size the search starts from (default s)")
    p.add_argument("--train", type=Path, required=True, help="training store")
    p.add_argument("--val", type=Path, required=True, help="validation store")
    p.add_argument("--out", type=Path, required=True, help="the search's folder (journal, trials.csv, best.json)")
    p.add_argument("--stage", choices=["opt", "all"], default="opt", help="optimizer only, or architecture too")
    p.add_argument("--trials", type=int, default=24, help="trials in all (default 24)")
    p.add_argument("--startup", type=int, help="quasi-random Sobol trials before TPE (default min(16, trials))")
    p.add_argument("--epochs", type=int, default=1, help="passes over the training subset per trial (default 1)")
    p.add_argument("--max-train", type=int, default=65536, help="training presets per trial (default 65,536)")
    p.add_argument("--max-val", type=int, default=4096, help="validation presets (default 4,096)")
    p.add_argument("--contrastive", type=float, default=0.0, help="contrastive weight (default 0: pure L1)")
    p.add_argument("--batch-size", type=int)
    p.add_argument("--seed", type=int, default=42)
    p.add_argument("--threads", type=int, help="torch threads per trial")
    p.add_argument("--bf16", action="store_true", help="bfloat16 autocast (CPUs with native bfloat16)")
    p.add_argument("--json", action="store_true", help="print the best trial as JSON")
    p.set_defaults(func=cmd_hpo)


def cmd_mix(args: argparse.Namespace) -> int:
    from synthproxy.dataset_mix import mix_stores, parse_source
    from synthproxy.store import StoreError, verify
    from synthproxy.validate import check_output_folder

    check_output_folder(args.out)
    try:
        sources = [parse_source(s) for s in args.store]
        mix_stores(sources, args.out, seed=args.seed)
    except (StoreError, ValueError, OSError) as e:
        raise CLIError(str(e)) from e
    v = verify(args.out)
    if args.json:
        _print_json({"out": str(args.out), "n": v["n"], "ok": v["ok"], "digest": v["digest"]})
    else:
        print(f"{args.out}: {v['n']:,} presets from {len(sources)} stores")
    return 0


def add_mix(sub: Any) -> None:
    """The ``mix`` command's options."""
    p = sub.add_parser("mix", help="one training set from several stores (e.g. hand-crafted + random presets)")
    p.add_argument(
        "--store",
        action="append",
        required=True,
        metavar="STORE[:N]",
        help="a store, or its first N usable presets (repeat: one per source)",
    )
    p.add_argument("--out", type=Path, required=True, help="the mixed store")
    p.add_argument("--seed", type=int, default=0, help="seed of the shuffle (default 0)")
    p.add_argument("--json", action="store_true", help="print out, n, ok, digest as JSON")
    p.set_defaults(func=cmd_mix)
