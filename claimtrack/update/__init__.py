"""Cron: the update run over every feed (`run`), its re-checks of recent reports for
stealth edits (`recheck`), the events it finds and the hooks run on them (`events`,
`hooks`), its time limit (`deadline`), the feed registry (`sources`) and the lock
that keeps one run at a time (`lock`). Feeds are parsed in readers/feed.py; the run's
digest is written by export/digest.py."""
