"""Write the offline lexicons' stored lemmas (``_offline_lemmas.py``), then retrain the
offline translator's second opinion from the tune sets and write its committed weights
(``_offline_model.json``)::

    python -m actors.translator._offline_train

A module of its own, so that ``-m`` does not run ``_offline_model`` a second time (the
package imports it).
"""

from __future__ import annotations

from ._offline import LEMMAS_PATH, lemma_table_source, lemma_table_text
from ._offline_model import retrain
from ._offline_text import use_stored

if __name__ == "__main__":
    table = lemma_table_text()
    LEMMAS_PATH.write_text(lemma_table_source(table), "utf-8")
    use_stored(table)  # the model learns the lemmas just written, not those imported
    print(f"{LEMMAS_PATH.name} written")
    print(retrain())
