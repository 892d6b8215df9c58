"""The report tests share the UI tests' language fixtures: the window in German or under the pseudo catalogue."""
from tests.ui.pseudo_locale import german, pseudo  # noqa: F401 - fixtures
