"""Import Anki packages into a real collection with the `anki` package from PyPI."""

from __future__ import annotations

from pathlib import Path

from anki.collection import Collection, ImportAnkiPackageOptions, ImportAnkiPackageRequest


def import_package(collection: Collection, apkg: Path) -> None:
    # The defaults of Anki's own import dialog: update a note only if the incoming one is newer.
    options = ImportAnkiPackageOptions(with_scheduling=True, merge_notetypes=True)
    collection.import_anki_package(ImportAnkiPackageRequest(package_path=str(apkg), options=options))


def notes_by_card_id(collection: Collection) -> dict[str, dict[str, str]]:
    """Card id (the CardId field) -> the note's fields by name."""
    notes = {}
    for note_id in collection.find_notes(""):
        note = collection.get_note(note_id)
        fields = dict(note.items())
        notes[fields["CardId"]] = fields
    return notes
