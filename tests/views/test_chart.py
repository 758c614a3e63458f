"""The status chart writes its rows as segments itself (a rich Table is ≈0.4 ms a row);
its output must stay byte for byte what the Table gives, on every kind of console."""

import io
from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st
from rich.console import Console

from claimtrack.models import Claim, Status
from claimtrack.views.terminal import _chart_table, _ChartRows
from claimtrack.views.chart import Chart, ChartRow

# Wide, zero-width, combining, joined, bidi, control and line-breaking characters.
PIECES = ["小米", "正在洽谈", "Apple", " ", "\u3000", "\t", "\n", "\x1b[31m", "\u202e", "\u2028", "\u200b",
          "e\u0301", "🙂", "👨‍👩‍👧", "[bold]x[/]", "…", "ｗｉｄｅ", "0123456789" * 3, "\x85"]

texts = st.lists(st.sampled_from(PIECES), max_size=12).map("".join)
rows = st.lists(st.tuples(st.sampled_from([1, 42, 99999]), texts), min_size=1, max_size=5)
consoles = st.fixed_dictionaries({
    "width": st.sampled_from([30, 80, 160, 250]),
    "force_terminal": st.booleans(),
    "color_system": st.sampled_from(["truecolor", "256", "standard"]),
    "no_color": st.booleans(),
})


@settings(max_examples=300, deadline=None)
@given(rows, st.sampled_from([1, 10, 23, 60, 200]), st.sampled_from([28, 3]), st.booleans(), consoles, st.booleans(),
       st.randoms(use_true_random=False))
def test_chart_rows_print_as_the_rich_table_does(claims, width, label_width, color, console, soft_wrap, rnd):
    statuses = [None, *Status]
    chart = Chart(date(2016, 1, 1), date(2026, 11, 30), tuple(
        ChartRow(Claim(i, text, None, False, (), None, None, Status.REPORTED, "", ""),
                 tuple(rnd.choice(statuses) for _ in range(width)))
        for i, text in claims))

    def printed(renderable) -> str:
        out = io.StringIO()
        Console(file=out, highlight=False, emoji=False, markup=False, **console).print(renderable, soft_wrap=soft_wrap)
        return out.getvalue()

    assert printed(_ChartRows(chart, label_width, color)) == printed(_chart_table(chart, label_width, color))
