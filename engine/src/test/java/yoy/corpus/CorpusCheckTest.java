package yoy.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static yoy.corpus.CorpusFixtures.bytes;
import static yoy.corpus.CorpusFixtures.concat;
import static yoy.corpus.CorpusFixtures.text;
import static yoy.corpus.CorpusFixtures.utf8;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import yoy.error.ExitCode;

class CorpusCheckTest {

    @TempDir
    Path tmp;

    @Test
    void collectsEveryProblemInFileOrder() {
        Path dir = tmp.resolve("corpus");
        text(dir, "a.txt", "Belarus 2021\nFine.\n");
        text(dir, "b.txt", "Belarus 2021\nFine.\n");
        bytes(dir, "c.txt", new byte[] {'P', 'K', 3, 4, 0, 0});
        bytes(dir, "d.txt", concat(utf8("Belarus 2021\nbad "), new byte[] {(byte) 0x96}, utf8(" dash\n")));
        text(dir, "e.txt", "No year to be found here.\n");
        text(dir, "f.txt", "Belarus 2019\n");
        text(dir, "g.txt", "Belarus 2018\n");
        text(dir, "manifest.yaml", """
                documents:
                  - file: missing.txt
                    coverage_year: 2021
                  - file: f.txt
                    coverage_year: 1066
                  - file: g.txt
                    coverage_year: 2017
                """);
        List<String> lines = CorpusCheck.check(dir).stream().map(CorpusProblem::toString).toList();
        String m = dir.resolve("manifest.yaml").toString();
        assertEquals(List.of(
                "error: " + m + ":2:11: file 'missing.txt' does not exist in " + dir + "; fix the name or remove the entry",
                "error: " + m + ":5:20: implausible coverage_year 1066; write the year whose events the report covers (1900..2200)",
                "warning: " + dir.resolve("b.txt") + ": same content as a.txt (sha256 "
                        + CorpusFixtures.sha256(utf8("Belarus 2021\nFine.\n")).substring(0, 12)
                        + "...); remove one copy, or its figures count twice",
                "error: " + dir.resolve("c.txt") + ":1:1: looks like a binary file, not a text report (NUL byte at byte offset 4); "
                        + "remove it from the corpus",
                "error: " + dir.resolve("d.txt") + ":2:5: not valid UTF-8 text (byte 0x96 at byte offset 17); save it as UTF-8",
                "error: " + dir.resolve("e.txt") + ":1:1: cannot infer the coverage year; add an entry to manifest.yaml with coverage_year",
                "warning: " + m + ":7:20: coverage_year 2017 for 'g.txt', but the text suggests 2018 (title line \"Belarus 2018\"); "
                        + "check the year"), lines);
        assertEquals(ExitCode.DATA, CorpusCheck.exitCode(CorpusCheck.check(dir)));
    }

    @Test
    void aBrokenManifestIsOneErrorAndTheTextsAreStillChecked() {
        Path dir = tmp.resolve("corpus");
        text(dir, "a.txt", "No year.\n");
        bytes(dir, "b.txt", new byte[] {'x', 0});
        text(dir, "manifest.yaml", "documents:\n  - file: a.txt\n   coverage_year: [\n");
        List<CorpusProblem> problems = CorpusCheck.check(dir);
        assertEquals(2, problems.size(), problems::toString);
        assertEquals(true, problems.get(0).message().startsWith(dir.resolve("manifest.yaml") + ":"), problems::toString);
        assertEquals(true, problems.get(1).message().startsWith(dir.resolve("b.txt") + ":1:1: looks like a binary file"));
    }

    @Test
    void aMissingFolderIsOneProblem() {
        List<CorpusProblem> problems = CorpusCheck.check(tmp.resolve("nope"));
        assertEquals(1, problems.size());
        assertEquals(ExitCode.NO_INPUT, CorpusCheck.exitCode(problems));
    }

    @Test
    void aCleanCorpusHasNoProblems() {
        Path dir = tmp.resolve("corpus");
        text(dir, "a.txt", "Belarus 2021\n");
        assertEquals(List.of(), CorpusCheck.check(dir));
        assertEquals(ExitCode.OK, CorpusCheck.exitCode(List.of()));
    }
}
