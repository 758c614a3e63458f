"""Cron: the update run over every feed (`run`), the feed registry (`sources`), the
hooks run on what it finds (`hooks`) and the lock that keeps one run at a time (`lock`)."""
