"""How many hand-crafted DX7 voices the cleaning keeps at dexed-py's raw level and at the Dexed plugin's level.

Run from the repository root (a few minutes on 2 cores: every voice of data/dx7 is rendered twice)::

    .venv/bin/python third_party/dexed-plugin/cleaning_counts.py

Writes results/dexed_handcrafted_level.json: for each output stage (dexed-py as it renders; the plugin's,
1/8 and its DC blocker, as synthproxy/synths/specs/dexed.toml now says), the cleaning report of the test
banks, the train banks and all of them (read, kept, removed by reason: invalid, duplicate, silent,
clipping, render_error).
"""

from __future__ import annotations

import dataclasses
import json
import time

from synthproxy.generate_handcrafted import clean_presets
from synthproxy.io import versions
from synthproxy.paths import REPO_ROOT
from synthproxy.presets.adapter import handcrafted_banks
from synthproxy.presets.handcrafted import read_banks
from synthproxy.render import RenderSettings
from synthproxy.synths import get_spec, open_engine


def main() -> None:
    plugin = get_spec("dexed")
    stages = {
        "dexed-py (output_gain 1, no DC blocker)": dataclasses.replace(plugin, output_gain=1.0, dc_blocker=False),
        "Dexed plugin (output_gain 1/8, DC blocker)": plugin,
    }
    out: dict = {"what": __doc__.splitlines()[0], "render_settings": RenderSettings().to_dict(), "stages": {}}
    t0 = time.time()
    for label, spec in stages.items():
        engine = open_engine(spec, RenderSettings())
        out["stages"][label] = {}
        for split in ("test", "train"):
            presets, errors = read_banks(handcrafted_banks("dexed", split), spec)
            hc = clean_presets(spec, presets, engine, errors=errors)
            out["stages"][label][split] = hc.report() | {"errors": len(hc.errors)}
            print(label, split, out["stages"][label][split], flush=True)
    out["seconds"] = round(time.time() - t0, 1)
    out["versions"] = versions()
    path = REPO_ROOT / "results" / "dexed_handcrafted_level.json"
    path.write_text(json.dumps(out, indent=1) + "\n")
    print("wrote", path)


if __name__ == "__main__":
    main()
