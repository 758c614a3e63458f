"""Stage 2: a Report -> the claims it reports and the responses to them.

Rule-based and explainable: the text is split into sentences (`sentences`), each is
tested against the cue lexicons of `cues.py` (`lexicon`: a substring test first, the
regex only when the substring occurs), and every item keeps the exact sentence it came
from and the cue that fired. A segment in which a party with standing reacts (denies,
confirms, declines to comment) is a response (`responses`); one that credits a
proposition to someone else (an outlet, unnamed people, an analyst, a rumour) is a
claim (`claims`). Who is who comes from a `Names` object (`names`); `linking` then
merges repeated claims and attaches each response to its claim.
"""

from __future__ import annotations

from .names import Names
from .pipeline import extract
from .results import ExtractedClaim, ExtractedResponse, Extraction
from .sentences import Sentence, split_sentences

__all__ = ["extract", "Extraction", "ExtractedClaim", "ExtractedResponse", "Names", "Sentence", "split_sentences"]
