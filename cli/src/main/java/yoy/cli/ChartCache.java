package yoy.cli;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.stream.Stream;
import yoy.series.IndicatorSeries;

/**
 * Charts already drawn, kept by what they show. Drawing and PNG-encoding 66 files is most of a report on a
 * small corpus; a nightly run whose figures did not change draws the same bytes again. A chart is found by
 * the SHA-256 of the renderer (the jar's size and time stamp, the Java runtime), the file it becomes and the
 * series it shows, so any change of code, runtime or figures draws afresh. The launcher turns it on with
 * {@code -Dyoy.chart.cache=DIR}; without it (tests, {@code java -jar}) every chart is drawn. The cache only
 * saves time: a file it cannot read or write is drawn or skipped, never an error.
 */
final class ChartCache {

    /** Above this many files the cache is emptied, which is simpler than tracking use and rarely happens. */
    private static final int MAX_FILES = 5_000;
    private static final ChartCache NONE = new ChartCache(null, null);

    private final Path dir;
    private final String renderer;

    ChartCache(Path dir, String renderer) {
        this.dir = dir;
        this.renderer = renderer;
    }

    static ChartCache fromSystemProperties() {
        String dir = System.getProperty("yoy.chart.cache");
        String renderer = rendererStamp();
        if (dir == null || dir.isBlank() || renderer == null) {
            return NONE;
        }
        ChartCache cache = new ChartCache(Path.of(dir), renderer);
        cache.trim();
        return cache;
    }

    /** Writes {@code file} from the cache, or draws it with {@code step} and keeps a copy. */
    void draw(String relative, IndicatorSeries series, Path file, Report.ChartStep step) throws Exception {
        if (dir == null) {
            step.draw(file);
            return;
        }
        Path cached = dir.resolve(key(relative, series) + extension(relative));
        if (Files.isRegularFile(cached)) {
            try {
                Files.copy(cached, file, StandardCopyOption.REPLACE_EXISTING);
                return;
            } catch (IOException e) {
                // fall through and draw it
            }
        }
        step.draw(file);
        keep(file, cached);
    }

    private void keep(Path file, Path cached) {
        try {
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, ".chart", ".tmp");
            Files.copy(file, tmp, StandardCopyOption.REPLACE_EXISTING);
            Files.move(tmp, cached, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            // a cache that cannot be written only costs time
        }
    }

    private void trim() {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> files = Files.list(dir)) {
            if (files.count() > MAX_FILES) {
                try (Stream<Path> all = Files.list(dir)) {
                    all.forEach(p -> p.toFile().delete());
                }
            }
        } catch (IOException e) {
            // as above
        }
    }

    private String key(String relative, IndicatorSeries series) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            // A record's toString names every component, so equal strings mean equal series.
            sha.update((renderer + '\n' + relative + '\n' + series).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String extension(String relative) {
        int dot = relative.lastIndexOf('.');
        return dot < 0 ? "" : relative.substring(dot);
    }

    /** The renderer's identity: the jar the charts code runs from, and the runtime; null outside a jar. */
    private static String rendererStamp() {
        try {
            Path jar = Path.of(ChartCache.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (!Files.isRegularFile(jar)) {
                return null;
            }
            return jar.toAbsolutePath() + ":" + Files.size(jar) + ":" + Files.getLastModifiedTime(jar).toMillis()
                    + ":" + System.getProperty("java.home") + ":" + System.getProperty("java.vm.version");
        } catch (IOException | URISyntaxException | SecurityException | NullPointerException e) {
            return null;
        }
    }
}
