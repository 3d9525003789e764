package yoy.corpus;

import java.util.Arrays;

/**
 * What a report's file format knew about its text beyond the characters: where its headings start (a web
 * page's {@code <h2>}, a PDF's larger type), and where each page or section starts, so that a figure can be
 * cited by its location ({@code p. 223}, or the nearest heading). A {@code .txt} report has none: its
 * headings are told by their look, and its figures have no location.
 */
public final class Layout {

    /** No structure beyond the text (a {@code .txt} report). */
    public static final Layout NONE = new Layout(new int[0], new int[0], new String[0]);

    private final int[] headingStarts;
    private final int[] locationStarts;
    private final String[] locationLabels;

    /**
     * @param headingStarts offsets where headings start, ascending
     * @param locationStarts offsets where each location starts, ascending
     * @param locationLabels the label of each location ({@code p. 3}, a heading's text), same length
     */
    public Layout(int[] headingStarts, int[] locationStarts, String[] locationLabels) {
        if (locationStarts.length != locationLabels.length) {
            throw new IllegalArgumentException("one label per location start");
        }
        this.headingStarts = ascending(headingStarts.clone());
        this.locationStarts = ascending(locationStarts.clone());
        this.locationLabels = locationLabels.clone();
    }

    private static int[] ascending(int[] a) {
        for (int i = 1; i < a.length; i++) {
            if (a[i] < a[i - 1]) {
                throw new IllegalArgumentException("offsets must ascend");
            }
        }
        return a;
    }

    /** True when a heading starts at {@code offset}. */
    public boolean headingAt(int offset) {
        return Arrays.binarySearch(headingStarts, offset) >= 0;
    }

    /** Heading starts, ascending (a copy). */
    public int[] headingStarts() {
        return headingStarts.clone();
    }

    /** The location of the character at {@code offset}: the label of the last location starting at or before it, or "". */
    public String locationAt(int offset) {
        int i = Arrays.binarySearch(locationStarts, offset);
        if (i < 0) {
            i = -i - 2; // the insertion point, less one: the last start before offset
        } else {
            while (i + 1 < locationStarts.length && locationStarts[i + 1] == offset) {
                i++; // several labels at one offset: the last one given wins
            }
        }
        return i < 0 ? "" : locationLabels[i];
    }

    /** The part of this layout in text[from, to), with offsets made relative to {@code from}. */
    public Layout slice(int from, int to) {
        int[] h = Arrays.stream(headingStarts).filter(o -> o >= from && o < to).map(o -> o - from).toArray();
        int n = locationStarts.length;
        int[] s = new int[n];
        String[] l = new String[n];
        int k = 0;
        String carried = locationAt(from);
        if (!carried.isEmpty()) {
            s[k] = 0;
            l[k++] = carried; // the location the slice opens in (a chapter that starts mid-page)
        }
        for (int i = 0; i < n; i++) {
            if (locationStarts[i] > from && locationStarts[i] < to) {
                s[k] = locationStarts[i] - from;
                l[k++] = locationLabels[i];
            }
        }
        return new Layout(h, Arrays.copyOf(s, k), Arrays.copyOf(l, k));
    }

    public boolean isEmpty() {
        return headingStarts.length == 0 && locationStarts.length == 0;
    }
}
