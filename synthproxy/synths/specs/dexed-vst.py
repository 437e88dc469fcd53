"""The Dexed VST spec's adapter: the ``dexed`` adapter (the plugin's parameters map to the same DX7 voice bytes)."""

from synthproxy.presets.adapter import adapter_for

ADAPTER = adapter_for("dexed")
