package yoy.output;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import yoy.error.ExitCode;
import yoy.error.YoyException;

/**
 * An output folder written all at once. Files go into a fresh staging folder beside the target (same
 * parent, so renames are atomic); {@link #commit()} moves the old target aside, renames the staging
 * folder into place and deletes the old one. Closing without committing deletes the staging folder and
 * leaves the target as it was.
 *
 * <p>An existing target is replaced only when it is empty or holds the {@code marker} file that this
 * tool writes, so a mistyped {@code --out} cannot wipe an unrelated folder.
 */
public final class OutputDir implements AutoCloseable {

    private final Path target;
    private final String display;
    private final Path staging;
    private final Consumer<String> notices;
    private boolean committed;

    private OutputDir(Path target, String display, Path staging, Consumer<String> notices) {
        this.target = target;
        this.display = display;
        this.staging = staging;
        this.notices = notices;
    }

    /**
     * Starts a staged output for {@code target}. {@code marker} names the file (such as
     * {@code manifest.json}) whose presence shows that an existing target may be replaced.
     */
    public static OutputDir stage(Path target, String marker, Consumer<String> notices) {
        String display = target.toString();
        Path absolute = target.toAbsolutePath().normalize();
        Path parent = absolute.getParent();
        if (parent == null) {
            throw new YoyException(ExitCode.CANT_WRITE, YoyException.at(display, 0, 0,
                    "cannot replace a file-system root", "pass --out with a folder name, such as reports-out"));
        }
        checkReplaceable(absolute, display, marker);
        try {
            Files.createDirectories(parent);
            Path staging = Files.createTempDirectory(parent, "." + absolute.getFileName() + ".tmp-");
            return new OutputDir(absolute, display, staging, notices);
        } catch (IOException e) {
            throw cantWrite(display, e);
        }
    }

    private static void checkReplaceable(Path target, String display, String marker) {
        if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        if (!Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
            throw new YoyException(ExitCode.CANT_WRITE, YoyException.at(display, 0, 0,
                    "exists and is not a folder", "remove it or pass another --out"));
        }
        if (Files.isRegularFile(target.resolve(marker), LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> entries = Files.list(target)) {
            if (entries.findAny().isPresent()) {
                throw new YoyException(ExitCode.CANT_WRITE, YoyException.at(display, 0, 0,
                        "folder exists and was not written by yoy (no " + marker + ")",
                        "pass another --out, or empty the folder yourself"));
            }
        } catch (IOException e) {
            throw cantWrite(display, e);
        }
    }

    /** The staging folder; everything written here appears in the target on commit. */
    public Path root() {
        return staging;
    }

    /** A path inside the staging folder for {@code relative} (with {@code /}), its folders created. */
    public Path file(String relative) {
        Path p = staging.resolve(relative).normalize();
        if (!p.startsWith(staging) || p.equals(staging)) {
            throw new IllegalArgumentException("'" + relative + "' lies outside the output folder");
        }
        try {
            Files.createDirectories(p.getParent());
        } catch (IOException e) {
            throw cantWrite(display + "/" + relative, e);
        }
        return p;
    }

    /** A UTF-8 writer for a new file in the staging folder. */
    public Writer writer(String relative) {
        try {
            return new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file(relative)), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw cantWrite(display + "/" + relative, e);
        }
    }

    /** Every regular file written so far, as relative paths with {@code /}, sorted. */
    public List<String> files() {
        try (Stream<Path> walk = Files.walk(staging)) {
            return walk.filter(Files::isRegularFile)
                    .map(p -> staging.relativize(p).toString().replace('\\', '/'))
                    .sorted()
                    .toList();
        } catch (IOException | UncheckedIOException e) {
            throw new YoyException(ExitCode.CANT_WRITE, YoyException.at(display, 0, 0,
                    "cannot list the staged output (" + e.getMessage() + ")", "check the folder's permissions"), e);
        }
    }

    /** Puts the staged folder in place of the target. */
    public void commit() {
        if (committed) {
            throw new IllegalStateException("already committed");
        }
        Path old = null;
        try {
            if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                old = target.resolveSibling("." + target.getFileName() + ".old-" + staging.getFileName().toString()
                        .substring(staging.getFileName().toString().lastIndexOf('-') + 1));
                Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
            }
            try {
                Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                if (old != null) {
                    Files.move(old, target, StandardCopyOption.ATOMIC_MOVE);
                }
                throw e;
            }
            committed = true;
        } catch (AtomicMoveNotSupportedException e) {
            throw new YoyException(ExitCode.CANT_WRITE, YoyException.at(display, 0, 0,
                    "cannot rename folders in one step here", "pass an --out on a local file system"), e);
        } catch (IOException e) {
            throw cantWrite(display, e);
        }
        if (old != null && !deleteTree(old)) {
            notices.accept(display + ": could not remove the previous output kept in " + old.getFileName()
                    + "; delete it by hand");
        }
    }

    /** Deletes the staging folder unless the output was committed. */
    @Override
    public void close() {
        if (!committed && !deleteTree(staging)) {
            notices.accept(display + ": could not remove the unfinished output " + staging.getFileName()
                    + "; delete it by hand");
        }
    }

    private static boolean deleteTree(Path root) {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return true;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
            return true;
        } catch (IOException | UncheckedIOException e) {
            return false;
        }
    }

    /** The one-line error for a failed write to {@code where}. */
    public static YoyException cantWrite(String where, IOException e) {
        String why;
        if (e instanceof AccessDeniedException) {
            why = "permission denied";
        } else if (e instanceof NoSuchFileException) {
            why = "a folder on the way does not exist";
        } else if (e instanceof FileSystemException fse && fse.getReason() != null) {
            why = fse.getReason();
        } else {
            why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        }
        return new YoyException(ExitCode.CANT_WRITE, YoyException.at(where, 0, 0,
                "cannot write (" + why + ")", "check the path, its permissions and free disk space"), e);
    }
}
