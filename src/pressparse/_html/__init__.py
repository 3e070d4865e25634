"""HTML handling: loading bytes into a tree, cleaning the tree, and turning elements into text."""
