"""benchmarks/extract_speed.py's pairing: bare and Vigil alternate first (ABBA), so a host
that drifts during a run favours neither, and the quoted figure is the median of the pairs."""

from __future__ import annotations

from benchmarks.extract_speed import Pair, pair_orders, startup_table, throughput_table
from rich.console import Console


def test_abba_order_puts_each_side_first_equally_often():
    orders = pair_orders(8)
    assert orders[:4] == [("bare", "vigil"), ("vigil", "bare"), ("vigil", "bare"), ("bare", "vigil")]
    assert orders[4:] == orders[:4]
    for rounds in (2, 4, 6):
        firsts = [first for first, _ in pair_orders(rounds)]
        assert firsts.count("bare") == firsts.count("vigil") == rounds // 2


def _render(table) -> str:
    console = Console(record=True, width=200)
    console.print(table)
    return console.export_text()


def test_tables_report_each_pair_and_the_median_of_pairs():
    # the host slows down during the run: the pairs' ratios agree where the best-of-rounds did not
    pairs = [
        Pair("bare", bare=(40.0, 39.0), vigil=(44.0, 43.0), load=0.5),
        Pair("vigil", bare=(52.0, 40.0), vigil=(50.0, 43.5), load=3.0),
        Pair("vigil", bare=(60.0, 41.0), vigil=(66.0, 45.0), load=4.0),
    ]
    assert [round(p.ratio[0], 3) for p in pairs] == [0.909, 1.04, 0.909]
    text = _render(throughput_table(500, 200_000, pairs))
    rows = [line for line in text.splitlines() if line.lstrip("│ ").startswith("median")]
    assert rows and "0.909" in rows[0] and "0.911" in rows[0]  # median of wall, of CPU ratios
    assert "0.909 " in text and "1.040" in text  # each pair's own ratio is shown
    start = _render(
        startup_table(
            "one line",
            [Pair("bare", (1.0, 1.1), (1.5, 1.3), 0.1), Pair("vigil", (1.2, 1.1), (1.4, 1.4), 0.1)],
        )
    )
    assert "+0.35 s (+0.25)" in [line for line in start.splitlines() if "median" in line][0]
