"""file_checks: what a file in ``content/`` may be, before it is published.

Not a Pelican plugin: a library that ``content_model`` (the check of the
tree, the guard on Pelican's copies), ``site_build`` (the scan of the staged
site) and ``editor_tools`` (the guides) read.

* ``limits``: how large files may be (``LIMITS``): text, pictures, pixels,
  documents, a wijkkrant's pages.
* ``static_files``: which file types each file folder (``afbeeldingen/``,
  ``bijlagen/``, ``extra/``) takes; pictures opened to see they are what
  their name says; PDFs without code or encryption.
* ``svg``: drawings without scripts, events, foreign references or styles
  that load anything.
"""
