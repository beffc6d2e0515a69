"""Running the parse on more than one machine (Ray Data)."""
