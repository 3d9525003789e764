package yoy.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import yoy.error.ExitCode;
import yoy.error.YoyException;

class OutputDirTest {

    @TempDir
    Path tmp;

    private final List<String> notices = new ArrayList<>();

    private Path existingOutput() throws IOException {
        Path out = tmp.resolve("reports-out");
        Files.createDirectories(out.resolve("charts"));
        Files.writeString(out.resolve("manifest.json"), "old manifest\n");
        Files.writeString(out.resolve("charts/old.png"), "old chart");
        return out;
    }

    private List<String> siblings() throws IOException {
        try (Stream<Path> s = Files.list(tmp)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void commitReplacesTheWholeFolder() throws IOException {
        Path out = existingOutput();
        try (OutputDir dir = OutputDir.stage(out, "manifest.json", notices::add)) {
            try (Writer w = dir.writer("series.csv")) {
                w.write("new\n");
            }
            Files.writeString(dir.file("manifest.json"), "new manifest\n");
            assertEquals(List.of("manifest.json", "series.csv"), dir.files());
            assertEquals("old manifest\n", Files.readString(out.resolve("manifest.json")), "untouched until commit");
            dir.commit();
        }
        assertEquals("new manifest\n", Files.readString(out.resolve("manifest.json")));
        assertEquals("new\n", Files.readString(out.resolve("series.csv"), StandardCharsets.UTF_8));
        assertFalse(Files.exists(out.resolve("charts/old.png")), "old files do not linger");
        assertEquals(List.of("reports-out"), siblings(), "no staging or old folder left behind");
        assertTrue(notices.isEmpty());
    }

    @Test
    void aFailureBeforeCommitLeavesTheOldOutputUntouched() throws IOException {
        Path out = existingOutput();
        RuntimeException boom = assertThrows(RuntimeException.class, () -> {
            try (OutputDir dir = OutputDir.stage(out, "manifest.json", notices::add)) {
                Files.writeString(dir.file("manifest.json"), "half\n");
                Files.writeString(dir.file("charts/new.png"), "half");
                throw new IllegalStateException("renderer failed");
            }
        });
        assertEquals("renderer failed", boom.getMessage());
        assertEquals("old manifest\n", Files.readString(out.resolve("manifest.json")));
        assertEquals("old chart", Files.readString(out.resolve("charts/old.png")));
        assertFalse(Files.exists(out.resolve("charts/new.png")));
        assertEquals(List.of("reports-out"), siblings(), "the staging folder is removed");
    }

    @Test
    void aNewTargetIsCreated() throws IOException {
        Path out = tmp.resolve("deep/er/out");
        try (OutputDir dir = OutputDir.stage(out, "manifest.json", notices::add)) {
            Files.writeString(dir.file("a.txt"), "a");
            dir.commit();
        }
        assertEquals("a", Files.readString(out.resolve("a.txt")));
    }

    @Test
    void anEmptyExistingFolderMayBeReplaced() throws IOException {
        Path out = Files.createDirectory(tmp.resolve("empty"));
        try (OutputDir dir = OutputDir.stage(out, "manifest.json", notices::add)) {
            Files.writeString(dir.file("a.txt"), "a");
            dir.commit();
        }
        assertTrue(Files.exists(out.resolve("a.txt")));
    }

    @Test
    void aFolderNotWrittenByTheToolIsNeverReplaced() throws IOException {
        Path precious = Files.createDirectory(tmp.resolve("precious"));
        Files.writeString(precious.resolve("thesis.tex"), "years of work");
        YoyException e = assertThrows(YoyException.class, () -> OutputDir.stage(precious, "manifest.json", notices::add));
        assertEquals(ExitCode.CANT_WRITE, e.exitCode());
        assertTrue(e.getMessage().contains("not written by yoy"), e.getMessage());
        assertEquals("years of work", Files.readString(precious.resolve("thesis.tex")));
        assertEquals(List.of("precious"), siblings());
    }

    @Test
    void aFileInTheWayIsACantWriteError() throws IOException {
        Path file = Files.writeString(tmp.resolve("out"), "x");
        YoyException e = assertThrows(YoyException.class, () -> OutputDir.stage(file, "manifest.json", notices::add));
        assertEquals(ExitCode.CANT_WRITE, e.exitCode());
        assertFalse(e.getMessage().contains("\n"));
        YoyException under = assertThrows(YoyException.class,
                () -> OutputDir.stage(file.resolve("sub"), "manifest.json", notices::add));
        assertEquals(ExitCode.CANT_WRITE, under.exitCode());
        assertTrue(under.getMessage().startsWith(file.resolve("sub") + ": cannot write"), under.getMessage());
    }

    @Test
    void pathsCannotEscapeTheStagingFolder() {
        try (OutputDir dir = OutputDir.stage(tmp.resolve("o"), "manifest.json", notices::add)) {
            assertThrows(IllegalArgumentException.class, () -> dir.file("../evil.txt"));
        }
    }

    @Test
    void atomicWriteReplacesAFileAndKeepsItOnFailure() throws IOException {
        Path f = tmp.resolve("sub/data.csv");
        AtomicFiles.write(f, out -> out.write("one\n".getBytes(StandardCharsets.UTF_8)));
        assertEquals("one\n", Files.readString(f));
        assertThrows(IOException.class, () -> {
            try {
                AtomicFiles.write(f, out -> {
                    out.write("tw".getBytes(StandardCharsets.UTF_8));
                    throw new IOException("disk full");
                });
            } catch (YoyException e) {
                assertEquals(ExitCode.CANT_WRITE, e.exitCode());
                throw (IOException) e.getCause();
            }
        });
        assertEquals("one\n", Files.readString(f));
        try (Stream<Path> s = Files.list(f.getParent())) {
            assertEquals(List.of("data.csv"), s.map(p -> p.getFileName().toString()).toList(), "temp file removed");
        }
    }
}
