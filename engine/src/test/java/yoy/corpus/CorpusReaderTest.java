package yoy.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static yoy.corpus.CorpusFixtures.bytes;
import static yoy.corpus.CorpusFixtures.concat;
import static yoy.corpus.CorpusFixtures.sha256;
import static yoy.corpus.CorpusFixtures.text;
import static yoy.corpus.CorpusFixtures.utf8;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import yoy.error.ExitCode;
import yoy.error.YoyException;
import yoy.model.DocumentMeta;

class CorpusReaderTest {

    @TempDir
    Path tmp;

    private final List<String> notices = new ArrayList<>();

    private CorpusReader reader(Path dir) {
        return new CorpusReader(dir, notices::add);
    }

    private YoyException fails(Path dir) {
        return assertThrows(YoyException.class, () -> reader(dir).documents());
    }

    @Test
    void readsAValidManifestInFileNameOrder() {
        Path dir = tmp.resolve("corpus");
        text(dir, "b.txt", "Second report.\nIt covers 2021.\n");
        text(dir, "a.txt", "First report.\nIt covers 2020.\n");
        text(dir, "manifest.yaml", """
                documents:
                  - file: b.txt
                    title: Report B
                    publisher: Some Watchdog
                    country: Atlantis
                    coverage_year: 2021
                    url: https://example.org/b
                  - file: a.txt
                    title: Report A
                    publisher: Some Watchdog
                    country: Atlantis
                    coverage_year: 2020
                """);
        List<DocumentMeta> docs = reader(dir).documents();
        assertEquals(List.of(
                new DocumentMeta("a.txt", "Report A", "Some Watchdog", "Atlantis", 2020, "",
                        sha256(utf8("First report.\nIt covers 2020.\n")), ""),
                new DocumentMeta("b.txt", "Report B", "Some Watchdog", "Atlantis", 2021, "https://example.org/b",
                        sha256(utf8("Second report.\nIt covers 2021.\n")), "")), docs);
        assertEquals(List.of(), notices);
        assertEquals("Second report.\nIt covers 2021.\n", reader(dir).read(docs.get(1)).text());
    }

    @Test
    void infersMetadataForFilesWithoutAnEntry() {
        Path dir = tmp.resolve("corpus");
        text(dir, "a.txt", "Belarus 2020\n\nText.\n");
        text(dir, "c.txt", "World Report 2019: Belarus | Human Rights Watch\nEvents of 2018\nText.\n");
        text(dir, "manifest.yaml", "documents:\n  - file: a.txt\n    coverage_year: 2020\n    title: A\n"
                + "    publisher: P\n    country: C\n");
        List<DocumentMeta> docs = reader(dir).documents();
        DocumentMeta c = docs.get(1);
        assertEquals(2018, c.coverageYear());
        assertEquals("Human Rights Watch", c.publisher());
        assertEquals("World Report 2019: Belarus", c.title());
        assertEquals("Belarus", c.country());
        String inferred = "coverage_year 2018 from \"World Report 2019\" and \"Events of 2018\", publisher \"Human Rights Watch\", "
                + "title \"World Report 2019: Belarus\", country \"Belarus\"";
        assertEquals(inferred, c.inferred());
        assertEquals(List.of(dir.resolve("c.txt") + ": no manifest entry; inferred " + inferred), notices);
    }

    @Test
    void fillsInWhatAnEntryLeavesOut() {
        Path dir = tmp.resolve("corpus");
        text(dir, "a.txt", "Amnesty International: some disclaimer.\n\nBelarus 2021\n\nText about 2021.\n");
        text(dir, "manifest.yaml", "documents:\n  - file: a.txt\n    coverage_year: 2021\n    country: Republic of Belarus\n");
        DocumentMeta a = reader(dir).documents().get(0);
        assertEquals(new DocumentMeta("a.txt", "Belarus 2021", "Amnesty International", "Republic of Belarus", 2021, "",
                a.sha256(), "publisher \"Amnesty International\", title \"Belarus 2021\""), a);
        assertEquals(List.of(dir.resolve("a.txt") + ": incomplete manifest entry; inferred publisher \"Amnesty International\", "
                + "title \"Belarus 2021\""), notices);
    }

    @Test
    void warnsWhenTheManifestYearContradictsTheText() {
        Path dir = tmp.resolve("corpus");
        text(dir, "a.txt", "Belarus 2021\n\nText.\n");
        text(dir, "manifest.yaml", "documents:\n  - file: a.txt\n    coverage_year: 2020\n    title: T\n"
                + "    publisher: P\n    country: C\n");
        assertEquals(2020, reader(dir).documents().get(0).coverageYear());
        assertEquals(List.of(dir.resolve("manifest.yaml") + ":3:20: coverage_year 2020 for 'a.txt', but the text suggests 2021 "
                + "(title line \"Belarus 2021\"); check the year"), notices);
    }

    @Test
    void warnsAboutTheSameTextSavedTwice() {
        Path dir = tmp.resolve("corpus");
        text(dir, "a.txt", "Belarus 2021\n");
        text(dir, "b.txt", "Belarus 2021\n");
        assertEquals(2, reader(dir).documents().size());
        assertTrue(notices.contains(dir.resolve("b.txt") + ": same content as a.txt (sha256 "
                + sha256(utf8("Belarus 2021\n")).substring(0, 12) + "...); remove one copy, or its figures count twice"),
                notices::toString);
    }

    @Test
    void refusesAFileWhoseYearCannotBeInferred() {
        Path dir = tmp.resolve("corpus");
        text(dir, "x.txt", "A report without any year in it.\n");
        YoyException e = fails(dir);
        assertEquals(ExitCode.DATA, e.exitCode());
        assertEquals(dir.resolve("x.txt") + ":1:1: cannot infer the coverage year; add an entry to manifest.yaml with coverage_year",
                e.getMessage());
    }

    @Test
    void missingFolderIsMissingInput() {
        Path dir = tmp.resolve("no-such-dir");
        YoyException e = fails(dir);
        assertEquals(ExitCode.NO_INPUT, e.exitCode());
        assertEquals(dir + ": corpus folder does not exist; pass --corpus DIR", e.getMessage());
    }

    @Test
    void aFileIsNotAFolder() {
        Path file = text(tmp, "a.txt", "Belarus 2021\n");
        YoyException e = fails(file);
        assertEquals(ExitCode.NO_INPUT, e.exitCode());
        assertTrue(e.getMessage().startsWith(file + ": is not a folder;"), e.getMessage());
    }

    @Test
    void emptyFolderIsMissingInput() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("empty"));
        YoyException e = fails(dir);
        assertEquals(ExitCode.NO_INPUT, e.exitCode());
        assertEquals(dir + ": no reports (.txt, .html, .htm or .pdf) in corpus folder; add reports or pass another --corpus", e.getMessage());
    }

    @Test
    void onlyVisibleTxtFilesDirectlyInTheFolderAreReports() throws IOException {
        Path dir = tmp.resolve("corpus");
        text(dir, ".hidden.txt", "\0");
        text(dir, "notes.md", "\0");
        text(dir, "sub/inner.txt", "\0");
        Files.createDirectories(dir.resolve("folder.txt"));
        assertEquals(ExitCode.NO_INPUT, fails(dir).exitCode());
        for (String name : List.of("b.txt", "B.txt", "a.txt", "10.txt", "9.txt", "UPPER.TXT")) {
            text(dir, name, "Belarus 2021\nReport " + name + "\n");
        }
        List<String> names = reader(dir).documents().stream().map(DocumentMeta::file).toList();
        assertEquals(List.of("10.txt", "9.txt", "B.txt", "UPPER.TXT", "a.txt", "b.txt"), names);
    }

    @Test
    void followsSymbolicLinks() throws IOException {
        Path target = text(tmp, "elsewhere.txt", "Belarus 2021\n");
        Path dir = Files.createDirectories(tmp.resolve("corpus"));
        try {
            Files.createSymbolicLink(dir.resolve("linked.txt"), target);
        } catch (UnsupportedOperationException | IOException e) {
            return; // no symbolic links on this file system
        }
        DocumentMeta meta = reader(dir).documents().get(0);
        assertEquals("Belarus 2021\n", reader(dir).read(meta).text());
    }

    @Test
    void refusesANulByteAsBinary() {
        Path dir = tmp.resolve("corpus");
        bytes(dir, "x.txt", concat(utf8("Belarus 2021\n"), new byte[] {0, 1, 2}));
        YoyException e = fails(dir);
        assertEquals(ExitCode.DATA, e.exitCode());
        assertEquals(dir.resolve("x.txt") + ":1:1: looks like a binary file, not a text report (NUL byte at byte offset 13); "
                + "remove it from the corpus", e.getMessage());
    }

    @Test
    void refusesManyControlCharactersAsBinary() {
        Path dir = tmp.resolve("corpus");
        text(dir, "x.txt", "Belarus 2021\n" + "\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u001b\u007f");
        YoyException e = fails(dir);
        assertEquals(ExitCode.DATA, e.exitCode());
        assertTrue(e.getMessage().startsWith(dir.resolve("x.txt") + ":1:1: looks like a binary file"), e.getMessage());
    }

    @Test
    void aFewStrayControlCharactersAreStillText() {
        Path dir = tmp.resolve("corpus");
        text(dir, "x.txt", "Belarus 2021\n\u000b\u001b" + "text ".repeat(100));
        assertEquals(1, reader(dir).documents().size());
    }

    @Test
    void refusesAPdfRenamedTxt() {
        Path dir = tmp.resolve("corpus");
        bytes(dir, "x.txt", concat(utf8("%PDF-1.7\n%"), new byte[] {(byte) 0xE2, (byte) 0xE3, (byte) 0xCF, (byte) 0xD3}));
        YoyException e = fails(dir);
        assertEquals(ExitCode.DATA, e.exitCode());
        assertTrue(e.getMessage().contains(":1:1: looks like a binary file, not a text report (a PDF file"), e.getMessage());
    }

    @Test
    void pointsAtTheFirstInvalidUtf8Byte() {
        Path dir = tmp.resolve("corpus");
        bytes(dir, "x.txt", concat(utf8("Belarus 2021\r\nSecond line\r\nab"), new byte[] {(byte) 0xE9}, utf8("c\n")));
        YoyException e = fails(dir);
        assertEquals(ExitCode.DATA, e.exitCode());
        assertEquals(dir.resolve("x.txt") + ":3:3: not valid UTF-8 text (byte 0xE9 at byte offset 29); save it as UTF-8",
                e.getMessage());
    }

    @Test
    void countsColumnsInCharactersAfterMultiByteOnes() {
        Path dir = tmp.resolve("corpus");
        bytes(dir, "x.txt", concat(utf8("Belarus 2021\n\u00e9\u20ac\ud83d\ude00x"), new byte[] {(byte) 0xC3, 0x28}));
        assertTrue(fails(dir).getMessage().startsWith(dir.resolve("x.txt") + ":2:5: not valid UTF-8 text (byte 0xC3"));
    }

    @Test
    void refusesATruncatedSequenceAtTheEnd() {
        Path dir = tmp.resolve("corpus");
        bytes(dir, "x.txt", concat(utf8("Belarus 2021\nabc"), new byte[] {(byte) 0xE2, (byte) 0x82}));
        assertEquals(dir.resolve("x.txt") + ":2:4: not valid UTF-8 text (byte 0xE2 at byte offset 16); save it as UTF-8",
                fails(dir).getMessage());
    }

    @Test
    void stripsTheByteOrderMarkAndKeepsLineEnds() {
        Path dir = tmp.resolve("corpus");
        byte[] raw = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, utf8("Belarus 2021\r\nText\rMore\n"));
        bytes(dir, "x.txt", raw);
        CorpusReader reader = reader(dir);
        DocumentMeta meta = reader.documents().get(0);
        assertEquals(sha256(raw), meta.sha256());
        assertEquals(2021, meta.coverageYear());
        assertEquals("Belarus 2021\r\nText\rMore\n", reader.read(meta).text());
    }

    @Test
    void refusesAnEmptyReport() {
        Path dir = tmp.resolve("corpus");
        bytes(dir, "x.txt", concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, utf8(" \n\t\n")));
        YoyException e = fails(dir);
        assertEquals(ExitCode.DATA, e.exitCode());
        assertEquals(dir.resolve("x.txt") + ":1:1: the report is empty (no visible text); add its text or remove it",
                e.getMessage());
    }

    @Test
    void refusesAFileOverTheSizeLimit() {
        Path dir = tmp.resolve("corpus");
        text(dir, "x.txt", "Belarus 2021\n" + "word ".repeat(100));
        YoyException e = assertThrows(YoyException.class, () -> new CorpusReader(dir, notices::add, 100).documents());
        assertEquals(ExitCode.DATA, e.exitCode());
        assertEquals(dir.resolve("x.txt") + ": file is larger than 100 bytes; split it into smaller reports", e.getMessage());
    }

    @Test
    void readNoticesAFileChangedAfterListing() {
        Path dir = tmp.resolve("corpus");
        text(dir, "x.txt", "Belarus 2021\n");
        CorpusReader reader = reader(dir);
        DocumentMeta meta = reader.documents().get(0);
        text(dir, "x.txt", "Belarus 2022\n");
        YoyException e = assertThrows(YoyException.class, () -> reader.read(meta));
        assertEquals(ExitCode.DATA, e.exitCode());
        assertTrue(e.getMessage().contains("changed since the corpus was listed"), e.getMessage());
    }

    @Test
    void readsLongTextsAcrossManyChunksExactly() {
        Path dir = tmp.resolve("corpus");
        StringBuilder sb = new StringBuilder("Belarus 2021\n");
        for (int i = 0; i < 30_000; i++) {
            sb.append("Line ").append(i).append(": \u00e9t\u00e9 \u20ac \ud83d\ude00\r\n");
        }
        text(dir, "x.txt", sb.toString());
        CorpusReader reader = reader(dir);
        assertEquals(sb.toString(), reader.read(reader.documents().get(0)).text());
    }

    @Test
    void refusesAManifestWithTheWrongExtension() {
        Path dir = tmp.resolve("corpus");
        text(dir, "a.txt", "Belarus 2021\n");
        text(dir, "manifest.yml", "documents: []\n");
        YoyException e = fails(dir);
        assertEquals(ExitCode.DATA, e.exitCode());
        assertEquals(dir.resolve("manifest.yml") + ": the manifest must be named manifest.yaml; rename it to manifest.yaml",
                e.getMessage());
    }

    @Test
    void refusesAManifestThatIsNotUtf8() {
        Path dir = tmp.resolve("corpus");
        text(dir, "a.txt", "Belarus 2021\n");
        bytes(dir, "manifest.yaml", concat(utf8("documents:\n  - file: a.txt\n    title: Cara"), new byte[] {(byte) 0xE7},
                utf8("ao\n    coverage_year: 2021\n")));
        assertEquals(dir.resolve("manifest.yaml") + ":3:16: not valid UTF-8 text (byte 0xE7 at byte offset 42); save it as UTF-8",
                fails(dir).getMessage());
    }

    @Test
    void anEmptyDocumentListMeansEverythingIsInferred() {
        Path dir = tmp.resolve("corpus");
        text(dir, "a.txt", "Belarus 2021\n");
        text(dir, "manifest.yaml", "# nothing described yet\ndocuments: []\n");
        assertEquals(2021, reader(dir).documents().get(0).coverageYear());
        assertEquals(1, notices.size());
    }

    @Test
    void documentTextKeepsUtf16Offsets() {
        Path dir = tmp.resolve("corpus");
        String body = "Belarus 2021\n\ud83d\ude00 12 people";
        text(dir, "x.txt", body);
        CorpusReader reader = reader(dir);
        String read = reader.read(reader.documents().get(0)).text();
        assertEquals(body.indexOf("12"), read.indexOf("12"));
        assertEquals(new String(utf8(body), StandardCharsets.UTF_8), read);
    }
}
