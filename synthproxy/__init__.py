"""synthproxy: neural proxies for sound synthesizers.

A preset encoder learns to map a synthesizer preset to the embedding a frozen, pretrained audio
model gives the preset's sound. Modules follow the study's stages and its notebooks:

- :mod:`synthproxy.audio_models` (the ranking test's scores in :mod:`synthproxy.audio_models.ranking`),
  :mod:`synthproxy.sweeps` (the test's sound-attribute sweeps), :mod:`synthproxy.attribute_ranking` (its
  full run), :mod:`synthproxy.ranking_chart` — ``01_audio_models``
- :mod:`synthproxy.synths` (specs, engines), :mod:`synthproxy.render`, :mod:`synthproxy.presets`
  (random and hand-crafted presets), :mod:`synthproxy.generate`, :mod:`synthproxy.store` — ``02_generate``
- :mod:`synthproxy.encoders`, :mod:`synthproxy.datasets`, :mod:`synthproxy.train` — ``03_train``
- :mod:`synthproxy.metrics` (with :mod:`synthproxy.rank_kernels`), :mod:`synthproxy.evaluate` — ``04_evaluate``
- :mod:`synthproxy.figures` (results table, training curves), :mod:`synthproxy.projections` (UMAP maps of
  embeddings), :mod:`synthproxy.report` (generated book pages) — ``05_figures``
- :mod:`synthproxy.match` — ``06_sound_matching``; :mod:`synthproxy.explore` — ``07_explore``
- :mod:`synthproxy.charts` (how every chart looks and is saved, matplotlib), :mod:`synthproxy.plots` (notebook
  plots), :mod:`synthproxy.colab` (Colab badge and set-up cell)
- :mod:`synthproxy.cli` (the ``synthproxy`` command), :mod:`synthproxy.study` (``make study``)
"""

__version__ = "0.1.0"
