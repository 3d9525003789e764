package yoy.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import yoy.error.ExitCode;
import yoy.error.YoyException;

/**
 * Decodes a file as strict UTF-8 in fixed-size chunks, so memory stays bounded whatever the file size,
 * while hashing the raw bytes (SHA-256) and refusing what is not a text file. Decoded characters go to a
 * {@link CharSink}, leading byte-order mark removed, otherwise exactly as decoded (line ends kept).
 *
 * <p>Binary detection: a NUL byte anywhere, a PDF signature, or control characters (other than tab, line
 * feed, carriage return and form feed) making up at least 1% of the text and at least {@value #MIN_CONTROLS}
 * of them. Invalid UTF-8 is reported at the line and column (in characters, 1-based; CR, LF and CRLF end a
 * line) of the first bad byte.
 */
final class TextScanner {

    static final int DEFAULT_CHUNK = 1 << 16;
    static final int MIN_CONTROLS = 8;

    /** Receives the decoded text, chunk by chunk, in order. The buffer is only valid during the call. */
    interface CharSink {
        void accept(CharBuffer chars);
    }

    /** What a scan learned besides the text itself. {@code blank}: no visible character at all. */
    record Result(String sha256, long bytes, long chars, boolean blank) {
    }

    private final String display;
    private final long maxBytes;
    private final int chunk;
    private final String binaryFix;

    private long line = 1;
    private long col = 1;
    private boolean afterCr;
    private boolean first = true;
    private long chars;
    private long controls;
    private boolean blank = true;

    private TextScanner(String display, long maxBytes, int chunk, String binaryFix) {
        this.display = display;
        this.maxBytes = maxBytes;
        this.chunk = chunk;
        this.binaryFix = binaryFix;
    }

    /** Scans a corpus report; see the class comment for what is refused. */
    static Result scan(Path path, String display, long maxBytes, CharSink sink) {
        return scan(path, display, maxBytes, DEFAULT_CHUNK, "remove it from the corpus", sink);
    }

    static Result scan(Path path, String display, long maxBytes, int chunk, String binaryFix, CharSink sink) {
        try {
            long size = Files.size(path);
            if (size > maxBytes) {
                throw tooLarge(display, maxBytes);
            }
            // Most reports are far smaller than a chunk, and two fresh chunk-sized buffers a report (zeroed by the
            // JVM) cost more than reading them: so a small file gets buffers its size (it still reads to the end).
            int buffer = (int) Math.min(chunk, Math.max(size + 16, 256));
            try (InputStream in = Files.newInputStream(path)) {
                return new TextScanner(display, maxBytes, buffer, binaryFix).run(in, sink);
            }
        } catch (IOException e) {
            throw cannotRead(display, e);
        }
    }

    /** A report that could not be read from disk, said in one line: gone, not readable, or why not. */
    static YoyException cannotRead(String display, IOException e) {
        if (e instanceof NoSuchFileException) {
            return new YoyException(ExitCode.NO_INPUT, YoyException.at(display, 0, 0,
                    "file does not exist (it was removed while the corpus was read?)", "restore it and run again"), e);
        }
        if (e instanceof AccessDeniedException) {
            return new YoyException(ExitCode.NO_INPUT, YoyException.at(display, 0, 0,
                    "cannot read the file (permission denied)", "make it readable"), e);
        }
        return new YoyException(ExitCode.NO_INPUT, YoyException.at(display, 0, 0,
                "cannot read the file (" + e.getMessage() + ")", "check the file and its permissions"), e);
    }

    /** Scans bytes already in memory (used by tests and for small files). */
    static Result scan(InputStream in, String display, long maxBytes, int chunk, String binaryFix, CharSink sink)
            throws IOException {
        return new TextScanner(display, maxBytes, chunk, binaryFix).run(in, sink);
    }

    private Result run(InputStream stream, CharSink sink) throws IOException {
        MessageDigest digest = sha256();
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.allocate(chunk);
        CharBuffer out = CharBuffer.allocate(chunk);
        long total = 0;
        long consumed = 0;
        while (true) {
            int start = in.position();
            int n = stream.read(in.array(), start, in.remaining());
            boolean eof = n < 0;
            if (n > 0) {
                if (total == 0) {
                    refuseKnownBinary(in.array(), start, n);
                }
                refuseNul(in.array(), start, n, total);
                digest.update(in.array(), start, n);
                total += n;
                if (total > maxBytes) {
                    throw tooLarge(display, maxBytes);
                }
                in.position(start + n);
            }
            in.flip();
            while (true) {
                CoderResult r = decoder.decode(in, out, eof);
                drain(out, sink);
                if (r.isOverflow()) {
                    continue;
                }
                if (r.isError()) {
                    throw malformed(consumed + in.position(), in.get(in.position()));
                }
                break;
            }
            if (eof) {
                while (decoder.flush(out).isOverflow()) {
                    drain(out, sink);
                }
                drain(out, sink);
                break;
            }
            consumed += in.position();
            in.compact();
        }
        if (controls >= MIN_CONTROLS && controls * 100 >= chars) {
            throw binary(String.format(Locale.ROOT, "%d control characters in %d", controls, chars));
        }
        return new Result(HexFormat.of().formatHex(digest.digest()), total, chars, blank);
    }

    private void drain(CharBuffer out, CharSink sink) {
        out.flip();
        if (first && out.hasRemaining()) {
            first = false;
            if (out.get(out.position()) == '\uFEFF') {
                out.position(out.position() + 1);
            }
        }
        int end = out.limit();
        char[] a = out.array(); // allocated here with a backing array, never a view
        int offset = out.arrayOffset();
        // Printable ASCII and spaces, most of every report, are counted here in locals; the rest goes to track.
        // (Any of them ends a CR line end: a LF after it starts a new line.)
        long column = col;
        boolean visible = !blank;
        boolean cr = afterCr;
        for (int i = out.position(); i < end; i++) {
            char c = a[offset + i];
            if (c > 0x20 && c < 0x7F) {
                column++;
                visible = true;
                cr = false;
            } else if (c == ' ') {
                column++;
                cr = false;
            } else {
                col = column;
                blank = !visible;
                afterCr = cr;
                track(c);
                column = col;
                visible = !blank;
                cr = afterCr;
            }
        }
        col = column;
        blank = !visible;
        afterCr = cr;
        chars += out.remaining();
        if (out.hasRemaining()) {
            sink.accept(out);
        }
        out.clear();
    }

    private void track(char c) {
        if (c == '\n') {
            if (!afterCr) {
                line++;
            }
            col = 1;
            afterCr = false;
            return;
        }
        afterCr = c == '\r';
        if (afterCr) {
            line++;
            col = 1;
            return;
        }
        if (!Character.isLowSurrogate(c)) {
            col++;
        }
        if ((c < 0x20 && c != '\t' && c != '\f') || (c >= 0x7F && c <= 0x9F)) {
            controls++;
        } else if (blank && !Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
            blank = false;
        }
    }

    private void refuseKnownBinary(byte[] b, int off, int n) {
        byte[] pdf = {'%', 'P', 'D', 'F', '-'};
        if (n >= pdf.length) {
            for (int i = 0; i < pdf.length; i++) {
                if (b[off + i] != pdf[i]) {
                    return;
                }
            }
            throw binary("a PDF file renamed .txt; convert it to plain text first");
        }
    }

    private void refuseNul(byte[] b, int off, int n, long before) {
        for (int i = 0; i < n; i++) {
            if (b[off + i] == 0) {
                throw binary("NUL byte at byte offset " + (before + i));
            }
        }
    }

    private YoyException binary(String why) {
        return new YoyException(ExitCode.DATA, YoyException.at(display, 1, 1,
                "looks like a binary file, not a text report (" + why + ")", binaryFix));
    }

    private YoyException malformed(long offset, byte bad) {
        String problem = String.format(Locale.ROOT, "not valid UTF-8 text (byte 0x%02X at byte offset %d)", bad & 0xFF, offset);
        return new YoyException(ExitCode.DATA, YoyException.at(display, clamp(line), clamp(col), problem,
                "save it as UTF-8"));
    }

    private static int clamp(long v) {
        return (int) Math.min(v, Integer.MAX_VALUE);
    }

    static YoyException tooLarge(String display, long maxBytes) {
        return new YoyException(ExitCode.DATA, YoyException.at(display, 0, 0,
                "file is larger than " + describeBytes(maxBytes), "split it into smaller reports"));
    }

    static String describeBytes(long bytes) {
        if (bytes % (1 << 20) == 0) {
            return (bytes >> 20) + " MiB";
        }
        return bytes + " bytes";
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JVM has no SHA-256", e);
        }
    }
}
