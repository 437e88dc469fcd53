"""synthproxy: neural proxies for sound synthesizers.

A preset encoder learns to map a synthesizer preset to the embedding a frozen, pretrained audio
model gives the preset's sound. Modules follow the study's stages and its notebooks:

- :mod:`synthproxy.audio_models` (and its sound-attribute ranking test) — ``01_audio_models``
- :mod:`synthproxy.synths` (specs, engines), :mod:`synthproxy.render`, :mod:`synthproxy.presets`
  (random and hand-crafted presets), :mod:`synthproxy.generate`, :mod:`synthproxy.store` — ``02_generate``
- :mod:`synthproxy.encoders`, :mod:`synthproxy.datasets`, :mod:`synthproxy.train` — ``03_train``
- :mod:`synthproxy.metrics` — ``04_evaluate``
- :mod:`synthproxy.cli` (the ``synthproxy`` command), :mod:`synthproxy.study` (``make study``)
"""

__version__ = "0.1.0"
