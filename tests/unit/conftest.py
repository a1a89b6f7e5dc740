import pytest


@pytest.fixture
def project(tmp_path):
    """A minimal project: empty data folders and the one page the test data links to."""
    for folder in ("data/flashcards", "data/questions", "docs"):
        (tmp_path / folder).mkdir(parents=True)
    (tmp_path / "docs" / "cloning.md").write_text("# Cloning\n")
    return tmp_path


@pytest.fixture(autouse=True)
def no_yaml_cache_between_tests():
    """define_env turns on the parsed-YAML cache for the whole process; each test starts without it."""
    from macros.data.yamlsource import use_cache

    use_cache(None)
    yield
    use_cache(None)
