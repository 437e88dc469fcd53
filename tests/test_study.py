"""The study runner's offline check of a built book."""

from synthproxy.study import offline_problems


def test_offline_problems_flags_network_resources_and_missing_files(tmp_path):
    (tmp_path / "img").mkdir()
    (tmp_path / "img" / "ok.png").write_bytes(b"png")
    (tmp_path / "good.html").write_text(
        '<link rel="stylesheet" href="_static/x.css"><img src="img/ok.png">'.replace("_static/x.css", "img/ok.png")
        + '<a href="https://example.org/">a link is fine</a>'
        + '<a href="https://colab.research.google.com/github/o/r/blob/main/n.ipynb"><img src="img/ok.png"></a>'
    )
    assert offline_problems(tmp_path) == []
    (tmp_path / "bad.html").write_text(
        '<script src="https://cdn.jsdelivr.net/npm/vega@5"></script><img src="img/gone.png">'
        '<link rel="stylesheet" href="//fonts.example.com/f.css">'
        '<img src="https://colab.research.google.com/assets/colab-badge.svg" alt="Open In Colab">'
    )
    assert offline_problems(tmp_path) == [
        "bad.html: loads https://cdn.jsdelivr.net/npm/vega@5",
        "bad.html: missing img/gone.png",
        "bad.html: loads //fonts.example.com/f.css",
        "bad.html: loads https://colab.research.google.com/assets/colab-badge.svg",
    ]
