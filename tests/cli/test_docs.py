"""The README's command reference is generated from --help and must not drift."""


from conftest import REPO


def test_readme_command_reference_is_current(monkeypatch):
    from cogapp import Cog

    monkeypatch.chdir(REPO)
    monkeypatch.syspath_prepend(str(REPO))
    status = Cog().main(["cog", "--check", "README.md"])
    assert status == 0, "README.md is stale: run `cog -r README.md`"


def test_every_command_and_option_is_in_the_readme(monkeypatch):
    monkeypatch.syspath_prepend(str(REPO))
    from typer.main import get_command

    from claimtrack.cli import app

    readme = (REPO / "README.md").read_text("utf-8")

    def check(command, path):
        for name, sub in getattr(command, "commands", {}).items():
            full = " ".join(path + [name])
            assert f"### claimtrack {full} --help" in readme, f"{full} is not documented"
            for param in sub.params:
                for opt in getattr(param, "opts", []):
                    if opt.startswith("--"):
                        assert opt in readme, f"{full} {opt} is not documented"
            check(sub, path + [name])

    check(get_command(app), [])


def test_json_shapes_are_documented():
    doc = (REPO / "docs" / "json.md").read_text("utf-8")
    for key in ("first_reported", "quiet_days", "overdue", "mentions", "responses",
                "previous_status", "why", "slots"):
        assert f"`{key}`" in doc
