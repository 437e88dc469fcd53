"""synthproxy: neural proxies for sound synthesizers.

A preset encoder learns to map a synthesizer preset to the embedding a frozen, pretrained audio
model gives the preset's sound. Modules follow the study's stages and its notebooks:

- :mod:`synthproxy.synths` (specs, engines), :mod:`synthproxy.render`, :mod:`synthproxy.presets`
  (random and hand-crafted presets), :mod:`synthproxy.store` — ``02_generate``
- :mod:`synthproxy.audio_models` — ``01_audio_models``
- :mod:`synthproxy.encoders` — ``03_train``
- :mod:`synthproxy.metrics` — ``04_evaluate``
"""

__version__ = "0.1.0"
