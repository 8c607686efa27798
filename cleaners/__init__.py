"""newsclean cleaners: turn HTML or text from any source into a cleaned Document.

This package never imports ``scraper``. Import from the modules:
``cleaners.document``, ``cleaners.extract``, ``cleaners.pipeline`` ...
"""
