"""The registry: articles, persons and claims in a database, and the operations over them.

`service.py` holds the operations the CLI and the web app call; the rest are its parts.
"""
