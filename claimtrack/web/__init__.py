"""The web view: `claimtrack serve`, Datasette over a tracker database, read-only.

app.py builds and runs it; plugin.py holds the Datasette hooks (search in our terms,
row links, the claim/sources/home pages); pages.py reads what those pages show
through the library; timeline.py draws a claim's status over time as SVG;
metadata.yaml, templates/ and static/ ship with the package.
"""
