"""Text layer: reading an article and the project's data files.

The loader (:mod:`.article`), the one quotation-span finder (:mod:`.quotespans`),
the spaCy pipeline (:mod:`.nlp`), the actor codebook (:mod:`.codebook`), the
CSV data-file reader (:mod:`.datafile`) and spelling variants (:mod:`.spelling`).
Imports nothing from the layers above (measures, presentation, outputs).
"""
