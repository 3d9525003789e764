package yoy.charts;

/** A short text in an empty slot where a bar could be but is not, e.g. "n/c" for not comparable. */
record YoyMark(int slot, int position, int groupSize, int colorIndex, String text) {
}
