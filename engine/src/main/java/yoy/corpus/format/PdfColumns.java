package yoy.corpus.format;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Puts a page's rows in reading order. A run of consecutive rows that all leave a vertical gutter free, with
 * real text on both sides of it, is a column zone: its left column is read top to bottom, then its right one
 * (each side checked again, so three columns work too). Rows that cross the gutter (a title over both
 * columns, a wide table) end the zone and stay in place; rows above and below a zone are ordered the same way.
 */
final class PdfColumns {

    /** A row in reading order; rows of one flow (a column, or a one-column stretch) share {@code flow}. */
    record Placed(PdfRow row, int flow, float left, float right) {
    }

    /** Each side of a gutter needs this many rows with text. */
    private static final int MIN_SIDE = 4;
    /** Each side's rows must hold this many words on average (a list's bullets or a table's figures do not). */
    private static final float MIN_WORDS = 2.5f;
    /** Each side must be this many font sizes wide. */
    private static final float MIN_WIDTH = 10f;
    /** A gutter is at least this share of the font size wide (column gaps are 1 em or more). */
    private static final float MIN_GUTTER = 0.5f;
    private static final int MAX_DEPTH = 12;

    /** Gutters remembered from earlier pages, most recent first. */
    private static final int REMEMBERED = 6;

    private final List<Placed> out = new ArrayList<>();
    private final List<float[]> known;
    private int flows;

    private PdfColumns(List<float[]> known) {
        this.known = known;
    }

    /**
     * The rows (top to bottom) in reading order, with flows numbered from 0.
     *
     * @param gutters the gutters found on earlier pages of the document, {start, end} pairs, most recent first;
     *     gutters found here are added. A page with a few lines per column (a chapter's last page) does not
     *     show its columns on its own, but leaves the document's gutter free.
     */
    static List<Placed> order(List<PdfRow> rows, List<float[]> gutters) {
        PdfColumns c = new PdfColumns(gutters);
        if (!rows.isEmpty()) {
            c.region(rows, 0, minX(rows), maxX(rows));
        }
        return c.out;
    }

    private void region(List<PdfRow> rows, int depth, float left, float right) {
        if (rows.isEmpty()) {
            return;
        }
        Zone z = null;
        if (depth < MAX_DEPTH) {
            z = bestZone(rows);
            if (z != null) {
                remember(z);
            } else {
                z = knownZone(rows);
            }
        }
        if (z == null) {
            flow(rows, left, right);
            return;
        }
        region(rows.subList(0, z.start), depth + 1, left, right);
        List<PdfRow> leftSide = new ArrayList<>();
        List<PdfRow> rightSide = new ArrayList<>();
        float cut = (z.gutterStart + z.gutterEnd) / 2;
        for (PdfRow r : rows.subList(z.start, z.end)) {
            PdfRow l = r.slice(-Float.MAX_VALUE, cut);
            PdfRow g = r.slice(cut, Float.MAX_VALUE);
            if (l != null) {
                leftSide.add(l);
            }
            if (g != null) {
                rightSide.add(g);
            }
        }
        region(leftSide, depth + 1, Math.min(left, minX(leftSide)), z.gutterStart);
        region(rightSide, depth + 1, z.gutterEnd, Math.max(right, maxX(rightSide)));
        region(rows.subList(z.end, rows.size()), depth + 1, left, right);
    }

    private void flow(List<PdfRow> rows, float contextLeft, float contextRight) {
        int id = flows++;
        float left = minX(rows);
        float right = maxX(rows);
        if (rows.size() < MIN_SIDE) {
            // A few lines say little about where their column ends: use the region's edges.
            left = Math.min(left, contextLeft);
            right = Math.max(right, contextRight);
        }
        for (PdfRow r : rows) {
            out.add(new Placed(r, id, left, right));
        }
    }

    private void remember(Zone z) {
        known.removeIf(g -> Math.abs(g[0] - z.gutterStart) < 2 && Math.abs(g[1] - z.gutterEnd) < 2);
        known.add(0, new float[] {z.gutterStart, z.gutterEnd});
        if (known.size() > REMEMBERED) {
            known.remove(known.size() - 1);
        }
    }

    /**
     * The longest run of two or more rows that leaves the middle half of a remembered gutter free, with text on
     * both sides (ragged lines on this page may reach further into the gutter than those it was measured on).
     */
    private Zone knownZone(List<PdfRow> rows) {
        Zone best = null;
        for (float[] gutter : known) {
            float quarter = (gutter[1] - gutter[0]) / 4;
            float[] g = {gutter[0] + quarter, gutter[1] - quarter};
            int start = 0;
            boolean left = false;
            boolean right = false;
            for (int r = 0; r <= rows.size(); r++) {
                PdfRow row = r < rows.size() ? rows.get(r) : null;
                if (row == null || crosses(row, g[0], g[1])) {
                    if (left && right && r - start >= 2 && (best == null || r - start > best.end - best.start)) {
                        best = new Zone(start, r, gutter[0], gutter[1]);
                    }
                    start = r + 1;
                    left = false;
                    right = false;
                } else {
                    left |= row.x0 < g[0];
                    right |= row.x1 > g[1];
                }
            }
        }
        return best;
    }

    /** Whether a word of the row reaches into the inside of [from, to]. */
    private static boolean crosses(PdfRow row, float from, float to) {
        float[] w = row.words;
        for (int k = 0; k < w.length; k += 2) {
            if (w[k] < to - 1 && w[k + 1] > from + 1) {
                return true;
            }
        }
        return false;
    }

    /** Rows [start, end) leave [gutterStart, gutterEnd] free. */
    private record Zone(int start, int end, float gutterStart, float gutterEnd) {
    }

    private static Zone bestZone(List<PdfRow> rows) {
        int n = rows.size();
        if (n < MIN_SIDE) {
            return null;
        }
        float minX = minX(rows);
        int bins = (int) Math.ceil(maxX(rows) - minX);
        if (bins < 3) {
            return null;
        }
        BitSet[] covered = new BitSet[n];
        for (int r = 0; r < n; r++) {
            covered[r] = new BitSet(bins);
            float[] w = rows.get(r).words;
            for (int k = 0; k < w.length; k += 2) {
                int from = Math.max(0, (int) Math.floor(w[k] - minX));
                int to = Math.min(bins, (int) Math.ceil(w[k + 1] - minX));
                if (to > from) {
                    covered[r].set(from, to);
                }
            }
        }
        // For each x, the longest run of rows leaving it free with enough text on both sides.
        int[] runStart = new int[bins];
        int[] runEnd = new int[bins];
        for (int b = 0; b < bins; b++) {
            runStart[b] = -1;
            float x = minX + b + 0.5f;
            int start = 0;
            int leftRows = 0;
            int rightRows = 0;
            for (int r = 0; r <= n; r++) {
                if (r == n || covered[r].get(b)) {
                    if (leftRows >= MIN_SIDE && rightRows >= MIN_SIDE
                            && r - start > runEnd[b] - Math.max(runStart[b], 0)) {
                        runStart[b] = start;
                        runEnd[b] = r;
                    }
                    start = r + 1;
                    leftRows = 0;
                    rightRows = 0;
                } else {
                    PdfRow row = rows.get(r);
                    if (row.x0 < x) {
                        leftRows++;
                    }
                    if (row.x1 > x) {
                        rightRows++;
                    }
                }
            }
        }
        // Each distinct run, with every gutter its rows leave free, is a candidate. Looking at the whole free
        // interval (not just the x the run was found at) keeps a stray wide word space in a full-width line
        // just above the columns from passing for the gutter.
        Set<Long> runs = new TreeSet<>();
        for (int b = 0; b < bins; b++) {
            if (runStart[b] >= 0) {
                runs.add(((long) runStart[b] << 32) | runEnd[b]);
            }
        }
        Zone best = null;
        for (long run : runs) {
            int start = (int) (run >>> 32);
            int end = (int) run;
            BitSet union = new BitSet(bins);
            for (int r = start; r < end; r++) {
                union.or(covered[r]);
            }
            for (int free = union.nextClearBit(0); free < bins; ) {
                int stop = union.nextSetBit(free);
                if (stop < 0) {
                    break; // free up to the right edge: no text beyond it
                }
                if (free > 0) {
                    Zone z = zone(rows, start, end, minX + (free + stop) / 2f);
                    if (z != null && (best == null || z.end - z.start > best.end - best.start
                            || (z.end - z.start == best.end - best.start
                                    && z.gutterEnd - z.gutterStart > best.gutterEnd - best.gutterStart))) {
                        best = z;
                    }
                }
                free = union.nextClearBit(stop);
            }
        }
        return best;
    }

    /** The zone rows [start, end) make around x, or null when it does not look like columns of text. */
    private static Zone zone(List<PdfRow> rows, int start, int end, float x) {
        // The short last line of a full-width paragraph (a lead) leaves the gutter free, yet belongs above it.
        while (start < end - 1 && start > 0 && continues(rows.get(start - 1), rows.get(start), x)) {
            start++;
        }
        float gutterStart = -Float.MAX_VALUE;
        float gutterEnd = Float.MAX_VALUE;
        float leftEdge = Float.MAX_VALUE;
        float rightEdge = -Float.MAX_VALUE;
        int leftRows = 0;
        int rightRows = 0;
        int leftWords = 0;
        int rightWords = 0;
        List<Float> sizes = new ArrayList<>();
        for (PdfRow r : rows.subList(start, end)) {
            sizes.add(r.size);
            float[] w = r.words;
            boolean hasLeft = false;
            boolean hasRight = false;
            for (int k = 0; k < w.length; k += 2) {
                if (w[k + 1] < x) {
                    gutterStart = Math.max(gutterStart, w[k + 1]);
                    leftEdge = Math.min(leftEdge, w[k]);
                    leftWords++;
                    hasLeft = true;
                } else if (w[k] > x) {
                    gutterEnd = Math.min(gutterEnd, w[k]);
                    rightEdge = Math.max(rightEdge, w[k + 1]);
                    rightWords++;
                    hasRight = true;
                }
            }
            leftRows += hasLeft ? 1 : 0;
            rightRows += hasRight ? 1 : 0;
        }
        sizes.sort(null);
        float size = sizes.get(sizes.size() / 2);
        boolean columns = leftRows >= MIN_SIDE && rightRows >= MIN_SIDE
                && leftWords >= MIN_WORDS * leftRows && rightWords >= MIN_WORDS * rightRows
                && gutterEnd - gutterStart >= Math.max(3f, MIN_GUTTER * size)
                && gutterStart - leftEdge >= MIN_WIDTH * size && rightEdge - gutterEnd >= MIN_WIDTH * size;
        return columns ? new Zone(start, end, gutterStart, gutterEnd) : null;
    }

    /** Whether a row on one side of x is the last line of the paragraph above it, which crosses x. */
    private static boolean continues(PdfRow above, PdfRow row, float x) {
        return above.x0 < x && above.x1 > x && (row.x1 < x || row.x0 > x)
                && Math.abs(above.size - row.size) <= 0.3f && row.base - above.base <= 1.6f * row.size;
    }

    private static float minX(List<PdfRow> rows) {
        float m = Float.MAX_VALUE;
        for (PdfRow r : rows) {
            m = Math.min(m, r.x0);
        }
        return m;
    }

    private static float maxX(List<PdfRow> rows) {
        float m = -Float.MAX_VALUE;
        for (PdfRow r : rows) {
            m = Math.max(m, r.x1);
        }
        return m;
    }
}
