"""Dates, in one home: dates known only to the month (`partial`), dates written in a
report's text (`in_text`), and the clock that stamps what is recorded (`clock`)."""
