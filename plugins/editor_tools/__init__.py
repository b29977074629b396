"""editor_tools: what helps editors, made from the content model.

Not a Pelican plugin and not part of a build: ``invoke new`` writes
scaffolds (:mod:`.scaffold`), ``invoke docs`` writes the generated parts of
the guides (:mod:`.guide`) with every message of the check
(:mod:`.error_catalogue`), and ``invoke check --github`` prints annotations
(:mod:`.annotations`).
"""
