"""safe_output: the live site is replaced only by a complete, successful build.

Pelican writes straight into the output folder, so a build that fails half
way leaves half a site. This plugin points Pelican at a staging folder beside
the output folder and swaps it in when the build has finished. A failed build
leaves the previous output exactly as it was, and a preview server keeps
serving the last good site.

Other plugins must write below ``generator.output_path`` (or
``pelican.output_path``), never below ``settings["OUTPUT_PATH"]``.

The swap happens when ``Pelican.run()`` returns, after every ``finalized``
receiver: plugins such as the sitemap write their file at ``finalized``, and
blinker calls a signal's receivers in no fixed order.
"""

from pelican import signals

from .swap import staging_path, swap_in


def use_staging(pelican):
    pelican.final_output_path = pelican.output_path
    pelican.output_path = str(staging_path(pelican.output_path))
    # Every build starts from an empty staging folder.
    pelican.delete_outputdir = True
    run = pelican.run

    def run_then_publish():
        # An exception in run() propagates and leaves the old output alone.
        result = run()
        publish(pelican)
        return result

    pelican.run = run_then_publish


def publish(pelican):
    swap_in(pelican.output_path, pelican.final_output_path)


def register():
    signals.initialized.connect(use_staging)
