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
        // Found by binary search, so that the chapters of a book of many pages cost their own size, not the book's.
        int h0 = firstAtOrAfter(headingStarts, from);
        int h1 = firstAtOrAfter(headingStarts, to);
        int[] h = new int[h1 - h0];
        for (int i = h0; i < h1; i++) {
            h[i - h0] = headingStarts[i] - from;
        }
        int l0 = firstAtOrAfter(locationStarts, from + 1);
        int l1 = Math.max(l0, firstAtOrAfter(locationStarts, to));
        String carried = locationAt(from); // the location the slice opens in (a chapter that starts mid-page)
        int k = carried.isEmpty() ? 0 : 1;
        int[] s = new int[k + l1 - l0];
        String[] l = new String[k + l1 - l0];
        if (k == 1) {
            l[0] = carried;
        }
        for (int i = l0; i < l1; i++, k++) {
            s[k] = locationStarts[i] - from;
            l[k] = locationLabels[i];
        }
        return new Layout(h, s, l);
    }

    /** The index of the first offset at or after {@code x} in ascending {@code a} (its length when none is). */
    private static int firstAtOrAfter(int[] a, int x) {
        int lo = 0;
        int hi = a.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (a[mid] < x) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    public boolean isEmpty() {
        return headingStarts.length == 0 && locationStarts.length == 0;
    }
}
