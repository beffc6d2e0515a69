"""`python -m jihua …` runs the same command line as the `jihua` console script."""

from jihua.pipeline.cli.main import main

if __name__ == "__main__":
    main()
