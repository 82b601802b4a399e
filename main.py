"""ConvStudio. No arguments: open the window. A command: run the command line."""
import sys


def run() -> int:
    argv = sys.argv[1:]
    if not argv or argv[0].startswith("-psn") or argv[0] in ("--lang", "--presentation",
                                                              "--open", "--theme"):
        import gc
        gc.disable()  # until the window is built: gui.app.resume_collection says why
        try:
            from gui.app import run_app
        except ModuleNotFoundError as exc:
            if exc.name and exc.name.split(".")[0] in ("gui", "PySide6", "pyqtgraph"):
                print(f"error: the window cannot start ({exc.name} is missing); "
                      f"install ConvStudio with pip install -e .", file=sys.stderr)
                return 2
            raise
        return run_app(argv)
    from engine.cli import main
    return main(argv)


if __name__ == "__main__":
    sys.exit(run())
