"""Reading sources into cleaned `Document`s: files, cleaning, language."""
