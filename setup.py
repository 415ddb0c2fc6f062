"""Compile the gettext catalogs (.po → .mo) as part of every install, editable ones included."""

from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py


class build_py_with_catalogs(build_py):
    def run(self) -> None:
        from babel.messages.mofile import write_mo
        from babel.messages.pofile import read_po

        for po_path in Path(__file__).parent.glob("locales/*/LC_MESSAGES/*.po"):
            with po_path.open("rb") as source:
                catalog = read_po(source, locale=po_path.parts[-3])
            with po_path.with_suffix(".mo").open("wb") as target:
                write_mo(target, catalog)
        super().run()


setup(cmdclass={"build_py": build_py_with_catalogs})
